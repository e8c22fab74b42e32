/** One line of the bench table. */
export interface Row {
  name: string;
  /** the size of the data it ran on, e.g. "20 turns" */
  size: string;
  medianMs: number;
  p95Ms?: number;
  p99Ms: number;
  runs: number;
  /** the target from the issue, e.g. "≤ 0.5 ms median" */
  target?: string;
  /** whether the figure meets its target, when it has one */
  pass?: boolean;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(samples: number[]): { medianMs: number; p95Ms: number; p99Ms: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    runs: sorted.length
  };
}

/** Times `fn` `runs` times after `warmup` untimed runs; `fn` may do untimed set-up through `untimed`. */
export function measure(runs: number, warmup: number, fn: () => void): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

const fmt = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '' : ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

export function printTable(rows: Row[]): void {
  const header = ['operation', 'size', 'median ms', 'p95 ms', 'p99 ms', 'runs', 'target', 'ok'];
  const lines = rows.map((r) => [
    r.name,
    r.size,
    fmt(r.medianMs),
    fmt(r.p95Ms),
    fmt(r.p99Ms),
    String(r.runs),
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'yes' : 'NO'
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(line(l));
}
