import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareWithOpaqueBindings, withOpaqueBindings } from '../src/main/core/db/opaque-bindings';
import { tempDir } from './helpers';

describe('withOpaqueBindings', () => {
  it.each([
    ['SELECT * FROM t WHERE id = ?', 'SELECT * FROM t WHERE id = +?'],
    ['SELECT * FROM t WHERE a = @a AND b IS :b AND c IS NOT $c', 'SELECT * FROM t WHERE a = +@a AND b IS +:b AND c IS NOT +$c'],
    ['SELECT * FROM t WHERE a <= ? AND b>=?2 AND c <> @c AND d != @d AND e < ? AND f > ?', 'SELECT * FROM t WHERE a <= +? AND b>=+?2 AND c <> +@c AND d != +@d AND e < +? AND f > +?'],
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

describe('a connection that prepares with opaque bindings', () => {
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
    prepareWithOpaqueBindings(opaque);
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
    expect(opaque.prepare(sql).all(...args)).toEqual(plain.prepare(sql).all(...args));
  });

  it('still finds rows through the index', () => {
    const plan = opaque.prepare('EXPLAIN QUERY PLAN SELECT id FROM t WHERE n = ?').all(2) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX t_n/);
  });
});
