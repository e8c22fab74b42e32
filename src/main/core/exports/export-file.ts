import type { MethodParsedInput as In } from '../../../shared/methods';
import type { ExportFile } from '../../../shared/methods-export';
import type { ExportFormat } from '../../../shared/schemas-export';
import { toConferenceFile } from './conference-file';
import { fail } from '../../../shared/errors';
import type { ConferenceRecord } from './record';
import { renderSrt, renderVtt } from './render-captions';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';
import { buildTranscript } from './transcript-model';

export const MIME_TYPES: Record<ExportFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  srt: 'application/x-subrip',
  vtt: 'text/vtt; charset=utf-8'
};

// Characters no file name should hold: reserved on Windows, controls, and invisible or direction-changing marks.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function isoDate(ms: number, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms).map((x) => [x.type, x.value])
  );
  return `${p.year}-${p.month}-${p.day}`;
}

/** A conference's title as part of a file name: safe for every file system, at most 80 characters. */
export function titleForFileName(title: string): string {
  return [...title.replace(UNSAFE_IN_NAME, ' ').replace(/\s+/g, ' ').trim()]
    .slice(0, 80)
    .join('')
    .replace(/[. ]+$/, '');
}

/** "2024-01-02 菏泽市…新闻发布会.docx": the date, the title made safe for every file system, the audience. */
export function fileNameFor(record: ConferenceRecord, format: ExportFormat, input: In<'transcript.export'>): string {
  const c = record.conference;
  const timeZone = input.timeZone ?? c.timeZone;
  const title = titleForFileName(c.title);
  const internal = format !== 'json' && input.audience === 'internal' ? (c.language === 'zh' ? '（内部）' : ' (internal)') : '';
  return `${isoDate(c.startedAt ?? c.scheduledStart ?? c.createdAt, timeZone)} ${title || 'transcript'}${internal}.${format}`;
}

/** Renders one format. Everything but the JSON export goes through the one transcript model. */
export function exportTranscript(record: ConferenceRecord, input: In<'transcript.export'>, now: number): ExportFile {
  const { format } = input;
  const base = { fileName: fileNameFor(record, format, input), mimeType: MIME_TYPES[format] };
  if (format === 'json') {
    return { ...base, encoding: 'utf8', content: JSON.stringify(toConferenceFile(record, now, input.audience), null, 2) + '\n' };
  }
  const { embargoUntil } = record.conference;
  if (embargoUntil !== null && now < embargoUntil && !input.confirmEmbargo) {
    fail('invalid_state', 'The transcript is under embargo; confirm to export it before the embargo ends.', {
      field: 'confirmEmbargo',
      embargoUntil
    });
  }
  const doc = buildTranscript(record, input, now);
  switch (format) {
    case 'txt':
      return { ...base, encoding: 'utf8', content: renderText(doc) };
    case 'md':
      return { ...base, encoding: 'utf8', content: renderMarkdown(doc) };
    case 'html':
      return { ...base, encoding: 'utf8', content: renderHtml(doc) };
    case 'pdf':
      // Printing needs Chromium, which is async; the caller prints this HTML (see pdf.ts).
      return { ...base, encoding: 'utf8', content: renderHtml(doc), needsPrint: true };
    case 'docx':
      return { ...base, encoding: 'base64', content: renderDocx(doc, record.conference.header.author).toString('base64') };
    case 'srt':
      return { ...base, encoding: 'utf8', content: renderSrt(doc) };
    case 'vtt':
      return { ...base, encoding: 'utf8', content: renderVtt(doc) };
  }
}
