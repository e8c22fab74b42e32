import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, schemaVersion } from '../../src/main/core/db/migrate';
import { tempDir } from '../helpers';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 004: redactions', () => {
  it('upgrades a database of the version before it, keeping its turns, and adds the table', () => {
    dir = tempDir();
    const db = new Database(path.join(dir, 'rostrum.db'));
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS[MIGRATIONS.findIndex((m) => m.version === 4) - 1]!.version;
    migrate(db, before);
    expect(schemaVersion(db)).toBe(before);
    db.exec(`INSERT INTO conferences (id, title, planned_seconds, language, created_at, updated_at) VALUES (1, 't', 60, 'zh', 0, 0);
             INSERT INTO turns (id, conference_id, seq, speaker_kind, text, started_at) VALUES (7, 1, 1, 'note', '保密的话', 0);`);

    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT text FROM turns WHERE id = 7').get()).toEqual({ text: '保密的话' });
    db.prepare("INSERT INTO redactions (turn_id, start_offset, end_offset, quote, created_at) VALUES (7, 0, 2, '保密', 0)").run();
    expect(() => db.prepare("INSERT INTO redactions (turn_id, start_offset, end_offset, quote, created_at) VALUES (7, 2, 2, '', 0)").run()).toThrow(
      /CHECK/
    );
    expect(() => db.prepare("INSERT INTO redactions (turn_id, start_offset, end_offset, quote, created_at) VALUES (8, 0, 1, 'x', 0)").run()).toThrow(
      /FOREIGN KEY/
    );
    // a turn's redactions go with it
    db.prepare('DELETE FROM turns WHERE id = 7').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM redactions').get()).toEqual({ n: 0 });
    db.close();
  });
});
