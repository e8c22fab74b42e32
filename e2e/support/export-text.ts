import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';

/**
 * The lines a reader sees in an exported file, one per paragraph, so that an
 * export can be compared with the published transcript line by line.
 */

export function txtLines(bytes: Buffer): string[] {
  return bytes
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** What Word shows, as mammoth (a .docx reader) extracts it: a paragraph per line. */
export async function docxLines(bytes: Buffer): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

interface PdfLine {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  text: string;
}

/** pdftotext's word boxes, grouped by the lines it found (its -bbox-layout XHTML). */
function pdfBoxLines(file: string): PdfLine[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const lines: PdfLine[] = [];
  xhtml
    .split(/<page\b/)
    .slice(1)
    .forEach((pageXml, page) => {
      for (const m of pageXml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
        const words = [...m[4]!.matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((w) => decodeEntities(w[1]!));
        lines.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: words.join(' ') });
      }
    });
  return lines;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/**
 * The PDF's paragraphs: pdftotext gives the printed lines, so a paragraph the
 * page width wrapped is joined again. A wrapped line fills the width and the
 * next one continues at the left margin, one line pitch below. So a printed
 * line starts a new paragraph when it is indented (a paragraph's first line),
 * when the line before it stopped short of the right margin (a paragraph's
 * last line, or a label), or when the gap above it is clearly wider than the
 * pitch (the space between paragraphs). Spaces are dropped where lines are
 * joined: a wrap may fall on a space, and Chinese has none.
 */
export function pdfLines(bytes: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-pdf-'));
  try {
    const file = path.join(dir, 'export.pdf');
    fs.writeFileSync(file, bytes);
    const lines = pdfBoxLines(file);
    const pitch = linePitch(lines);
    const margin = Math.min(...lines.map((l) => l.xMin));
    const right = Math.max(...lines.map((l) => l.xMax));
    // the print stylesheet (render-html.ts) sets line-height 1.75: one character is that much narrower than the pitch
    const em = pitch / 1.75;
    const paragraphs: string[] = [];
    lines.forEach((line, i) => {
      const before = lines[i - 1];
      const startsParagraph =
        !before ||
        line.xMin > margin + em / 2 ||
        before.xMax < right - 3 * em ||
        (before.page === line.page && line.yMin - before.yMin > pitch * 1.15);
      if (startsParagraph) paragraphs.push(line.text);
      else paragraphs[paragraphs.length - 1] += line.text;
    });
    return paragraphs.map((p) => p.trim()).filter(Boolean);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The distance between two lines of one paragraph: the commonest step down a
 * page, to a tenth of a point (a transcript is mostly wrapped paragraphs;
 * glyphs such as quotes and digits shift a line's box by a point or two).
 */
function linePitch(lines: PdfLine[]): number {
  const counts = new Map<number, number>();
  lines.slice(1).forEach((l, i) => {
    const before = lines[i]!;
    if (l.page !== before.page || l.yMin <= before.yMin) return;
    const gap = Math.round((l.yMin - before.yMin) * 10) / 10;
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
