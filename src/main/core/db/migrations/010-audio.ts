import type { Migration } from '../migrate';

/**
 * The room's audio (issue 12). A recording is its segments, in order: one per
 * MediaRecorder run (a start, a resume after a pause, a restart), each its own
 * WebM file at audio/<conference uid>/<segment id>.webm in the data folder. Time
 * paused or lost to a restart is in no segment, so no pause is stored.
 *
 * bytes, chunks and duration_ms are what was acknowledged: the file is appended
 * and synced before the row says so (services: core/audio/audio-service.ts).
 * last_chunk_bytes lets a retried chunk be recognised and not appended twice.
 * AUTOINCREMENT: a deleted recording's segment ids (its file names) are never reused.
 * Whether a conference records is its own small table, so the conference row
 * (tracked by undo) is untouched.
 */
export const migration010: Migration = {
  version: 10,
  name: 'audio',
  up: `
    CREATE TABLE audio_settings (
      conference_id INTEGER PRIMARY KEY REFERENCES conferences (id) ON DELETE CASCADE,
      record_audio INTEGER NOT NULL DEFAULT 0 CHECK (record_audio IN (0, 1))
    );
    CREATE TABLE audio_segments (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      mime_type TEXT NOT NULL,
      started_at INTEGER NOT NULL,
      ended_at INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at),
      last_chunk_at INTEGER,
      chunks INTEGER NOT NULL DEFAULT 0 CHECK (chunks >= 0),
      bytes INTEGER NOT NULL DEFAULT 0 CHECK (bytes >= 0),
      last_chunk_bytes INTEGER NOT NULL DEFAULT 0 CHECK (last_chunk_bytes >= 0),
      duration_ms INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0)
    );
    CREATE INDEX audio_segments_by_conference ON audio_segments (conference_id, started_at);
  `
};
