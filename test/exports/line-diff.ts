/** Collapses runs of whitespace and trims, so that only words and their order count. */
export const normaliseLine = (line: string) => line.replace(/\s+/g, ' ').trim();

/**
 * A readable line diff (longest common subsequence): "-" lines the expected
 * text has and the actual lacks, "+" the reverse, with line numbers and two
 * lines of context; a line longer than `width` is cut short (pass Infinity to
 * see a difference at the end of a long paragraph). Empty when both are the same.
 */
export function lineDiff(expected: string[], actual: string[], context = 2, width = 120): string {
  const n = expected.length;
  const m = actual.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: { kind: ' ' | '-' | '+'; line: string; at: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      ops.push({ kind: ' ', line: expected[i]!, at: ++i });
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) ops.push({ kind: '+', line: actual[j]!, at: ++j });
    else ops.push({ kind: '-', line: expected[i]!, at: ++i });
  }
  if (ops.every((op) => op.kind === ' ')) return '';
  const shown = ops.map((op, k) => ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.kind !== ' '));
  const out: string[] = ['--- expected (fixture)', '+++ actual (export)'];
  ops.forEach((op, k) => {
    if (shown[k]) out.push(`${op.kind} ${String(op.at).padStart(4)} | ${op.line.length > width ? op.line.slice(0, width - 3) + '…' : op.line}`);
    else if (shown[k - 1]) out.push('  ...');
  });
  return out.join('\n');
}
