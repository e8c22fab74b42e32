import { z } from 'zod';
import { CONFERENCE_STATUSES, CONFERENCE_TIME_FIELDS, EDIT_KINDS, QUESTION_STATUSES, SEGMENT_STATUSES, SPEAKER_KINDS } from './domain';
import { preparedFileShape, questionFileShape } from './schemas-prepared';
import { replyDate } from './schemas-record';
import {
  conferenceFields,
  headerFields,
  id,
  inputs,
  LIMITS,
  outletFields,
  participantFields,
  personFields,
  questionFields,
  segmentFields,
  timeZoneName
} from './schemas';

/** The file formats a transcript exports to. */
export const EXPORT_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx', 'json', 'srt', 'vtt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** public: redacted spans become a marker; internal: the full text, with redacted spans marked. */
export const AUDIENCES = ['public', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The identity and version of the JSON export; an import refuses anything else. */
export const CONFERENCE_FILE_FORMAT = 'rostrum.conference';
export const CONFERENCE_FILE_VERSION = 1;

// Text fields reuse the contract's own validators (length limits, no control characters).
const anyText = questionFields.shape.text; // up to LIMITS.text, may be empty
const spokenText = inputs.turnAdd.shape.text; // up to LIMITS.text, not empty
const shortText = inputs.turnAdd.shape.reporterName; // up to LIMITS.name
const lineText = inputs.turnDelete.shape.reason; // up to LIMITS.line

const epochMs = z.number().int().nonnegative();
const optionalId = id.nullable();
const offset = z.number().int().min(0).max(LIMITS.text);

export const exportOptionFields = z.object({
  /** print each turn's clock time */
  withTimes: z.boolean().default(false),
  /** print a line stating the editing standard (verbatim or edited) from the conference header */
  stateEditingStandard: z.boolean().default(false),
  /** print a line saying when the record was last corrected, when it was */
  stateCorrections: z.boolean().default(false),
  includeWithdrawn: z.boolean().default(false),
  includeNotReached: z.boolean().default(false),
  audience: z.enum(AUDIENCES).default('public'),
  /** internal audience only: append each question's answer-point cards (linked and sent); refused for a public export */
  withCards: z.boolean().default(false),
  /** IANA zone the times and dates are printed in; default the conference's own time zone */
  timeZone: timeZoneName.optional()
});

export const transcriptExportInput = exportOptionFields
  .extend({
    conferenceId: id,
    format: z.enum(EXPORT_FORMATS),
    /**
     * Exporting a transcript (any format but json) before the conference's embargo time is refused
     * (error field "confirmEmbargo") unless this is true; the file is then marked "EMBARGOED UNTIL …".
     */
    confirmEmbargo: z.boolean().default(false)
  })
  .superRefine((input, issues) => {
    if (input.withCards && input.audience !== 'internal') {
      issues.addIssue({ code: 'custom', path: ['withCards'], message: 'needs the internal audience: cards never go in a public export' });
    }
  });

export const redactionAddInput = z
  .object({
    turnId: id,
    /** offsets into the turn's text in UTF-16 code units (JavaScript string indices), end exclusive */
    start: offset,
    end: offset,
    reason: lineText
  })
  .refine((r) => r.end > r.start, { message: 'must be after start', path: ['end'] });

// ---- The JSON export, version 1: the complete conference, re-importable ----

const fileConference = conferenceFields.extend({
  id,
  header: headerFields,
  /** absent in files written before migration 008: the import then takes the zone those exports printed in */
  timeZone: timeZoneName.optional(),
  status: z.enum(CONFERENCE_STATUSES),
  startedAt: epochMs.nullable(),
  endedAt: epochMs.nullable(),
  lastQuestionId: optionalId,
  createdAt: epochMs,
  updatedAt: epochMs
});

const filePerson = personFields.extend({ id });
const fileOutlet = outletFields.extend({ id });
const fileParticipant = participantFields.extend({ id, position: z.number().int().min(0) });

const fileSegment = segmentFields.extend({
  id,
  position: z.number().int().min(0),
  status: z.enum(SEGMENT_STATUSES),
  extendedSeconds: z.number().int().min(0).default(0),
  startedAt: epochMs.nullable(),
  endedAt: epochMs.nullable(),
  elapsedBeforeMs: z.number().int().min(0).default(0)
});

const fileQuestion = questionFields.extend({
  id,
  // a follow-up is put ahead of the queue, so positions may be negative
  position: z.number().int(),
  status: z.enum(QUESTION_STATUSES),
  followUpOf: optionalId,
  registeredAt: epochMs,
  askedAt: epochMs.nullable(),
  closedAt: epochMs.nullable(),
  segmentId: optionalId,
  ...questionFileShape
});

const fileTurn = z.object({
  id,
  seq: z.number().finite(),
  segmentId: optionalId,
  questionId: optionalId,
  speakerKind: z.enum(SPEAKER_KINDS),
  participantId: optionalId,
  outletId: optionalId,
  reporterName: shortText,
  text: spokenText,
  startedAt: epochMs,
  endedAt: epochMs.nullable(),
  editedAt: epochMs.nullable(),
  /** a deleted turn stays in the file so that its history keeps its text */
  deletedAt: epochMs.nullable().default(null),
  interpretsTurnId: optionalId.default(null),
  /** where the turn is in the conference's joined audio, in ms; null: said while nothing recorded. Written for readers; the import ignores it */
  audioOffsetMs: z.number().int().min(0).nullable().optional()
});

const fileWrittenReply = z.object({
  id,
  questionId: id,
  participantId: id,
  text: spokenText,
  repliedOn: replyDate,
  createdAt: epochMs,
  updatedAt: epochMs,
  /** a removed reply stays in the file so that its history keeps its text */
  deletedAt: epochMs.nullable().default(null)
});

const fileReplyRevision = z.object({
  id,
  replyId: id,
  kind: z.enum([...EDIT_KINDS, 'deletion']),
  textBefore: spokenText,
  textAfter: spokenText,
  participantBefore: id,
  participantAfter: id,
  repliedOnBefore: replyDate,
  repliedOnAfter: replyDate,
  editor: shortText,
  reason: lineText,
  at: epochMs
});

const fileTimeRevision = z.object({
  id,
  field: z.enum(CONFERENCE_TIME_FIELDS),
  kind: z.enum(EDIT_KINDS),
  before: epochMs.nullable(),
  after: epochMs,
  editor: shortText,
  reason: lineText,
  at: epochMs
});

const fileRevision = z.object({
  id,
  turnId: id,
  kind: z.enum([...EDIT_KINDS, 'deletion']),
  textBefore: anyText,
  textAfter: anyText,
  editor: shortText,
  reason: lineText,
  at: epochMs
});

const fileExtension = z.object({
  id,
  segmentId: optionalId,
  seconds: z.number().int().min(1).max(LIMITS.extensionSeconds),
  at: epochMs
});

const fileRedaction = z
  .object({ id, turnId: id, start: offset, end: offset, quote: anyText, reason: lineText, createdAt: epochMs })
  .refine((r) => r.end > r.start, { message: 'must be after start', path: ['end'] });

export const conferenceFile = z.object({
  format: z.literal(CONFERENCE_FILE_FORMAT, { message: `must be "${CONFERENCE_FILE_FORMAT}"` }),
  version: z.literal(CONFERENCE_FILE_VERSION, {
    message: `must be ${CONFERENCE_FILE_VERSION}; this file was written by another version of Rostrum`
  }),
  exportedAt: epochMs.optional(),
  conference: fileConference,
  people: z.array(filePerson),
  outlets: z.array(fileOutlet),
  participants: z.array(fileParticipant),
  segments: z.array(fileSegment),
  questions: z.array(fileQuestion),
  turns: z.array(fileTurn),
  turnHistory: z.array(fileRevision).default([]),
  extensions: z.array(fileExtension).default([]),
  redactions: z.array(fileRedaction).default([]),
  writtenReplies: z.array(fileWrittenReply).default([]),
  writtenReplyHistory: z.array(fileReplyRevision).default([]),
  timeHistory: z.array(fileTimeRevision).default([]),
  ...preparedFileShape
});

/** A conference file as written by the JSON export and read by the import. */
export type ConferenceFile = z.output<typeof conferenceFile>;
