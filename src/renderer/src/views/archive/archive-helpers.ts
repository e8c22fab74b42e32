/** <input type="date"> value ⇄ local midnight in ms; `end` gives the next midnight (ranges are [from, to)). */
export function dayToMs(value: string, end = false): number | null {
  if (!value) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + (end ? 1 : 0)).getTime();
}

export function msToDay(ms: number | null, end = false): string {
  if (ms === null) return '';
  const d = new Date(end ? ms - 1 : ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Saves text as a file the way a browser downloads one (works in Electron's window too). */
export function downloadText(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
