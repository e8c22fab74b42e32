import { z } from 'zod';
import { CARD_IMPORT_COLUMNS, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, QUESTION_IMPORT_COLUMNS } from './prepared';
import { id, inputs, LIMITS, outletFields, text } from './schemas';

/** Limits of the fields of prepared questions and cards, in characters. */
export const PREPARED_LIMITS = {
  topic: LIMITS.name,
  cardText: 5_000,
  keywords: LIMITS.line,
  fileName: 255,
  /** base64 of IMPORT_MAX_BYTES, rounded up */
  base64: Math.ceil(IMPORT_MAX_BYTES / 3) * 4
} as const;

const requiredText = (max: number) => text(max).refine((s) => s.trim().length > 0, { message: 'must not be empty' });
const optionalId = id.nullable();

const preparedFields = z.object({
  outletId: optionalId.default(null),
  reporterName: text(LIMITS.name).default(''),
  text: requiredText(LIMITS.text),
  addressedToId: optionalId.default(null),
  topic: text(PREPARED_LIMITS.topic).default('')
});

const cardFields = z.object({
  participantId: optionalId.default(null),
  topic: text(PREPARED_LIMITS.topic).default(''),
  title: requiredText(LIMITS.title),
  points: text(PREPARED_LIMITS.cardText).default(''),
  figures: text(PREPARED_LIMITS.cardText).default(''),
  usePhrases: text(PREPARED_LIMITS.cardText).default(''),
  avoidPhrases: text(PREPARED_LIMITS.cardText).default(''),
  doNotVolunteer: z.boolean().default(false),
  keywords: text(PREPARED_LIMITS.keywords).default('')
});

/** An edit: every field optional and without its default (zod 4 applies defaults inside .partial()). */
const preparedEdit = z.object({
  id,
  outletId: optionalId.optional(),
  reporterName: text(LIMITS.name).optional(),
  text: requiredText(LIMITS.text).optional(),
  addressedToId: optionalId.optional(),
  topic: text(PREPARED_LIMITS.topic).optional(),
  /** set aside (true) or back in the list (false); an asked one cannot be dropped */
  dropped: z.boolean().optional()
});

const cardEdit = z.object({
  id,
  participantId: optionalId.optional(),
  topic: text(PREPARED_LIMITS.topic).optional(),
  title: requiredText(LIMITS.title).optional(),
  points: text(PREPARED_LIMITS.cardText).optional(),
  figures: text(PREPARED_LIMITS.cardText).optional(),
  usePhrases: text(PREPARED_LIMITS.cardText).optional(),
  avoidPhrases: text(PREPARED_LIMITS.cardText).optional(),
  doNotVolunteer: z.boolean().optional(),
  keywords: text(PREPARED_LIMITS.keywords).optional()
});

/** One cell of an imported row as the preview answered it (validated again on confirm). */
const cell = text(LIMITS.text).default('');
const importedQuestion = z.object({
  row: z.number().int().min(2),
  values: z.object(Object.fromEntries(QUESTION_IMPORT_COLUMNS.map((c) => [c, cell])) as Record<(typeof QUESTION_IMPORT_COLUMNS)[number], typeof cell>)
});
const importedCard = z.object({
  row: z.number().int().min(2),
  values: z.object(Object.fromEntries(CARD_IMPORT_COLUMNS.map((c) => [c, cell])) as Record<(typeof CARD_IMPORT_COLUMNS)[number], typeof cell>)
});

export const preparedInputs = {
  conferenceRef: inputs.conferenceRef,
  forOutlet: z.object({ conferenceId: id, outletId: id }),

  /** newOutlet: an outlet not yet in the directory, created in the same transaction (as question.register does) */
  preparedCreate: preparedFields.extend({ conferenceId: id, newOutlet: outletFields.optional() }).superRefine((input, issues) => {
    if (input.newOutlet && input.outletId !== null) {
      issues.addIssue({ code: 'custom', path: ['newOutlet'], message: 'give either outletId or newOutlet, not both' });
    }
  }),
  preparedUpdate: preparedEdit,
  byId: inputs.byId,
  move: inputs.move,
  /** followUpOf as question.register takes it */
  preparedAsk: z.object({ preparedId: id, followUpOf: optionalId.default(null) }),

  importPreview: z.object({
    conferenceId: id,
    /** its extension says the format: .xlsx or .csv */
    fileName: requiredText(PREPARED_LIMITS.fileName),
    /** the file's bytes, base64 */
    data: z
      .string()
      .max(PREPARED_LIMITS.base64, { message: `the file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB` })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' })
  }),
  /** the rows of a preview without errors (any error refuses the whole import, naming row and column) */
  importConfirm: z.object({
    conferenceId: id,
    questions: z.array(importedQuestion).max(IMPORT_MAX_ROWS).default([]),
    cards: z.array(importedCard).max(IMPORT_MAX_ROWS).default([])
  }),

  cardCreate: cardFields.extend({ conferenceId: id, preparedIds: z.array(id).max(1000).default([]) }),
  cardUpdate: cardEdit,
  cardLink: z.object({ cardId: id, preparedId: id }),
  cardMatch: z.object({ conferenceId: id, questionId: id }),
  /** cardId null takes the card off the desk */
  cardSend: z.object({ conferenceId: id, cardId: optionalId }),

  questionMerge: z.object({ conferenceId: id, keepId: id, mergeId: id }),
  reportCsv: z.object({ conferenceId: id, language: z.enum(['zh', 'en']).default('zh') })
} as const;

// ---- In the JSON export (internal audience only) and its import ----

const epochMs = z.number().int().nonnegative();

const filePrepared = preparedFields.extend({
  id,
  position: z.number().int().min(0),
  dropped: z.boolean().default(false),
  createdAt: epochMs,
  updatedAt: epochMs
});

const fileCard = cardFields.extend({
  id,
  position: z.number().int().min(0),
  preparedIds: z.array(id).max(1000).default([]),
  createdAt: epochMs,
  updatedAt: epochMs
});

const fileCardSend = z.object({ id, cardId: optionalId, questionId: optionalId, at: epochMs });

/** What a conference file carries of questions before the room; empty in a public export. */
export const preparedFileShape = {
  preparedQuestions: z.array(filePrepared).default([]),
  cards: z.array(fileCard).default([]),
  cardSends: z.array(fileCardSend).default([])
};

/** A question's link to the prepared question it came from and to the one it was merged into. */
export const questionFileShape = {
  preparedId: optionalId.default(null),
  mergedInto: optionalId.default(null)
};
