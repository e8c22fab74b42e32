/**
 * Durability: a child process runs live actions on a real data folder and is
 * killed with SIGKILL at random moments. After every kill the file must pass
 * integrity_check, hold every row the child acknowledged, and never have fewer
 * rows than before. Each data folder is reused across kills, so the conference
 * carries on from wherever the last kill left it, as after a real crash.
 *
 * The child is bundled once with esbuild (a dependency of tsx) and run on the
 * same Node as the tests with a compile cache: starting it through tsx costs
 * about 2 s a time, the bundle about 0.2 s.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/main/core/db/connection';
import { openRostrum } from '../../src/main/core/rostrum';
import { tempDir } from '../helpers';
import type { Ack, ChildLine } from './protocol';

const DATA_DIRS = 5;
const KILLS_PER_DIR = 11;
/** Tables whose row counts can only grow in this run (no undo, no deletes). */
const GROWING = ['people', 'outlets', 'conferences', 'participants', 'segments', 'questions', 'turns', 'extensions', 'live_actions'];

const SEED = Number(process.env.ROSTRUM_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: a small seeded generator, so a failing run can be replayed with ROSTRUM_KILL_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let work: string;
let bundle: string;
const root = path.resolve(import.meta.dirname, '../..');

beforeAll(() => {
  work = tempDir('rostrum-kill-');
  bundle = path.join(work, 'child.cjs');
  buildSync({
    entryPoints: [path.join(import.meta.dirname, 'child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: ['better-sqlite3'],
    outfile: bundle,
    logLevel: 'warning'
  });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Run {
  lines: ChildLine[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the child; kills it `delayMs` after its `afterAcks`-th acknowledgement (0: after starting it). */
function runAndKill(dataDir: string, afterAcks: number, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), NODE_COMPILE_CACHE: path.join(work, 'compile-cache') }
    });
    const lines: ChildLine[] = [];
    let pending = '';
    let stderr = '';
    let acks = 0;
    let scheduled = false;
    const kill = () => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (afterAcks === 0) kill();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop()!;
      for (const part of parts) {
        const line = JSON.parse(part) as ChildLine;
        lines.push(line);
        if (line.op !== 'open' && ++acks >= afterAcks) kill();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ lines, signal, stderr }));
  });
}

interface Seen {
  acks: Ack[];
  counts: Record<string, number> | null;
  revision: number;
}

/** Opens the file the way the next start would, and holds it to everything acknowledged so far. */
function verify(file: string, seen: Seen, context: string): void {
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
    // a kill during the very first start, before its migrations committed, leaves an empty
    // file: allowed only while nothing has been acknowledged (the next start migrates it)
    if (db.pragma('user_version', { simple: true }) === 0) {
      expect(seen.acks, `${context}: acknowledged rows but no schema`).toEqual([]);
      return;
    }
    expect(db.pragma('foreign_key_check'), context).toEqual([]);

    const byTable = new Map<string, Set<number>>();
    for (const ack of seen.acks) byTable.set(ack.table, (byTable.get(ack.table) ?? new Set()).add(ack.id));
    for (const [table, ids] of byTable) {
      const present = new Set(db.prepare(`SELECT id FROM ${table}`).pluck().all() as number[]);
      expect(
        [...ids].filter((id) => !present.has(id)),
        `${context}: acknowledged ${table} rows lost`
      ).toEqual([]);
    }
    for (const ack of seen.acks.filter((a) => a.status !== undefined)) {
      expect(db.prepare('SELECT status FROM questions WHERE id = ?').pluck().get(ack.id), `${context}: question ${ack.id}`).toBe(ack.status);
    }
    const extended = Math.max(0, ...seen.acks.map((a) => a.extendedSeconds ?? 0));
    const stored = db.prepare('SELECT COALESCE(SUM(seconds), 0) FROM extensions WHERE segment_id IS NULL').pluck().get() as number;
    expect(stored, `${context}: acknowledged extensions`).toBeGreaterThanOrEqual(extended);

    const counts = Object.fromEntries(GROWING.map((t) => [t, db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number]));
    for (const table of GROWING) {
      expect(counts[table], `${context}: rows of ${table} went backwards`).toBeGreaterThanOrEqual(seen.counts?.[table] ?? 0);
    }
    const revision = Number(db.prepare("SELECT value FROM meta WHERE key = 'revision'").pluck().get());
    expect(revision, `${context}: revision went backwards`).toBeGreaterThanOrEqual(seen.revision);
    seen.counts = counts;
    seen.revision = revision;
  } finally {
    db.close();
  }
}

const totals = { kills: 0, acks: 0, startedAt: 0 };

// The seed is in every failure message and in the summary line, not in the test names, so those stay stable.
describe(`a live run killed with SIGKILL ${DATA_DIRS * KILLS_PER_DIR} times`, () => {
  beforeAll(() => {
    totals.startedAt = performance.now();
  });
  afterAll(() => {
    const seconds = ((performance.now() - totals.startedAt) / 1000).toFixed(1);
    console.info(`durability: ${totals.kills} kills, ${totals.acks} acknowledged actions, ${seconds} s, seed ${SEED}`);
  });

  for (let d = 0; d < DATA_DIRS; d++) {
    it(`data folder ${d + 1}: loses nothing acknowledged across ${KILLS_PER_DIR} kills`, { timeout: 120_000 }, async () => {
      const next = random(SEED + d);
      const dataDir = path.join(work, `data-${d}`);
      const file = path.join(dataDir, DB_FILE);
      const seen: Seen = { acks: [], counts: null, revision: 0 };
      for (let k = 0; k < KILLS_PER_DIR; k++) {
        // one kill in ten lands while the child is still starting: opening, recovering, setting up
        const early = next() < 0.1;
        const afterAcks = early ? 0 : 1 + Math.floor(next() * 30);
        const delayMs = early ? Math.floor(next() * 300) : Math.floor(next() * 25);
        const context = `seed ${SEED}, folder ${d + 1}, kill ${k + 1} (after ${afterAcks} acks + ${delayMs} ms)`;

        const run = await runAndKill(dataDir, afterAcks, delayMs);
        expect(run.signal, `${context}: the child died by itself:\n${run.stderr}`).toBe('SIGKILL');
        for (const line of run.lines) {
          if (line.op === 'open') expect(line.movedAside, `${context}: the database was found unreadable`).toBeNull();
          else seen.acks.push(line);
        }
        totals.kills++;
        totals.acks += run.lines.filter((l) => l.op !== 'open').length;
        if (fs.existsSync(file)) verify(file, seen, context);
      }
      expect(seen.acks.length).toBeGreaterThan(KILLS_PER_DIR);

      // and the app itself carries on where the last kill left it
      const app = openRostrum({ dataDir });
      try {
        expect(app.movedAside).toBeNull();
        const [conference] = app.router.invoke('conference.list', {});
        expect(conference).toMatchObject({ status: 'live' });
        const turnIds = new Set(app.router.invoke('turn.list', { conferenceId: conference!.id }).map((t) => t.id));
        const ackedTurns = seen.acks.filter((a) => a.table === 'turns').map((a) => a.id);
        expect(ackedTurns.filter((id) => !turnIds.has(id))).toEqual([]);
        // the search queue survived the kills too: opening caught it up, and every acknowledged turn is indexed
        expect(app.db.prepare('SELECT COUNT(*) FROM search_queue').pluck().get()).toBe(0);
        const indexed = new Set(app.db.prepare("SELECT turn_id FROM search_docs WHERE kind = 'turn'").pluck().all() as number[]);
        expect(ackedTurns.filter((id) => !indexed.has(id))).toEqual([]);
        expect(() => app.db.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run()).not.toThrow();
      } finally {
        app.close();
      }
    });
  }
});
