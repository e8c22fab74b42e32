// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import i18next from '../../i18n';
import type { ExportFile } from '../../../../shared/methods-export';
import { EXPORT_FORMATS } from '../../../../shared/schemas-export';
import { blobOf, bytesOf, decodeBase64, extensionOf, formatBytes, safeFileName } from './export-file';
import { saveExport } from './save-download';
import { DEFAULT_CHOICES, exportInput, FORMAT_ORDER, previewFormat, previewLines, restoreChoices } from './export-options';
import { describeImportError } from './ImportConferenceButton';
import { parseConferenceFile, MAX_IMPORT_BYTES } from './import-file';
import { overlaps, snapSpan, spanOfQuote } from './redaction-span';
import { forTurn } from './redaction-store';
import { conferenceIdFromHash, isExportKey } from './useMenuCommand';

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

describe('the file that is saved', () => {
  it('decodes base64 to the exact bytes, every byte value included', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...decodeBase64(toBase64(all))]).toEqual([...all]);
    expect([...decodeBase64('UEsDBA==\n')]).toEqual([0x50, 0x4b, 0x03, 0x04]); // line breaks are allowed
  });

  it('refuses what is not base64 rather than saving garbage', () => {
    expect(() => decodeBase64('not base64!')).toThrow(/damaged/);
    expect(() => decodeBase64('abcde')).toThrow(/damaged/);
  });

  it('keeps UTF-8 text byte for byte: Chinese, emoji and right-to-left script', () => {
    const text = '新闻发布会开始\n主持人：👩‍👩‍👧 مرحبا';
    const file: ExportFile = { fileName: 'a.txt', mimeType: 'text/plain; charset=utf-8', encoding: 'utf8', content: text };
    expect(new TextDecoder().decode(bytesOf(file))).toBe(text);
  });

  it('makes a Blob of the server’s MIME type and the decoded bytes', async () => {
    const docx: ExportFile = {
      fileName: 'x.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: 'base64',
      content: 'UEsDBA=='
    };
    const blob = blobOf(docx);
    expect(blob.type).toBe(docx.mimeType);
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('offers a name that is safe on every file system and keeps its extension', () => {
    expect(safeFileName('2024-01-02 菏泽市新闻发布会.docx', 'docx')).toBe('2024-01-02 菏泽市新闻发布会.docx');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j.txt', 'txt')).toBe('a b c d e f g h i j.txt');
    // a right-to-left override could make "…txt.exe" read as "…exe.txt"
    expect(safeFileName('report\u202eexe.txt', 'txt')).toBe('report exe.txt');
    expect(safeFileName('...', 'pdf')).toBe('transcript.pdf');
    expect(safeFileName('title. . .', 'md')).toBe('title.md');
    expect(safeFileName('no extension', 'vtt')).toBe('no extension.vtt');
    const long = safeFileName('😀'.repeat(200) + '.json', 'json');
    expect([...long.replace(/\.json$/, '')]).toHaveLength(120); // whole emoji, never half of one
    expect(long.endsWith('😀.json')).toBe(true);
  });

  it('reads the extension of a name', () => {
    expect(extensionOf('2024 会.DOCX')).toBe('docx');
    expect(extensionOf('no-extension')).toBe('');
  });

  it('starts a download through <a download> with the file name and a blob: address', () => {
    const clicked: { href: string; download: string }[] = [];
    document.addEventListener('click', (event) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ href: link.href, download: link.download });
      event.preventDefault(); // happy-dom would try to navigate
    });
    const saved = saveExport({ fileName: '2024-01-02 发布会.txt', mimeType: 'text/plain', encoding: 'utf8', content: '新闻发布会开始' });
    expect(saved).toEqual({ fileName: '2024-01-02 发布会.txt', size: new TextEncoder().encode('新闻发布会开始').length });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('2024-01-02 发布会.txt');
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0); // the link does not stay in the page
  });

  it('formats sizes for the status line', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(34 * 1024, 'en')).toBe('34 KB');
    expect(formatBytes(1.25 * 1024 * 1024, 'zh-CN')).toBe('1.3 MB');
  });
});

describe('the export options', () => {
  it('sends only the options that change the chosen format', () => {
    const choices = { ...DEFAULT_CHOICES, withTimes: true, includeWithdrawn: true, audience: 'internal' as const };
    expect(exportInput(7, { ...choices, format: 'json' })).toEqual({ conferenceId: 7, format: 'json' });
    expect(exportInput(7, { ...choices, format: 'srt' })).toEqual({
      conferenceId: 7,
      format: 'srt',
      includeWithdrawn: true,
      includeNotReached: false,
      audience: 'internal'
    });
    expect(exportInput(7, { ...choices, format: 'docx' })).toMatchObject({
      withTimes: true,
      stateEditingStandard: false,
      audience: 'internal',
      withCards: false
    });
    // the cards go with the documents, never with captions
    expect(exportInput(7, { ...choices, withCards: true, format: 'srt' })).not.toHaveProperty('withCards');
    expect(exportInput(7, { ...choices, withCards: true, format: 'txt' })).toMatchObject({ audience: 'internal', withCards: true });
    expect(exportInput(7, choices, 'txt').format).toBe('txt');
  });

  it('offers every format once', () => {
    expect([...FORMAT_ORDER].sort()).toEqual([...EXPORT_FORMATS].sort());
  });

  it('previews document formats as their plain text, text formats as themselves', () => {
    expect(['docx', 'pdf', 'html', 'txt'].map((f) => previewFormat(f as never))).toEqual(['txt', 'txt', 'txt', 'txt']);
    expect(['md', 'json', 'srt', 'vtt'].map((f) => previewFormat(f as never))).toEqual(['md', 'json', 'srt', 'vtt']);
  });

  it('previews the first lines, blank lines kept, long lines cut at whole characters', () => {
    const text = ['标题', '', '新闻发布会开始', '😀'.repeat(10), ...Array.from({ length: 20 }, (_, i) => `第${i}行`), '', ''].join('\r\n');
    const { lines, more } = previewLines(text, 5, 4);
    expect(lines).toEqual(['标题', '', '新闻发布…', '😀😀😀😀…', '第0行']);
    expect(more).toBe(true);
    expect(previewLines('one\ntwo\n\n')).toEqual({ lines: ['one', 'two'], more: false });
  });

  it('restores remembered choices only when valid, and never the internal audience', () => {
    expect(restoreChoices('garbage')).toEqual(DEFAULT_CHOICES);
    expect(restoreChoices({ format: 'exe', withTimes: 'yes' })).toEqual(DEFAULT_CHOICES);
    expect(restoreChoices({ format: 'pdf', withTimes: true, audience: 'internal', withCards: true })).toEqual({
      ...DEFAULT_CHOICES,
      format: 'pdf',
      withTimes: true,
      audience: 'public',
      withCards: false
    });
  });
});

describe('reading a file to import', () => {
  const reasonOf = (text: string, size?: number) => {
    const parsed = parseConferenceFile(text, size);
    return parsed.ok ? null : [parsed.error.details?.field, parsed.error.details?.reason];
  };

  it('refuses, naming the file, what is not a conference export at all', () => {
    expect(reasonOf('')).toEqual(['file', 'empty']);
    expect(reasonOf('{"format": ')).toEqual(['file', 'notJson']);
    expect(reasonOf('[1,2]')).toEqual(['file', 'notExport']);
    expect(reasonOf('"text"')).toEqual(['file', 'notExport']);
    expect(reasonOf('{}', MAX_IMPORT_BYTES + 1)).toEqual(['file', 'tooLarge']);
  });

  it('passes an object on to the server, byte-order mark or not', () => {
    const parsed = parseConferenceFile('\ufeff{"format":"rostrum.conference"}');
    expect(parsed).toEqual({ ok: true, value: { format: 'rostrum.conference' } });
  });

  it('words a refusal in the UI language and keeps the field it names', () => {
    const t = i18next.getFixedT('zh');
    const notJson = parseConferenceFile('nope');
    expect(notJson.ok).toBe(false);
    if (notJson.ok) return;
    expect(describeImportError(notJson.error, t)).toEqual({ problem: '文件不是 JSON 格式。', field: 'file' });
    const fromServer = describeImportError(
      {
        code: 'invalid_input',
        message: 'conference.title: must not be empty',
        details: { field: 'conference.title', issues: [{ field: 'conference.title', message: 'must not be empty' }] }
      },
      i18next.getFixedT('en')
    );
    expect(fromServer.field).toBe('conference.title');
    expect(fromServer.problem).toContain('conference.title');
    expect(fromServer.problem).toContain('must not be empty');
  });
});

describe('the span a redaction covers', () => {
  it('leaves out blanks at the ends and keeps whole characters', () => {
    const text = '我们 完成了👍三件事';
    expect(snapSpan(text, 2, 6)).toEqual({ start: 3, end: 6 });
    // an end inside the emoji's surrogate pair is widened past it; a start inside it moved before it
    expect(snapSpan(text, 3, 7)).toEqual({ start: 3, end: 8 });
    expect(snapSpan(text, 7, 9)).toEqual({ start: 6, end: 9 });
    expect(snapSpan(text, 6, 3)).toEqual({ start: 3, end: 6 }); // a selection made backwards
    expect(snapSpan('a   b', 1, 4)).toBeNull();
  });

  it('finds a quote selected on the page in the turn’s text', () => {
    expect(spanOfQuote('甲乙丙丁', ' 乙丙 ')).toEqual({ start: 1, end: 3 });
    expect(spanOfQuote('甲乙丙丁', '戊')).toBeNull();
    expect(spanOfQuote('甲乙丙丁', '  ')).toBeNull();
  });

  it('tells overlapping spans from neighbours', () => {
    expect(overlaps({ start: 0, end: 3 }, { start: 2, end: 5 })).toBe(true);
    expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
  });

  it('gives each turn its part of the list, the same array every time', () => {
    const base = { conferenceId: 1, start: 0, end: 1, quote: 'x', reason: '', createdAt: 0, stale: false };
    const list = [
      { ...base, id: 1, turnId: 10 },
      { ...base, id: 2, turnId: 11 },
      { ...base, id: 3, turnId: 10 }
    ];
    expect(forTurn(list, 10).map((r) => r.id)).toEqual([1, 3]);
    expect(forTurn(list, 10)).toBe(forTurn(list, 10));
    expect(forTurn(list, 99)).toBe(forTurn(list, 98)); // one shared empty array: rows without redactions do not redraw
  });
});

describe('the menu command', () => {
  it('reads the conference of the route', () => {
    expect(conferenceIdFromHash('#/conference/7/review')).toBe(7);
    expect(conferenceIdFromHash('#/conference/12/live?x=1')).toBe(12);
    expect(conferenceIdFromHash('#/')).toBeNull();
    expect(conferenceIdFromHash('#/archive')).toBeNull();
    expect(conferenceIdFromHash('#/conference/0/review')).toBeNull();
  });

  it('takes Ctrl+E (Cmd+E on a Mac) and nothing near it', () => {
    const key = (over: Partial<KeyboardEvent>) => ({ key: 'e', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...over });
    expect(isExportKey(key({ ctrlKey: true }), false)).toBe(true);
    expect(isExportKey(key({ ctrlKey: true, key: 'E' }), false)).toBe(true);
    expect(isExportKey(key({ metaKey: true }), true)).toBe(true);
    expect(isExportKey(key({ metaKey: true }), false)).toBe(false);
    expect(isExportKey(key({}), false)).toBe(false); // bare "e" extends the segment in the live view
    expect(isExportKey(key({ ctrlKey: true, shiftKey: true }), false)).toBe(false);
  });
});

describe('the texts of the export tools', () => {
  it('names and explains every format in both languages', () => {
    for (const lng of ['zh', 'en']) {
      for (const format of EXPORT_FORMATS) {
        for (const part of ['name', 'hint']) {
          expect(i18next.exists(`export:formats.${format}.${part}`, { lng }), `${lng} ${format} ${part}`).toBe(true);
        }
      }
    }
  });
});
