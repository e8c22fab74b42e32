import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { completeExport } from '../../src/main/core/exports/pdf';
import { tempDir, type TestApp } from '../helpers';
import { bytesOf, exportAs, type ExportOptions } from '../exports/export-helpers';

/** Each published format of a conference, read back as the lines a reader sees. */
export type ReadBack = Record<'txt' | 'md' | 'html' | 'docx', string[]>;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const nonEmpty = (lines: string[]) => lines.map((l) => l.trim()).filter((l) => l.length > 0);

/** The text of every <p> and heading, tags dropped, entities read. */
export function htmlLines(html: string): string[] {
  const body = html.slice(html.indexOf('<article'));
  return nonEmpty(
    [...body.matchAll(/<(p|h1|h2)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
      m[2]!.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    )
  );
}

/** Markdown paragraphs with the emphasis and escapes taken away. */
export function markdownLines(md: string): string[] {
  return nonEmpty(
    md.split(/\n+/).map((l) =>
      l
        .replace(/^#+ /, '')
        .replace(/\*\*|(?<!\\)\*/g, '')
        .replace(/\\(.)/g, '$1')
    )
  );
}

export async function readBack(app: TestApp, conferenceId: number, options: ExportOptions = {}): Promise<ReadBack> {
  const docx = await mammoth.extractRawText({ buffer: bytesOf(exportAs(app, conferenceId, 'docx', options)) });
  return {
    txt: nonEmpty(exportAs(app, conferenceId, 'txt', options).content.split('\n')),
    md: markdownLines(exportAs(app, conferenceId, 'md', options).content),
    html: htmlLines(exportAs(app, conferenceId, 'html', options).content),
    docx: nonEmpty(docx.value.split('\n'))
  };
}

/** The PDF printed by Chromium, read back with pdftotext (one line per paragraph line as laid out). */
export async function pdfText(app: TestApp, conferenceId: number, options: ExportOptions = {}): Promise<string> {
  const file = await completeExport(exportAs(app, conferenceId, 'pdf', options));
  const dir = tempDir('rostrum-record-pdf-');
  try {
    const out = path.join(dir, 'record.pdf');
    fs.writeFileSync(out, bytesOf(file));
    return execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** How many lines are exactly `label`: a label printed once per run appears once per run. */
export const count = (lines: string[], label: string) => lines.filter((l) => l === label).length;
