import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergedFromOf } from '../../src/shared/prepared';
import { openTestApp, type TestApp } from '../helpers';
import { dump, expectRefused, startedConference, type Setup } from '../fixtures';
import { exportAs } from '../exports/export-helpers';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

const ASKED = '请问市直机关纪检监察工委在下一年的工作中将会采取哪些措施持续改进机关作风,进一步促进廉洁从政呢?';
const AGAIN = '市直机关纪检监察工委明年打算采取哪些措施来持续改进机关作风、促进廉洁从政?';
const OTHER = '今年市直机关的百姓宣讲取得了非常好的成绩,请问市委市直机关工委针对宣传宣讲工作做了哪些实践和探索?';

function register(setup: Setup, text: string, outlet: 'dzw' | 'xinhua', reporterName = '') {
  return app.router.invoke('question.register', { conferenceId: setup.conferenceId, outletId: setup.outlets[outlet].id, reporterName, text });
}

describe('similar questions', () => {
  it('pairs waiting questions with close texts, or of the same outlet and prepared topic', () => {
    const setup = startedConference(app);
    const conferenceId = setup.conferenceId;
    const first = register(setup, ASKED, 'dzw');
    const other = register(setup, OTHER, 'dzw');
    const again = register(setup, AGAIN, 'xinhua');
    const pairs = app.router.invoke('question.similar', { conferenceId });
    expect(pairs).toEqual([{ firstId: first.id, secondId: again.id, reason: 'text', similarity: expect.closeTo(0.4, 1) }]);
    expect(pairs.some((p) => p.firstId === other.id || p.secondId === other.id)).toBe(false);

    // two prepared questions of one outlet on one topic, asked: flagged whatever their words
    const a = app.router.invoke('prepared.create', { conferenceId, outletId: setup.outlets.xinhua.id, text: '融资难怎么办？', topic: '营商环境' });
    const b = app.router.invoke('prepared.create', { conferenceId, outletId: setup.outlets.xinhua.id, text: '审批还要多久？', topic: '营商环境' });
    const qa = app.router.invoke('prepared.ask', { preparedId: a.id });
    const qb = app.router.invoke('prepared.ask', { preparedId: b.id });
    expect(app.router.invoke('question.similar', { conferenceId })).toContainEqual({
      firstId: qa.id,
      secondId: qb.id,
      reason: 'sameOutletAndTopic',
      similarity: 0
    });
    // a called question is no longer waiting: not paired
    app.router.invoke('question.call', { conferenceId, id: first.id });
    expect(app.router.invoke('question.similar', { conferenceId }).some((p) => p.firstId === first.id)).toBe(false);
  });
});

describe('merging questions', () => {
  it('takes the merged one out of the queue; the kept one lists who asked what; undo and redo restore both', () => {
    const setup = startedConference(app);
    const conferenceId = setup.conferenceId;
    const keep = register(setup, ASKED, 'dzw', '张记者');
    const merged = register(setup, AGAIN, 'xinhua', '李记者');
    const earlier = register(setup, '纪检监察工委明年如何改进作风？', 'dzw', '王记者');
    // one merged before into the question that is merged now follows it to the kept one
    app.router.invoke('question.merge', { conferenceId, keepId: merged.id, mergeId: earlier.id });
    const kept = app.router.invoke('question.merge', { conferenceId, keepId: keep.id, mergeId: merged.id });
    expect(kept.id).toBe(keep.id);

    const detail = app.router.invoke('conference.get', { id: conferenceId });
    expect(detail.questions.find((q) => q.id === merged.id)).toMatchObject({ status: 'withdrawn', mergedInto: keep.id, closedAt: app.clock.now() });
    expect(detail.questions.filter((q) => q.status === 'waiting').map((q) => q.id)).toEqual([keep.id]);
    expect(mergedFromOf(detail.questions, detail.outlets, keep.id)).toEqual([
      { questionId: merged.id, outletId: setup.outlets.xinhua.id, outletName: setup.outlets.xinhua.name, reporterName: '李记者', text: AGAIN },
      {
        questionId: earlier.id,
        outletId: setup.outlets.dzw.id,
        outletName: setup.outlets.dzw.name,
        reporterName: '王记者',
        text: '纪检监察工委明年如何改进作风？'
      }
    ]);

    const undone = app.router.invoke('live.undo', { conferenceId });
    expect(undone.label).toBe('question.merge');
    expect(undone.args).toEqual({ merged: setup.outlets.xinhua.name, outlet: setup.outlets.dzw.name });
    const afterUndo = app.router.invoke('question.list', { conferenceId });
    expect(afterUndo.find((q) => q.id === merged.id)).toMatchObject({ status: 'waiting', mergedInto: null });
    expect(afterUndo.find((q) => q.id === earlier.id)).toMatchObject({ mergedInto: merged.id });
    app.router.invoke('live.redo', { conferenceId });
    expect(app.router.invoke('question.list', { conferenceId }).find((q) => q.id === earlier.id)).toMatchObject({ mergedInto: keep.id });
  });

  it('refuses a question merged into itself, one not waiting, another conference’s, changing nothing', () => {
    const setup = startedConference(app);
    const other = startedConference(app, { title: '另一场' });
    const conferenceId = setup.conferenceId;
    const a = register(setup, ASKED, 'dzw');
    const b = register(setup, AGAIN, 'xinhua');
    const c = register(setup, OTHER, 'xinhua');
    const foreign = register(other, OTHER, 'dzw');
    app.router.invoke('question.call', { conferenceId, id: c.id });
    app.router.invoke('question.close', { id: c.id, status: 'answered' });
    const before = dump(app.db);
    const { call } = app.router;
    expectRefused(call('question.merge', { conferenceId, keepId: a.id, mergeId: a.id }), 'invalid_input', 'mergeId');
    expectRefused(call('question.merge', { conferenceId, keepId: a.id, mergeId: c.id }), 'invalid_state', 'mergeId');
    expectRefused(call('question.merge', { conferenceId, keepId: c.id, mergeId: b.id }), 'invalid_state', 'keepId');
    expectRefused(call('question.merge', { conferenceId, keepId: a.id, mergeId: foreign.id }), 'invalid_input', 'mergeId');
    expectRefused(call('question.merge', { conferenceId, keepId: 999, mergeId: b.id }), 'not_found', 'keepId');
    expectRefused(call('question.merge', { conferenceId, keepId: a.id, mergeId: b.id }, { role: 'readonly' }), 'forbidden');
    expect(dump(app.db)).toEqual(before);
  });

  it('exports print only the question asked aloud: a merged one is left out even with withdrawn questions included', () => {
    const setup = startedConference(app);
    const conferenceId = setup.conferenceId;
    const keep = register(setup, ASKED, 'dzw');
    const merged = register(setup, AGAIN, 'xinhua');
    const withdrawn = register(setup, OTHER, 'xinhua');
    app.router.invoke('question.merge', { conferenceId, keepId: keep.id, mergeId: merged.id });
    app.router.invoke('question.close', { id: withdrawn.id, status: 'withdrawn' });
    app.router.invoke('question.call', { conferenceId, id: keep.id });
    app.router.invoke('answer.record', { questionId: keep.id, participantId: setup.li.id, text: '感谢提问。', close: true });
    app.router.invoke('live.end', { conferenceId });
    for (const format of ['txt', 'md', 'html'] as const) {
      const text = exportAs(app, conferenceId, format, { includeWithdrawn: true }).content;
      expect(text, format).toContain('持续改进机关作风');
      expect(text, format).toContain('百姓宣讲'); // the withdrawn one is printed, as asked
      expect(text, format).not.toContain('明年打算采取哪些措施');
    }
  });
});
