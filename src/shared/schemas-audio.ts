import { z } from 'zod';
import { AUDIO_LIMITS, AUDIO_MIME_TYPES } from './audio';
import { id } from './schemas';

/** base64 of at most AUDIO_LIMITS.chunkBytes bytes */
const MAX_BASE64 = Math.ceil(AUDIO_LIMITS.chunkBytes / 3) * 4;

const base64Chunk = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(MAX_BASE64, { message: `must be at most ${AUDIO_LIMITS.chunkBytes} bytes (base64)` })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64' })
  .refine((s) => s.length % 4 === 0, { message: 'must be base64 (a multiple of 4 characters)' });

export const audioInputs = {
  conferenceRef: z.object({ conferenceId: id }),
  settingsUpdate: z.object({ conferenceId: id, recordAudio: z.boolean() }),
  backupsUpdate: z.object({ includeAudio: z.boolean() }),
  segmentStart: z.object({ conferenceId: id, mimeType: z.enum(AUDIO_MIME_TYPES) }),
  segmentAppend: z.object({
    segmentId: id,
    /** 0 for the first chunk (it carries the WebM header), then one more each time */
    seq: z.number().int().min(0).max(AUDIO_LIMITS.seq),
    data: base64Chunk
  }),
  /** no duration is taken: a segment's duration is its audio's own, read from the file as it is appended */
  segmentEnd: z.object({ segmentId: id })
};
