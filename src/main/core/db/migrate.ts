import type { Database } from 'better-sqlite3';
import { RostrumError } from '../../../shared/errors';
import { migration001 } from './migrations/001-initial';
import { migration002 } from './migrations/002-search';
import { migration003 } from './migrations/003-stage';
import { migration004 } from './migrations/004-redactions';
import { migration005 } from './migrations/005-foreign-key-indexes';
import { migration006 } from './migrations/006-lean-writes';
import { migration007 } from './migrations/007-turn-end-in-place';
import { migration008 } from './migrations/008-published-record';
import { migration009 } from './migrations/009-stage-message-life';
import { migration010 } from './migrations/010-audio';
import { migration011 } from './migrations/011-prepared';
import { migration012 } from './migrations/012-submissions';

export interface Migration {
  version: number;
  name: string;
  /** SQL run inside one transaction together with the bump of user_version */
  up: string;
}

/** Numbered, in order; each sets user_version to its number. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws, touching nothing, when the database was written by a newer Rostrum. */
export function refuseNewer(db: Database): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new RostrumError(
      'invalid_state',
      `This database was written by a newer Rostrum (schema ${current}; this version knows up to ${SCHEMA_VERSION}). ` +
        'Update Rostrum to open it; the file has not been changed.',
      { schemaVersion: current, supported: SCHEMA_VERSION }
    );
  }
}

/**
 * Brings the database up to `target` (default: the newest this code knows).
 * A database newer than the code is refused, never touched.
 */
export function migrate(db: Database, target: number = SCHEMA_VERSION): number {
  refuseNewer(db);
  const current = schemaVersion(db);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
