import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeExport, pdfPrinter } from '../../src/main/core/exports/pdf';
import { EXPORT_FORMATS } from '../../src/shared/schemas-export';
import { bytesOf, decodeBase64, safeFileName, extensionOf } from '../../src/renderer/src/views/export/export-file';
import { DEFAULT_CHOICES, exportInput, previewFormat, previewLines, type ExportChoices } from '../../src/renderer/src/views/export/export-options';
import { parseConferenceFile } from '../../src/renderer/src/views/export/import-file';
import { richConference, type RichIds } from '../exports/export-helpers';
import { openTestApp, type TestApp } from '../helpers';

/**
 * The export dialog's logic against the real router and a real SQLite file:
 * every input it can send is one the API takes, the files it saves are the
 * API's bytes, and the import button's reading of a file is what the API imports.
 */
let app: TestApp;
let ids: RichIds;

beforeAll(() => {
  app = openTestApp();
  ids = richConference(app);
});
afterAll(async () => {
  await pdfPrinter.close();
  app.cleanup();
});

const EVERYTHING_ON: ExportChoices = {
  format: 'txt',
  withTimes: true,
  stateEditingStandard: true,
  stateCorrections: true,
  includeWithdrawn: true,
  includeNotReached: true,
  audience: 'internal',
  withCards: true
};

describe('the dialog’s calls', () => {
  it('sends, for every format, with every choice on or off, an input the API accepts', () => {
    for (const format of EXPORT_FORMATS) {
      for (const choices of [DEFAULT_CHOICES, EVERYTHING_ON]) {
        const result = app.router.call('transcript.export', exportInput(ids.conferenceId, { ...choices, format }), { role: 'operator' });
        expect(result.ok, `${format}: ${result.ok ? '' : result.error.message}`).toBe(true);
      }
    }
  });

  it('changes the file only through the options that apply to the format', () => {
    const call = (choices: ExportChoices) => app.router.invoke('transcript.export', exportInput(ids.conferenceId, choices)).content;
    // the JSON export is the complete conference whatever is ticked (exportedAt aside)
    const json = (c: ExportChoices) => JSON.parse(call(c)) as Record<string, unknown>;
    expect({ ...json({ ...EVERYTHING_ON, format: 'json' }), exportedAt: 0 }).toEqual({
      ...json({ ...DEFAULT_CHOICES, format: 'json' }),
      exportedAt: 0
    });
    // a withdrawn question shows only when asked for
    const withdrawn = '这个问题我撤回';
    expect(call({ ...DEFAULT_CHOICES, format: 'txt' })).not.toContain(withdrawn);
    expect(call({ ...DEFAULT_CHOICES, format: 'txt', includeWithdrawn: true })).toContain(withdrawn);
    // the redacted words are in the internal text only
    const secret = '尚未公开的人事安排';
    expect(call({ ...DEFAULT_CHOICES, format: 'md' })).not.toContain(secret);
    expect(call({ ...DEFAULT_CHOICES, format: 'md', audience: 'internal' })).toContain(secret);
  });

  it('previews the transcript’s opening lines', () => {
    const preview = app.router.invoke('transcript.export', exportInput(ids.conferenceId, DEFAULT_CHOICES, previewFormat('docx')));
    const { lines } = previewLines(preview.content);
    expect(lines).toContain('新闻发布会开始');
  });
});

describe('the saved files', () => {
  it('are the API’s bytes: a DOCX is a zip, named for its format', () => {
    const docx = app.router.invoke('transcript.export', exportInput(ids.conferenceId, { ...DEFAULT_CHOICES, format: 'docx' }));
    const bytes = bytesOf(docx);
    expect(Buffer.from(bytes)).toEqual(Buffer.from(docx.content, 'base64'));
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(safeFileName(docx.fileName, extensionOf(docx.fileName))).toBe(docx.fileName);
    expect(docx.fileName).toMatch(/\.docx$/);
  });

  it('decode a printed PDF to bytes that start with %PDF', async () => {
    const html = app.router.invoke('transcript.export', exportInput(ids.conferenceId, { ...DEFAULT_CHOICES, format: 'pdf' }));
    expect(html.needsPrint).toBe(true);
    const pdf = await completeExport(html);
    const bytes = decodeBase64(pdf.content);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});

describe('the import button’s reading of a file', () => {
  it('imports a JSON export into another installation as a new conference', () => {
    const file = app.router.invoke('transcript.export', { conferenceId: ids.conferenceId, format: 'json' });
    const other = openTestApp();
    try {
      const parsed = parseConferenceFile(file.content);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const imported = other.router.invoke('conference.import', parsed.value);
      const original = app.router.invoke('turn.list', { conferenceId: ids.conferenceId });
      expect(other.router.invoke('turn.list', { conferenceId: imported.id }).map((t) => t.text)).toEqual(original.map((t) => t.text));
    } finally {
      other.cleanup();
    }
  });

  it('passes a damaged export to the API, which names the field and changes nothing', () => {
    const file = JSON.parse(app.router.invoke('transcript.export', { conferenceId: ids.conferenceId, format: 'json' }).content);
    file.conference.title = '';
    const parsed = parseConferenceFile(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const before = app.router.invoke('conference.list', {}).length;
    const result = app.router.call('conference.import', parsed.value, { role: 'operator' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.details?.field).toBe('conference.title');
    expect(app.router.invoke('conference.list', {}).length).toBe(before);
  });
});
