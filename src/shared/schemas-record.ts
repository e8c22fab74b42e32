// Inputs of the published record's methods: interpretation, remarks, written replies, time corrections.
import { z } from 'zod';
import { EDIT_KINDS } from './domain';
import { id, inputs } from './schemas';

const optionalId = id.nullable();
const epochMs = z.number().int().nonnegative();
// Text fields reuse the contract's own validators (length limits, no control characters).
const spokenText = inputs.turnAdd.shape.text; // up to LIMITS.text, not empty
const shortText = inputs.turnAdd.shape.reporterName; // up to LIMITS.name
const lineText = inputs.turnDelete.shape.reason; // up to LIMITS.line

/** A calendar date as printed in the record: "2024-01-05", a day that exists. */
export const replyDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { message: 'must be a day that exists' }
  );

export const recordInputs = {
  /**
   * A participant's interpretation of a turn. interpretsTurnId: the turn interpreted; without it,
   * the conference's last turn. It takes that turn's question and segment; after the event it is
   * put straight after that turn (and after the interpretations it already has).
   */
  turnInterpret: z.object({
    conferenceId: id,
    participantId: id,
    text: spokenText,
    interpretsTurnId: id.optional()
  }),
  /**
   * A reporter's remark that is not a question ("Q  Thank you."): a reporter's turn with no
   * question registered, so reports do not count it. Without outlet or name it prints as "Q" (zh 记者).
   */
  turnRemark: z.object({
    conferenceId: id,
    text: spokenText,
    outletId: optionalId.default(null),
    reporterName: shortText.default('')
  }),
  /** The written reply (会后书面答复) to a question closed as written_reply; during or after the conference. */
  replyRecord: z.object({
    conferenceId: id,
    questionId: id,
    participantId: id,
    text: spokenText,
    repliedOn: replyDate
  }),
  /**
   * Changes a written reply's answerer, text or date, one or more of them. The change is kept in its
   * history as a correction (the record now matches the reply given) or an alteration.
   */
  replyUpdate: z.object({
    id,
    participantId: id.optional(),
    text: spokenText.optional(),
    repliedOn: replyDate.optional(),
    kind: z.enum(EDIT_KINDS),
    editor: shortText.default(''),
    reason: lineText.default('')
  }),
  /** Removes a written reply from the record; its history keeps what it said. */
  replyRemove: z.object({ id, editor: shortText.default(''), reason: lineText.default('') }),
  /**
   * Corrects the actual start and/or end of a conference after the event; each change is kept
   * in its time history as a correction or an alteration. The start must stay before the end.
   */
  conferenceCorrectTimes: z
    .object({
      id,
      startedAt: epochMs.optional(),
      endedAt: epochMs.optional(),
      kind: z.enum(EDIT_KINDS),
      editor: shortText.default(''),
      reason: lineText.default('')
    })
    .superRefine((input, issues) => {
      if (input.startedAt === undefined && input.endedAt === undefined) {
        issues.addIssue({ code: 'custom', path: ['startedAt'], message: 'give startedAt, endedAt or both' });
      }
    })
} as const;
