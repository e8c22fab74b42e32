import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUPPLEMENTARY } from '../../src/main/core/db/rows';
import { openTestApp, type TestApp } from '../helpers';
import { exportAs } from '../exports/export-helpers';
import { runConference } from './builder';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

/** One question answered by 朱雷 in two takes, then by 李琦 (补充). */
function twoAnswerers() {
  const c = runConference(app, {
    title: '两位发布人答一问',
    language: 'zh',
    timeZone: 'Asia/Shanghai',
    template: 'empty',
    roster: [
      { name: '朱雷', role: 'spokesperson' },
      { name: '李琦', role: 'spokesperson' }
    ]
  });
  app.router.invoke('segment.add', { conferenceId: c.conferenceId, kind: 'qa' });
  c.start();
  const question = c.ask('大众网', '请问两项工作如何衔接？');
  const first = c.answer(question, '朱雷', '先说第一项。');
  const firstMore = c.answer(question, '朱雷', '再说第二项。');
  const supplement = c.answer(question, '李琦', '我补充一点。');
  return { ...c, question, first, firstMore, supplement };
}

const flags = (app: TestApp, conferenceId: number) =>
  Object.fromEntries(
    app.router
      .invoke('turn.list', { conferenceId })
      .filter((t) => t.speakerKind === 'participant')
      .map((t) => [t.text, t.supplementary])
  );

describe('supplementary answers', () => {
  it('the second answerer’s answer is marked supplementary; a first answer given in two takes is not', () => {
    const c = twoAnswerers();
    expect([c.first.supplementary, c.firstMore.supplementary, c.supplement.supplementary]).toEqual([false, false, true]);
    const detail = app.router.invoke('turn.list', { conferenceId: c.conferenceId, ids: [c.supplement.id] });
    expect(detail[0]!.supplementary).toBe(true);
    // back to the first answerer after the supplement: that is supplementary too
    const again = c.answer(c.question, '朱雷', '最后再说一句。');
    expect(again.supplementary).toBe(true);
  });

  it('stays right after undo and redo, deletion and an answer put earlier after the event', () => {
    const c = twoAnswerers();
    const { invoke } = app.router;
    invoke('live.undo', { conferenceId: c.conferenceId });
    expect(flags(app, c.conferenceId)).toEqual({ '先说第一项。': false, '再说第二项。': false });
    const redone = invoke('live.redo', { conferenceId: c.conferenceId });
    expect(redone.restored.turns.find((t) => t.id === c.supplement.id)?.supplementary).toBe(true);
    expect(flags(app, c.conferenceId)).toEqual({ '先说第一项。': false, '再说第二项。': false, '我补充一点。': true });

    // deleting 朱雷's answer makes 李琦's the first
    invoke('turn.delete', { id: c.first.id, reason: '误录' });
    invoke('turn.delete', { id: c.firstMore.id, reason: '误录' });
    expect(flags(app, c.conferenceId)).toEqual({ '我补充一点。': false });

    // after the event an answer by 朱雷 is put before 李琦's: 李琦's is supplementary again
    c.end();
    const asking = invoke('turn.list', { conferenceId: c.conferenceId }).find((t) => t.speakerKind === 'reporter')!;
    invoke('turn.add', {
      conferenceId: c.conferenceId,
      speakerKind: 'participant',
      participantId: c.participant['朱雷']!,
      questionId: c.question,
      text: '补录的回答。',
      afterTurnId: asking.id
    });
    expect(flags(app, c.conferenceId)).toEqual({ '补录的回答。': false, '我补充一点。': true });
  });

  it('reports count first and supplementary answers per spokesperson apart; exports print no marker', () => {
    const c = twoAnswerers();
    c.close(c.question);
    const second = c.ask('闪电新闻', '第二个问题？');
    c.answer(second, '李琦', '李琦先答。');
    c.answer(second, '朱雷', '朱雷补充。');
    c.close(second);
    c.end();
    const report = app.router.invoke('report.conference', { conferenceId: c.conferenceId });
    const load = (name: string) => report.spokespeople.find((s) => s.name === name)!;
    expect(load('朱雷')).toMatchObject({ questionsAnswered: 2, firstAnswers: 1, supplementaryAnswers: 1 });
    expect(load('李琦')).toMatchObject({ questionsAnswered: 2, firstAnswers: 1, supplementaryAnswers: 1 });
    const period = app.router.invoke('report.period', {});
    expect(period.spokespeople.find((s) => s.name === '朱雷')).toMatchObject({ firstAnswers: 1, supplementaryAnswers: 1 });
    expect(exportAs(app, c.conferenceId, 'txt').content).toContain(
      '大众网记者\n请问两项工作如何衔接？\n朱雷\n先说第一项。\n再说第二项。\n李琦\n我补充一点。\n闪电新闻记者\n第二个问题？\n李琦\n李琦先答。\n朱雷\n朱雷补充。\n'
    );
  });
});

describe('reading supplementary', () => {
  it('looks up the earlier answers of a turn’s question through an index, not by scanning the turns', () => {
    const plan = app.db
      .prepare(`EXPLAIN QUERY PLAN SELECT t.*, ${SUPPLEMENTARY} FROM turns t WHERE conference_id = ? AND deleted_at IS NULL ORDER BY seq`)
      .all(1) as { detail: string }[];
    const details = plan.map((p) => p.detail);
    expect(
      details.some((d) => /SEARCH e USING INDEX turns_by_question/.test(d)),
      details.join('\n')
    ).toBe(true);
    expect(
      details.filter((d) => /^SCAN (e|turns)\b/.test(d)),
      details.join('\n')
    ).toEqual([]);
  });
});
