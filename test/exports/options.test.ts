import { afterEach, describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';
import { bytesOf, exportAs, richConference, smallConference, type RichIds } from './export-helpers';
import { readZip } from './zip-reader';

let app: TestApp;
let ids: RichIds;
afterEach(() => app?.cleanup());
const setUp = () => {
  app = openTestApp();
  ids = richConference(app);
};
const txt = (options: Parameters<typeof exportAs>[3] = {}) => exportAs(app, ids.conferenceId, 'txt', options).content;

describe('export options', () => {
  it('by default: the latest text, no deleted turn, withdrawn and unreached questions left out, written replies noted', () => {
    setUp();
    const text = txt();
    expect(text).toContain('谢谢提问。我们将继续努力,年内见效。');
    expect(text).not.toContain('谢谢提问。我们将继续努力。');
    expect(text).not.toContain('误录的一句');
    expect(text).not.toContain('这个问题我撤回。');
    expect(text).not.toContain('还有一个问题没来得及问。');
    expect(text).toContain('大众网记者\n请提供详细数据。\n（会后书面答复）\n');
    expect(text).toContain('大众网记者\n追问一下,时间表是什么?\n朱雷\n年内完成。（笑声）\n');
    expect(text).not.toMatch(/\[\d\d:\d\d:\d\d\]|本实录/);
  });

  it('includeWithdrawn and includeNotReached bring those questions back, marked', () => {
    setUp();
    expect(txt({ includeWithdrawn: true })).toContain('大众网记者\n这个问题我撤回。\n（提问已撤回）\n');
    const text = txt({ includeNotReached: true });
    expect(text).toContain('\n未及提问的问题\n大众网记者\n还有一个问题没来得及问。\n');
    expect(text).not.toContain('这个问题我撤回。');
    const md = exportAs(app, ids.conferenceId, 'md', { includeNotReached: true }).content;
    expect(md).toContain('## 未及提问的问题\n\n**大众网记者**\n\n还有一个问题没来得及问。');
  });

  it('questions never asked aloud are listed after the record: written replies always, withdrawn when included', () => {
    app = openTestApp();
    const conferenceId = smallConference(app, 'zh', ({ outlet, conferenceId }) => {
      const ask = (text: string) => app.router.invoke('question.register', { conferenceId, outletId: outlet, text }).id;
      app.router.invoke('question.close', { id: ask('请书面答复这组数据。'), status: 'written_reply' });
      app.router.invoke('question.close', { id: ask('不问了。'), status: 'withdrawn' });
    });
    const text = exportAs(app, conferenceId, 'txt').content;
    expect(text).toContain('\n会后书面答复\n大众网记者\n请书面答复这组数据。\n');
    expect(text).not.toContain('不问了。');
    expect(exportAs(app, conferenceId, 'txt', { includeWithdrawn: true }).content).toContain('\n已撤回的问题\n大众网记者\n不问了。\n');
  });

  it('withTimes prints each turn’s clock time, in the conference’s time zone unless told another', () => {
    setUp();
    expect(txt({ withTimes: true })).toContain('\n[09:00:00] 主持人\n各位记者朋友');
    expect(txt({ withTimes: true, timeZone: 'Europe/London' })).toContain('\n[01:00:00] 主持人\n');
    expect(exportAs(app, ids.conferenceId, 'html', { withTimes: true }).content).toContain(
      '<span class="time">[09:00:00]</span> <strong>主持人</strong>'
    );
    expectRefused(
      app.router.call('transcript.export', { conferenceId: ids.conferenceId, format: 'txt', timeZone: 'Mars/Olympus' }),
      'invalid_input',
      'timeZone'
    );
  });

  it('stateEditingStandard prints the header’s standard', () => {
    setUp();
    expect(txt({ stateEditingStandard: true })).toContain('\n（本实录根据现场发言整理）\n');
    app.router.invoke('conference.update', { id: ids.conferenceId, header: { editingStandard: 'verbatim' } });
    expect(txt({ stateEditingStandard: true })).toContain('\n（本实录为逐字记录）\n');
  });

  it('stateCorrections says when the record was corrected, and when altered', () => {
    setUp();
    const text = txt({ stateCorrections: true });
    expect(text).toContain('（本实录于2024年1月3日更正）');
    expect(text).toContain('（本实录于2024年1月3日修订）'); // the deletion alters the record
    app.clock.advance(5 * 24 * 3_600_000);
    app.router.invoke('turn.update', { id: ids.openingTurn, text: '各位记者朋友,大家上午好!', kind: 'alteration' });
    expect(txt({ stateCorrections: true })).toContain('（本实录于2024年1月8日修订）');
  });

  it('a conference never corrected states nothing', () => {
    app = openTestApp();
    const conf = app.router.invoke('conference.create', { title: '未更正', template: 'empty' });
    expect(exportAs(app, conf.id, 'txt', { stateCorrections: true }).content).toBe('未更正\n新闻发布会开始\n');
  });

  it('refuses an unknown format or conference, naming the field', () => {
    setUp();
    expectRefused(app.router.call('transcript.export', { conferenceId: ids.conferenceId, format: 'rtf' }), 'invalid_input', 'format');
    expectRefused(app.router.call('transcript.export', { conferenceId: 999, format: 'txt' }), 'not_found', 'conferenceId');
  });
});

describe('audience: redactions', () => {
  const SECRET = '其中一件涉及尚未公开的人事安排。';

  it('public exports print the marker and never the redacted words, in any format', async () => {
    setUp();
    expect(txt()).toContain('今年我们完成了三件事。［此处删节］\n第二件是民生实事。');
    for (const format of ['txt', 'md', 'html', 'pdf', 'srt', 'vtt'] as const) {
      const content = exportAs(app, ids.conferenceId, format).content;
      expect(content, format).toContain('［此处删节］');
      expect(content, format).not.toContain('尚未公开');
    }
    const docx = readZip(bytesOf(exportAs(app, ids.conferenceId, 'docx')));
    for (const [name, data] of docx) expect(data.toString('utf8'), name).not.toContain('尚未公开');
  });

  it('internal exports show the words, marked', () => {
    setUp();
    expect(txt({ audience: 'internal' })).toContain(`今年我们完成了三件事。［删节：${SECRET}］\n`);
    expect(exportAs(app, ids.conferenceId, 'html', { audience: 'internal' }).content).toContain(
      `<mark class="redaction" title="人事未公开">［删节：${SECRET}］</mark>`
    );
    const xml = readZip(bytesOf(exportAs(app, ids.conferenceId, 'docx', { audience: 'internal' })))
      .get('word/document.xml')!
      .toString();
    expect(xml).toMatch(new RegExp(`<w:highlight w:val="yellow"/>[\\s\\S]*?［删节：${SECRET}］`));
  });

  it('the JSON export is the complete record whatever the audience', () => {
    setUp();
    const json = JSON.parse(exportAs(app, ids.conferenceId, 'json', { audience: 'public' }).content);
    expect(json.turns.find((t: { id: number }) => t.id === ids.redactedTurn).text).toContain(SECRET);
    expect(json.redactions[0]).toMatchObject({ quote: SECRET, reason: '人事未公开' });
  });
});
