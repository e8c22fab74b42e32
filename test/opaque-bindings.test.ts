import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareOpaque, withOpaqueBindings } from '../src/main/core/db/opaque-bindings';
import { openDatabase } from '../src/main/core/db/connection';
import { createServices } from '../src/main/core/services';
import { createRouter } from '../src/main/core/router';
import { openTestApp, tempDir, type TestApp } from './helpers';

describe('withOpaqueBindings', () => {
  it.each([
    ['SELECT * FROM t WHERE id = ?', 'SELECT * FROM t WHERE id = +?'],
    ['SELECT * FROM t WHERE a = @a AND b IS :b AND c IS NOT $c', 'SELECT * FROM t WHERE a = +@a AND b IS +:b AND c IS NOT +$c'],
    [
      'SELECT * FROM t WHERE a <= ? AND b>=?2 AND c <> @c AND d != @d AND e < ? AND f > ?',
      'SELECT * FROM t WHERE a <= +? AND b>=+?2 AND c <> +@c AND d != +@d AND e < +? AND f > +?'
    ],
    ['SELECT * FROM t ORDER BY id LIMIT @limit OFFSET @offset', 'SELECT * FROM t ORDER BY id LIMIT +@limit OFFSET +@offset'],
    ['UPDATE t SET a = @a WHERE id = @id', 'UPDATE t SET a = +@a WHERE id = +@id']
  ])('%s', (sql, expected) => {
    expect(withOpaqueBindings(sql)).toBe(expected);
  });

  it.each([
    // parameters the planner does not look at, and text that only looks like one
    'INSERT INTO t (a, b) VALUES (?, @b)',
    'SELECT * FROM t WHERE id IN (?, ?) AND x IN (SELECT value FROM json_each(?))',
    "SELECT * FROM t WHERE email = 'a@b.org' AND note = '= ?'",
    'SELECT ?, @x AS y',
    "SELECT * FROM t WHERE body LIKE @like ESCAPE '\\\\'"
  ])('leaves %s as written', (sql) => {
    expect(withOpaqueBindings(sql)).toBe(sql);
  });
});

describe('statements prepared with prepareOpaque', () => {
  let dir: string;
  let plain: DB;
  let opaque: DB;

  beforeEach(() => {
    dir = tempDir();
    const file = path.join(dir, 'same.db');
    plain = new Database(file);
    plain.exec(`
      CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, label TEXT, r REAL, b BLOB, nocase TEXT COLLATE NOCASE);
      CREATE INDEX t_n ON t (n);
      CREATE INDEX t_label ON t (label) WHERE label IS NOT NULL;
      INSERT INTO t (n, label, r, b, nocase) VALUES
        (1, '1', 1.0, x'01', 'Alpha'), (2, '02', 2.5, x'02', 'beta'), (NULL, NULL, NULL, NULL, NULL), (10, 'ten', 10, x'0a', 'GAMMA');
    `);
    opaque = new Database(file);
  });

  afterEach(() => {
    plain.close();
    opaque.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Affinity, NULL and collation are where a changed comparison would show.
  it.each<[string, unknown[]]>([
    ['SELECT id FROM t WHERE n = ? ORDER BY id', ['2']],
    ['SELECT id FROM t WHERE n = ? ORDER BY id', [2]],
    ['SELECT id FROM t WHERE label = ? ORDER BY id', [1]],
    ['SELECT id FROM t WHERE label = ? ORDER BY id', ['02']],
    ['SELECT id FROM t WHERE r = ? ORDER BY id', ['2.5']],
    ['SELECT id FROM t WHERE n IS ? ORDER BY id', [null]],
    ['SELECT id FROM t WHERE n IS NOT ? ORDER BY id', [null]],
    ['SELECT id FROM t WHERE nocase = ? ORDER BY id', ['ALPHA']],
    ['SELECT id FROM t WHERE b = ? ORDER BY id', [Buffer.from([2])]],
    ['SELECT id FROM t WHERE n >= ? AND n < ? ORDER BY id', ['2', 11]],
    ['SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?', [2, 1]]
  ])('%s with %j answers as without', (sql, args) => {
    expect(prepareOpaque<unknown[], unknown>(opaque, sql).all(...args)).toEqual(plain.prepare(sql).all(...args));
  });

  it('still finds rows through the index', () => {
    const plan = prepareOpaque<[number], { detail: string }>(opaque, 'EXPLAIN QUERY PLAN SELECT id FROM t WHERE n = ?').all(2);
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX t_n/);
  });
});

/** Microseconds per run of `statement` over `n` runs, the best of a few batches (noise only adds). */
function bestMicros(run: (i: number) => unknown, n = 200, batches = 15): number {
  let best = Infinity;
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) run(i);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / n / 1000);
  }
  return best;
}

describe('re-preparing', () => {
  it('a statement whose plan looks at a bound value is compiled again on every run, unless its bindings are opaque', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT); CREATE INDEX t_n ON t (n);');
    const insert = db.prepare('INSERT INTO t (n, s) VALUES (?, ?)');
    for (let i = 0; i < 2000; i++) insert.run(i % 50, `row ${i}`);
    db.exec('ANALYZE'); // the statistics the planner reads a bound value against
    const sql = 'SELECT id FROM t WHERE n = ? ORDER BY id LIMIT 1';
    const plain = db.prepare<[number], { id: number }>(sql);
    const opaque = prepareOpaque<[number], { id: number }>(db, sql);
    expect(opaque.get(7)).toEqual(plain.get(7));
    // a recompile costs several times a one-row index lookup; the margin absorbs a noisy machine
    const plainMicros = bestMicros((i) => plain.get(i % 50));
    const opaqueMicros = bestMicros((i) => opaque.get(i % 50));
    expect(opaqueMicros).toBeLessThan(plainMicros / 2);
    db.close();
  });
});

describe("the app's statements", () => {
  let app: TestApp | undefined;
  afterEach(() => {
    vi.restoreAllMocks();
    app?.cleanup();
    app = undefined;
  });

  it('leaves db.prepare as better-sqlite3 made it', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    try {
      expect(db.prepare).toBe(Database.prototype.prepare);
      expect(db.prepare('SELECT id FROM questions WHERE id = ?').source).toBe('SELECT id FROM questions WHERE id = ?');
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are prepared through prepareOpaque in every module of the app; db.prepare is left to migrations and other files', () => {
    // statements on another connection (a backup being read or restored) or run once (a migration)
    const plain = new Set(['archive/archive-source.ts', 'archive/backup-files.ts', 'archive/backup-audio.ts', 'archive/restore.ts']);
    const root = path.join(__dirname, '../src/main');
    const offenders = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|js|mjs)$/.test(file) && !file.includes('migrations') && !file.endsWith('opaque-bindings.ts'))
      .filter((file) => !plain.has(path.relative('core', file).split(path.sep).join('/')))
      .filter((file) => /\.prepare\s*[<(]/.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('are every one prepared with opaque bindings where the services are made', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    const prepare = vi.spyOn(Database.prototype, 'prepare');
    try {
      createRouter(db, createServices(db, dir));
      const sources = prepare.mock.calls.map(([sql]) => sql);
      expect(sources.length).toBeGreaterThan(90);
      expect(sources.filter((sql) => withOpaqueBindings(sql) !== sql)).toEqual([]);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are prepared once: the live actions prepare nothing', () => {
    app = openTestApp();
    const { invoke } = app.router;
    const conference = invoke('conference.create', { title: '新闻发布会' });
    const person = invoke('person.create', { name: '李琦', honorific: '先生' });
    const speaker = invoke('participant.add', { conferenceId: conference.id, personId: person.id, role: 'spokesperson' });
    const outlet = invoke('outlet.create', { name: '大众网', category: 'provincial' });
    invoke('live.start', { conferenceId: conference.id });
    const round = () => {
      const question = invoke('question.register', { conferenceId: conference.id, outletId: outlet.id, text: '请问？', addressedToId: speaker.id });
      invoke('question.call', { conferenceId: conference.id });
      invoke('answer.record', { questionId: question.id, participantId: speaker.id, text: '好的。' });
      invoke('question.close', { id: question.id, status: 'answered' });
      invoke('live.undo', { conferenceId: conference.id });
      invoke('live.redo', { conferenceId: conference.id });
      invoke('live.advance', { conferenceId: conference.id });
    };
    round(); // a tracked table's row reader is prepared on its first use
    const prepare = vi.spyOn(Database.prototype, 'prepare');
    round();
    expect(prepare).not.toHaveBeenCalled();
  });
});
