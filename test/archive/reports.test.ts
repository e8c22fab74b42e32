import { afterEach, describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/main/core/archive/report-csv';
import { openTestApp, type TestApp } from '../helpers';
import { directory, holdConference } from './build';

let app: TestApp;
afterEach(() => app?.cleanup());

function twoConferences() {
  app = openTestApp();
  const first = holdConference(app, {
    title: '菏泽市党建工作新闻发布会',
    spokespeople: ['朱雷', '李琦'],
    statement: '今年以来，工委坚持高质量发展。',
    extendSeconds: 600,
    questions: [
      { outlet: '大众网', text: '第一问', answer: '第一答', by: 1 },
      { outlet: '大众网', text: '第二问', answer: '第二答', by: 1 },
      { outlet: '闪电新闻', text: '第三问', answer: '第三答', by: 0 }
    ],
    unasked: [{ outlet: '菏泽日报', text: '第四问', status: 'written_reply' }]
  });
  app.clock.advance(10 * 86_400_000);
  const second = holdConference(app, {
    title: 'A briefing',
    language: 'en',
    spokespeople: ['李琦'],
    questions: [{ outlet: 'Reuters', text: 'Q1', answer: 'A1' }]
  });
  const { outlet } = directory(app);
  outlet('凤凰卫视', 'hmt');
  return { first, second };
}

describe('archive.list', () => {
  it('lists conferences with spokespeople, questions and duration; filters, sorts and pages', () => {
    const { first, second } = twoConferences();
    const { invoke } = app.router;
    const draft = invoke('conference.create', { title: '未开的发布会' });
    const all = invoke('archive.list', {});
    expect(all.total).toBe(3);
    const byId = new Map(all.items.map((i) => [i.id, i]));
    expect(byId.get(first.id)).toMatchObject({ spokespeople: ['朱雷', '李琦'], questionCount: 4, status: 'ended', extendedSeconds: 600 });
    expect(byId.get(first.id)!.durationSeconds).toBeGreaterThan(0);
    expect(byId.get(draft.id)!.durationSeconds).toBeNull();

    const { person, outlet } = directory(app);
    expect(invoke('archive.list', { personId: person('朱雷').id }).items.map((i) => i.id)).toEqual([first.id]);
    expect(invoke('archive.list', { outletId: outlet('Reuters', 'foreign').id }).items.map((i) => i.id)).toEqual([second.id]);
    expect(invoke('archive.list', { status: 'draft' }).items.map((i) => i.id)).toEqual([draft.id]);
    expect(invoke('archive.list', { query: '党建' }).items.map((i) => i.id)).toEqual([first.id]);
    const secondDate = byId.get(second.id)!.date;
    expect(invoke('archive.list', { to: secondDate, status: 'ended' }).items.map((i) => i.id)).toEqual([first.id]);

    expect(invoke('archive.list', { sort: 'questions', direction: 'desc' }).items.map((i) => i.id)).toEqual([first.id, second.id, draft.id]);
    expect(invoke('archive.list', { sort: 'duration', direction: 'asc' }).items[0]!.id).toBe(draft.id);
    // Chinese titles by pinyin: 菏 (hé) before 未 (wèi), whatever their code points say
    const titles = invoke('archive.list', { sort: 'title', direction: 'asc' })
      .items.map((i) => i.title)
      .filter((t) => t !== 'A briefing');
    expect(titles).toEqual(['菏泽市党建工作新闻发布会', '未开的发布会']);
    const page = invoke('archive.list', { sort: 'date', direction: 'asc', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ id: second.id }] });
  });
});

describe('reports', () => {
  it('reports one conference: time per segment, overruns, questions per outlet and category, answer time', () => {
    const { first } = twoConferences();
    const report = app.router.invoke('report.conference', { conferenceId: first.id });
    expect(report.segments.map((s) => s.kind)).toEqual(['opening', 'introduction', 'statement', 'qa', 'closing']);
    expect(report.segments[0]).toMatchObject({ plannedSeconds: 180, actualSeconds: 60, overrunSeconds: -120 });
    // three questions at 30 s asked + 90 s answered each, plus the written reply's registration
    expect(report.segments[3]!.actualSeconds).toBe(3 * 120);
    expect(report.conference.extendedSeconds).toBe(600);
    expect(report.conference.overrunSeconds).toBe(report.conference.actualSeconds! - 3600 - 600);
    expect(report.extensions).toEqual([expect.objectContaining({ seconds: 600, segmentTitle: null })]);
    // the question left for a written reply was never asked aloud: it counts as a written reply, not as asked
    expect(report.outlets.map((o) => [o.name, o.asked, o.answered, o.writtenReply, o.answeredInWriting])).toEqual([
      ['大众网', 2, 2, 0, 0],
      ['闪电新闻', 1, 1, 0, 0],
      ['菏泽日报', 0, 0, 1, 0]
    ]);
    expect(report.categories).toEqual([
      { category: 'provincial', asked: 3, registered: 3, outlets: 2 },
      { category: 'local', asked: 0, registered: 1, outlets: 1 }
    ]);
    const li = report.spokespeople.find((s) => s.name === '李琦')!;
    expect(li).toMatchObject({ questionsAnswered: 2, answerSeconds: 2 * 90 });
    const zhu = report.spokespeople.find((s) => s.name === '朱雷')!;
    expect(zhu.speakingSeconds).toBeGreaterThan(zhu.answerSeconds);
  });

  it('reports a period: how often each outlet asked, the overlooked ones, and each spokesperson’s load', () => {
    twoConferences();
    const report = app.router.invoke('report.period', {});
    expect(report.conferences).toBe(2);
    const row = (name: string) => report.outlets.find((o) => o.name === name)!;
    expect(row('大众网')).toMatchObject({ asked: 2, conferences: 1, overlooked: false });
    expect(row('凤凰卫视')).toMatchObject({ asked: 0, overlooked: true, category: 'hmt' });
    expect(report.categories.find((c) => c.category === 'hmt')).toEqual({ category: 'hmt', asked: 0, registered: 0, outlets: 1 });
    const li = report.spokespeople.find((s) => s.name === '李琦')!;
    expect(li).toMatchObject({ conferences: 2, questionsAnswered: 3 });
    const later = app.router.invoke('report.period', { from: app.clock.now() });
    expect(later.conferences).toBe(0);
    expect(later.outlets.every((o) => o.overlooked)).toBe(true);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-120)).toBe('-120');
    expect(csvField(null)).toBe('');
    expect(
      toCsv([
        ['a', 1],
        ['党建', null]
      ])
    ).toBe('\uFEFFa,1\r\n党建,\r\n');
  });

  it('exports each report with a BOM, in the language asked for', () => {
    const { first } = twoConferences();
    app.router.invoke('conference.update', { id: first.id, title: '发布会, "年度"' });
    const zh = app.router.invoke('report.csv', { report: 'conference', conferenceId: first.id });
    expect(zh.fileName).toMatch(/^rostrum-report-conference-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(zh.content.startsWith('\uFEFF发布会,日期')).toBe(true);
    expect(zh.content).toContain('"发布会, ""年度"""');
    const en = app.router.invoke('report.csv', { report: 'period', from: null, to: null, language: 'en' });
    expect(en.content).toContain('Outlet,Category,Registered,Asked');
    expect(en.content).toMatch(/凤凰卫视,hmt,0,0,0,0,0,0,0,,yes/);
    expect(en.content.split('\r\n').length).toBeGreaterThan(10);
  });
});

describe('conference.createFromTemplate', () => {
  it('copies details, roster and agenda with planned times; no questions, turns or times', () => {
    const { first } = twoConferences();
    const { invoke } = app.router;
    invoke('conference.update', { id: first.id, venue: '市政府新闻发布厅', header: { source: '菏泽新闻网', lead: '今天上午……' } });
    const source = invoke('conference.get', { id: first.id });
    const statement = source.segments.find((s) => s.kind === 'statement')!;
    invoke('segment.update', { id: statement.id, speakerId: source.participants[1]!.id, preparedText: '一、突出政治引领' });
    const copy = invoke('conference.createFromTemplate', { sourceId: first.id, title: '菏泽市党建工作新闻发布会（2025）' });
    const detail = invoke('conference.get', { id: copy.id });
    expect(detail.conference).toMatchObject({
      status: 'draft',
      venue: '市政府新闻发布厅',
      plannedSeconds: 3600,
      startedAt: null,
      extendedSeconds: 0
    });
    expect(detail.conference.header).toMatchObject({ source: '菏泽新闻网', lead: '', publishedAt: '' });
    expect(detail.participants.map((p) => [p.name, p.role, p.label])).toEqual(source.participants.map((p) => [p.name, p.role, p.label]));
    expect(detail.segments.map((s) => [s.kind, s.plannedSeconds, s.status, s.startedAt, s.extendedSeconds])).toEqual(
      source.segments.map((s) => [s.kind, s.plannedSeconds, 'pending', null, 0])
    );
    const copied = detail.segments.find((s) => s.kind === 'statement')!;
    expect(copied.speakerId).toBe(detail.participants[1]!.id);
    expect(copied.preparedText).toBe('');
    expect(detail.questions).toEqual([]);
    expect(invoke('turn.list', { conferenceId: copy.id })).toEqual([]);
    const uids = app.db.prepare('SELECT uid FROM conferences WHERE id IN (?, ?)').all(first.id, copy.id) as { uid: string }[];
    expect(new Set(uids.map((u) => u.uid)).size).toBe(2);
    expect(app.router.call('conference.createFromTemplate', { sourceId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', details: { field: 'sourceId' } }
    });
  });
});
