import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure, DB_FILE, openDatabase, PAGE_SIZE } from '../src/main/core/db/connection';
import { createSearchIndexer } from '../src/main/core/archive/search-index';
import { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion, type Migration } from '../src/main/core/db/migrate';
import { toTurn, type TurnRow } from '../src/main/core/db/rows';
import { openRostrum } from '../src/main/core/rostrum';
import { tempDir } from './helpers';
import { seedSchema1 } from './migration-seeds';

type Rows = Record<string, Record<string, unknown>[]>;

/**
 * Checks of one migration, by its version. `seed` adds rows at the version
 * before it (on top of the schema-1 archive every migration gets); `verify`
 * looks at the result. Rows that existed before are compared by the generic test.
 */
const CHECKS: Record<
  number,
  {
    seed?: (db: DB) => void;
    verify?: (db: DB, before: Rows) => void;
    /** how the migration means to rewrite a row that existed before it, by table (the rest must stay as they were) */
    rewrites?: Record<string, (row: Record<string, unknown>) => Record<string, unknown>>;
    /** makes the migration's last step fail, for one that creates nothing to stand in the way of; answers the error expected */
    blockLastStep?: (db: DB) => RegExp;
  }
> = {
  1: {
    verify: (db) => {
      expect(db.prepare("SELECT value FROM meta WHERE key = 'revision'").get()).toEqual({ value: '0' });
    }
  },
  2: {
    verify: (db) => {
      const uids = db.prepare('SELECT uid FROM conferences ORDER BY id').all() as { uid: string }[];
      expect(uids.every((u) => typeof u.uid === 'string' && u.uid.length > 0)).toBe(true);
      expect(new Set(uids.map((u) => u.uid)).size).toBe(uids.length);
      // old turns and questions are searchable (a question never asked aloud too); the deleted turn is not
      const hits = db.prepare(
        'SELECT d.turn_id, d.question_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?'
      );
      expect(hits.all('党建品牌')).toContainEqual({ turn_id: 3, question_id: 1 });
      expect(hits.all('基层减负')).toContainEqual({ turn_id: null, question_id: 3 });
      expect(db.prepare("SELECT COUNT(*) AS n FROM search_fts WHERE search_fts MATCH '（掌声）'").get()).toEqual({ n: 0 });
      // new conferences get a uid of their own
      db.prepare("INSERT INTO conferences (title, planned_seconds, language, created_at, updated_at) VALUES ('新', 60, 'zh', 0, 0)").run();
      expect(db.prepare('SELECT uid FROM conferences ORDER BY id DESC LIMIT 1').get()).toEqual({ uid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    }
  },
  3: {
    verify: (db) => {
      expect(db.prepare('SELECT COUNT(*) AS n FROM stage_messages').get()).toEqual({ n: 0 });
      db.prepare('INSERT INTO stage_settings (conference_id) VALUES (1)').run();
      expect(db.prepare('SELECT warning_seconds, answer_limit_seconds FROM stage_settings').get()).toEqual({
        warning_seconds: 120,
        answer_limit_seconds: 180
      });
    }
  },
  4: {
    verify: (db) => {
      db.prepare("INSERT INTO redactions (turn_id, start_offset, end_offset, quote, created_at) VALUES (2, 0, 4, '今年以来', 0)").run();
      expect(() => db.prepare("INSERT INTO redactions (turn_id, start_offset, end_offset, quote, created_at) VALUES (2, 4, 4, '', 0)").run()).toThrow(
        /CHECK/
      );
    }
  },
  5: {
    // every foreign key has an index whose first column is that key (a rowid key counts)
    verify: (db) => {
      expect(unindexedForeignKeys(db)).toEqual([]);
    }
  },
  6: {
    verify: (db) => {
      // the foreign keys keep their (now partial) indexes, and the old docs are still found
      expect(unindexedForeignKeys(db)).toEqual([]);
      const partial = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%WHERE%IS NOT NULL%' ORDER BY name").pluck();
      expect(partial.all()).toEqual(expect.arrayContaining(['turns_by_question', 'turns_by_outlet', 'questions_by_follow_up']));
      const hits = db.prepare('SELECT d.turn_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?').pluck();
      expect(hits.all('党建品牌')).toContain(3);
      // a write only queues what it changed; the indexer brings the docs up to date
      db.prepare("UPDATE turns SET text = '感谢您的提问，我们推行了清单制。' WHERE id = 4").run();
      db.prepare('DELETE FROM turns WHERE id = 6').run();
      expect(db.prepare('SELECT kind, ref_id FROM search_queue ORDER BY kind, ref_id').all()).toEqual([
        { kind: 'question', ref_id: 1 },
        { kind: 'question', ref_id: 2 },
        { kind: 'turn', ref_id: 4 },
        { kind: 'turn', ref_id: 6 }
      ]);
      expect(hits.all('清单制')).toEqual([]);
      expect(createSearchIndexer(db).catchUp()).toBe(4);
      expect(hits.all('清单制')).toEqual([4]);
      expect(hits.all('效果明显')).toEqual([]);
      // question 2 lost its only turn, which never asked it aloud: its own text stays searchable
      expect(db.prepare("SELECT question_id FROM search_docs WHERE kind = 'question' ORDER BY question_id").pluck().all()).toEqual([2, 3]);
      expect(db.prepare('SELECT COUNT(*) FROM search_queue').pluck().get()).toBe(0);
    }
  },
  7: {
    // an open turn keeps its start in ended_at
    rewrites: { turns: (row) => (row.ended_at === null ? { ...row, ended_at: row.started_at } : row) },
    // its last step rewrites the open turns: a turn open and a trigger refusing the rewrite make it fail, after the column was added
    blockLastStep: (db) => {
      db.exec(`INSERT INTO turns (id, conference_id, seq, speaker_kind, text, started_at) VALUES (8, 1, 7, 'note', '（休会）', 1704160000000);
        CREATE TRIGGER block_007 BEFORE UPDATE ON turns BEGIN SELECT RAISE(ABORT, 'blocked by the test'); END;`);
      return /blocked by the test/;
    },
    // the conference's last turn, still open: no turn came after it to end it
    seed: (db) => {
      db.prepare(
        "INSERT INTO turns (id, conference_id, seq, speaker_kind, participant_id, text, started_at) VALUES (7, 1, 6, 'participant', 1, '谢谢大家。', 1704160000000)"
      ).run();
    },
    verify: (db) => {
      const turn = db.prepare<[], TurnRow>('SELECT * FROM turns WHERE id = 7').get()!;
      expect(turn).toMatchObject({ is_open: 1, ended_at: 1704160000000, started_at: 1704160000000 });
      expect(toTurn(turn).endedAt).toBeNull();
      const ended = db.prepare('SELECT id, is_open, ended_at FROM turns WHERE id < 7 ORDER BY id').all() as { is_open: number; ended_at: number }[];
      expect(ended.every((t) => t.is_open === 0 && t.ended_at > 0)).toBe(true);
      expect(() => db.prepare('UPDATE turns SET is_open = 2 WHERE id = 7').run()).toThrow(/CHECK constraint failed/);
    }
  },
  8: {
    verify: (db) => {
      // a conference keeps printing in the zone its exports used before: zh in Shanghai, en in UTC
      expect(db.prepare('SELECT id, time_zone, ground_rules, embargo_until FROM conferences ORDER BY id').all()).toEqual([
        { id: 1, time_zone: 'Asia/Shanghai', ground_rules: null, embargo_until: null },
        { id: 2, time_zone: 'UTC', ground_rules: null, embargo_until: null }
      ]);
      expect(() => db.prepare("UPDATE conferences SET ground_rules = 'secret' WHERE id = 1").run()).toThrow(/CHECK/);
      expect(db.prepare('SELECT COUNT(*) FROM turns WHERE interprets_turn_id IS NOT NULL').pluck().get()).toBe(0);
      db.prepare('UPDATE turns SET interprets_turn_id = 3 WHERE id = 4').run();
      expect(() => db.prepare('UPDATE turns SET interprets_turn_id = 999 WHERE id = 4').run()).toThrow(/FOREIGN KEY/);
      // the written reply to question 3, left for one
      db.prepare(
        "INSERT INTO written_replies (conference_id, question_id, participant_id, text, replied_on, created_at, updated_at) VALUES (1, 3, 2, '已书面答复。', '2024-01-05', 0, 0)"
      ).run();
      expect(() =>
        db
          .prepare(
            "INSERT INTO written_replies (conference_id, question_id, participant_id, text, replied_on, created_at, updated_at) VALUES (1, 3, 2, 'x', '5 Jan', 0, 0)"
          )
          .run()
      ).toThrow(/CHECK/);
      db.prepare(
        `INSERT INTO written_reply_history (conference_id, reply_id, kind, text_before, text_after, participant_before, participant_after,
           replied_on_before, replied_on_after, at) VALUES (1, 1, 'deletion', '已书面答复。', '已书面答复。', 2, 2, '2024-01-05', '2024-01-05', 0)`
      ).run();
      expect(() => db.prepare("UPDATE written_reply_history SET kind = 'erasure'").run()).toThrow(/CHECK/);
      db.prepare(
        "INSERT INTO conference_time_history (conference_id, field, kind, before_value, after_value, at) VALUES (1, 'started_at', 'correction', 1, 2, 3)"
      ).run();
      expect(() =>
        db.prepare("INSERT INTO conference_time_history (conference_id, field, kind, after_value, at) VALUES (1, 'title', 'correction', 2, 3)").run()
      ).toThrow(/CHECK/);
      expect(unindexedForeignKeys(db)).toEqual([]);
      // deleting the conference takes its replies and time history with it
      db.prepare('DELETE FROM conferences WHERE id = 1').run();
      expect(
        db
          .prepare(
            'SELECT (SELECT COUNT(*) FROM written_replies) + (SELECT COUNT(*) FROM written_reply_history) + (SELECT COUNT(*) FROM conference_time_history)'
          )
          .pluck()
          .get()
      ).toBe(0);
    }
  },
  9: {
    // its last step adds segment_id: a column of that name already there makes it fail, after the others were added
    blockLastStep: (db) => {
      db.exec('ALTER TABLE stage_messages ADD COLUMN segment_id INTEGER');
      return /duplicate column name/;
    },
    // a message on the stage, shown before messages had a life of their own
    seed: (db) => {
      db.prepare("INSERT INTO stage_messages (id, conference_id, text, flash, shown_at) VALUES (1, 1, '请简要回答', 0, 1704160000000)").run();
    },
    verify: (db) => {
      // an old message stays until cleared, as it did
      expect(db.prepare('SELECT expires_at, until_next_segment, segment_id, cleared_at FROM stage_messages WHERE id = 1').get()).toEqual({
        expires_at: null,
        until_next_segment: 0,
        segment_id: null,
        cleared_at: null
      });
      expect(() => db.prepare('UPDATE stage_messages SET expires_at = shown_at WHERE id = 1').run()).toThrow(/CHECK constraint failed/);
      expect(() => db.prepare('UPDATE stage_messages SET until_next_segment = 2 WHERE id = 1').run()).toThrow(/CHECK constraint failed/);
      db.prepare('UPDATE stage_messages SET expires_at = shown_at + 10000, until_next_segment = 1 WHERE id = 1').run();
    }
  },
  10: {
    verify: (db) => {
      // an old conference records no audio until asked, and has no segments
      expect(db.prepare('SELECT count(*) AS n FROM audio_settings').get()).toEqual({ n: 0 });
      db.prepare('INSERT INTO audio_settings (conference_id, record_audio) VALUES (1, 1)').run();
      expect(() => db.prepare('UPDATE audio_settings SET record_audio = 2').run()).toThrow(/CHECK constraint failed/);
      db.prepare("INSERT INTO audio_segments (conference_id, mime_type, started_at) VALUES (1, 'audio/webm;codecs=opus', 1704160000000)").run();
      expect(() => db.prepare('UPDATE audio_segments SET ended_at = started_at - 1').run()).toThrow(/CHECK constraint failed/);
      expect(() => db.prepare('UPDATE audio_segments SET bytes = -1').run()).toThrow(/CHECK constraint failed/);
    }
  },
  11: {
    // old questions came from no prepared question and were merged into none
    rewrites: { questions: (row) => ({ ...row, prepared_id: null, merged_into: null }) },
    verify: (db) => {
      expect(db.prepare('SELECT COUNT(*) FROM questions WHERE prepared_id IS NOT NULL OR merged_into IS NOT NULL').pluck().get()).toBe(0);
      db.prepare(
        "INSERT INTO prepared_questions (id, conference_id, position, outlet_id, text, topic, created_at, updated_at) VALUES (1, 1, 0, 1, '如何为基层减负？', '减负', 0, 0)"
      ).run();
      db.prepare(
        "INSERT INTO answer_cards (id, conference_id, position, title, points, keywords, created_at, updated_at) VALUES (1, 1, 0, '基层减负', '一、精简文件会议', '减负 基层', 0, 0)"
      ).run();
      db.prepare('INSERT INTO card_links (card_id, prepared_id) VALUES (1, 1)').run();
      db.prepare('UPDATE questions SET prepared_id = 1 WHERE id = 3').run();
      db.prepare('UPDATE questions SET merged_into = 1 WHERE id = 2').run();
      db.prepare('INSERT INTO card_sends (conference_id, card_id, question_id, at) VALUES (1, 1, 3, 5)').run();
      expect(() => db.prepare('UPDATE prepared_questions SET dropped = 2').run()).toThrow(/CHECK/);
      expect(() => db.prepare('UPDATE questions SET prepared_id = 99 WHERE id = 3').run()).toThrow(/FOREIGN KEY/);
      // the card's words are found by trigram, and follow its edits
      const found = db.prepare('SELECT rowid FROM card_fts WHERE card_fts MATCH ?').pluck();
      expect(found.all('精简文件')).toEqual([1]);
      db.prepare("UPDATE answer_cards SET points = '二、整治形式主义' WHERE id = 1").run();
      expect(found.all('精简文件')).toEqual([]);
      expect(found.all('形式主义')).toEqual([1]);
      expect(unindexedForeignKeys(db)).toEqual([]);
      // deleting the conference takes its prepared questions, cards, links and sends with it
      db.prepare('DELETE FROM conferences WHERE id = 1').run();
      expect(
        db
          .prepare(
            'SELECT (SELECT COUNT(*) FROM prepared_questions) + (SELECT COUNT(*) FROM answer_cards) + (SELECT COUNT(*) FROM card_links) + (SELECT COUNT(*) FROM card_sends)'
          )
          .pluck()
          .get()
      ).toBe(0);
      expect(found.all('形式主义')).toEqual([]);
    }
  },
  12: {
    // its last step creates submission_settings: a table of that name already there makes it fail
    blockLastStep: (db) => {
      db.exec('CREATE TABLE submission_settings (x INTEGER)');
      return /already exists/;
    },
    verify: (db) => {
      // no conference takes submissions until the moderator opens it
      expect(db.prepare('SELECT COUNT(*) AS n FROM submission_settings').get()).toEqual({ n: 0 });
      const insert = db.prepare(
        "INSERT INTO submissions (conference_id, outlet_name, reporter_name, text, language, created_at, status) VALUES (1, '大众网', '张', '请问？', ?, 0, ?)"
      );
      insert.run('zh', 'waiting');
      expect(() => insert.run('fr', 'waiting')).toThrow(/CHECK constraint failed/);
      expect(() => insert.run('zh', 'maybe')).toThrow(/CHECK constraint failed/);
      expect(() => db.prepare('INSERT INTO submission_settings (conference_id, accepting) VALUES (1, 2)').run()).toThrow(/CHECK constraint failed/);
      // a deleted conference takes its submissions with it
      db.pragma('foreign_keys = ON');
      db.prepare('DELETE FROM conferences WHERE id = 1').run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM submissions').get()).toEqual({ n: 0 });
      expect(unindexedForeignKeys(db)).toEqual([]);
    }
  }
};

/** Foreign-key columns no index starts with: each delete of the parent would scan the child table. */
function unindexedForeignKeys(db: DB): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'")
    .all() as { name: string }[];
  const missing: string[] = [];
  for (const { name } of tables) {
    const leading = new Set(
      (db.prepare(`PRAGMA index_list(${name})`).all() as { name: string }[]).map(
        (index) => (db.prepare(`PRAGMA index_info(${index.name})`).all() as { name: string }[])[0]?.name
      )
    );
    const rowidKey = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; pk: number; type: string }[]).find(
      (c) => c.pk === 1 && c.type.toUpperCase() === 'INTEGER'
    )?.name;
    for (const fk of db.prepare(`PRAGMA foreign_key_list(${name})`).all() as { from: string }[]) {
      if (!leading.has(fk.from) && fk.from !== rowidKey) missing.push(`${name}.${fk.from}`);
    }
  }
  return missing;
}

let dir: string;
let db: DB | null = null;
beforeEach(() => {
  dir = tempDir('rostrum-migrate-');
});
afterEach(() => {
  if (db?.open) db.close();
  db = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

function open(): DB {
  db = new Database(path.join(dir, DB_FILE));
  configure(db);
  return db;
}

/** Tables we compare row by row: virtual tables and their shadow tables are derived data. */
function plainTables(d: DB): string[] {
  const all = d.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
    name: string;
    sql: string;
  }[];
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  return all.map((t) => t.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

/** rowid order, or primary-key order for a table WITHOUT ROWID */
function orderOf(d: DB, table: string): string {
  const sql = (d.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql;
  if (!/WITHOUT\s+ROWID/i.test(sql)) return 'rowid';
  const columns = d.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[];
  return columns
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => `"${c.name}"`)
    .join(', ');
}

function rows(d: DB): Rows {
  return Object.fromEntries(
    plainTables(d).map((t) => [t, d.prepare(`SELECT * FROM "${t}" ORDER BY ${orderOf(d, t)}`).all() as Record<string, unknown>[]])
  );
}

/** The archive as it stands at `version`: schema 1 with seeded rows, carried up through the migrations between. */
function databaseAt(version: number): DB {
  const d = open();
  if (version >= 1) {
    migrate(d, 1);
    seedSchema1(d);
  }
  migrate(d, version);
  return d;
}

const previousVersion = (m: Migration) => MIGRATIONS[MIGRATIONS.indexOf(m) - 1]?.version ?? 0;

describe('the migrations', () => {
  it('are numbered 1, 2, 3… in order with names, and the newest is SCHEMA_VERSION', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(MIGRATIONS.every((m) => /^[a-z0-9-]+$/.test(m.name))).toBe(true);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring a fresh database to SCHEMA_VERSION, and running them again changes nothing', () => {
    const d = open();
    expect(migrate(d)).toBe(SCHEMA_VERSION);
    const before = rows(d);
    const schema = d.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    expect(migrate(d)).toBe(SCHEMA_VERSION);
    expect(rows(d)).toEqual(before);
    expect(d.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
  });

  for (const migration of MIGRATIONS) {
    const from = previousVersion(migration);
    describe(`${String(migration.version).padStart(3, '0')}-${migration.name}`, () => {
      it(`upgrades a database at version ${from} and keeps its data`, () => {
        const d = databaseAt(from);
        CHECKS[migration.version]?.seed?.(d);
        expect(schemaVersion(d)).toBe(from);
        const before = rows(d);

        expect(migrate(d, migration.version)).toBe(migration.version);
        expect(schemaVersion(d)).toBe(migration.version);
        const after = rows(d);
        for (const [table, oldRows] of Object.entries(before)) {
          expect(after[table], `table ${table} is kept`).toBeDefined();
          expect(after[table]!.length, `rows of ${table}`).toBe(oldRows.length);
          const rewrite = CHECKS[migration.version]?.rewrites?.[table] ?? ((row) => row);
          oldRows.forEach((old, i) => {
            const now = after[table]![i]!;
            old = rewrite(old);
            const kept = Object.fromEntries(
              Object.keys(old)
                .filter((c) => c in now)
                .map((c) => [c, now[c]])
            );
            expect(kept, `${table} row ${i}`).toEqual(old);
          });
        }
        expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(d.pragma('foreign_key_check')).toEqual([]);
        CHECKS[migration.version]?.verify?.(d, before);
      });

      const created = [...migration.up.matchAll(/CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|VIEW|VIRTUAL TABLE)\s+(\w+)/gi)].map((m) => m[1]!);
      it('is all or nothing: a failure at its last step leaves the version before it', () => {
        const d = databaseAt(from);
        const block = CHECKS[migration.version]?.blockLastStep;
        if (!block) expect(created.length, 'a migration that creates nothing says how to block its last step').toBeGreaterThan(0);
        let expected = /already (exists|a table named)/;
        if (block) expected = block(d);
        // by default an object in the way of the migration's last creation makes that step fail
        else d.exec(`CREATE TABLE "${created[created.length - 1]!}" (x)`);
        const before = rows(d);
        expect(() => migrate(d, migration.version)).toThrow(expected);
        expect(schemaVersion(d)).toBe(from);
        expect(rows(d)).toEqual(before);
      });
    });
  }
});

describe('opening the database', () => {
  it('creates a new database at SCHEMA_VERSION with WAL, synchronous=FULL and foreign keys on', () => {
    const opened = openDatabase(dir);
    db = opened.db;
    expect(opened.movedAside).toBeNull();
    expect(opened.file).toBe(path.join(dir, DB_FILE));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
  });

  it('leaves an existing database at the page size it was made with, and its data readable', () => {
    const older = new Database(path.join(dir, DB_FILE));
    older.pragma('page_size = 4096');
    older.pragma('journal_mode = WAL');
    migrate(older, 5);
    older.exec("INSERT INTO people (name, created_at, updated_at) VALUES ('李琦', 0, 0)");
    older.close();

    db = openDatabase(dir).db;
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT name FROM people').pluck().all()).toEqual(['李琦']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  for (const journal of ['wal', 'delete'] as const) {
    it(`refuses a database from a newer Rostrum (journal ${journal}) and leaves its bytes as they were`, () => {
      const file = path.join(dir, DB_FILE);
      const newer = new Database(file);
      newer.pragma(`journal_mode = ${journal}`);
      newer.exec('CREATE TABLE from_the_future (x); INSERT INTO from_the_future VALUES (1);');
      newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      newer.close();
      const bytes = fs.readFileSync(file);

      expect(() => openDatabase(dir)).toThrow(
        new RegExp(`newer Rostrum \\(schema ${SCHEMA_VERSION + 1}; this version knows up to ${SCHEMA_VERSION}\\)`)
      );
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      // a read-only look may leave an empty WAL index behind, never a change
      const wal = `${file}-wal`;
      expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    });
  }

  it('replays a hot rollback journal left by a kill before the file was switched to WAL', () => {
    const file = path.join(dir, DB_FILE);
    const writer = new Database(path.join(dir, 'writer.db'));
    writer.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    writer.pragma('cache_size = 1');
    writer.exec(
      'BEGIN; INSERT INTO t SELECT randomblob(1000) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 500) SELECT i FROM c); UPDATE t SET x = 2;'
    );
    // copied mid-transaction: the copy is what a killed process leaves behind
    fs.copyFileSync(path.join(dir, 'writer.db'), file);
    fs.copyFileSync(path.join(dir, 'writer.db-journal'), `${file}-journal`);
    writer.exec('ROLLBACK');
    writer.close();

    const opened = openDatabase(dir);
    db = opened.db;
    expect(opened.movedAside).toBeNull();
    expect(db.prepare('SELECT x FROM t').all()).toEqual([{ x: 1 }]);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
  });

  it('moves a file of garbage aside, keeps it as it was, and starts a new database', () => {
    const file = path.join(dir, DB_FILE);
    const garbage = Buffer.from('this is not a database, it is a shopping list: 鸡蛋, 面条\n'.repeat(200));
    fs.writeFileSync(file, garbage);
    fs.writeFileSync(`${file}-wal`, 'stale wal');
    const opened = openDatabase(dir, () => new Date(Date.UTC(2024, 0, 2, 1, 0, 0)));
    db = opened.db;
    expect(opened.movedAside).toBe(`${file}.corrupt-2024-01-02T01-00-00-000Z`);
    expect(fs.readFileSync(opened.movedAside!).equals(garbage)).toBe(true);
    expect(fs.readFileSync(`${opened.movedAside!}-wal`, 'utf8')).toBe('stale wal');
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT COUNT(*) AS n FROM conferences').get()).toEqual({ n: 0 });
  });

  it('moves aside a database with a damaged page, and the app reports it', () => {
    const file = path.join(dir, DB_FILE);
    const d = databaseAt(SCHEMA_VERSION);
    const insert = d.prepare("INSERT INTO turns (conference_id, seq, speaker_kind, text, started_at) VALUES (1, ?, 'note', ?, 0)");
    for (let i = 1; i <= 200; i++) insert.run(100 + i, '字'.repeat(300));
    d.pragma('wal_checkpoint(TRUNCATE)');
    d.close();
    const bytes = fs.readFileSync(file);
    const pageSize = 4096;
    // scribble over pages in the middle of the file: b-tree pages of the turns
    for (let page = 4; page < bytes.length / pageSize - 2; page += 3) bytes.fill(0xa5, page * pageSize + 8, (page + 1) * pageSize);
    fs.writeFileSync(file, bytes);

    const app = openRostrum({ dataDir: dir });
    try {
      expect(app.movedAside).toMatch(/rostrum\.db\.corrupt-/);
      expect(fs.readFileSync(app.movedAside!).equals(bytes)).toBe(true);
      expect(app.router.invoke('conference.list', {})).toEqual([]);
    } finally {
      app.close();
    }
  });
});
