import Database from 'better-sqlite3';
import fs from 'node:fs';

/** A backup step aims to copy in about this long, well inside a 16 ms frame. */
const STEP_TARGET_MS = 4;
/** …and never more than 8 MB at once, however fast the last step was (the disk may slow down mid-way). */
const MAX_PAGES = 2048;

/** fdatasync off the main thread; a failure here only means the final sync has more to do. */
async function flushFile(file: string): Promise<void> {
  try {
    const handle = await fs.promises.open(file, 'r+');
    try {
      await handle.datasync();
    } finally {
      await handle.close();
    }
  } catch {
    // the file may be gone already (a failed backup); nothing to flush
  }
}

/**
 * SQLite's online backup of the open database into `file`, in steps sized to
 * take about STEP_TARGET_MS each, so the event loop never waits long. Written to
 * a .partial file and renamed once complete, so a half backup is never listed.
 * Returns the longest gap between two steps (an upper bound of the longest step).
 */
export async function onlineBackup(
  db: Database.Database,
  file: string,
  onProgress: (fraction: number) => void
): Promise<{ longestStepMs: number }> {
  const partial = `${file}.partial`;
  let pages = 64;
  let last = performance.now();
  let longestStepMs = 0;
  let flushedAt = 0;
  let flushing: Promise<void> = Promise.resolve();
  let finalFlush: 'no' | 'running' | 'done' = 'no';
  try {
    await db.backup(partial, {
      progress({ totalPages, remainingPages }) {
        const step = performance.now() - last;
        longestStepMs = Math.max(longestStepMs, step);
        if (step > STEP_TARGET_MS * 2) pages = Math.max(8, Math.floor(pages / 2));
        else if (step < STEP_TARGET_MS / 2) pages = Math.min(MAX_PAGES, pages * 2);
        const done = totalPages ? 1 - remainingPages / totalPages : 0;
        onProgress(done);
        last = performance.now();
        // SQLite syncs the copy once, in its last step, on this thread: with hundreds of MB
        // still in the page cache that sync takes most of a second. So what is written is
        // flushed from the thread pool as the copy goes, and the last step waits (steps of
        // zero pages) until all before it is on disk, leaving that sync almost nothing to do.
        if (done - flushedAt >= 0.05) {
          flushedAt = done;
          flushing = flushing.then(() => flushFile(partial));
        }
        if (remainingPages <= pages && finalFlush !== 'done') {
          if (finalFlush === 'no') {
            finalFlush = 'running';
            flushing = flushing.then(() => flushFile(partial)).then(() => void (finalFlush = 'done'));
          }
          return 0;
        }
        return pages;
      }
    });
    await flushing;
    // the copy carries the live file's WAL mode; a backup is read, not written, so it is made
    // a plain rollback-journal file that opens read-only without -wal and -shm beside it
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    fs.renameSync(partial, file);
  } catch (error) {
    await flushing;
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { longestStepMs };
}
