import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/shared/schemas-archive';
import { createSearchService } from '../../src/main/core/archive/search';
import { snippet } from '../../src/main/core/archive/search-text';
import { openTestApp, type TestApp } from '../helpers';
import { directory, holdConference } from './build';

let app: TestApp;
afterEach(() => app?.cleanup());

const hitText = (r: SearchResult) =>
  r.hits.map((h) =>
    h.snippet
      .filter((s) => s.hit)
      .map((s) => s.text)
      .join('|')
  );

function archive() {
  app = openTestApp();
  const heze = holdConference(app, {
    title: '菏泽市市直机关2023年度党的建设工作情况新闻发布会',
    spokespeople: ['朱雷', '李琦'],
    statement:
      '今年以来，市委市直机关工委坚持以习近平新时代中国特色社会主义思想为指导。\n一、突出政治引领，走好“第一方阵”\n把政治建设作为机关党建首要内容。',
    questions: [
      {
        outlet: '大众网',
        text: '请问在推进AI+政务服务方面有哪些举措？',
        answer: '好的，感谢提问。我们将推动AI赋能党建工作，打造“菏泽机关党建”品牌。',
        by: 1
      },
      { outlet: '闪电新闻', text: '党建与业务如何深度融合？', answer: '我们牢固树立围绕中心抓党建理念。', by: 0 }
    ],
    unasked: [{ outlet: '菏泽日报', text: '基层减负有哪些新办法？', status: 'written_reply' }]
  });
  app.clock.advance(30 * 86_400_000);
  const briefing = holdConference(app, {
    title: 'Press Briefing on Trade',
    language: 'en',
    spokespeople: ['Ned Price'],
    questions: [
      {
        outlet: 'Reuters',
        text: 'Can you confirm the reports about the new AI rules, Ned?',
        answer: 'I would refer you to the Statement issued this morning. (Laughter.)'
      },
      { outlet: 'Bloomberg', text: 'On the trade talks: is there a date?', answer: 'The talks are continuing at the working level.' }
    ]
  });
  return { heze, briefing };
}

const search = (query: string, extra: Record<string, unknown> = {}) => app.router.invoke('archive.search', { query, ...extra });

describe('archive.search', () => {
  it('finds Chinese phrases of three or more characters through the trigram index, with hits marked', () => {
    const { heze } = archive();
    const r = search('政治引领');
    expect(r.mode).toBe('fts');
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0]).toMatchObject({ conferenceId: heze.id, turnId: heze.turns[1], speaker: '朱雷', speakerMatched: false });
    expect(hitText(r)).toEqual(['政治引领']);
    // the snippet is plain text around the hit, never markup
    expect(r.hits[0]!.snippet.map((s) => s.text).join('')).toContain('一、突出政治引领，走好“第一方阵”');
  });

  it('finds a phrase across a line break, and ignores the spaces typed into a query', () => {
    archive();
    // "…第一方阵”\n把政治建设…": the query runs across the line break
    const r = search('第一方阵”把政治');
    expect(r.hits).toHaveLength(1);
    expect(hitText(r)).toEqual(['第一方阵” 把政治']);
    expect(search('党建 工作').hits.map((h) => h.snippet.some((s) => s.hit))).toEqual([true]);
  });

  it('matches Latin text inside Chinese and English regardless of case, with punctuation taken literally', () => {
    const { heze, briefing } = archive();
    const ai = search('ai赋能');
    expect(ai.hits.map((h) => h.turnId)).toEqual([heze.turns[2]]);
    expect(hitText(ai)).toEqual(['AI赋能']);
    expect(search('AI+政务').hits).toHaveLength(1);
    const statement = search('the STATEMENT issued');
    expect(statement.hits.map((h) => h.conferenceId)).toEqual([briefing.id]);
    expect(hitText(statement)).toEqual(['the Statement issued']);
    expect(search('(Laughter.)').hits).toHaveLength(1);
    expect(search('trade talks: is').hits).toHaveLength(1);
    expect(search('trade talks; is').hits).toHaveLength(0);
    // FTS syntax in a query is text, not an operator
    expect(search('"AI" OR NEAR(x)').hits).toHaveLength(0);
    expect(search('rules, Ned').hits[0]!.speaker).toBe('Reuters');
  });

  it('answers one- and two-character queries by a scan, newest first', () => {
    const { heze, briefing } = archive();
    const dangjian = search('党建');
    expect(dangjian.mode).toBe('scan');
    expect(dangjian.hits.length).toBeGreaterThanOrEqual(3);
    expect(dangjian.hits.every((h) => h.conferenceId === heze.id)).toBe(true);
    expect(dangjian.hits.every((h) => h.snippet.some((s) => s.hit && s.text === '党建'))).toBe(true);
    const ai = search('ai');
    expect(ai.hits.map((h) => h.conferenceId)).toEqual([briefing.id, heze.id, heze.id]);
    expect(search('鲲').hits).toHaveLength(0);
    expect(search('谢').hits.length).toBeGreaterThan(0);
    // a two-character name, and a query at the very end of a text, are found too
    expect(search('李琦').hits.map((h) => h.speaker)).toContain('李琦');
    expect(search('好！').hits.length).toBeGreaterThan(0);
  });

  it('finds the same short-query hits through the index as by the scan', () => {
    archive();
    const scanOnly = createSearchService(app.db, { shortTerms: 0, shortDocs: 0 });
    const byIndex = createSearchService(app.db);
    for (const query of ['党建', 'ai', 'AI', '谢', '李琦', '好！', 'Q', '鲲', '\u201c']) {
      const input = { query, from: null, to: null, conferenceId: null, personId: null, outletId: null, offset: 0, limit: 50 };
      const ids = (r: SearchResult) => r.hits.map((h) => `${h.kind}:${h.turnId}:${h.questionId}`);
      expect(ids(byIndex.search(input)), query).toEqual(ids(scanOnly.search(input)));
    }
  });

  it('finds a question never asked aloud, and a question asked aloud only once (through its turn)', () => {
    const { heze } = archive();
    const written = search('基层减负');
    expect(written.hits).toEqual([expect.objectContaining({ kind: 'question', turnId: null, questionId: heze.questions[0], speaker: '菏泽日报' })]);
    const asked = search('深度融合');
    expect(asked.hits).toEqual([expect.objectContaining({ kind: 'turn', questionId: heze.questions[2], speaker: '闪电新闻' })]);
  });

  it('filters by conference, date range, person and outlet', () => {
    const { heze, briefing } = archive();
    const { person, outlet } = directory(app);
    const within = search('talks', { conferenceId: briefing.id });
    expect(within.mode).toBe('conference');
    expect(within.hits).toHaveLength(2);
    expect(search('党建', { conferenceId: briefing.id }).hits).toHaveLength(0);
    const dates = app.router.invoke('archive.list', {}).items.map((i) => i.date);
    expect(search('AI', { from: Math.max(...dates) }).hits.every((h) => h.conferenceId === briefing.id)).toBe(true);
    expect(search('AI', { to: Math.max(...dates) }).hits.every((h) => h.conferenceId === heze.id)).toBe(true);
    expect(search('党建', { personId: person('李琦').id }).hits.map((h) => h.turnId)).toEqual([heze.turns[2]]);
    // an outlet finds its question and the answers to it
    const dazhong = search('党建', { outletId: outlet('大众网', 'provincial').id });
    expect(dazhong.hits.map((h) => h.turnId)).toEqual([heze.turns[2]]);
    expect(search('政务服务', { outletId: outlet('大众网', 'provincial').id }).hits).toHaveLength(1);
    expect(search('政务服务', { outletId: outlet('闪电新闻', 'provincial').id }).hits).toHaveLength(0);
  });

  it('keeps the index in step with corrections, deletions and renamed speakers', () => {
    const { heze } = archive();
    const { invoke } = app.router;
    invoke('turn.update', { id: heze.turns[1]!, text: '今年以来，工委坚持高质量发展。', kind: 'correction' });
    expect(search('政治引领').hits).toHaveLength(0);
    expect(search('高质量发展').hits.map((h) => h.turnId)).toEqual([heze.turns[1]]);
    invoke('turn.delete', { id: heze.turns[1]! });
    expect(search('高质量发展').hits).toHaveLength(0);
    const li = invoke('conference.get', { id: heze.id }).participants.find((p) => p.name === '李琦')!;
    invoke('participant.update', { id: li.id, label: '李琦书记' });
    expect(search('李琦书记').hits.map((h) => h.speaker)).toEqual(['李琦书记']);
    expect(search('李琦书记').hits[0]!.speakerMatched).toBe(true);
    invoke('conference.delete', { id: heze.id });
    expect(search('党建').hits).toHaveLength(0);
    expect(app.db.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
  });

  it('pages results and says when there are more', () => {
    archive();
    const first = search('党建', { limit: 2 });
    expect(first.hits).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const rest = search('党建', { limit: 2, offset: 2 });
    expect(rest.hits.map((h) => h.turnId)).not.toContain(first.hits[0]!.turnId);
  });

  it('refuses an empty query and a reversed date range, naming the field', () => {
    archive();
    expect(app.router.call('archive.search', { query: '  \n' })).toMatchObject({ ok: false, error: { details: { field: 'query' } } });
    expect(app.router.call('archive.search', { query: '党建', from: 10, to: 5 })).toMatchObject({ ok: false, error: { details: { field: 'to' } } });
  });
});

describe('snippets', () => {
  it('cuts a long text around the first hit with ellipses and marks every hit inside', () => {
    const text = '甲'.repeat(100) + '党建工作' + '乙'.repeat(10) + '党建' + '丙'.repeat(200);
    const segments = snippet(text, '党建');
    expect(segments[0]!.text).toMatch(/^…甲+$/);
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['党建', '党建']);
    expect(segments[segments.length - 1]!.text).toMatch(/^工作乙+$|丙+…$/);
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(text.length);
  });

  it('keeps astral characters whole', () => {
    const text = '😀'.repeat(40) + 'abc';
    const joined = snippet(text, 'abc')
      .map((s) => s.text)
      .join('');
    expect(joined).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
