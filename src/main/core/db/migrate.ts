import type { Database } from 'better-sqlite3';
import { RostrumError } from '../../../shared/errors';
import { migration001 } from './migrations/001-initial';

export interface Migration {
  version: number;
  name: string;
  /** SQL run inside one transaction together with the bump of user_version */
  up: string;
}

/** Numbered, in order; each sets user_version to its number. */
export const MIGRATIONS: readonly Migration[] = [migration001];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to `target` (default: the newest this code knows).
 * A database newer than the code is refused, never touched.
 */
export function migrate(db: Database, target: number = SCHEMA_VERSION): number {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new RostrumError(
      'invalid_state',
      `This database was written by a newer Rostrum (schema ${current}; this version knows up to ${SCHEMA_VERSION}). ` +
        'Update Rostrum to open it; the file has not been changed.',
      { schemaVersion: current, supported: SCHEMA_VERSION }
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
