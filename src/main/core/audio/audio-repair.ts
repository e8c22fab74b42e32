import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { AudioSegmentRow } from '../db/audio-rows';
import { prepareOpaque } from '../db/opaque-bindings';
import { AUDIO_DIR, cutTo, scanFile, segmentFile, sizeOf } from './audio-files';

export interface AudioRepairReport {
  /** segments whose file was missing, empty or held no whole block: their rows are gone */
  dropped: number[];
  /** segments whose file had a torn or damaged tail: cut to the last whole element */
  cut: number[];
  /** segments left open by a process that is gone: ended at their last chunk */
  ended: number[];
}

/**
 * Makes the recordings whole when Rostrum opens: a process killed
 * mid-chunk leaves a torn element, a disk may leave garbage. Each file is cut
 * to its last whole element and its row told the truth (bytes, duration); a
 * segment without audio is dropped; a segment still open belongs to a process
 * that is gone (a new one records a new segment), so it is ended. Only segments
 * that may need it are read: open ones, and those whose file is not as long as
 * their row says. Never throws on a file's content.
 */
export function repairAudio(db: Database, dataDir: string): AudioRepairReport {
  const segments = prepareOpaque<[], AudioSegmentRow & { uid: string }>(
    db,
    'SELECT s.*, c.uid FROM audio_segments s JOIN conferences c ON c.id = s.conference_id'
  );
  const drop = prepareOpaque<[number], never>(db, 'DELETE FROM audio_segments WHERE id = ?');
  const fix = prepareOpaque<{ id: number; bytes: number; durationMs: number; endedAt: number | null }, never>(
    db,
    'UPDATE audio_segments SET bytes = @bytes, duration_ms = @durationMs, ended_at = @endedAt WHERE id = @id'
  );
  const report: AudioRepairReport = { dropped: [], cut: [], ended: [] };

  db.transaction(() => {
    for (const row of segments.all()) {
      const file = segmentFile(dataDir, row.uid, row.id);
      const size = sizeOf(file);
      const open = row.ended_at === null;
      if (!open && size === row.bytes) continue;
      const scan = size ? scanFile(file, size) : null;
      if (!scan || scan.blocks === 0) {
        drop.run(row.id);
        fs.rmSync(file, { force: true });
        report.dropped.push(row.id);
        continue;
      }
      if (scan.position < size!) {
        cutTo(file, scan.position);
        report.cut.push(row.id);
      }
      if (open) report.ended.push(row.id);
      const endedAt = row.ended_at ?? Math.max(row.started_at, row.last_chunk_at ?? row.started_at);
      fix.run({ id: row.id, bytes: scan.position, durationMs: scan.durationMs, endedAt });
    }
  })();
  removeUnfinishedJoins(dataDir);
  return report;
}

/** A join the process died in the middle of leaves a .tmp file beside the segments (join.ts writes, then renames). */
function removeUnfinishedJoins(dataDir: string): void {
  const root = path.join(dataDir, AUDIO_DIR);
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /^joined-.*\.tmp$/.test(entry.name)) fs.rmSync(path.join(entry.parentPath, entry.name), { force: true });
  }
}
