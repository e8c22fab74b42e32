import { afterEach, describe, expect, it } from 'vitest';
import { openRostrum } from '../../src/main/core/rostrum';
import { dump, expectRefused, recordEvents, setupConference, startedConference } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('stage messages', () => {
  it('shows a preset in the conference’s language, replaces it with free text, and keeps both in the log', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const { invoke } = app.router;
    const events = recordEvents(app);

    const preset = invoke('stage.message.set', { conferenceId, preset: 'last_question', flash: true });
    expect(preset).toMatchObject({ text: '最后一个问题', preset: 'last_question', flash: true, clearedAt: null });
    expect(events.at(-1)).toMatchObject({ topic: 'stage', conferenceId, ids: [preset.id], method: 'stage.message.set' });
    expect(invoke('stage.get', { conferenceId }).message).toEqual(preset);

    app.clock.advance(5_000);
    const free = invoke('stage.message.set', { conferenceId, text: '  请看第三页  ' });
    expect(free).toMatchObject({ text: '请看第三页', preset: null, flash: false });
    expect(invoke('stage.get', { conferenceId }).message?.id).toBe(free.id);

    const log = invoke('stage.timing', { conferenceId }).messages;
    expect(log.map((m) => [m.text, m.clearedAt])).toEqual([
      ['最后一个问题', free.shownAt],
      ['请看第三页', null]
    ]);
  });

  it('shows presets in English for an English briefing', () => {
    app = openTestApp();
    const { conferenceId } = setupConference(app, { language: 'en' });
    const labels = (['last_question', 'two_more', 'be_brief', 'time_up'] as const).map(
      (preset) => app.router.invoke('stage.message.set', { conferenceId, preset }).text
    );
    expect(labels).toEqual(['Last question', 'Two more questions', 'Please keep it brief', 'Time is up']);
  });

  it('clears the message, and a second clear is harmless and publishes nothing', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const { invoke } = app.router;
    const shown = invoke('stage.message.set', { conferenceId, preset: 'be_brief' });
    app.clock.advance(2_000);
    const events = recordEvents(app);
    expect(invoke('stage.message.clear', { conferenceId })).toEqual({ cleared: shown.id });
    expect(invoke('stage.get', { conferenceId }).message).toBeNull();
    expect(events.map((e) => e.topic)).toEqual(['stage']);
    expect(invoke('stage.message.clear', { conferenceId })).toEqual({ cleared: null });
    expect(events).toHaveLength(1);
    expect(invoke('stage.timing', { conferenceId }).messages[0]!.clearedAt).toBe(shown.shownAt + 2_000);
  });

  it('is not a live action: the moderator’s undo still names the last live action', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const { invoke } = app.router;
    invoke('stage.message.set', { conferenceId, preset: 'time_up' });
    expect(invoke('conference.get', { id: conferenceId }).undo?.label).toBe('live.start');
    invoke('live.undo', { conferenceId });
    expect(invoke('stage.get', { conferenceId }).message?.text).toBe('时间到');
  });

  it('survives closing and reopening the database', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    app.router.invoke('stage.message.set', { conferenceId, text: '还有五分钟', flash: true });
    app.close();
    const reopened = openRostrum({ dataDir: app.dataDir });
    try {
      expect(reopened.router.invoke('stage.get', { conferenceId }).message).toMatchObject({ text: '还有五分钟', flash: true });
    } finally {
      reopened.close();
    }
  });

  it('refuses bad input naming the field, and changes nothing', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const { call } = app.router;
    call('stage.message.set', { conferenceId, text: '已显示' });
    const before = dump(app.db);
    expectRefused(call('stage.message.set', { conferenceId }), 'invalid_input', 'text');
    expectRefused(call('stage.message.set', { conferenceId, text: '两者', preset: 'be_brief' }), 'invalid_input', 'preset');
    expectRefused(call('stage.message.set', { conferenceId, text: '   ' }), 'invalid_input', 'text');
    expectRefused(call('stage.message.set', { conferenceId, text: 'x'.repeat(121) }), 'invalid_input', 'text');
    expectRefused(call('stage.message.set', { conferenceId, text: 'bell\u0007' }), 'invalid_input', 'text');
    expectRefused(call('stage.message.set', { conferenceId, preset: 'encore' }), 'invalid_input', 'preset');
    expectRefused(call('stage.message.set', { conferenceId, text: 'ok', flash: 'yes' }), 'invalid_input', 'flash');
    expectRefused(call('stage.message.set', { conferenceId: 999, text: 'ok' }), 'not_found', 'conferenceId');
    expectRefused(call('stage.message.clear', { conferenceId: 999 }), 'not_found', 'conferenceId');
    expect(dump(app.db)).toEqual(before);
  });

  it('refuses every stage write from a read-only caller and changes nothing', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const { call, invoke } = app.router;
    const segmentId = invoke('stage.get', { conferenceId }).segment!.id;
    const before = dump(app.db);
    const readonly = { role: 'readonly' as const };
    expectRefused(call('stage.message.set', { conferenceId, preset: 'be_brief' }, readonly), 'forbidden');
    expectRefused(call('stage.message.clear', { conferenceId }, readonly), 'forbidden');
    expectRefused(call('stage.settings.update', { conferenceId, warningSeconds: 10 }, readonly), 'forbidden');
    expectRefused(call('stage.segment.setTiming', { segmentId, warningSeconds: 10 }, readonly), 'forbidden');
    expectRefused(call('live.advance', { conferenceId }, readonly), 'forbidden');
    expect(dump(app.db)).toEqual(before);
    expect(call('stage.get', { conferenceId }, readonly).ok).toBe(true);
  });
});
