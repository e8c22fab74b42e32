import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The backup itself runs in a worker thread, on a read-only connection of its
 * own, so the app's event loop does nothing but start it and hear the end.
 *
 * Copying in small steps on the app's thread (better-sqlite3's default) still
 * left one long stall: the last step commits, writing out the destination's
 * page cache (up to 16 MB) and syncing the file, 30–50 ms of CPU and most of a
 * second of waiting on a 250 MB archive. In the worker the copy is one step
 * (SQLite's backup API with every page at once), so it holds one read snapshot
 * throughout: writes of the app go on beside it (WAL) and cannot restart it.
 *
 * The copy is written to a .partial file and renamed once complete, so a half
 * backup is never listed; it is made a plain rollback-journal file (it is read,
 * not written) that opens read-only without -wal and -shm beside it.
 *
 * Plain JavaScript in a string: the worker runs it as it is, with no bundling.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const Database = require(workerData.modulePath);
(async () => {
  let source;
  try {
    source = new Database(workerData.source, { readonly: true, fileMustExist: true });
    source.pragma('busy_timeout = 10000');
    // the first step only sets up; the second copies every page
    await source.backup(workerData.partial, { progress: () => 0x7fffffff });
    source.close();
    const copy = new Database(workerData.partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    // the finished file takes its name here, and the name is synced to the folder
    // (a blocking wait on the disk, kept off the app's thread); Windows cannot sync a folder
    fs.renameSync(workerData.partial, workerData.file);
    if (process.platform !== 'win32') {
      const folder = fs.openSync(path.dirname(workerData.file), 'r');
      try { fs.fsyncSync(folder); } finally { fs.closeSync(folder); }
    }
    parentPort.postMessage({ ok: true });
  } catch (error) {
    try { if (source && source.open) source.close(); } catch {}
    parentPort.postMessage({ ok: false, message: error && error.message ? error.message : String(error) });
  }
})();
`;

/** Runs `source` (a plain JS program) in a worker; resolves when it answers ok. */
export function runWorker(source: string, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const modulePath = createRequire(__filename).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { modulePath, ...data } });
    worker.once('message', (message: { ok: boolean; message?: string }) => {
      if (message.ok) resolve(message);
      else reject(new Error(message.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`A background copy stopped unexpectedly (exit code ${code}).`));
    });
  });
}

/** SQLite's online backup of the database file `source` into `file`. */
export async function onlineBackup(source: string, file: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await runWorker(WORKER_SOURCE, { source, partial, file });
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
    throw error;
  }
}
