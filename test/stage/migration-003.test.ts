import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../src/main/core/db/connection';
import { MIGRATIONS, migrate, schemaVersion } from '../../src/main/core/db/migrate';
import { tempDir } from '../helpers';

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function openAt(version: number) {
  dir = tempDir();
  const db = new Database(path.join(dir, 'rostrum.db'));
  configure(db);
  migrate(db, version);
  return db;
}

describe('migration 003 (stage)', () => {
  it('is registered in order between 002 and 004', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(MIGRATIONS.find((m) => m.version === 3)?.name).toBe('stage');
  });

  it('upgrades a database at version 2, keeping its data, and adds the stage tables', () => {
    const db = openAt(2);
    try {
      expect(schemaVersion(db)).toBe(2);
      db.prepare(
        `INSERT INTO conferences (id, title, planned_seconds, language, created_at, updated_at) VALUES (1, '发布会', 4500, 'zh', 0, 0)`
      ).run();
      db.prepare(`INSERT INTO segments (id, conference_id, position, kind, planned_seconds) VALUES (7, 1, 0, 'qa', 2700)`).run();
      migrate(db, 3);
      expect(schemaVersion(db)).toBe(3);
      expect(db.prepare('SELECT title FROM conferences').get()).toEqual({ title: '发布会' });

      db.prepare('INSERT INTO stage_settings (conference_id) VALUES (1)').run();
      expect(db.prepare('SELECT * FROM stage_settings').get()).toEqual({
        conference_id: 1,
        warning_seconds: 120,
        overtime_grace_seconds: 0,
        answer_limit_seconds: 180,
        answer_warning_seconds: 30
      });
      db.prepare('INSERT INTO segment_timing (segment_id, warning_seconds) VALUES (7, 60)').run();
      const show = db.prepare("INSERT INTO stage_messages (conference_id, preset, text, flash, shown_at) VALUES (1, @preset, 't', 0, 1)");
      show.run({ preset: 'be_brief' });
      // one message on screen at a time, and only known presets
      expect(() => show.run({ preset: null })).toThrow(/UNIQUE/);
      db.prepare('UPDATE stage_messages SET cleared_at = 2').run();
      expect(() => show.run({ preset: 'encore' })).toThrow(/CHECK/);
      show.run({ preset: null });

      // deleting the conference takes its stage rows with it
      db.prepare('DELETE FROM conferences WHERE id = 1').run();
      for (const table of ['stage_settings', 'segment_timing', 'stage_messages']) {
        expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      }
    } finally {
      db.close();
    }
  });

  it('brings a new database all the way up', () => {
    const db = openAt(MIGRATIONS.at(-1)!.version);
    try {
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['stage_settings', 'segment_timing', 'question_timing', 'stage_messages']));
    } finally {
      db.close();
    }
  });
});
