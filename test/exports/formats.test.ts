import { Packer } from 'docx';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTranscript } from '../../src/main/core/exports/transcript-model';
import { createRecordLoader } from '../../src/main/core/exports/record';
import { createRedactionService } from '../../src/main/core/exports/redactions';
import { buildDocx } from '../../src/main/core/exports/render-docx';
import { methods } from '../../src/shared/methods';
import { conferenceFile, transcriptExportInput } from '../../src/shared/schemas-export';
import { openTestApp, type TestApp } from '../helpers';
import { buildFixtureConference, parseFixture } from './build-fixture';
import { bytesOf, exportAs } from './export-helpers';
import { readZip } from './zip-reader';

let app: TestApp;
let conferenceId: number;
const script = parseFixture();
beforeAll(() => {
  app = openTestApp();
  conferenceId = buildFixtureConference(app.router, app.clock.advance, script);
});
afterAll(() => app.cleanup());

const firstAnswer = script.blocks.find((b) => b.label === '李琦')!.paragraphs;

describe('every format of the fixture conference', () => {
  it('names each file by date and title, with its MIME type and encoding', () => {
    const expected = {
      txt: ['text/plain; charset=utf-8', 'utf8'],
      md: ['text/markdown; charset=utf-8', 'utf8'],
      html: ['text/html; charset=utf-8', 'utf8'],
      docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'base64'],
      json: ['application/json', 'utf8'],
      srt: ['application/x-subrip', 'utf8'],
      vtt: ['text/vtt; charset=utf-8', 'utf8']
    } as const;
    for (const [format, [mimeType, encoding]] of Object.entries(expected)) {
      const file = exportAs(app, conferenceId, format as keyof typeof expected);
      expect(file.fileName).toBe(`2024-01-02 ${script.title}.${format}`);
      expect(file.mimeType).toBe(mimeType);
      expect(file.encoding).toBe(encoding);
      expect(file.needsPrint).toBeUndefined();
    }
    expect(exportAs(app, conferenceId, 'txt', { audience: 'internal' }).fileName).toBe(`2024-01-02 ${script.title}（内部）.txt`);
  });

  it('Markdown: the title as a heading, labels in bold, every paragraph apart', () => {
    const md = exportAs(app, conferenceId, 'md').content;
    expect(md.startsWith(`# ${script.title}\n\n`)).toBe(true);
    expect(md).toContain('\n\n**新闻发布会开始**\n\n**主持人**\n\n新闻界的朋友们,女士们、先生们:\n\n');
    expect(md).toContain(`**大众网记者**\n\n${script.blocks.find((b) => b.label === '大众网记者')!.paragraphs[0]}`);
    expect(md).toContain(`**李琦**\n\n${firstAnswer[0]}\n\n${firstAnswer[1]}\n\n**中国山东网记者**`);
    expect(md.trim().endsWith('(图片摄影:李鲲)')).toBe(true);
  });

  it('HTML: a self-contained print page with A4 margins, CJK fonts and no script allowed', () => {
    const html = exportAs(app, conferenceId, 'html').content;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    for (const font of ['"Noto Serif CJK SC"', '"WenQuanYi Zen Hei"', '"SimSun"']) expect(html).toContain(font);
    expect(html).toContain('<p class="label"><strong>大众网记者</strong></p>');
    expect(html).toContain(`<p class="para" dir="auto">${firstAnswer[1]}</p>`);
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('DOCX: a well-formed package with a title, bold labels, the CJK font and every paragraph', async () => {
    const docx = bytesOf(exportAs(app, conferenceId, 'docx'));
    const parts = readZip(docx);
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']) {
      expect(parts.has(part), part).toBe(true);
    }
    const documentXml = parts.get('word/document.xml')!.toString('utf8');
    const stylesXml = parts.get('word/styles.xml')!.toString('utf8');
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(documentXml).toContain(`>${script.title}</w:t>`);
    // Each label is a paragraph in the bold SpeakerLabel style; the style names SimSun for East Asian text.
    expect(documentXml.match(/<w:pStyle w:val="SpeakerLabel"\/>/g)).toHaveLength(script.blocks.length);
    expect(stylesXml).toMatch(/<w:style [^>]*w:styleId="SpeakerLabel"[\s\S]*?<w:b\/>[\s\S]*?<\/w:style>/);
    expect(stylesXml).toContain('w:eastAsia="SimSun"');
    expect(documentXml).toContain(
      '<w:pStyle w:val="SpeakerLabel"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">大众网记者</w:t>'
    );
    for (const block of script.blocks) {
      for (const paragraph of block.paragraphs) expect(documentXml).toContain(`>${paragraph}</w:t>`);
    }
    // What Word users read: the text, in order, as mammoth (a .docx reader) extracts it.
    const { value } = await mammoth.extractRawText({ buffer: docx });
    const text = value.split('\n').filter(Boolean);
    expect(text.indexOf('新闻发布会开始')).toBeLessThan(text.indexOf('大众网记者'));
    expect(text.at(-1)).toBe('(图片摄影:李鲲)');
  });

  it('DOCX: the synchronous pack holds the same parts as docx’s own async Packer', async () => {
    const load = createRecordLoader(app.db, app.services, createRedactionService(app.db, app.services.conferences));
    const doc = buildTranscript(load(conferenceId), transcriptExportInput.parse({ conferenceId, format: 'docx' }));
    const ours = readZip(bytesOf(exportAs(app, conferenceId, 'docx')));
    const theirs = readZip(await Packer.toBuffer(buildDocx(doc, '荷泽新闻网')));
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    const dropDates = (xml: string) => xml.replace(/<dcterms:(created|modified)[^<]*<\/dcterms:\1>/g, '');
    for (const [name, data] of theirs) expect(dropDates(ours.get(name)!.toString('utf8')), name).toBe(dropDates(data.toString('utf8')));
  });

  it('JSON: the complete conference in the versioned format, valid for import', () => {
    const json = JSON.parse(exportAs(app, conferenceId, 'json').content);
    expect(json.format).toBe('rostrum.conference');
    expect(json.version).toBe(1);
    expect(Object.keys(json)).toEqual([
      'format',
      'version',
      'exportedAt',
      'conference',
      'people',
      'outlets',
      'participants',
      'segments',
      'questions',
      'turns',
      'turnHistory',
      'extensions',
      'redactions',
      'writtenReplies',
      'writtenReplyHistory',
      'timeHistory',
      // internal material: empty in this public export (test/prepared/no-leak.test.ts)
      'preparedQuestions',
      'cards',
      'cardSends'
    ]);
    expect([json.preparedQuestions, json.cards, json.cardSends]).toEqual([[], [], []]);
    expect(json.people.map((p: { name: string }) => p.name)).toEqual(['发布会主持人', '朱雷', '李琦', '李淑梅', '李娜']);
    expect(json.turns).toHaveLength(script.blocks.length);
    expect(conferenceFile.safeParse(json).success).toBe(true);
  });

  it('SRT and WebVTT: one cue per turn, timed from the start, with the speaker', () => {
    const srt = exportAs(app, conferenceId, 'srt').content;
    const cues = srt.trim().split('\n\n');
    expect(cues).toHaveLength(script.blocks.length);
    expect(cues[0]).toMatch(/^1\n00:00:00,000 --> 00:0\d:\d\d,000\n主持人：新闻界的朋友们/);
    expect(cues[4]).toMatch(/^5\n\d\d:\d\d:\d\d,000 --> \d\d:\d\d:\d\d,000\n大众网记者：请问/);
    const vtt = exportAs(app, conferenceId, 'vtt').content;
    expect(vtt.startsWith('WEBVTT\n\n1\n00:00:00.000 --> ')).toBe(true);
    expect(vtt.trim().split('\n\n')).toHaveLength(script.blocks.length + 1);
    // cues run in order and never backwards
    const times = [...srt.matchAll(/(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)/g)].map((m) => {
      const ms = (h: string, mi: string, s: string, f: string) => ((+h * 60 + +mi) * 60 + +s) * 1000 + +f;
      return [ms(m[1]!, m[2]!, m[3]!, m[4]!), ms(m[5]!, m[6]!, m[7]!, m[8]!)] as const;
    });
    times.forEach(([start, end], i) => {
      expect(end).toBeGreaterThan(start);
      if (i > 0) expect(start).toBeGreaterThanOrEqual(times[i - 1]![0]);
    });
  });

  it('PDF through the router: the print-ready HTML, flagged for printing', () => {
    const file = exportAs(app, conferenceId, 'pdf');
    expect(file).toMatchObject({ mimeType: 'application/pdf', encoding: 'utf8', needsPrint: true });
    expect(file.fileName.endsWith('.pdf')).toBe(true);
    expect(file.content).toBe(exportAs(app, conferenceId, 'html').content);
  });

  it('GET /api can describe the export methods: their inputs convert to JSON Schema', () => {
    for (const name of ['transcript.export', 'conference.import', 'redaction.add', 'redaction.remove', 'redaction.list'] as const) {
      const schema = z.toJSONSchema(methods[name].input, { io: 'input', unrepresentable: 'any' }) as { properties?: object };
      expect(schema.properties, name).toBeDefined();
    }
    const exportSchema = z.toJSONSchema(methods['transcript.export'].input, { io: 'input' }) as {
      properties: Record<string, { enum?: string[] }>;
      required: string[];
    };
    expect(exportSchema.properties.format!.enum).toEqual(['txt', 'md', 'html', 'pdf', 'docx', 'json', 'srt', 'vtt']);
    expect(exportSchema.required).toEqual(['conferenceId', 'format']);
  });
});
