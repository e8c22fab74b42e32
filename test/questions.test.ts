import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuestionClosing } from '../src/shared/domain';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused, setupConference, startedConference, type Setup } from './fixtures';

let app: TestApp;
let T0: number;
beforeEach(() => {
  app = openTestApp();
  T0 = app.clock.now();
});
afterEach(() => app.cleanup());

function queue(conferenceId: number) {
  return app.router.invoke('question.list', { conferenceId });
}

function register(setup: Setup, text = '', outlet: 'dzw' | 'xinhua' = 'dzw') {
  return app.router.invoke('question.register', { conferenceId: setup.conferenceId, outletId: setup.outlets[outlet].id, text });
}

describe('registering', () => {
  it('puts a question at the end of the queue, waiting, stamped with the clock', () => {
    const setup = startedConference(app);
    const first = register(setup, '第一个问题');
    app.clock.advance(1_000);
    const second = app.router.invoke('question.register', {
      conferenceId: setup.conferenceId,
      reporterName: '张记者',
      text: '第二个问题',
      addressedToId: setup.li.id
    });
    expect(first).toMatchObject({ position: 0, status: 'waiting', registeredAt: T0, askedAt: null, followUpOf: null });
    expect(second).toMatchObject({
      position: 1,
      outletId: null,
      reporterName: '张记者',
      addressedToId: setup.li.id,
      registeredAt: T0 + 1_000
    });
  });

  it('registers before the conference starts, but not after it ended', () => {
    const setup = setupConference(app);
    expect(register(setup).status).toBe('waiting');
    app.router.invoke('live.start', { conferenceId: setup.conferenceId });
    app.router.invoke('live.end', { conferenceId: setup.conferenceId });
    expectRefused(app.router.call('question.register', { conferenceId: setup.conferenceId }), 'invalid_state');
  });

  it('refuses unknown or foreign references naming the field, changing nothing', () => {
    const setup = startedConference(app);
    const other = setupConference(app, { title: '另一场' });
    const foreign = register(other);
    const before = dump(app.db);
    const { call } = app.router;
    const conferenceId = setup.conferenceId;
    expectRefused(call('question.register', { conferenceId, outletId: 999 }), 'not_found', 'outletId');
    expectRefused(call('question.register', { conferenceId, addressedToId: other.zhu.id }), 'invalid_input', 'addressedToId');
    expectRefused(call('question.register', { conferenceId, followUpOf: 999 }), 'not_found', 'followUpOf');
    expectRefused(call('question.register', { conferenceId, followUpOf: foreign.id }), 'invalid_input', 'followUpOf');
    expectRefused(call('question.register', { conferenceId: 999 }), 'not_found', 'conferenceId');
    expect(dump(app.db)).toEqual(before);
  });

  it('puts a follow-up at the head of the queue, so it is called next', () => {
    const setup = startedConference(app);
    const asked = register(setup, '问题一');
    const next = register(setup, '问题二', 'xinhua');
    app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    app.router.invoke('question.close', { id: asked.id, status: 'answered' });
    const followUp = app.router.invoke('question.register', {
      conferenceId: setup.conferenceId,
      outletId: setup.outlets.dzw.id,
      followUpOf: asked.id,
      text: '追问'
    });
    expect(followUp.followUpOf).toBe(asked.id);
    expect(
      queue(setup.conferenceId)
        .filter((q) => q.status === 'waiting')
        .map((q) => q.id)
    ).toEqual([followUp.id, next.id]);
    expect(app.router.invoke('question.call', { conferenceId: setup.conferenceId }).id).toBe(followUp.id);
  });
});

describe('editing and moving', () => {
  it('updates only the fields given, and the asking turn follows the question’s text', () => {
    const setup = startedConference(app);
    const q = register(setup, '请问？');
    app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    const updated = app.router.invoke('question.update', { id: q.id, text: '请问党建工作有何亮点？' });
    expect(updated).toMatchObject({ text: '请问党建工作有何亮点？', outletId: setup.outlets.dzw.id, status: 'live' });
    const [asking] = app.router.invoke('turn.list', { conferenceId: setup.conferenceId });
    expect(asking).toMatchObject({ questionId: q.id, speakerKind: 'reporter', text: '请问党建工作有何亮点？' });
  });

  it('moves a waiting question within the waiting queue', () => {
    const setup = startedConference(app);
    const [a, b, c] = [register(setup, 'a'), register(setup, 'b'), register(setup, 'c')];
    const order = app.router.invoke('question.move', { id: c.id, toIndex: 0 });
    expect(order.map((q) => q.id)).toEqual([c.id, a.id, b.id]);
    expect(app.router.invoke('question.move', { id: c.id, toIndex: 5 }).map((q) => q.id)).toEqual([a.id, b.id, c.id]);
  });

  it('refuses to move a question that is not waiting', () => {
    const setup = startedConference(app);
    const live = register(setup, 'a');
    register(setup, 'b');
    app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    const before = dump(app.db);
    expectRefused(app.router.call('question.move', { id: live.id, toIndex: 1 }), 'invalid_state', 'id');
    expect(dump(app.db)).toEqual(before);
  });
});

describe('calling', () => {
  it('calls the first waiting question: live, asked now, in the live segment, with the reporter’s turn', () => {
    const setup = startedConference(app);
    const q = register(setup, '请问？');
    register(setup, '', 'xinhua');
    app.clock.advance(2_000);
    const called = app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    const liveSegment = app.router.invoke('conference.get', { id: setup.conferenceId }).segments[0]!;
    expect(called).toMatchObject({ id: q.id, status: 'live', askedAt: T0 + 2_000, segmentId: liveSegment.id });
    expect(app.router.invoke('turn.list', { conferenceId: setup.conferenceId })).toEqual([
      expect.objectContaining({
        questionId: q.id,
        speakerKind: 'reporter',
        outletId: setup.outlets.dzw.id,
        segmentId: liveSegment.id,
        text: '请问？',
        startedAt: T0 + 2_000,
        endedAt: null
      })
    ]);
  });

  it('calls a specific question; one without text records no turn', () => {
    const setup = startedConference(app);
    register(setup, '第一');
    const silent = register(setup, '', 'xinhua');
    expect(app.router.invoke('question.call', { conferenceId: setup.conferenceId, id: silent.id }).status).toBe('live');
    expect(app.router.invoke('turn.list', { conferenceId: setup.conferenceId })).toEqual([]);
  });

  it('refuses a call while another question is live, changing nothing', () => {
    const setup = startedConference(app);
    const live = register(setup, 'a');
    const waiting = register(setup, 'b');
    app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    const before = dump(app.db);
    const error = expectRefused(app.router.call('question.call', { conferenceId: setup.conferenceId, id: waiting.id }), 'invalid_state', 'id');
    expect(error.details?.liveQuestionId).toBe(live.id);
    expect(dump(app.db)).toEqual(before);
  });

  it('closes the live question as told and calls the next, in one step', () => {
    const setup = startedConference(app);
    const live = register(setup, 'a');
    const next = register(setup, 'b', 'xinhua');
    app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    app.clock.advance(5_000);
    const called = app.router.invoke('question.call', { conferenceId: setup.conferenceId, closeLive: 'written_reply' });
    expect(called).toMatchObject({ id: next.id, status: 'live', askedAt: T0 + 5_000 });
    expect(queue(setup.conferenceId).find((q) => q.id === live.id)).toMatchObject({ status: 'written_reply', closedAt: T0 + 5_000 });
    // with nothing live, closeLive changes nothing else
    app.router.invoke('question.close', { id: next.id, status: 'answered' });
    const third = register(setup, 'c');
    expect(app.router.invoke('question.call', { conferenceId: setup.conferenceId, closeLive: 'answered' }).id).toBe(third.id);
  });

  it('keeps the live question open when the call after it is refused', () => {
    const setup = startedConference(app);
    const live = register(setup, 'a');
    app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    const before = dump(app.db);
    // nothing waits: the close must be rolled back with the refused call
    expectRefused(app.router.call('question.call', { conferenceId: setup.conferenceId, closeLive: 'answered' }), 'invalid_state', 'conferenceId');
    expectRefused(
      app.router.call('question.call', { conferenceId: setup.conferenceId, closeLive: 'not_reached' as 'answered' }),
      'invalid_input',
      'closeLive'
    );
    expect(dump(app.db)).toEqual(before);
    expect(queue(setup.conferenceId)[0]).toMatchObject({ id: live.id, status: 'live' });
  });

  it('refuses when nothing waits, for a closed or foreign question, and before the start', () => {
    const draft = setupConference(app, { title: '草稿' });
    const foreign = register(draft);
    expectRefused(app.router.call('question.call', { conferenceId: draft.conferenceId }), 'invalid_state');
    const setup = startedConference(app);
    expectRefused(app.router.call('question.call', { conferenceId: setup.conferenceId }), 'invalid_state', 'conferenceId');
    const withdrawn = register(setup);
    app.router.invoke('question.close', { id: withdrawn.id, status: 'withdrawn' });
    const before = dump(app.db);
    expectRefused(app.router.call('question.call', { conferenceId: setup.conferenceId, id: withdrawn.id }), 'invalid_state', 'id');
    expectRefused(app.router.call('question.call', { conferenceId: setup.conferenceId, id: foreign.id }), 'invalid_input', 'id');
    expectRefused(app.router.call('question.call', { conferenceId: setup.conferenceId, id: 999 }), 'not_found', 'id');
    expect(dump(app.db)).toEqual(before);
  });
});

describe('closing', () => {
  const cases: { from: 'waiting' | 'live'; to: QuestionClosing; allowed: boolean }[] = [
    { from: 'waiting', to: 'answered', allowed: false },
    { from: 'waiting', to: 'withdrawn', allowed: true },
    { from: 'waiting', to: 'not_reached', allowed: true },
    { from: 'waiting', to: 'written_reply', allowed: true },
    { from: 'live', to: 'answered', allowed: true },
    { from: 'live', to: 'withdrawn', allowed: true },
    { from: 'live', to: 'not_reached', allowed: false },
    { from: 'live', to: 'written_reply', allowed: true }
  ];
  for (const { from, to, allowed } of cases) {
    it(`${allowed ? 'closes' : 'refuses to close'} a ${from} question as ${to}`, () => {
      const setup = startedConference(app);
      const q = register(setup, '请问？');
      if (from === 'live') app.router.invoke('question.call', { conferenceId: setup.conferenceId });
      app.clock.advance(3_000);
      const before = dump(app.db);
      const result = app.router.call('question.close', { id: q.id, status: to });
      if (allowed) {
        expect(result).toEqual({ ok: true, value: expect.objectContaining({ status: to, closedAt: T0 + 3_000 }) });
      } else {
        expectRefused(result, 'invalid_state', 'status');
        expect(dump(app.db)).toEqual(before);
      }
    });
  }

  it('refuses to close a question that is already closed', () => {
    const setup = startedConference(app);
    const q = register(setup);
    app.router.invoke('question.close', { id: q.id, status: 'written_reply' });
    for (const status of ['answered', 'withdrawn', 'not_reached', 'written_reply'] as const) {
      expectRefused(app.router.call('question.close', { id: q.id, status }), 'invalid_state', 'status');
    }
    expectRefused(app.router.call('question.close', { id: q.id, status: 'lost' }), 'invalid_input', 'status');
  });
});

describe('marking the last question', () => {
  it('marks and clears the question announced as the last one', () => {
    const setup = startedConference(app);
    const q = register(setup);
    expect(app.router.invoke('question.markLast', { conferenceId: setup.conferenceId, id: q.id }).lastQuestionId).toBe(q.id);
    expect(app.router.invoke('conference.get', { id: setup.conferenceId }).undo).toMatchObject({
      label: 'question.markLast',
      args: { outlet: setup.outlets.dzw.name }
    });
    expect(app.router.invoke('question.markLast', { conferenceId: setup.conferenceId, id: null }).lastQuestionId).toBeNull();
  });

  it('refuses a question of another conference', () => {
    const setup = startedConference(app);
    const foreign = register(setupConference(app, { title: '另一场' }));
    expectRefused(app.router.call('question.markLast', { conferenceId: setup.conferenceId, id: foreign.id }), 'invalid_input', 'id');
  });
});

describe('answers', () => {
  it('records several answers to one question in turn, each ending the turn before it', () => {
    const setup = startedConference(app);
    const q = register(setup, '请问？');
    const called = app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    app.clock.advance(10_000);
    const first = app.router.invoke('answer.record', { questionId: q.id, participantId: setup.zhu.id, text: '我先回答。' });
    app.clock.advance(20_000);
    const second = app.router.invoke('answer.record', { questionId: q.id, participantId: setup.li.id, text: '我补充一下。' });
    app.router.invoke('question.close', { id: q.id, status: 'answered' });
    const turns = app.router.invoke('turn.list', { conferenceId: setup.conferenceId });
    expect(turns.map((t) => [t.speakerKind, t.participantId, t.questionId, t.startedAt, t.endedAt])).toEqual([
      ['reporter', null, q.id, T0, T0 + 10_000],
      ['participant', setup.zhu.id, q.id, T0 + 10_000, T0 + 30_000],
      ['participant', setup.li.id, q.id, T0 + 30_000, null]
    ]);
    expect(first.seq).toBeLessThan(second.seq);
    expect([first.segmentId, second.segmentId]).toEqual([called.segmentId, called.segmentId]);
    // an answered question may still get a late addition
    expect(app.router.invoke('answer.record', { questionId: q.id, participantId: setup.zhu.id, text: '再补充。' }).questionId).toBe(q.id);
  });

  it('refuses an answer to a question never called or withdrawn, changing nothing', () => {
    const setup = startedConference(app);
    const waiting = register(setup, 'a');
    const withdrawn = register(setup, 'b');
    app.router.invoke('question.close', { id: withdrawn.id, status: 'withdrawn' });
    const before = dump(app.db);
    for (const q of [waiting, withdrawn]) {
      expectRefused(app.router.call('answer.record', { questionId: q.id, participantId: setup.zhu.id, text: '回答' }), 'invalid_state', 'questionId');
    }
    expectRefused(app.router.call('answer.record', { questionId: 999, participantId: setup.zhu.id, text: '回答' }), 'not_found', 'questionId');
    expect(dump(app.db)).toEqual(before);
  });

  it('records an answer and closes the question as answered in one step; refuses close on a closed question', () => {
    const setup = startedConference(app);
    const q = register(setup, '请问？');
    app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    app.clock.advance(10_000);
    const turn = app.router.invoke('answer.record', { questionId: q.id, participantId: setup.zhu.id, text: '谢谢。', close: true });
    expect(turn).toMatchObject({ questionId: q.id, participantId: setup.zhu.id, text: '谢谢。' });
    expect(queue(setup.conferenceId)[0]).toMatchObject({ id: q.id, status: 'answered', closedAt: T0 + 10_000 });
    const before = dump(app.db);
    expectRefused(
      app.router.call('answer.record', { questionId: q.id, participantId: setup.zhu.id, text: '再补充。', close: true }),
      'invalid_state',
      'close'
    );
    expect(dump(app.db)).toEqual(before);
  });

  it('refuses a speaker from another conference, empty text, and answers after the end', () => {
    const setup = startedConference(app);
    const other = setupConference(app, { title: '另一场' });
    const q = register(setup, '请问？');
    app.router.invoke('question.call', { conferenceId: setup.conferenceId });
    const before = dump(app.db);
    expectRefused(app.router.call('answer.record', { questionId: q.id, participantId: other.zhu.id, text: '答' }), 'invalid_input', 'participantId');
    expectRefused(app.router.call('answer.record', { questionId: q.id, participantId: setup.zhu.id, text: '  ' }), 'invalid_input', 'text');
    expect(dump(app.db)).toEqual(before);
    app.router.invoke('live.end', { conferenceId: setup.conferenceId });
    expectRefused(app.router.call('answer.record', { questionId: q.id, participantId: setup.zhu.id, text: '答' }), 'invalid_state');
  });
});
