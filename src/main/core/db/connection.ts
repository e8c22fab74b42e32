import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate, refuseNewer } from './migrate';

export const DB_FILE = 'rostrum.db';

/** The page size of a new database (see configure). */
export const PAGE_SIZE = 1024;

export interface OpenedDatabase {
  db: DB;
  file: string;
  /** set when an unreadable file was found and moved aside before a new one was made */
  movedAside: string | null;
}

/** Durability first: an acknowledged action survives a killed process and a dead battery. */
export function configure(db: DB): void {
  // Every page a live write dirties is written to the WAL and fsynced before the
  // moderator sees it confirmed; a live action dirties about a dozen. With 1 KiB
  // pages instead of 4 KiB that costs 20–30 % less per write (bench/core.ts), for
  // about 5 % slower archive search. Takes effect only in a new, empty file: an
  // existing database keeps its page size (changing it would mean a VACUUM).
  db.pragma(`page_size = ${PAGE_SIZE}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 32 MiB of page cache: a season's archive stays in memory, so live writes never wait on reads.
  db.pragma('cache_size = -32768');
  // Statements are prepared with opaque bindings by the modules that keep them (db/opaque-bindings.ts).
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT');
}

function checkReadable(db: DB): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') {
    const error = new Error(`integrity check failed: ${String(result)}`) as Error & { code: string };
    error.code = 'SQLITE_CORRUPT';
    throw error;
  }
}

function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

/**
 * Checks an existing file through a read-only connection before anything writes to it.
 * A read-only connection never checkpoints, and never deletes the WAL on close, so a file
 * that is refused (unreadable, or from a newer Rostrum) is left exactly as it was, WAL included.
 */
function probe(file: string): boolean {
  if (!fs.existsSync(file)) return true;
  const db = new Database(file, { readonly: true });
  try {
    checkReadable(db);
    refuseNewer(db);
    return true;
  } catch (error) {
    // a hot rollback journal (a kill while a new file was being set up) needs a writer to replay it
    if ((error as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK') return false;
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Opens (or creates) the database in `dataDir`, migrated to the current schema.
 * A corrupt or unreadable file is moved aside and reported, never overwritten.
 * A file from a newer Rostrum is refused with a clear error and left as it is.
 */
export function openDatabase(dataDir: string, now: () => Date = () => new Date()): OpenedDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  let movedAside: string | null = null;
  let db: DB;
  try {
    const probed = probe(file);
    db = new Database(file);
    try {
      if (!probed) {
        checkReadable(db);
        refuseNewer(db);
      }
      configure(db);
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (!isCorruption(error)) throw error;
    movedAside = moveAside(file, now());
    db = new Database(file);
    configure(db);
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, file, movedAside };
}
