import { z } from 'zod';
import { id, LIMITS } from './schemas';
import { STAGE_MESSAGE_SECONDS, STAGE_PRESET_IDS } from './stage';

/** A message must fit on one line of the stage, read from three metres. */
export const STAGE_LIMITS = {
  message: 120,
  thresholdSeconds: LIMITS.plannedSeconds
} as const;

// Same rule as the other text inputs (schemas.ts): control characters never belong on a screen.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const messageText = z
  .string()
  .max(STAGE_LIMITS.message, { message: `must be at most ${STAGE_LIMITS.message} characters` })
  .refine((s) => !CONTROL.test(s), { message: 'must not contain control characters' })
  .refine((s) => s.trim().length > 0, { message: 'must not be empty' });

const thresholdSeconds = z.number().int().min(0).max(STAGE_LIMITS.thresholdSeconds);

export const stageInputs = {
  conferenceRef: z.object({ conferenceId: id }),

  /** Free text or a preset (exactly one of them). */
  messageSet: z
    .object({
      conferenceId: id,
      text: messageText.optional(),
      preset: z.enum(STAGE_PRESET_IDS).optional(),
      flash: z.boolean().default(false),
      /** shown for this long, then it clears itself; left out: until cleared */
      seconds: z.number().int().min(STAGE_MESSAGE_SECONDS.min).max(STAGE_MESSAGE_SECONDS.max).optional(),
      /** it clears itself when the agenda moves on to another segment */
      untilNextSegment: z.boolean().default(false)
    })
    .superRefine((input, ctx) => {
      if (input.text === undefined && input.preset === undefined) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: 'give a text or a preset' });
      } else if (input.text !== undefined && input.preset !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['preset'], message: 'give a text or a preset, not both' });
      }
    }),

  /** The conference's timing rules; a field left out keeps its value. */
  settingsUpdate: z.object({
    conferenceId: id,
    warningSeconds: thresholdSeconds.optional(),
    overtimeGraceSeconds: thresholdSeconds.optional(),
    answerLimitSeconds: thresholdSeconds.optional(),
    answerWarningSeconds: thresholdSeconds.optional()
  }),

  /** A segment's own thresholds; null goes back to the conference's, a field left out keeps its value. */
  segmentTiming: z.object({
    segmentId: id,
    warningSeconds: thresholdSeconds.nullable().optional(),
    overtimeGraceSeconds: thresholdSeconds.nullable().optional()
  }),

  /** A question's own answer limit; null goes back to the conference's. */
  answerLimit: z.object({
    questionId: id,
    answerLimitSeconds: thresholdSeconds.nullable()
  })
} as const;
