import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused, liveState, setupConference, startedConference, type Setup } from './fixtures';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

interface Scene {
  setup: Setup;
  /** the first two waiting questions, from 大众网 and 新华社 */
  q1: number;
  q2: number;
  segmentIds: number[];
}

/** A live conference one minute in, two questions waiting; `live` false leaves it a draft. */
function scene(live = true): Scene {
  const setup = live ? startedConference(app) : setupConference(app);
  const { invoke } = app.router;
  const q1 = invoke('question.register', { conferenceId: setup.conferenceId, outletId: setup.outlets.dzw.id, text: '请问？' });
  const q2 = invoke('question.register', { conferenceId: setup.conferenceId, outletId: setup.outlets.xinhua.id, text: '追问' });
  const segmentIds = invoke('conference.get', { id: setup.conferenceId }).segments.map((s) => s.id);
  app.clock.advance(60_000);
  return { setup, q1: q1.id, q2: q2.id, segmentIds };
}

interface Case {
  name?: string;
  label: string;
  live?: boolean;
  /** brings the scene to where the action can be taken; not undone */
  prepare?: (s: Scene) => void;
  act: (s: Scene) => void;
  args: (s: Scene) => Record<string, string>;
}

const call = (s: Scene, id?: number) => app.router.invoke('question.call', { conferenceId: s.setup.conferenceId, id });

const CASES: Case[] = [
  {
    label: 'live.start',
    live: false,
    act: (s) => app.router.invoke('live.start', { conferenceId: s.setup.conferenceId }),
    args: (s) => ({ title: s.setup.conference.title })
  },
  {
    label: 'live.advance',
    act: (s) => app.router.invoke('live.advance', { conferenceId: s.setup.conferenceId }),
    args: () => ({ segment: '介绍发布人' })
  },
  {
    label: 'live.goTo',
    prepare: (s) => app.router.invoke('live.advance', { conferenceId: s.setup.conferenceId }),
    act: (s) => app.router.invoke('live.goTo', { id: s.segmentIds[0]! }),
    args: () => ({ segment: '主持人开场' })
  },
  {
    label: 'live.skip',
    act: (s) => app.router.invoke('live.skip', { id: s.segmentIds[0]! }),
    args: () => ({ segment: '主持人开场' })
  },
  {
    label: 'live.extend',
    act: (s) => app.router.invoke('live.extend', { conferenceId: s.setup.conferenceId, seconds: 600 }),
    args: () => ({ minutes: '10' })
  },
  {
    name: 'live.extend of a segment',
    label: 'live.extend',
    act: (s) => app.router.invoke('live.extend', { conferenceId: s.setup.conferenceId, segmentId: s.segmentIds[3]!, seconds: 120 }),
    args: () => ({ minutes: '2' })
  },
  {
    label: 'live.end',
    prepare: (s) => call(s),
    act: (s) => app.router.invoke('live.end', { conferenceId: s.setup.conferenceId }),
    args: () => ({})
  },
  {
    label: 'question.register',
    act: (s) => app.router.invoke('question.register', { conferenceId: s.setup.conferenceId, outletId: s.setup.outlets.dzw.id }),
    args: (s) => ({ outlet: s.setup.outlets.dzw.name })
  },
  {
    name: 'question.register of a follow-up',
    label: 'question.register',
    prepare: (s) => call(s),
    act: (s) => app.router.invoke('question.register', { conferenceId: s.setup.conferenceId, reporterName: '张记者', followUpOf: s.q1 }),
    args: () => ({ outlet: '张记者' })
  },
  {
    label: 'question.update',
    prepare: (s) => call(s),
    act: (s) => app.router.invoke('question.update', { id: s.q1, text: '请问党建有何亮点？', outletId: s.setup.outlets.xinhua.id }),
    args: (s) => ({ outlet: s.setup.outlets.xinhua.name })
  },
  {
    label: 'question.move',
    act: (s) => app.router.invoke('question.move', { id: s.q2, toIndex: 0 }),
    args: (s) => ({ outlet: s.setup.outlets.xinhua.name })
  },
  {
    label: 'question.call',
    prepare: (s) =>
      app.router.invoke('turn.add', {
        conferenceId: s.setup.conferenceId,
        speakerKind: 'participant',
        participantId: s.setup.host.id,
        text: '请提问'
      }),
    act: (s) => call(s),
    args: (s) => ({ outlet: s.setup.outlets.dzw.name })
  },
  {
    label: 'question.close.answered',
    prepare: (s) => call(s),
    act: (s) => app.router.invoke('question.close', { id: s.q1, status: 'answered' }),
    args: (s) => ({ outlet: s.setup.outlets.dzw.name })
  },
  {
    label: 'question.close.written_reply',
    act: (s) => app.router.invoke('question.close', { id: s.q2, status: 'written_reply' }),
    args: (s) => ({ outlet: s.setup.outlets.xinhua.name })
  },
  {
    label: 'question.markLast',
    act: (s) => app.router.invoke('question.markLast', { conferenceId: s.setup.conferenceId, id: s.q2 }),
    args: (s) => ({ outlet: s.setup.outlets.xinhua.name })
  },
  {
    label: 'answer.record',
    prepare: (s) => call(s),
    act: (s) => app.router.invoke('answer.record', { questionId: s.q1, participantId: s.setup.zhu.id, text: '感谢提问。' }),
    args: (s) => ({ speaker: '朱雷', outlet: s.setup.outlets.dzw.name })
  },
  {
    label: 'answer.recordAndClose',
    prepare: (s) => call(s),
    act: (s) => app.router.invoke('answer.record', { questionId: s.q1, participantId: s.setup.zhu.id, text: '感谢提问。', close: true }),
    args: (s) => ({ speaker: '朱雷', outlet: s.setup.outlets.dzw.name })
  },
  {
    label: 'question.closeAndCall.withdrawn',
    prepare: (s) => call(s),
    act: (s) => app.router.invoke('question.call', { conferenceId: s.setup.conferenceId, closeLive: 'withdrawn' }),
    args: (s) => ({ closed: s.setup.outlets.dzw.name, outlet: s.setup.outlets.xinhua.name })
  },
  {
    label: 'turn.add',
    act: (s) =>
      app.router.invoke('turn.add', {
        conferenceId: s.setup.conferenceId,
        speakerKind: 'note',
        text: '（现场掌声）新闻界的朋友们，大家上午好！欢迎出席今天的发布会。'
      }),
    args: () => ({ text: '（现场掌声）新闻界的朋友们，大家上午好！' })
  },
  {
    label: 'submission.approve',
    prepare: (s) => phoneQuestion(s),
    act: (s) => app.router.invoke('submission.approve', { id: waitingSubmission(s) }),
    args: (s) => ({ outlet: s.setup.outlets.dzw.name })
  },
  {
    label: 'submission.merge',
    prepare: (s) => phoneQuestion(s),
    act: (s) => app.router.invoke('submission.merge', { id: waitingSubmission(s), questionId: s.q1 }),
    args: (s) => ({ outlet: s.setup.outlets.dzw.name })
  },
  {
    label: 'submission.reject',
    prepare: (s) => phoneQuestion(s),
    act: (s) => app.router.invoke('submission.reject', { id: waitingSubmission(s), reason: '重复' }),
    args: (s) => ({ outlet: s.setup.outlets.dzw.name })
  }
];

/** A question from a phone, waiting in moderation. */
function phoneQuestion(s: Scene): void {
  app.router.invoke('submission.accept', { conferenceId: s.setup.conferenceId, accepting: true });
  app.router.invoke(
    'submission.create',
    { conferenceId: s.setup.conferenceId, outlet: s.setup.outlets.dzw.name, reporter: '张记者', text: '请问？' },
    { role: 'submit', device: 'phone' }
  );
}

const waitingSubmission = (s: Scene) => app.router.invoke('submission.list', { conferenceId: s.setup.conferenceId }).waiting[0]!.id;

describe('undo and redo of each live action', () => {
  for (const c of CASES) {
    it(`${c.name ?? c.label}: undone and redone restores the exact state`, () => {
      const s = scene(c.live ?? true);
      c.prepare?.(s);
      app.clock.advance(1_000);
      const before = liveState(app.db);
      c.act(s);
      const after = liveState(app.db);
      expect(after).not.toEqual(before);
      const detail = app.router.invoke('conference.get', { id: s.setup.conferenceId });
      expect(detail.undo).toMatchObject({ label: c.label, args: c.args(s), at: app.clock.now() });

      app.clock.advance(1_000);
      const undone = app.router.invoke('live.undo', { conferenceId: s.setup.conferenceId });
      expect(undone).toMatchObject({ label: c.label, args: c.args(s) });
      expect(liveState(app.db)).toEqual(before);
      expect(app.router.invoke('conference.get', { id: s.setup.conferenceId }).redo?.label).toBe(c.label);

      app.clock.advance(1_000);
      expect(app.router.invoke('live.redo', { conferenceId: s.setup.conferenceId }).label).toBe(c.label);
      expect(liveState(app.db)).toEqual(after);
      const redone = app.router.invoke('conference.get', { id: s.setup.conferenceId });
      expect([redone.undo?.label, redone.redo]).toEqual([c.label, null]);
    });
  }
});

describe('the undo history', () => {
  it('undoes a whole run back to the start and redoes it forward again', () => {
    const s = scene(false);
    const { invoke } = app.router;
    const conferenceId = s.setup.conferenceId;
    const states = [liveState(app.db)];
    const steps = [
      () => invoke('live.start', { conferenceId }),
      () => call(s),
      () => invoke('answer.record', { questionId: s.q1, participantId: s.setup.li.id, text: '好的。' }),
      () => invoke('answer.record', { questionId: s.q1, participantId: s.setup.zhu.id, text: '补充。' }),
      () => invoke('question.close', { id: s.q1, status: 'answered' }),
      () => invoke('live.advance', { conferenceId }),
      () => invoke('live.end', { conferenceId })
    ];
    for (const step of steps) {
      app.clock.advance(7_000);
      step();
      states.push(liveState(app.db));
    }
    for (let i = steps.length - 1; i >= 0; i--) {
      invoke('live.undo', { conferenceId });
      expect(liveState(app.db)).toEqual(states[i]);
    }
    // before the start come the registrations of the scene (live actions too), then nothing
    expect(invoke('live.undo', { conferenceId }).label).toBe('question.register');
    expect(invoke('live.undo', { conferenceId }).label).toBe('question.register');
    expect(invoke('question.list', { conferenceId })).toEqual([]);
    expectRefused(app.router.call('live.undo', { conferenceId }), 'invalid_state', 'conferenceId');
    invoke('live.redo', { conferenceId });
    invoke('live.redo', { conferenceId });
    expect(liveState(app.db)).toEqual(states[0]);
    for (let i = 1; i <= steps.length; i++) {
      invoke('live.redo', { conferenceId });
      expect(liveState(app.db)).toEqual(states[i]);
    }
    expectRefused(app.router.call('live.redo', { conferenceId }), 'invalid_state', 'conferenceId');
  });

  it('drops what could be redone when a new live action is taken', () => {
    const s = scene();
    const conferenceId = s.setup.conferenceId;
    app.router.invoke('live.extend', { conferenceId, seconds: 300 });
    app.router.invoke('live.undo', { conferenceId });
    expect(app.router.invoke('conference.get', { id: conferenceId }).redo?.label).toBe('live.extend');
    app.router.invoke('question.markLast', { conferenceId, id: s.q1 });
    expect(app.router.invoke('conference.get', { id: conferenceId }).redo).toBeNull();
    expectRefused(app.router.call('live.redo', { conferenceId }), 'invalid_state');
    expect(app.router.invoke('conference.get', { id: conferenceId }).conference.extendedSeconds).toBe(0);
  });

  it('keeps one history per conference', () => {
    const a = scene();
    const b = startedConference(app, { title: '另一场' });
    app.router.invoke('live.extend', { conferenceId: a.setup.conferenceId, seconds: 60 });
    expect(app.router.invoke('conference.get', { id: b.conferenceId }).undo?.label).toBe('live.start');
    expect(app.router.invoke('live.undo', { conferenceId: a.setup.conferenceId }).label).toBe('live.extend');
    expect(app.router.invoke('live.undo', { conferenceId: b.conferenceId }).label).toBe('live.start');
    expect(app.router.invoke('conference.get', { id: b.conferenceId }).conference.status).toBe('draft');
  });

  it('refuses to undo when a row was changed since by an edit, changing nothing', () => {
    const s = scene();
    const conferenceId = s.setup.conferenceId;
    call(s);
    const answer = app.router.invoke('answer.record', { questionId: s.q1, participantId: s.setup.zhu.id, text: '感谢提问' });
    app.router.invoke('turn.update', { id: answer.id, text: '感谢您的提问', kind: 'correction' });
    const before = dump(app.db);
    const error = expectRefused(app.router.call('live.undo', { conferenceId }), 'conflict');
    expect(error.details).toMatchObject({ table: 'turns', id: answer.id });
    expect(dump(app.db)).toEqual(before);
  });

  it('redoes over an edit to other columns of a row it changes, keeping the edit', () => {
    const s = scene();
    const conferenceId = s.setup.conferenceId;
    const first = app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '甲' });
    app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '乙' });
    app.router.invoke('live.undo', { conferenceId });
    // the second turn had ended the first; the undo reopened it, and now its text is corrected
    app.router.invoke('turn.update', { id: first.id, text: '甲甲', kind: 'alteration' });
    app.router.call('live.redo', { conferenceId });
    const turns = app.router.invoke('turn.list', { conferenceId });
    expect(turns.map((t) => t.text)).toEqual(['甲甲', '乙']);
    expect(turns[0]!.endedAt).not.toBeNull();
  });

  it('refuses to redo when a column it changes was changed since, changing nothing', () => {
    const s = scene();
    const conferenceId = s.setup.conferenceId;
    const first = app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '甲' });
    app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '乙' });
    app.router.invoke('live.undo', { conferenceId });
    // something other than this history ended the first turn (no method does that without a new action, which drops the redo)
    app.db.prepare('UPDATE turns SET ended_at = 42, is_open = 0 WHERE id = ?').run(first.id);
    const before = dump(app.db);
    const error = expectRefused(app.router.call('live.redo', { conferenceId }), 'conflict');
    expect(error.details).toMatchObject({ table: 'turns', id: first.id });
    expect(dump(app.db)).toEqual(before);
  });

  it('answers the rows it put back, as conference.get and turn.list show them', () => {
    const s = scene();
    const conferenceId = s.setup.conferenceId;
    const before = app.router.invoke('turn.list', { conferenceId });
    call(s, s.q1);
    const asked = app.router.invoke('turn.list', { conferenceId }).find((t) => !before.some((b) => b.id === t.id))!;

    const undone = app.router.invoke('live.undo', { conferenceId });
    const detail = app.router.invoke('conference.get', { id: conferenceId });
    expect(undone.label).toBe('question.call');
    expect(undone.restored.conferenceId).toBe(conferenceId);
    expect(undone.restored.questions).toEqual([detail.questions.find((q) => q.id === s.q1)]);
    expect(undone.restored.questions[0]!.status).toBe('waiting');
    expect(undone.restored.removedTurnIds).toEqual([asked.id]);
    expect(undone.restored.removedQuestionIds).toEqual([]);

    const redone = app.router.invoke('live.redo', { conferenceId });
    expect(redone.restored.questions[0]!.status).toBe('live');
    expect(redone.restored.turns).toEqual(app.router.invoke('turn.list', { conferenceId, ids: [asked.id] }));
    expect(redone.restored.removedTurnIds).toEqual([]);
  });

  it('keeps a created row as a digest until it is undone, then whole for the redo', () => {
    const s = scene();
    const conferenceId = s.setup.conferenceId;
    call(s, s.q1);
    const text = '这是一段很长的回答，只该在记录里写一次。';
    const answer = app.router.invoke('answer.record', { questionId: s.q1, participantId: s.setup.zhu.id, text });
    const stored = () => app.db.prepare('SELECT changes FROM live_actions ORDER BY id DESC LIMIT 1').pluck().get() as string;
    expect(stored()).not.toContain(text);

    app.router.invoke('live.undo', { conferenceId });
    expect(stored()).toContain(text);
    app.router.invoke('live.redo', { conferenceId });
    expect(app.router.invoke('turn.list', { conferenceId, ids: [answer.id] })).toEqual([answer]);
    // and round again: the stored row now checks the undo as a whole row does
    app.router.invoke('turn.update', { id: answer.id, text: `${text}（更正）`, kind: 'correction' });
    expectRefused(app.router.call('live.undo', { conferenceId }), 'conflict');
  });

  it('refuses an unknown conference', () => {
    expectRefused(app.router.call('live.undo', { conferenceId: 999 }), 'not_found', 'conferenceId');
    expectRefused(app.router.call('live.redo', { conferenceId: 999 }), 'not_found', 'conferenceId');
  });
});
