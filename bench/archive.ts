import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackupManager } from '../src/main/core/archive/backup-manager';
import { openRostrum } from '../src/main/core/rostrum';
import { generateIndexedArchive, random } from './archive-data';

export interface Row {
  name: string;
  size: string;
  medianMs: number;
  p99Ms: number;
  p95Ms?: number;
  runs: number;
  target?: string;
  pass?: boolean;
}

/** A row held to a p95 target. */
function p95Target(r: Row, ms: number): Row {
  return { ...r, target: `p95 ≤ ${ms} ms`, pass: (r.p95Ms ?? Infinity) <= ms };
}

const SIZE = { conferences: 1000, turnsPerConference: 200 };

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round = (n: number) => Math.round(n * 100) / 100;

function row(name: string, size: string, times: number[]): Row {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    size,
    medianMs: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    p99Ms: round(quantile(sorted, 0.99)),
    runs: times.length
  };
}

/**
 * The longest stretch the event loop was kept busy while `work` ran: a
 * setImmediate chain notes when it gets to run; the largest gap between two of
 * its turns is the longest synchronous slice anything else had to wait for.
 * On a loaded machine a gap also holds the time the thread was not scheduled,
 * so the main thread's own CPU time in each gap is kept too (threadCpuUsage):
 * that is the work that blocked, without the waiting for a core.
 */
async function longestSlice(work: () => Promise<unknown>): Promise<{ longest: number; gaps: number[]; cpuGaps: number[]; totalMs: number }> {
  const gaps: number[] = [];
  const cpuGaps: number[] = [];
  let running = true;
  let last = performance.now();
  let lastCpu = process.threadCpuUsage();
  const note = () => {
    const t = performance.now();
    const cpu = process.threadCpuUsage(lastCpu);
    gaps.push(t - last);
    cpuGaps.push((cpu.user + cpu.system) / 1000);
    last = t;
    lastCpu = process.threadCpuUsage();
  };
  const tick = () => {
    note();
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const start = performance.now();
  await work();
  // the work's last synchronous stretch ends it, with no tick after it: count it too
  note();
  const totalMs = performance.now() - start;
  running = false;
  return { longest: gaps.reduce((a, b) => Math.max(a, b), 0), gaps, cpuGaps, totalMs };
}

/** Phrases people search for: pieces of what was said, 3–8 characters, and a few that occur nowhere. */
function queries(texts: string[], count: number, lengths: [number, number], absent: string[], seed: number): string[] {
  const rnd = random(seed);
  const picked: string[] = [];
  while (picked.length < count) {
    if (rnd.next() < 0.1) {
      picked.push(rnd.pick(absent));
      continue;
    }
    const chars = [...rnd.pick(texts).replace(/\s/g, '')];
    const length = lengths[0] + rnd.int(lengths[1] - lengths[0] + 1);
    if (chars.length < length) continue;
    const at = rnd.int(chars.length - length + 1);
    picked.push(chars.slice(at, at + length).join(''));
  }
  return picked;
}

/** Search and backup on 1,000 conferences × 200 turns of generated Chinese (and some English) text. */
export async function benchArchive(): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-bench-archive-'));
  const size = `${SIZE.conferences} conferences × ${SIZE.turnsPerConference} turns`;
  try {
    const app = openRostrum({ dataDir: dir });
    const built = performance.now();
    generateIndexedArchive(app.db, SIZE);
    const buildMs = performance.now() - built;
    const texts = (app.db.prepare('SELECT text FROM turns WHERE id % 97 = 0').all() as { text: string }[]).map((r) => r.text);

    // wall time, and the CPU time the query used (what it costs on a machine with nothing else to do)
    const cpu: number[] = [];
    const search = (q: string) => {
      const c = process.cpuUsage();
      const t = performance.now();
      const result = app.router.call('archive.search', { query: q, limit: 20 });
      const ms = performance.now() - t;
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      if (!result.ok) throw new Error(result.error.message);
      return ms;
    };
    const long = queries(texts, 300, [3, 8], ['不存在的短语', 'quantum chromodynamics', '零零零零'], 1);
    const short = queries(texts, 200, [1, 2], ['qz', '犇', 'zq'], 2);
    for (const q of long.slice(0, 20)) search(q); // warm the page cache as a running app has it
    cpu.length = 0;
    const longWall = long.map(search);
    const longCpu = cpu.splice(0);
    const shortWall = short.map(search);
    const shortCpu = cpu.splice(0);
    const rows: Row[] = [
      { name: 'archive: generate + index', size, medianMs: Math.round(buildMs), p99Ms: Math.round(buildMs), runs: 1 },
      p95Target(row('archive.search 3+ chars', size, longWall), 30),
      row('archive.search 3+ chars, CPU time', size, longCpu),
      p95Target(row('archive.search 1–2 chars', size, shortWall), 300),
      row('archive.search 1–2 chars, CPU time', size, shortCpu)
    ];

    const manager = createBackupManager({ rostrum: app });
    let fileName = '';
    const backup = await longestSlice(async () => {
      const job = await manager.backup();
      if (job.state !== 'done') throw new Error(`backup failed: ${job.error}`);
      fileName = job.fileName!;
    });
    const mb = Math.round(fs.statSync(manager.filePath(fileName)).size / 1e6);
    const restore = await longestSlice(async () => {
      const job = await manager.restore(fileName);
      if (job.state !== 'done') throw new Error(`restore failed: ${job.error}`);
    });
    const longest = (values: number[]) => round(values.reduce((a, b) => Math.max(a, b), 0));
    const frame = (r: Row, values: number[]): Row => ({ ...r, p99Ms: longest(values), target: 'longest < 16 ms', pass: longest(values) < 16 });
    const slices = (name: string, measured: { gaps: number[]; cpuGaps: number[] }) => [
      frame(row(`${name}: synchronous slices, wall`, `${size}, ${mb} MB`, measured.gaps), measured.gaps),
      frame(row(`${name}: synchronous slices, main-thread CPU`, `${size}, ${mb} MB`, measured.cpuGaps), measured.cpuGaps)
    ];
    rows.push(
      ...slices(`backup (whole: ${Math.round(backup.totalMs)} ms; p99 column = the longest)`, backup),
      ...slices(`restore, copy in a worker (whole: ${Math.round(restore.totalMs)} ms; p99 column = the longest)`, restore)
    );
    app.close();
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// run on its own: npx tsx bench/archive.ts
if (require.main === module) {
  void benchArchive().then((rows) => console.table(rows));
}
