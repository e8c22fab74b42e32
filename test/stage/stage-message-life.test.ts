import { afterEach, describe, expect, it } from 'vitest';
import { openRostrum } from '../../src/main/core/rostrum';
import { dump, expectRefused, recordEvents, startedConference } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';

/** Issue 15, item 4: a stage message shown for a set time, until the next segment, and never after the end. */
let app: TestApp;
afterEach(() => app?.cleanup());

const shownId = (conferenceId: number) => app.router.invoke('stage.get', { conferenceId }).message?.id ?? null;
const log = (conferenceId: number) => app.router.invoke('stage.timing', { conferenceId }).messages;

describe('a stage message’s life', () => {
  it('shown for a set time, it leaves the stage by itself, at its stored expiry', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const events = recordEvents(app);
    const message = app.router.invoke('stage.message.set', { conferenceId, text: '请简要回答', seconds: 10 });
    expect(message).toMatchObject({ expiresAt: message.shownAt + 10_000, untilNextSegment: false, clearedAt: null });
    app.clock.advance(9_999);
    expect(shownId(conferenceId)).toBe(message.id);
    app.clock.advance(1);
    expect(shownId(conferenceId)).toBeNull();
    // derived, not written: no event, and the log says when it left
    expect(events).toHaveLength(1);
    expect(log(conferenceId)[0]).toMatchObject({ id: message.id, clearedAt: message.shownAt + 10_000 });
    // clearing a message that ran out is harmless and publishes nothing
    expect(app.router.invoke('stage.message.clear', { conferenceId })).toEqual({ cleared: null });
    expect(events).toHaveLength(1);
    expect(log(conferenceId)[0]!.clearedAt).toBe(message.shownAt + 10_000);
  });

  it('keeps its expiry across a restart', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const message = app.router.invoke('stage.message.set', { conferenceId, text: '还有五分钟', seconds: 60 });
    app.close();
    let now = message.shownAt + 30_000;
    const reopened = openRostrum({ dataDir: app.dataDir, now: () => now });
    try {
      expect(reopened.router.invoke('stage.get', { conferenceId }).message).toMatchObject({ id: message.id, expiresAt: message.shownAt + 60_000 });
      now = message.shownAt + 60_000;
      expect(reopened.router.invoke('stage.get', { conferenceId }).message).toBeNull();
    } finally {
      reopened.close();
    }
    app = openTestApp(app.dataDir);
  });

  it('a replaced message that had run out is logged as leaving at its expiry, not at the replacement', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const first = app.router.invoke('stage.message.set', { conferenceId, preset: 'be_brief', seconds: 5 });
    app.clock.advance(20_000);
    const second = app.router.invoke('stage.message.set', { conferenceId, preset: 'time_up' });
    expect(shownId(conferenceId)).toBe(second.id);
    expect(log(conferenceId).map((m) => [m.id, m.clearedAt])).toEqual([
      [first.id, first.shownAt + 5_000],
      [second.id, null]
    ]);
  });

  it('every message leaves the stage when the conference ends; none can be shown after; undoing the end brings it back', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const message = app.router.invoke('stage.message.set', { conferenceId, preset: 'last_question', flash: true });
    app.clock.advance(3_000);
    const ended = app.router.invoke('live.end', { conferenceId });
    expect(shownId(conferenceId)).toBeNull();
    expect(log(conferenceId)[0]!.clearedAt).toBe(ended.endedAt);

    const before = dump(app.db);
    expectRefused(app.router.call('stage.message.set', { conferenceId, text: '散会' }), 'invalid_state', 'conferenceId');
    expect(dump(app.db)).toEqual(before);

    // derived from the conference's state, so the undo of a mistaken end puts the message back as it was
    app.router.invoke('live.undo', { conferenceId });
    expect(shownId(conferenceId)).toBe(message.id);
  });

  it('a message for this segment leaves at the next one; one without the option stays', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const segment = app.router.invoke('stage.get', { conferenceId }).segment!;
    const scoped = app.router.invoke('stage.message.set', { conferenceId, text: '请准备发言', untilNextSegment: true });
    expect(scoped).toMatchObject({ untilNextSegment: true, segmentId: segment.id });
    app.clock.advance(4_000);
    app.router.invoke('live.advance', { conferenceId });
    expect(shownId(conferenceId)).toBeNull();
    expect(log(conferenceId)[0]!.clearedAt).toBe(scoped.shownAt + 4_000);

    const lasting = app.router.invoke('stage.message.set', { conferenceId, text: '全场保持安静' });
    app.clock.advance(4_000);
    app.router.invoke('live.advance', { conferenceId });
    expect(shownId(conferenceId)).toBe(lasting.id);
  });

  it('refuses a bad time or option naming the field, and changes nothing', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const { call } = app.router;
    const before = dump(app.db);
    expectRefused(call('stage.message.set', { conferenceId, text: '太短', seconds: 4 }), 'invalid_input', 'seconds');
    expectRefused(call('stage.message.set', { conferenceId, text: '太长', seconds: 3601 }), 'invalid_input', 'seconds');
    expectRefused(call('stage.message.set', { conferenceId, text: '小数', seconds: 7.5 }), 'invalid_input', 'seconds');
    expectRefused(call('stage.message.set', { conferenceId, text: '选项', untilNextSegment: 'yes' }), 'invalid_input', 'untilNextSegment');
    expect(dump(app.db)).toEqual(before);
  });
});
