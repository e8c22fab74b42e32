import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fail } from '../../../shared/errors';
import { SCHEMA_VERSION, migrate } from '../db/migrate';

export interface ArchiveSource {
  /** a file at the current schema, safe to ATTACH or read */
  file: string;
  /** removes the temporary copy, when one was made */
  dispose(): void;
}

/**
 * Makes another archive file (a backup, or an export from another machine)
 * readable at this version's schema without touching it: a file from an older
 * Rostrum is copied to a temp folder and the copy migrated; one from a newer
 * Rostrum, or one that is not a Rostrum database, is refused.
 */
export function openArchiveSource(file: string): ArchiveSource {
  if (!fs.existsSync(file)) fail('not_found', `There is no file ${path.basename(file)}.`, { field: 'fileName' });
  let version: number;
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    version = probe.pragma('user_version', { simple: true }) as number;
    probe.prepare('SELECT COUNT(*) FROM conferences').get();
  } catch (error) {
    fail('invalid_input', `${path.basename(file)} is not a Rostrum archive: ${error instanceof Error ? error.message : String(error)}`, {
      field: 'fileName'
    });
  } finally {
    probe?.close();
  }
  if (version > SCHEMA_VERSION) {
    fail('invalid_state', `${path.basename(file)} was written by a newer Rostrum (schema ${version}); update Rostrum to use it.`, {
      field: 'fileName'
    });
  }
  if (version === SCHEMA_VERSION) return { file, dispose: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-source-'));
  const copy = path.join(dir, 'source.db');
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  try {
    migrate(db);
  } finally {
    db.close();
  }
  return { file: copy, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The ordinary tables of a schema: no SQLite internals, no virtual tables, no FTS index (copied apart). */
export function dataTables(db: Database.Database, schema: string): string[] {
  return db
    .prepare<[], { name: string }>(
      `SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
       AND name NOT LIKE 'search\\_fts%' ESCAPE '\\' AND name NOT LIKE 'card\\_fts%' ESCAPE '\\'
       AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage`
    )
    .all()
    .map((r) => r.name);
}

export function columnsOf(db: Database.Database, schema: string, table: string): string[] {
  return db
    .prepare<[table: string, schema: string], { name: string }>(`SELECT name FROM pragma_table_info(?, ?)`)
    .all(table, schema)
    .map((r) => r.name);
}
