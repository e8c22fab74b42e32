import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers';
import { dump, expectRefused, recordEvents, setupConference, startedConference, type Setup } from '../fixtures';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

function prepare(setup: Setup, text: string, outlet: 'dzw' | 'xinhua' = 'dzw', topic = '') {
  return app.router.invoke('prepared.create', {
    conferenceId: setup.conferenceId,
    outletId: setup.outlets[outlet].id,
    reporterName: '张记者',
    text,
    addressedToId: setup.li.id,
    topic
  });
}

describe('prepared questions', () => {
  it('are created at the end of the list with their outlet, reporter, addressee and topic, and listed in order', () => {
    const setup = setupConference(app);
    const first = prepare(setup, '作风建设有何举措？', 'dzw', '作风建设');
    const second = prepare(setup, '百姓宣讲取得了哪些成绩？', 'xinhua', '宣讲');
    expect(first).toMatchObject({
      position: 0,
      outletId: setup.outlets.dzw.id,
      outletName: setup.outlets.dzw.name,
      reporterName: '张记者',
      addressedToId: setup.li.id,
      topic: '作风建设',
      status: 'open',
      questionId: null,
      cardIds: []
    });
    expect(second.position).toBe(1);
    expect(app.router.invoke('prepared.list', { conferenceId: setup.conferenceId }).map((p) => p.id)).toEqual([first.id, second.id]);
  });

  it('creates a new outlet with the prepared question, in the same transaction', () => {
    const setup = setupConference(app);
    const created = app.router.invoke('prepared.create', {
      conferenceId: setup.conferenceId,
      text: '问题',
      newOutlet: { name: '闪电新闻', category: 'provincial' }
    });
    expect(created.outletName).toBe('闪电新闻');
    const before = dump(app.db);
    const duplicate = app.router.call('prepared.create', {
      conferenceId: setup.conferenceId,
      text: '问题',
      newOutlet: { name: '闪电新闻', category: 'local' }
    });
    expectRefused(duplicate, 'conflict', 'newOutlet.name');
    expect(dump(app.db)).toEqual(before);
  });

  it('refuses bad input naming the field, changing nothing', () => {
    const setup = setupConference(app);
    const other = setupConference(app, { title: '另一场' });
    const existing = prepare(setup, '问题');
    const before = dump(app.db);
    const { call } = app.router;
    const conferenceId = setup.conferenceId;
    expectRefused(call('prepared.create', { conferenceId, text: '  ' }), 'invalid_input', 'text');
    expectRefused(call('prepared.create', { conferenceId, text: 'x'.repeat(20_001) }), 'invalid_input', 'text');
    expectRefused(call('prepared.create', { conferenceId, text: '问\u0007题' }), 'invalid_input', 'text');
    expectRefused(call('prepared.create', { conferenceId: 999, text: '问题' }), 'not_found', 'conferenceId');
    expectRefused(call('prepared.create', { conferenceId, text: '问题', outletId: 999 }), 'not_found', 'outletId');
    expectRefused(call('prepared.create', { conferenceId, text: '问题', addressedToId: other.li.id }), 'invalid_input', 'addressedToId');
    expectRefused(
      call('prepared.create', { conferenceId, text: '问题', outletId: setup.outlets.dzw.id, newOutlet: { name: '新', category: 'local' } }),
      'invalid_input',
      'newOutlet'
    );
    expectRefused(call('prepared.create', { conferenceId, text: '问题', topic: 'x'.repeat(101) }), 'invalid_input', 'topic');
    expectRefused(call('prepared.update', { id: 999, text: '新' }), 'not_found', 'id');
    expectRefused(call('prepared.update', { id: existing.id, text: '' }), 'invalid_input', 'text');
    expectRefused(call('prepared.update', { id: existing.id, addressedToId: other.zhu.id }), 'invalid_input', 'addressedToId');
    expectRefused(call('prepared.remove', { id: 999 }), 'not_found', 'id');
    expectRefused(call('prepared.move', { id: existing.id, toIndex: -1 }), 'invalid_input', 'toIndex');
    expectRefused(call('prepared.forOutlet', { conferenceId, outletId: 999 }), 'not_found', 'outletId');
    expect(dump(app.db)).toEqual(before);
  });

  it('are edited, dropped and taken back, moved, and removed; each publishes the prepared topic', () => {
    const setup = setupConference(app);
    const a = prepare(setup, '甲');
    const b = prepare(setup, '乙');
    const c = prepare(setup, '丙');
    const events = recordEvents(app);
    expect(app.router.invoke('prepared.update', { id: a.id, text: '甲改', topic: ' 作风 ' })).toMatchObject({
      text: '甲改',
      topic: '作风',
      reporterName: '张记者'
    });
    expect(app.router.invoke('prepared.update', { id: a.id, dropped: true }).status).toBe('dropped');
    expect(app.router.invoke('prepared.update', { id: a.id, text: '甲再改' }).status).toBe('dropped');
    expect(app.router.invoke('prepared.update', { id: a.id, dropped: false }).status).toBe('open');
    expect(app.router.invoke('prepared.move', { id: c.id, toIndex: 0 }).map((p) => [p.id, p.position])).toEqual([
      [c.id, 0],
      [a.id, 1],
      [b.id, 2]
    ]);
    expect(app.router.invoke('prepared.remove', { id: b.id })).toEqual({ id: b.id });
    expect(app.router.invoke('prepared.list', { conferenceId: setup.conferenceId }).map((p) => p.id)).toEqual([c.id, a.id]);
    expect(events.length).toBe(6);
    expect(events.every((e) => e.topic === 'prepared' && e.conferenceId === setup.conferenceId)).toBe(true);
  });

  it('are offered by outlet: the open ones of that outlet only', () => {
    const setup = setupConference(app);
    const open = prepare(setup, '开放的', 'dzw');
    const dropped = prepare(setup, '放弃的', 'dzw');
    prepare(setup, '别家的', 'xinhua');
    app.router.invoke('prepared.update', { id: dropped.id, dropped: true });
    const offered = app.router.invoke('prepared.forOutlet', { conferenceId: setup.conferenceId, outletId: setup.outlets.dzw.id });
    expect(offered.map((p) => p.id)).toEqual([open.id]);
  });

  it('are internal: a read-only display is refused every read of them', () => {
    const setup = setupConference(app);
    prepare(setup, '问题');
    const display = { role: 'readonly' as const };
    expectRefused(app.router.call('prepared.list', { conferenceId: setup.conferenceId }, display), 'forbidden');
    expectRefused(app.router.call('prepared.forOutlet', { conferenceId: setup.conferenceId, outletId: setup.outlets.dzw.id }, display), 'forbidden');
    expectRefused(app.router.call('prepared.create', { conferenceId: setup.conferenceId, text: '问题' }, display), 'forbidden');
  });
});

describe('asking a prepared question', () => {
  it('registers it in the queue in one live action, and undo makes it open again', () => {
    const setup = startedConference(app);
    const prepared = prepare(setup, '请问下一年将采取哪些措施改进机关作风？');
    const question = app.router.invoke('prepared.ask', { preparedId: prepared.id });
    expect(question).toMatchObject({
      conferenceId: setup.conferenceId,
      status: 'waiting',
      outletId: setup.outlets.dzw.id,
      reporterName: '张记者',
      text: prepared.text,
      addressedToId: setup.li.id,
      preparedId: prepared.id,
      mergedInto: null
    });
    expect(app.router.invoke('prepared.list', { conferenceId: setup.conferenceId })[0]).toMatchObject({ status: 'asked', questionId: question.id });
    expect(app.router.invoke('prepared.forOutlet', { conferenceId: setup.conferenceId, outletId: setup.outlets.dzw.id })).toEqual([]);
    // the text is then edited to what was asked, by the question's own edit
    expect(app.router.invoke('question.update', { id: question.id, text: '实际的提问' }).preparedId).toBe(prepared.id);

    app.router.invoke('live.undo', { conferenceId: setup.conferenceId }); // the edit
    const undone = app.router.invoke('live.undo', { conferenceId: setup.conferenceId }); // the ask
    expect(undone.restored.removedQuestionIds).toEqual([question.id]);
    expect(app.router.invoke('prepared.list', { conferenceId: setup.conferenceId })[0]).toMatchObject({ status: 'open', questionId: null });
    app.router.invoke('live.redo', { conferenceId: setup.conferenceId });
    expect(app.router.invoke('prepared.list', { conferenceId: setup.conferenceId })[0]).toMatchObject({ status: 'asked', questionId: question.id });
  });

  it('keeps a prepared question whose undone asking can be redone, so redo never names a removed one', () => {
    const setup = startedConference(app);
    const conferenceId = setup.conferenceId;
    const prepared = prepare(setup, '请问作风建设？');
    app.router.invoke('prepared.ask', { preparedId: prepared.id });
    app.router.invoke('live.undo', { conferenceId });
    const before = dump(app.db);
    expectRefused(app.router.call('prepared.remove', { id: prepared.id }), 'invalid_state', 'id');
    expect(dump(app.db)).toEqual(before);
    expect(app.router.invoke('live.redo', { conferenceId }).restored.questions[0]!.preparedId).toBe(prepared.id);
    // once the redo is gone (a new live action), an open prepared question can be removed
    app.router.invoke('live.undo', { conferenceId });
    app.router.invoke('question.register', { conferenceId, text: '另一个问题' });
    expect(app.router.invoke('prepared.remove', { id: prepared.id })).toEqual({ id: prepared.id });
  });

  it('refuses a prepared question that is asked or dropped, and an ended conference, changing nothing', () => {
    const setup = startedConference(app);
    const asked = prepare(setup, '甲');
    const dropped = prepare(setup, '乙');
    const later = prepare(setup, '丙');
    app.router.invoke('prepared.ask', { preparedId: asked.id });
    app.router.invoke('prepared.update', { id: dropped.id, dropped: true });
    const before = dump(app.db);
    expectRefused(app.router.call('prepared.ask', { preparedId: asked.id }), 'invalid_state', 'preparedId');
    expectRefused(app.router.call('prepared.ask', { preparedId: dropped.id }), 'invalid_state', 'preparedId');
    expectRefused(app.router.call('prepared.ask', { preparedId: 999 }), 'not_found', 'preparedId');
    expectRefused(app.router.call('prepared.ask', { preparedId: later.id, followUpOf: 999 }), 'not_found', 'followUpOf');
    expectRefused(app.router.call('prepared.update', { id: asked.id, dropped: true }), 'invalid_state', 'dropped');
    expectRefused(app.router.call('prepared.remove', { id: asked.id }), 'invalid_state', 'id');
    expect(dump(app.db)).toEqual(before);
    app.router.invoke('live.end', { conferenceId: setup.conferenceId });
    expectRefused(app.router.call('prepared.ask', { preparedId: later.id }), 'invalid_state', 'conferenceId');
  });
});
