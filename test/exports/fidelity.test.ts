import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers';
import { buildFixtureConference, parseFixture } from './build-fixture';
import { lineDiff, normaliseLine } from './line-diff';

let app: TestApp;
afterEach(() => app?.cleanup());

const lines = (text: string) => text.split('\n').map(normaliseLine).filter(Boolean);

describe('fidelity: the Heze fixture, built through the router, exports as published', () => {
  it('prints every label, outlet line and paragraph of the fixture, in order', () => {
    app = openTestApp();
    const script = parseFixture();
    const conferenceId = buildFixtureConference(app.router, app.clock.advance, script);
    const file = app.router.invoke('transcript.export', { conferenceId, format: 'txt' });
    const exported = lines(file.content);

    // The export starts with the title, which the fixture's scrape lacks (see build-fixture.ts).
    expect(exported[0]).toBe(script.title);
    const diff = lineDiff(script.body.map(normaliseLine), exported.slice(1));
    expect(diff, `the export differs from the fixture:\n${diff}`).toBe('');
  });

  it('reads the fixture into the conference the issue describes', () => {
    const script = parseFixture();
    expect(script.header).toEqual({ author: '荷泽新闻网', source: '荷泽新闻网', publishedAt: '2024-01-02' });
    expect(script.credits).toEqual(['(图片摄影:李鲲)']);
    expect(script.spokespeople.map((s) => s.name)).toEqual(['朱雷', '李琦', '李淑梅', '李娜']);
    expect(script.spokespeople[0]).toEqual({ name: '朱雷', honorific: '先生', title: '中共菏泽市委市直机关工委书记' });
    expect(script.outlets).toEqual(['大众网', '中国山东网', '闪电新闻']);
    expect(script.blocks.find((b) => b.label === '朱雷')!.paragraphs.length).toBeGreaterThan(10);
  });

  it('fails with a readable diff when a line is missing or changed', () => {
    const diff = lineDiff(['主持人', '大家上午好!', '大众网记者', '请问?'], ['主持人', '大家好!', '大众网记者', '请问?']);
    expect(diff).toContain('-    2 | 大家上午好!');
    expect(diff).toContain('+    2 | 大家好!');
    expect(lineDiff(['a', 'b'], ['a', 'b'])).toBe('');
  });

  it('keeps the question and answer structure: outlets asked, spokespeople answered', () => {
    app = openTestApp();
    const conferenceId = buildFixtureConference(app.router, app.clock.advance);
    const detail = app.router.invoke('conference.get', { id: conferenceId });
    expect(detail.conference.status).toBe('ended');
    expect(detail.questions.map((q) => q.status)).toEqual(['answered', 'answered', 'answered']);
    const turns = app.router.invoke('turn.list', { conferenceId });
    const answers = turns.filter((t) => t.speakerKind === 'participant' && t.questionId !== null);
    expect(answers).toHaveLength(3);
    expect(answers[0]!.text.split('\n')).toHaveLength(2);
    expect(detail.segments.map((s) => s.kind)).toEqual(['opening', 'introduction', 'statement', 'qa', 'closing']);
  });
});
