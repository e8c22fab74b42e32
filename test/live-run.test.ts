import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../src/shared/domain';
import { LIMITS } from '../src/shared/schemas';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused, setupConference, startedConference } from './fixtures';

let app: TestApp;
let T0: number;
beforeEach(() => {
  app = openTestApp();
  T0 = app.clock.now();
});
afterEach(() => app.cleanup());

const MINUTE = 60_000;

function segments(conferenceId: number): Segment[] {
  return app.router.invoke('conference.get', { id: conferenceId }).segments;
}

/** What the clock of a segment shows: time run before it was reopened, plus the current run. */
function elapsedMs(segment: Segment, now: number): number {
  return segment.elapsedBeforeMs + ((segment.endedAt ?? now) - (segment.startedAt ?? now));
}

describe('starting', () => {
  it('makes the conference live and its first pending segment live, stamped with the clock', () => {
    const { conferenceId } = setupConference(app);
    app.clock.advance(5 * MINUTE);
    const conference = app.router.invoke('live.start', { conferenceId });
    expect(conference).toMatchObject({ status: 'live', startedAt: T0 + 5 * MINUTE, endedAt: null });
    const [first, ...rest] = segments(conferenceId);
    expect(first).toMatchObject({ status: 'live', startedAt: T0 + 5 * MINUTE, endedAt: null, elapsedBeforeMs: 0 });
    expect(rest.map((s) => s.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it('starts at the first segment not skipped beforehand', () => {
    const { conferenceId } = setupConference(app);
    const [opening, intro] = segments(conferenceId);
    expect(app.router.invoke('live.skip', { id: opening!.id }).status).toBe('skipped');
    app.router.invoke('live.start', { conferenceId });
    expect(segments(conferenceId).map((s) => s.status)).toEqual(['skipped', 'live', 'pending', 'pending', 'pending']);
    expect(segments(conferenceId)[1]!.id).toBe(intro!.id);
  });

  it('refuses to start twice, to start an ended conference or an unknown one, changing nothing', () => {
    const { conferenceId } = startedConference(app);
    let before = dump(app.db);
    expectRefused(app.router.call('live.start', { conferenceId }), 'invalid_state');
    expect(dump(app.db)).toEqual(before);
    app.router.invoke('live.end', { conferenceId });
    before = dump(app.db);
    expectRefused(app.router.call('live.start', { conferenceId }), 'invalid_state');
    expectRefused(app.router.call('live.start', { conferenceId: 999 }), 'not_found', 'conferenceId');
    expect(dump(app.db)).toEqual(before);
  });

  it('starts a conference with an empty agenda, which then has nothing to advance to', () => {
    const { conferenceId } = setupConference(app, { template: 'empty' });
    expect(app.router.invoke('live.start', { conferenceId }).status).toBe('live');
    expectRefused(app.router.call('live.advance', { conferenceId }), 'invalid_state', 'conferenceId');
  });
});

describe('advancing', () => {
  it('ends the live segment and starts the next, with exact times, then ends the last and stops', () => {
    const { conferenceId } = startedConference(app);
    const ids = segments(conferenceId).map((s) => s.id);
    for (let i = 1; i < ids.length; i++) {
      app.clock.advance(MINUTE);
      const next = app.router.invoke('live.advance', { conferenceId });
      expect(next).toMatchObject({ id: ids[i], status: 'live', startedAt: T0 + i * MINUTE, endedAt: null });
      expect(segments(conferenceId)[i - 1]).toMatchObject({
        status: 'done',
        startedAt: T0 + (i - 1) * MINUTE,
        endedAt: T0 + i * MINUTE
      });
    }
    app.clock.advance(MINUTE);
    expect(app.router.invoke('live.advance', { conferenceId })).toBeNull();
    expect(segments(conferenceId).map((s) => s.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(segments(conferenceId)[4]!.endedAt).toBe(T0 + 5 * MINUTE);

    const before = dump(app.db);
    expectRefused(app.router.call('live.advance', { conferenceId }), 'invalid_state', 'conferenceId');
    expect(dump(app.db)).toEqual(before);
  });

  it('refuses to advance a draft or an ended conference', () => {
    const { conferenceId } = setupConference(app);
    expectRefused(app.router.call('live.advance', { conferenceId }), 'invalid_state');
    app.router.invoke('live.start', { conferenceId });
    app.router.invoke('live.end', { conferenceId });
    const before = dump(app.db);
    const error = expectRefused(app.router.call('live.advance', { conferenceId }), 'invalid_state');
    expect(error.message).toMatch(/ended/);
    expect(dump(app.db)).toEqual(before);
  });
});

describe('going to a segment', () => {
  it('reopens a done segment whose clock continues from where it stopped', () => {
    const { conferenceId } = startedConference(app);
    const [opening, intro, statement] = segments(conferenceId);
    app.clock.advance(MINUTE); // the opening runs 1 min
    app.router.invoke('live.advance', { conferenceId });
    app.clock.advance(30_000); // the introduction runs 30 s
    const reopened = app.router.invoke('live.goTo', { id: opening!.id });
    expect(reopened).toMatchObject({ status: 'live', startedAt: T0 + 90_000, endedAt: null, elapsedBeforeMs: MINUTE });
    expect(segments(conferenceId)[1]).toMatchObject({ id: intro!.id, status: 'done', endedAt: T0 + 90_000 });

    app.clock.advance(10_000);
    expect(elapsedMs(segments(conferenceId)[0]!, app.clock.now())).toBe(70_000);
    // advancing from a reopened segment goes on to the next pending one, not back to the introduction
    expect(app.router.invoke('live.advance', { conferenceId })!.id).toBe(statement!.id);
    const closed = segments(conferenceId)[0]!;
    expect(closed).toMatchObject({ status: 'done', endedAt: T0 + 100_000, elapsedBeforeMs: MINUTE });
    expect(elapsedMs(closed, app.clock.now() + 999_999)).toBe(70_000);

    app.clock.advance(5_000);
    const again = app.router.invoke('live.goTo', { id: opening!.id });
    expect(again).toMatchObject({ startedAt: T0 + 105_000, elapsedBeforeMs: 70_000 });
  });

  it('jumps forward to a pending segment, leaving the ones between pending', () => {
    const { conferenceId } = startedConference(app);
    const [, , , qa] = segments(conferenceId);
    app.clock.advance(MINUTE);
    expect(app.router.invoke('live.goTo', { id: qa!.id })).toMatchObject({ status: 'live', startedAt: T0 + MINUTE });
    expect(segments(conferenceId).map((s) => s.status)).toEqual(['done', 'pending', 'pending', 'live', 'pending']);
  });

  it('refuses the live segment itself, a draft conference and an unknown segment', () => {
    const draft = setupConference(app, { title: '草稿' });
    expectRefused(app.router.call('live.goTo', { id: segments(draft.conferenceId)[1]!.id }), 'invalid_state');
    const { conferenceId } = startedConference(app);
    const before = dump(app.db);
    expectRefused(app.router.call('live.goTo', { id: segments(conferenceId)[0]!.id }), 'invalid_state', 'id');
    expectRefused(app.router.call('live.goTo', { id: 999 }), 'not_found', 'id');
    expect(dump(app.db)).toEqual(before);
  });
});

describe('skipping', () => {
  it('skips a pending segment without touching the live one', () => {
    const { conferenceId } = startedConference(app);
    const [opening, intro] = segments(conferenceId);
    expect(app.router.invoke('live.skip', { id: intro!.id })).toMatchObject({ status: 'skipped', startedAt: null, endedAt: null });
    expect(segments(conferenceId)[0]).toEqual(opening);
    app.clock.advance(MINUTE);
    expect(app.router.invoke('live.advance', { conferenceId })!.kind).toBe('statement');
  });

  it('skips the live segment: it ends as skipped and the next pending one starts', () => {
    const { conferenceId } = startedConference(app);
    app.clock.advance(20_000);
    const skipped = app.router.invoke('live.skip', { id: segments(conferenceId)[0]!.id });
    expect(skipped).toMatchObject({ status: 'skipped', startedAt: T0, endedAt: T0 + 20_000 });
    expect(segments(conferenceId)[1]).toMatchObject({ status: 'live', startedAt: T0 + 20_000 });
  });

  it('refuses a done or skipped segment and an ended conference, changing nothing', () => {
    const { conferenceId } = startedConference(app);
    const [opening, intro] = segments(conferenceId);
    app.router.invoke('live.advance', { conferenceId });
    app.router.invoke('live.skip', { id: intro!.id });
    const before = dump(app.db);
    expectRefused(app.router.call('live.skip', { id: opening!.id }), 'invalid_state', 'id');
    expectRefused(app.router.call('live.skip', { id: intro!.id }), 'invalid_state', 'id');
    expect(dump(app.db)).toEqual(before);
    app.router.invoke('live.end', { conferenceId });
    expectRefused(app.router.call('live.skip', { id: segments(conferenceId)[4]!.id }), 'invalid_state');
  });
});

describe('extending', () => {
  it('extends the conference twice, as the Heze-style 75 minutes extended twice', () => {
    const { conferenceId } = startedConference(app);
    app.clock.advance(70 * MINUTE);
    expect(app.router.invoke('live.extend', { conferenceId, seconds: 600 }).extendedSeconds).toBe(600);
    app.clock.advance(10 * MINUTE);
    const conference = app.router.invoke('live.extend', { conferenceId, seconds: 300 });
    expect(conference).toMatchObject({ plannedSeconds: 4500, extendedSeconds: 900 });
    const { extensions } = app.router.invoke('conference.get', { id: conferenceId });
    expect(extensions.map((e) => [e.segmentId, e.seconds, e.at])).toEqual([
      [null, 600, T0 + 70 * MINUTE],
      [null, 300, T0 + 80 * MINUTE]
    ]);
  });

  it('extends a segment without extending the conference', () => {
    const { conferenceId } = startedConference(app);
    const qa = segments(conferenceId)[3]!;
    const conference = app.router.invoke('live.extend', { conferenceId, segmentId: qa.id, seconds: 120 });
    expect(conference.extendedSeconds).toBe(0);
    expect(segments(conferenceId)[3]).toMatchObject({ extendedSeconds: 120, plannedSeconds: qa.plannedSeconds });
    const { extensions } = app.router.invoke('conference.get', { id: conferenceId });
    expect(extensions.map((e) => [e.segmentId, e.seconds, e.at])).toEqual([[qa.id, 120, T0]]);
  });

  it('refuses bad seconds, a segment of another conference and an ended conference, changing nothing', () => {
    const other = setupConference(app, { title: '另一场' });
    const { conferenceId } = startedConference(app);
    const before = dump(app.db);
    expectRefused(app.router.call('live.extend', { conferenceId, seconds: 0 }), 'invalid_input', 'seconds');
    expectRefused(app.router.call('live.extend', { conferenceId, seconds: LIMITS.extensionSeconds + 1 }), 'invalid_input', 'seconds');
    expectRefused(app.router.call('live.extend', { conferenceId, seconds: 1.5 }), 'invalid_input', 'seconds');
    expectRefused(
      app.router.call('live.extend', { conferenceId, segmentId: segments(other.conferenceId)[0]!.id, seconds: 60 }),
      'invalid_input',
      'segmentId'
    );
    expectRefused(app.router.call('live.extend', { conferenceId, segmentId: 999, seconds: 60 }), 'not_found', 'segmentId');
    expect(dump(app.db)).toEqual(before);
    app.router.invoke('live.end', { conferenceId });
    expectRefused(app.router.call('live.extend', { conferenceId, seconds: 60 }), 'invalid_state');
  });
});

describe('ending', () => {
  it('ends the live segment, closes the queue and stamps the conference', () => {
    const { conferenceId, outlets } = startedConference(app);
    const { invoke } = app.router;
    const asked = invoke('question.register', { conferenceId, outletId: outlets.dzw.id, text: '请问？' });
    const waiting = invoke('question.register', { conferenceId, outletId: outlets.xinhua.id });
    const withdrawn = invoke('question.register', { conferenceId, reporterName: '某记者' });
    invoke('question.close', { id: withdrawn.id, status: 'withdrawn' });
    invoke('question.call', { conferenceId, id: asked.id });
    app.clock.advance(75 * MINUTE);
    const conference = invoke('live.end', { conferenceId });
    const end = T0 + 75 * MINUTE;
    expect(conference).toMatchObject({ status: 'ended', startedAt: T0, endedAt: end });
    expect(segments(conferenceId).map((s) => s.status)).toEqual(['done', 'pending', 'pending', 'pending', 'pending']);
    expect(segments(conferenceId)[0]!.endedAt).toBe(end);
    const questions = invoke('question.list', { conferenceId });
    expect(questions.map((q) => [q.id, q.status, q.closedAt])).toEqual([
      [asked.id, 'answered', end],
      [waiting.id, 'not_reached', end],
      [withdrawn.id, 'withdrawn', T0]
    ]);
  });

  it('refuses to end twice or to end a draft, and refuses live actions once ended', () => {
    const draft = setupConference(app, { title: '草稿' });
    expectRefused(app.router.call('live.end', { conferenceId: draft.conferenceId }), 'invalid_state');
    const { conferenceId, outlets } = startedConference(app);
    app.router.invoke('live.end', { conferenceId });
    const before = dump(app.db);
    const { call } = app.router;
    expectRefused(call('live.end', { conferenceId }), 'invalid_state');
    expectRefused(call('live.goTo', { id: segments(conferenceId)[1]!.id }), 'invalid_state');
    expectRefused(call('question.register', { conferenceId, outletId: outlets.dzw.id }), 'invalid_state');
    expectRefused(call('question.call', { conferenceId }), 'invalid_state');
    expect(dump(app.db)).toEqual(before);
  });
});
