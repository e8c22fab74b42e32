import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import fs from 'node:fs';
import { vi } from 'vitest';
import { openDatabase } from '../../src/main/core/db/connection';
import { createServices } from '../../src/main/core/services';
import { createRouter } from '../../src/main/core/router';
import { tempDir } from '../helpers';

/** A migrated database, with the text of every statement the services and the router prepared on it. */
export interface PlannedApp {
  db: DB;
  /** the statements' SQL exactly as prepared (after prepareOpaque's rewrite) */
  sources: string[];
  close(): void;
}

export function openPlannedApp(): PlannedApp {
  const dir = tempDir('rostrum-plans-');
  const { db } = openDatabase(dir);
  const prepare = vi.spyOn(Database.prototype, 'prepare');
  let sources: string[];
  try {
    createRouter(db, createServices(db, dir));
  } finally {
    sources = prepare.mock.calls.map(([sql]) => sql);
    prepare.mockRestore();
  }
  return {
    db,
    sources,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** The one statement text (two modules may prepare the same) that contains every fragment; whitespace runs count as one space. */
export function statementWith(app: PlannedApp, ...fragments: string[]): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const found = [...new Set(app.sources)].filter((sql) => fragments.every((f) => flat(sql).includes(flat(f))));
  if (found.length !== 1) throw new Error(`${found.length} statements contain ${JSON.stringify(fragments)}`);
  return found[0]!;
}

/** A null for each parameter of `sql`: the plan does not depend on the values, which are opaque. */
function nullBindings(sql: string): unknown[] {
  const code = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, "''");
  const named = [...new Set(code.match(/[@:$][A-Za-z_]\w*/g) ?? [])];
  if (named.length > 0) return [Object.fromEntries(named.map((name) => [name.slice(1), null]))];
  const numbered = (code.match(/\?\d+/g) ?? []).map((p) => Number(p.slice(1)));
  const plain = (code.match(/\?(?!\d)/g) ?? []).length;
  return new Array(Math.max(plain, ...numbered, 0)).fill(null);
}

/** The lines of `EXPLAIN QUERY PLAN` for `sql`, as SQLite words them. */
export function planOf(db: DB, sql: string): string[] {
  const rows = db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(...nullBindings(sql));
  return rows.map((row) => row.detail);
}

/** The SQL of every statement prepared while `action` runs: the statements a service builds on demand. */
export function preparedDuring(action: () => unknown): string[] {
  const prepare = vi.spyOn(Database.prototype, 'prepare');
  try {
    action();
    return prepare.mock.calls.map(([sql]) => sql);
  } finally {
    prepare.mockRestore();
  }
}

/** The plan's lines that read a whole table (or a whole index) rather than searching it; a subquery's own rows do not count. */
export function scans(plan: string[]): string[] {
  return plan.filter((line) => /^SCAN (?!CONSTANT ROW|\(subquery-)/.test(line));
}
