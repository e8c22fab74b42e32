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
}

const SIZE = { conferences: 1000, turnsPerConference: 200 };

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function row(name: string, size: string, times: number[]): Row {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { name, size, medianMs: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)), p99Ms: round(quantile(sorted, 0.99)), runs: times.length };
}

/**
 * The longest stretch the event loop was kept busy while `work` ran: a
 * setImmediate chain notes when it gets to run; the largest gap between two
 * of its turns is the longest synchronous slice anything else had to wait for.
 */
async function longestSlice(work: () => Promise<unknown>): Promise<{ longest: number; gaps: number[]; totalMs: number }> {
  const gaps: number[] = [];
  let running = true;
  let last = performance.now();
  const tick = () => {
    const t = performance.now();
    gaps.push(t - last);
    last = t;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const start = performance.now();
  await work();
  // the work's last synchronous stretch ends it, with no tick after it: count it too
  gaps.push(performance.now() - last);
  const totalMs = performance.now() - start;
  running = false;
  return { longest: gaps.reduce((a, b) => Math.max(a, b), 0), gaps, totalMs };
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
      row('archive.search 3+ chars (target p95 ≤ 30 ms)', size, longWall),
      row('archive.search 3+ chars, CPU time', size, longCpu),
      row('archive.search 1–2 chars (target p95 ≤ 300 ms)', size, shortWall),
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
    rows.push({
      name: `backup: longest synchronous slice (target < 16 ms; whole backup ${Math.round(backup.totalMs)} ms)`,
      size: `${size}, ${mb} MB`,
      medianMs: row('', '', backup.gaps).medianMs,
      p99Ms: Math.round(backup.longest * 100) / 100,
      p95Ms: row('', '', backup.gaps).p95Ms,
      runs: backup.gaps.length
    });
    const restore = await longestSlice(async () => {
      const job = await manager.restore(fileName);
      if (job.state !== 'done') throw new Error(`restore failed: ${job.error}`);
    });
    rows.push({
      name: `restore: longest synchronous slice (copy in a worker; whole restore ${Math.round(restore.totalMs)} ms)`,
      size: `${size}, ${mb} MB`,
      medianMs: row('', '', restore.gaps).medianMs,
      p99Ms: Math.round(restore.longest * 100) / 100,
      p95Ms: row('', '', restore.gaps).p95Ms,
      runs: restore.gaps.length
    });
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
