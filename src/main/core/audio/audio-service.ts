import type { Database } from 'better-sqlite3';
import type {
  AudioChunkAppended,
  AudioDeleted,
  AudioOffsets,
  AudioSegment,
  AudioSegmentStarted,
  AudioSettings,
  AudioState
} from '../../../shared/audio';
import { AUDIO_LIMITS } from '../../../shared/audio';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import { toAudioSegment, type AudioSegmentRow } from '../db/audio-rows';
import { prepareOpaque } from '../db/opaque-bindings';
import type { ConferenceService } from '../services/conferences';
import { appendChunk, createSegmentFile, cutTo, nodeAudioIo, removeConferenceAudio, scanFile, segmentFile, type AudioIo } from './audio-files';
import { turnOffsets, type TimedSegment } from './offsets';
import type { WebmScanState } from './webm-scan';

/** Every WebM file starts with the EBML magic; the first chunk of a segment must carry it. */
const EBML_MAGIC = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);

/**
 * The room's recording: segments and their files. Every method runs in the
 * router's transaction; a chunk is written and synced before its row says so,
 * so what the row acknowledges is on disk. Appends publish no event.
 */
export function createAudioService(db: Database, dataDir: string, conferences: ConferenceService, io: AudioIo = nodeAudioIo) {
  const settingsOf = prepareOpaque<[number], { record_audio: 0 | 1 }>(db, 'SELECT record_audio FROM audio_settings WHERE conference_id = ?');
  const saveSettings = prepareOpaque<{ conferenceId: number; recordAudio: 0 | 1 }, never>(
    db,
    `INSERT INTO audio_settings (conference_id, record_audio) VALUES (@conferenceId, @recordAudio)
     ON CONFLICT (conference_id) DO UPDATE SET record_audio = excluded.record_audio`
  );
  const uidOf = prepareOpaque<[number], { uid: string }>(db, 'SELECT uid FROM conferences WHERE id = ?');
  const byId = prepareOpaque<[number], AudioSegmentRow>(db, 'SELECT * FROM audio_segments WHERE id = ?');
  // audio_segments_by_conference (migration 010) serves both
  const ofConference = prepareOpaque<[number], AudioSegmentRow>(db, 'SELECT * FROM audio_segments WHERE conference_id = ? ORDER BY started_at, id');
  const openOf = prepareOpaque<[number], AudioSegmentRow>(
    db,
    'SELECT * FROM audio_segments WHERE conference_id = ? AND ended_at IS NULL ORDER BY started_at, id'
  );
  const insert = prepareOpaque<{ conferenceId: number; mimeType: string; now: number }, never>(
    db,
    'INSERT INTO audio_segments (conference_id, mime_type, started_at) VALUES (@conferenceId, @mimeType, @now)'
  );
  const appended = prepareOpaque<
    { id: number; bytes: number; chunks: number; lastChunkBytes: number; durationMs: number; now: number; startedAt: number },
    never
  >(
    db,
    `UPDATE audio_segments SET bytes = @bytes, chunks = @chunks, last_chunk_bytes = @lastChunkBytes, duration_ms = @durationMs,
       last_chunk_at = @now, started_at = @startedAt WHERE id = @id`
  );
  const ended = prepareOpaque<{ id: number; endedAt: number }, never>(db, 'UPDATE audio_segments SET ended_at = @endedAt WHERE id = @id');
  const saveBackupChoice = prepareOpaque<[value: string], never>(
    db,
    "INSERT INTO meta (key, value) VALUES ('backup_audio', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
  );
  const removeAll = prepareOpaque<[number], never>(db, 'DELETE FROM audio_segments WHERE conference_id = ?');
  const turnTimes = prepareOpaque<[number], { id: number; startedAt: number }>(
    db,
    'SELECT id, started_at AS startedAt FROM turns WHERE conference_id = ? AND deleted_at IS NULL ORDER BY seq'
  );

  /** The scan of each open segment, where the last append left it; rebuilt from the file when missing. */
  const scans = new Map<number, WebmScanState>();

  /**
   * When each open segment's audio began, on the server's clock. segment.start is
   * stamped when it is called, but the recorder starts after it answers (about a
   * tenth of a second later), and a turn's offset counts from the first sound. No
   * chunk can arrive before the audio in it was heard, so arrival − audio so far is
   * never earlier than the true start, and its least value over the chunks is the
   * closest such bound; it never goes before segment.start (the floor). Only the
   * first half minute is looked at: later, a sound card's clock drifting from the
   * computer's (parts per ten thousand) would move the bound more than it tells.
   */
  const starts = new Map<number, { floor: number; best: number }>();
  const START_WINDOW_MS = 30_000;

  function audioStartOf(row: AudioSegmentRow, now: number, durationMs: number): number {
    const start = starts.get(row.id) ?? { floor: row.started_at, best: Number.POSITIVE_INFINITY };
    if (durationMs <= START_WINDOW_MS) start.best = Math.min(start.best, now - durationMs);
    starts.set(row.id, start);
    return Number.isFinite(start.best) ? Math.max(start.floor, Math.round(start.best)) : start.floor;
  }

  function uid(conferenceId: number): string {
    const row = uidOf.get(conferenceId);
    if (!row) fail('not_found', `No conference with id ${conferenceId}.`, { field: 'conferenceId' });
    return row.uid;
  }

  function segmentRow(segmentId: number): AudioSegmentRow {
    const row = byId.get(segmentId);
    if (!row) fail('not_found', `No audio segment with id ${segmentId}.`, { field: 'segmentId' });
    return row;
  }

  function fileOf(row: AudioSegmentRow): string {
    return segmentFile(dataDir, uid(row.conference_id), row.id);
  }

  /** Ends a segment; its duration stays its audio's own, as the appends scanned it (a recorder's clock is not asked). */
  function close(ctx: CallContext, row: AudioSegmentRow): void {
    scans.delete(row.id);
    starts.delete(row.id);
    ended.run({ id: row.id, endedAt: Math.max(row.started_at, ctx.now()) });
    ctx.emit('audio', row.conference_id, row.id);
  }

  function settings(conferenceId: number): AudioSettings {
    return { conferenceId, recordAudio: settingsOf.get(conferenceId)?.record_audio === 1 };
  }

  /** Refuses a chunk that is not the next one; answers true for a retry of the last one (same seq, same length). */
  function isRetry(row: AudioSegmentRow, seq: number, length: number): boolean {
    if (seq === row.chunks) return false;
    if (seq === row.chunks - 1 && length === row.last_chunk_bytes) return true;
    return fail('invalid_input', `seq: expected chunk ${row.chunks} of this segment, got ${seq}.`, { field: 'seq', expected: row.chunks });
  }

  return {
    updateSettings(ctx: CallContext, input: In<'audio.settings.update'>): AudioSettings {
      conferences.get(input.conferenceId, 'conferenceId');
      saveSettings.run({ conferenceId: input.conferenceId, recordAudio: input.recordAudio ? 1 : 0 });
      ctx.emit('audio', input.conferenceId, input.conferenceId);
      return settings(input.conferenceId);
    },

    /** read by the backup manager (archive/backup-manager.ts) when it takes a backup */
    setBackupsIncludeAudio(ctx: CallContext, includeAudio: boolean): { includeAudio: boolean } {
      saveBackupChoice.run(includeAudio ? '1' : '0');
      ctx.emit('backup', null);
      return { includeAudio };
    },

    start(ctx: CallContext, input: In<'audio.segment.start'>): AudioSegmentStarted {
      conferences.requireStatusOf(input.conferenceId, ['live'], 'record audio', 'conferenceId');
      // one recorder at a time: a segment left open (a window that died, a restart) ends where its audio ends
      for (const open of openOf.all(input.conferenceId)) close(ctx, open);
      const now = ctx.now();
      const segmentId = Number(insert.run({ conferenceId: input.conferenceId, mimeType: input.mimeType, now }).lastInsertRowid);
      createSegmentFile(io, segmentFile(dataDir, uid(input.conferenceId), segmentId));
      ctx.emit('audio', input.conferenceId, segmentId);
      return { segmentId, startedAt: now };
    },

    append(ctx: CallContext, input: In<'audio.segment.append'>): AudioChunkAppended {
      const row = segmentRow(input.segmentId);
      if (row.ended_at !== null) {
        fail('invalid_state', 'This audio segment has ended; start a new one.', { field: 'segmentId', endedAt: row.ended_at });
      }
      const data = Buffer.from(input.data, 'base64');
      if (data.length > AUDIO_LIMITS.chunkBytes) fail('invalid_input', `data: must be at most ${AUDIO_LIMITS.chunkBytes} bytes`, { field: 'data' });
      if (isRetry(row, input.seq, data.length)) {
        return { segmentId: row.id, seq: input.seq, bytes: row.bytes, durationMs: row.duration_ms, duplicate: true };
      }
      if (input.seq === 0 && !data.subarray(0, 4).equals(EBML_MAGIC)) {
        fail('invalid_input', 'data: the first chunk of a segment must start with a WebM header', { field: 'data' });
      }
      const file = fileOf(row);
      appendChunk(io, file, data, row.bytes);
      const bytes = row.bytes + data.length;
      const before = scans.get(row.id);
      const scan = scanFile(file, bytes, before ? { ...before } : undefined);
      if (scan.damaged) {
        cutTo(file, row.bytes);
        fail('invalid_input', 'data: this chunk does not continue the segment’s WebM audio', { field: 'data', at: scan.position });
      }
      scans.set(row.id, scan);
      try {
        const now = ctx.now();
        const startedAt = audioStartOf(row, now, scan.durationMs);
        appended.run({ id: row.id, bytes, chunks: input.seq + 1, lastChunkBytes: data.length, durationMs: scan.durationMs, now, startedAt });
      } catch (error) {
        scans.delete(row.id); // the row kept the old length; the next scan starts again from the file
        throw error;
      }
      return { segmentId: row.id, seq: input.seq, bytes, durationMs: scan.durationMs, duplicate: false };
    },

    end(ctx: CallContext, input: In<'audio.segment.end'>): AudioSegment {
      const row = segmentRow(input.segmentId);
      if (row.ended_at === null) close(ctx, row);
      return toAudioSegment(segmentRow(input.segmentId));
    },

    /** live.end stops the recording on the server's side, so a stop holds even if the window died. */
    endOpen(ctx: CallContext, conferenceId: number): void {
      for (const open of openOf.all(conferenceId)) close(ctx, open);
    },

    state(conferenceId: number): AudioState {
      conferences.get(conferenceId, 'conferenceId');
      const segments = ofConference.all(conferenceId).map(toAudioSegment);
      const open = segments.find((s) => s.endedAt === null) ?? null;
      return {
        ...settings(conferenceId),
        recording: open !== null,
        openSegmentId: open?.id ?? null,
        segments,
        totalDurationMs: segments.reduce((sum, s) => sum + s.durationMs, 0),
        totalBytes: segments.reduce((sum, s) => sum + s.bytes, 0),
        playableDurationMs: segments.reduce((sum, s) => sum + (s.endedAt === null ? 0 : s.durationMs), 0)
      };
    },

    offsets(conferenceId: number): AudioOffsets {
      conferences.get(conferenceId, 'conferenceId');
      const segments = ofConference
        .all(conferenceId)
        .map((r): TimedSegment => ({ startedAt: r.started_at, durationMs: r.duration_ms, endedAt: r.ended_at }));
      return {
        conferenceId,
        totalDurationMs: segments.reduce((sum, s) => sum + s.durationMs, 0),
        turns: turnOffsets(segments, turnTimes.all(conferenceId))
      };
    },

    delete(ctx: CallContext, conferenceId: number): AudioDeleted {
      conferences.get(conferenceId, 'conferenceId');
      if (openOf.get(conferenceId)) fail('invalid_state', 'The audio is being recorded; pause or end it first.', { field: 'conferenceId' });
      const rows = ofConference.all(conferenceId);
      removeAll.run(conferenceId);
      // the files go last: if the commit failed after this, the rows would point at nothing, which opening repairs
      removeConferenceAudio(dataDir, uid(conferenceId));
      ctx.emit('audio', conferenceId, conferenceId);
      return { conferenceId, segments: rows.length, bytes: rows.reduce((sum, r) => sum + r.bytes, 0) };
    },

    /** When each segment started and how long its audio is: what offsets and captions are counted from. */
    timeline(conferenceId: number): TimedSegment[] {
      return ofConference.all(conferenceId).map((r) => ({ startedAt: r.started_at, durationMs: r.duration_ms, endedAt: r.ended_at }));
    },

    /** The segments of a conference, in order, with their files (for the join). */
    segmentsWithFiles(conferenceId: number): { segment: AudioSegment; file: string }[] {
      const folderUid = uid(conferenceId);
      return ofConference.all(conferenceId).map((r) => ({ segment: toAudioSegment(r), file: segmentFile(dataDir, folderUid, r.id) }));
    }
  };
}

export type AudioService = ReturnType<typeof createAudioService>;
