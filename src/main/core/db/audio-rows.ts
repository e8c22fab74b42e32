import type { AudioMimeType, AudioSegment } from '../../../shared/audio';

/* The rows of the audio tables (migration 010), with their mapper. The other tables' rows are in rows.ts. */

export type AudioSegmentRow = {
  id: number;
  conference_id: number;
  mime_type: AudioMimeType;
  started_at: number;
  ended_at: number | null;
  last_chunk_at: number | null;
  chunks: number;
  bytes: number;
  last_chunk_bytes: number;
  duration_ms: number;
};

export function toAudioSegment(r: AudioSegmentRow): AudioSegment {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    mimeType: r.mime_type,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    lastChunkAt: r.last_chunk_at,
    chunks: r.chunks,
    bytes: r.bytes,
    durationMs: r.duration_ms
  };
}
