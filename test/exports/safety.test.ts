import mammoth from 'mammoth';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/main/core/exports/render-markdown';
import { expectRefused } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';
import { bytesOf, exportAs } from './export-helpers';
import { readZip } from './zip-reader';

/** Text that would do something if a format let it: markup, script, look-alike syntax, invisible and RTL marks. */
const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '**bold** _it_ [link](javascript:alert(1)) `code` ~~gone~~ $x$ | a | b |',
  '# not a heading',
  '- not a list',
  '1. not a list either',
  '> not a quote',
  '&amp; &lt;b&gt; ]]> <w:t>xml</w:t> "quoted" \'single\'',
  'before --> after',
  'tab\there',
  'zero\u200bwidth\u200c\u200djoin\ufeff',
  'bidi \u202eesrever\u202c and \u2066isolate\u2069 \u200f',
  'emoji 👩‍👩‍👧 🇨🇳 😀',
  'مرحبا بكم في المؤتمر الصحفي',
  'שלום לכולם',
  '三个点…「引号」《书名》'
];

let app: TestApp;
let conferenceId: number;
const TITLE = '<b>发布会</b> & "测试" 👩‍👩‍👧';
const OUTLET = '<i>网</i>&';

beforeAll(() => {
  app = openTestApp();
  const { invoke } = app.router;
  const conf = invoke('conference.create', {
    title: TITLE,
    template: 'empty',
    header: { lead: HOSTILE[0]!, credits: `(${HOSTILE[1]})` }
  });
  conferenceId = conf.id;
  const person = invoke('person.create', { name: '<script>x</script>', organisation: 'o' });
  const speaker = invoke('participant.add', { conferenceId, personId: person.id, role: 'spokesperson' });
  const outlet = invoke('outlet.create', { name: OUTLET, category: 'online' });
  invoke('live.start', { conferenceId });
  // One paragraph per hostile string: a newline in a turn is a paragraph break.
  invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId: speaker.id, text: HOSTILE.join('\n') });
  const q = invoke('question.register', { conferenceId, outletId: outlet.id, text: HOSTILE[8]! });
  invoke('question.call', { conferenceId, id: q.id });
  invoke('answer.record', { questionId: q.id, participantId: speaker.id, text: HOSTILE[0]! });
  invoke('question.close', { id: q.id, status: 'answered' });
  invoke('live.end', { conferenceId });
});
afterAll(() => app.cleanup());

describe('hostile text comes out inert and intact in every format', () => {
  it('control characters cannot be stored at all', () => {
    for (const bad of ['\u0000', '\u0007', '\u001b[31m', '\u007f']) {
      expectRefused(app.router.call('turn.add', { conferenceId, speakerKind: 'note', text: `x${bad}y` }), 'invalid_input', 'text');
    }
  });

  it('TXT: every string exactly as stored', () => {
    const lines = exportAs(app, conferenceId, 'txt').content.split('\n');
    for (const s of HOSTILE) expect(lines, JSON.stringify(s)).toContain(s);
    expect(lines[0]).toBe(TITLE);
    expect(lines).toContain(`${OUTLET}记者`);
  });

  it('Markdown: every markup character escaped, and unescaping gives the text back', () => {
    const md = exportAs(app, conferenceId, 'md').content;
    const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    for (const s of HOSTILE) {
      const escaped = escapeMarkdown(s);
      expect(md.split('\n\n'), JSON.stringify(s)).toContain(escaped);
      expect(unescape(escaped)).toBe(s);
      // nothing that starts markup is left bare
      expect(escaped.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[<>*_[\]`&|~#!$\\]/);
    }
    expect(md.startsWith(`# ${escapeMarkdown(TITLE)}\n`)).toBe(true);
  });

  it('HTML: no element, attribute or script from the text; its text content is intact', () => {
    const html = exportAs(app, conferenceId, 'html').content;
    const window = new Window();
    window.document.write(html);
    const doc = window.document;
    expect(doc.querySelectorAll('script, img, iframe, b, i, a').length).toBe(0);
    expect([...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    expect(doc.title).toBe(TITLE);
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent);
    for (const s of HOSTILE) expect(paragraphs, JSON.stringify(s)).toContain(s);
    expect(paragraphs).toContain(`${OUTLET}记者`);
    window.close();
  });

  it('DOCX: XML-escaped, well-formed, and Word readers get the text back', async () => {
    const docx = bytesOf(exportAs(app, conferenceId, 'docx'));
    const xml = readZip(docx).get('word/document.xml')!.toString('utf8');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    const { value, messages } = await mammoth.extractRawText({ buffer: docx });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    const paragraphs = value.split('\n').filter(Boolean);
    for (const s of HOSTILE) expect(paragraphs, JSON.stringify(s)).toContain(s);
  });

  it('SRT: text as stored, and no text can make or split a cue', () => {
    const srt = exportAs(app, conferenceId, 'srt').content;
    const cues = srt.trim().split('\n\n');
    expect(cues).toHaveLength(3);
    for (const s of HOSTILE) expect(srt, JSON.stringify(s)).toContain(s);
    expect(cues.map((c) => c.split('\n')[0])).toEqual(['1', '2', '3']);
  });

  it('WebVTT: &, < and > escaped, so no text becomes a tag or a timing line; unescaped it is intact', () => {
    const vtt = exportAs(app, conferenceId, 'vtt').content;
    const cues = vtt.trim().split('\n\n').slice(1);
    expect(cues).toHaveLength(3);
    for (const cue of cues) {
      const [, timing, ...payload] = cue.split('\n');
      expect(timing).toMatch(/^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$/);
      for (const line of payload) expect(line).not.toMatch(/<|-->/);
    }
    const unescaped = vtt.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const s of HOSTILE) expect(unescaped, JSON.stringify(s)).toContain(s);
  });

  it('JSON: every string round-trips exactly', () => {
    const json = JSON.parse(exportAs(app, conferenceId, 'json').content);
    expect(json.turns[0].text).toBe(HOSTILE.join('\n'));
    expect(json.conference.title).toBe(TITLE);
    expect(json.outlets[0].name).toBe(OUTLET);
  });

  it('file names drop what file systems and eyes cannot take', () => {
    const { invoke } = app.router;
    const conf = invoke('conference.create', { title: 'a/b\\c:d*e?f"g<h>i|j\u202ek\u200bl...', template: 'empty' });
    expect(exportAs(app, conf.id, 'txt').fileName).toBe('2024-01-02 a b c d e f g h i j k l.txt');
  });
});
