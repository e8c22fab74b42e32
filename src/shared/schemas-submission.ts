import { z } from 'zod';
import { LANGUAGES, OUTLET_CATEGORIES } from './domain';
import { id, text } from './schemas';
import { SUBMISSION_LIMITS } from './submission';

const requiredText = (max: number) => text(max).refine((s) => s.trim().length > 0, { message: 'must not be empty' });

export const submissionInputs = {
  /** conferenceId absent: the conference that takes submissions now (live first) */
  context: z.object({ conferenceId: id.optional() }),
  create: z.object({
    conferenceId: id,
    outlet: requiredText(SUBMISSION_LIMITS.name),
    reporter: requiredText(SUBMISSION_LIMITS.name),
    text: requiredText(SUBMISSION_LIMITS.text),
    language: z.enum(LANGUAGES).default('zh')
  }),
  board: z.object({ conferenceId: id }),
  accept: z.object({ conferenceId: id, accepting: z.boolean() }),
  links: z.object({}),
  /**
   * edits: what the moderator corrected before it goes to the queue (an outlet from the directory, a spelling).
   * An outlet typed on the phone that is not in the directory is added to it with newOutletCategory.
   */
  approve: z.object({
    id,
    edits: z
      .object({
        outletId: id.nullable().optional(),
        newOutletCategory: z.enum(OUTLET_CATEGORIES).optional(),
        reporterName: text(SUBMISSION_LIMITS.name).optional(),
        text: requiredText(SUBMISSION_LIMITS.text).optional()
      })
      .optional()
  }),
  merge: z.object({ id, questionId: id }),
  reject: z.object({ id, reason: text(SUBMISSION_LIMITS.reason).default('') })
};
