import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRefused, recordEvents, startedConference } from './fixtures';
import { openTestApp, type TestApp } from './helpers';

/**
 * Issue 15, item 7: a change event names the rows it changed, by table, and
 * conference.rows answers just those, so the console's work after a keypress
 * does not grow with the conference.
 */
let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

describe('change events name their rows', () => {
  it('a call names the question it made live and the turn it recorded, by table', () => {
    const setup = startedConference(app);
    const { conferenceId } = setup;
    const q = app.router.invoke('question.register', { conferenceId, outletId: setup.outlets.dzw.id, text: '请问？' });
    const events = recordEvents(app);
    app.router.invoke('question.call', { conferenceId });
    const conference = events.find((e) => e.topic === 'conference')!;
    const turns = events.find((e) => e.topic === 'turns')!;
    expect(conference.rows).toEqual({ questions: [q.id] });
    expect(turns.rows?.turns).toHaveLength(1);
    expect(conference.revision).toBe(turns.revision);
  });

  it('an undo names the rows it put back; an edit of the roster names none, so windows refetch it all', () => {
    const setup = startedConference(app);
    const { conferenceId } = setup;
    app.router.invoke('live.extend', { conferenceId, seconds: 60 });
    const events = recordEvents(app);
    app.router.invoke('live.undo', { conferenceId });
    const undone = events.find((e) => e.topic === 'conference')!;
    expect(Object.keys(undone.rows ?? {})).toContain('extensions');

    app.router.invoke('participant.update', { id: setup.zhu.id, label: '朱书记' });
    const edit = events.at(-1)!;
    expect(edit).toMatchObject({ topic: 'conference', method: 'participant.update' });
    expect(edit.rows).toBeUndefined();
  });
});

describe('conference.rows', () => {
  it('answers the rows asked for, the conference and its undo state; a row gone is absent', () => {
    const setup = startedConference(app);
    const { conferenceId } = setup;
    const a = app.router.invoke('question.register', { conferenceId, outletId: setup.outlets.dzw.id, text: '甲' });
    const b = app.router.invoke('question.register', { conferenceId, outletId: setup.outlets.xinhua.id, text: '乙' });
    app.router.invoke('question.call', { conferenceId, id: a.id });
    const rows = app.router.invoke('conference.rows', { conferenceId, questionIds: [a.id] });
    expect(rows.questions).toEqual([app.router.invoke('question.list', { conferenceId }).find((q) => q.id === a.id)]);
    expect(rows.questions.map((q) => q.status)).toEqual(['live']);
    expect(rows.outlets.map((o) => o.id)).toEqual([setup.outlets.dzw.id]);
    expect(rows.conference.id).toBe(conferenceId);
    expect(rows.undo?.label).toBe('question.call');
    expect(rows.segments).toEqual([]);

    // undoing b's registration removes it: asked for, it is not in the answer
    app.router.invoke('live.undo', { conferenceId });
    app.router.invoke('live.undo', { conferenceId });
    expect(app.router.invoke('conference.rows', { conferenceId, questionIds: [b.id, a.id] }).questions.map((q) => q.id)).toEqual([a.id]);
  });

  it('never answers rows of another conference, and refuses bad input naming the field', () => {
    const setup = startedConference(app);
    const other = startedConference(app, { title: '另一场' });
    const q = app.router.invoke('question.register', { conferenceId: other.conferenceId, outletId: other.outlets.dzw.id });
    expect(app.router.invoke('conference.rows', { conferenceId: setup.conferenceId, questionIds: [q.id] }).questions).toEqual([]);
    expectRefused(app.router.call('conference.rows', { conferenceId: 999 }), 'not_found', 'conferenceId');
    expectRefused(app.router.call('conference.rows', { conferenceId: setup.conferenceId, questionIds: ['x'] }), 'invalid_input', 'questionIds.0');
    expectRefused(
      app.router.call('conference.rows', { conferenceId: setup.conferenceId, segmentIds: Array.from({ length: 1001 }, (_, i) => i + 1) }),
      'invalid_input',
      'segmentIds'
    );
  });

  it('reads by key: its cost does not grow with the queue', () => {
    const setup = startedConference(app);
    const { conferenceId } = setup;
    const first = app.router.invoke('question.register', { conferenceId, outletId: setup.outlets.dzw.id, text: '第一个' });
    const sizeOf = () => JSON.stringify(app.router.invoke('conference.rows', { conferenceId, questionIds: [first.id] })).length;
    const small = sizeOf();
    app.db.transaction(() => {
      for (let i = 0; i < 2000; i++) app.router.invoke('question.register', { conferenceId, outletId: setup.outlets.xinhua.id, text: `问题 ${i}` });
    })();
    // the undo label names the last registration's outlet: a few bytes either way, never the queue
    expect(Math.abs(sizeOf() - small)).toBeLessThan(50);
  });
});
