import { z } from 'zod';
import {
  AGENDA_TEMPLATES,
  EDIT_KINDS,
  EDITING_STANDARDS,
  GROUND_RULES,
  HONORIFICS,
  LANGUAGES,
  OUTLET_CATEGORIES,
  LIVE_CLOSINGS,
  QUESTION_CLOSINGS,
  ROLES,
  SEGMENT_KINDS,
  SPEAKER_KINDS
} from './domain';

/** Documented limits of text fields, in characters. */
export const LIMITS = {
  name: 100,
  title: 200,
  line: 500,
  text: 20_000,
  preparedText: 200_000,
  plannedSeconds: 24 * 3600,
  extensionSeconds: 4 * 3600
} as const;

/** Control characters other than tab and newlines are refused: they never belong in a record. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A text field: at most `max` characters, no control characters. Every text input uses it. */
export const text = (max: number) =>
  z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((s) => !CONTROL.test(s), { message: 'must not contain control characters' });

const requiredText = (max: number) => text(max).refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** Whether Intl knows the zone; it also knows offsets such as "+08:00", which are refused by the pattern below. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone of the machine, where a conference without one of its own is held. */
export const machineTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** An IANA time zone name such as Asia/Shanghai, America/New_York or UTC. */
export const timeZoneName = z
  .string()
  .max(64, { message: 'must be at most 64 characters' })
  .refine((s) => /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(s) && isTimeZone(s), {
    message: 'must be an IANA time zone such as Asia/Shanghai or America/New_York'
  });

export const id = z.number().int().positive();
const optionalId = id.nullable();
const epochMs = z.number().int().nonnegative();
const seconds = (max: number) => z.number().int().min(0).max(max);

export const personFields = z.object({
  name: requiredText(LIMITS.name),
  honorific: z.enum(HONORIFICS).default(''),
  position: text(LIMITS.title).default(''),
  organisation: text(LIMITS.title).default('')
});

export const outletFields = z.object({
  name: requiredText(LIMITS.name),
  category: z.enum(OUTLET_CATEGORIES)
});

export const headerFields = z.object({
  source: text(LIMITS.title),
  author: text(LIMITS.title),
  publishedAt: text(LIMITS.name),
  credits: text(LIMITS.text),
  lead: text(LIMITS.text),
  editingStandard: z.enum(EDITING_STANDARDS)
});

export const conferenceFields = z.object({
  title: requiredText(LIMITS.title),
  topic: text(LIMITS.line).default(''),
  organiser: text(LIMITS.title).default(''),
  venue: text(LIMITS.title).default(''),
  scheduledStart: epochMs.nullable().default(null),
  plannedSeconds: seconds(LIMITS.plannedSeconds).default(75 * 60),
  language: z.enum(LANGUAGES).default('zh'),
  header: headerFields.partial().default({}),
  /** default: the machine's own zone */
  timeZone: timeZoneName.default(machineTimeZone),
  groundRules: z.enum(GROUND_RULES).nullable().default(null),
  /** refused before the scheduled or actual start */
  embargoUntil: epochMs.nullable().default(null)
});

export const participantFields = z.object({
  personId: id,
  role: z.enum(ROLES),
  title: text(LIMITS.title).optional(),
  label: text(LIMITS.name).optional()
});

export const segmentFields = z.object({
  kind: z.enum(SEGMENT_KINDS),
  title: text(LIMITS.title).default(''),
  speakerId: optionalId.default(null),
  plannedSeconds: seconds(LIMITS.plannedSeconds).default(0),
  preparedText: text(LIMITS.preparedText).default('')
});

export const questionFields = z.object({
  outletId: optionalId.default(null),
  reporterName: text(LIMITS.name).default(''),
  text: text(LIMITS.text).default(''),
  addressedToId: optionalId.default(null)
});

const conferenceRef = z.object({ conferenceId: id });

type EditableShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
};

/**
 * The fields of an edit: each optional and without its default. zod 4 applies a
 * default even inside .partial(), which would reset every field left out of an edit.
 */
function editable<S extends z.ZodRawShape>(schema: z.ZodObject<S>): z.ZodObject<EditableShape<S>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, z.optional(field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field)])
  );
  return z.object(shape) as unknown as z.ZodObject<EditableShape<S>>;
}

export const inputs = {
  empty: z.object({}),
  byId: z.object({ id }),
  conferenceRef,
  /** ids: only these turns (the ones a change event named), so a window refreshes a long timeline without refetching all of it */
  turnList: z.object({ conferenceId: id, ids: z.array(id).max(1000).optional() }),
  /** the rows a change event named (ChangeEvent.rows): what the console refetches after a live action */
  conferenceRows: z.object({
    conferenceId: id,
    questionIds: z.array(id).max(1000).default([]),
    segmentIds: z.array(id).max(1000).default([]),
    extensionIds: z.array(id).max(1000).default([])
  }),
  search: z.object({ query: text(LIMITS.name).default(''), limit: z.number().int().min(1).max(500).default(50) }),
  personCreate: personFields,
  personUpdate: editable(personFields).extend({ id }),
  outletCreate: outletFields,
  outletUpdate: editable(outletFields).extend({ id }),
  conferenceCreate: conferenceFields.extend({ template: z.enum(AGENDA_TEMPLATES).default('standard') }),
  conferenceUpdate: editable(conferenceFields).extend({ id }),
  conferenceList: z.object({ status: z.enum(['draft', 'live', 'ended']).optional() }),
  participantAdd: participantFields.extend({ conferenceId: id }),
  participantUpdate: participantFields.omit({ personId: true }).partial().extend({ id }),
  move: z.object({ id, toIndex: z.number().int().min(0) }),
  segmentAdd: segmentFields.extend({ conferenceId: id }),
  segmentUpdate: editable(segmentFields).extend({ id }),
  segmentGoTo: z.object({ id }),
  extend: z.object({
    conferenceId: id,
    segmentId: optionalId.default(null),
    seconds: z.number().int().min(1).max(LIMITS.extensionSeconds)
  }),
  /**
   * newOutlet: an outlet not yet in the directory, created in the same transaction
   * as the question, so a refused question leaves no outlet behind.
   */
  questionRegister: questionFields
    .extend({ conferenceId: id, followUpOf: optionalId.default(null), newOutlet: outletFields.optional() })
    .superRefine((input, issues) => {
      if (input.newOutlet && input.outletId !== null) {
        issues.addIssue({ code: 'custom', path: ['newOutlet'], message: 'give either outletId or newOutlet, not both' });
      }
    }),
  questionUpdate: editable(questionFields).extend({ id }),
  /** closeLive: the question still live is closed so, in the same transaction (N, then Enter, in the console) */
  questionCall: z.object({ conferenceId: id, id: id.optional(), closeLive: z.enum(LIVE_CLOSINGS).optional() }),
  questionClose: z.object({ id, status: z.enum(QUESTION_CLOSINGS) }),
  questionMarkLast: z.object({ conferenceId: id, id: optionalId }),
  /** close: the question is closed as answered in the same transaction (Ctrl+Enter in the answer box) */
  answerRecord: z.object({ questionId: id, participantId: id, text: requiredText(LIMITS.text), close: z.boolean().optional() }),
  turnAdd: z.object({
    conferenceId: id,
    speakerKind: z.enum(SPEAKER_KINDS),
    participantId: optionalId.default(null),
    outletId: optionalId.default(null),
    reporterName: text(LIMITS.name).default(''),
    questionId: optionalId.default(null),
    segmentId: optionalId.optional(),
    text: requiredText(LIMITS.text),
    /** insert after this turn instead of at the end (for corrections after the event) */
    afterTurnId: optionalId.optional()
  }),
  turnUpdate: z.object({
    id,
    text: requiredText(LIMITS.text),
    kind: z.enum(EDIT_KINDS),
    editor: text(LIMITS.name).default(''),
    reason: text(LIMITS.line).default('')
  }),
  turnDelete: z.object({ id, editor: text(LIMITS.name).default(''), reason: text(LIMITS.line).default('') })
} as const;
