import { afterEach, describe, expect, it } from 'vitest';
import { expectRefused, recordEvents } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';
import { exportAs, smallConference } from './export-helpers';

let app: TestApp;
afterEach(() => app?.cleanup());

const TEXT = '第一句公开。第二句保密😀。第三句公开。';

function oneTurn(language: 'zh' | 'en' = 'zh') {
  app = openTestApp();
  let turnId = 0;
  const conferenceId = smallConference(app, language, ({ speaker, conferenceId }) => {
    turnId = app.router.invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId: speaker, text: TEXT }).id;
  });
  return { conferenceId, turnId };
}
const span = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });

describe('redactions', () => {
  it('are added, listed with their quote, announced, and removed', () => {
    const { conferenceId, turnId } = oneTurn();
    const events = recordEvents(app);
    const added = app.router.invoke('redaction.add', { turnId, ...span('第二句保密😀。'), reason: '涉密' });
    expect(added).toMatchObject({ turnId, conferenceId, quote: '第二句保密😀。', reason: '涉密', stale: false });
    expect(events.map((e) => `${e.topic}:${e.conferenceId}`)).toEqual([`turns:${conferenceId}`]);
    expect(app.router.invoke('redaction.list', { conferenceId })).toEqual([added]);
    expect(exportAs(app, conferenceId, 'txt').content).toContain('第一句公开。［此处删节］第三句公开。');
    app.router.invoke('redaction.remove', { id: added.id });
    expect(app.router.invoke('redaction.list', { conferenceId })).toEqual([]);
    expect(exportAs(app, conferenceId, 'txt').content).toContain(TEXT);
  });

  it('refuses a span that is empty, too long, splits a character, or names no turn', () => {
    const { turnId } = oneTurn();
    expectRefused(app.router.call('redaction.add', { turnId, start: 5, end: 5 }), 'invalid_input', 'end');
    expectRefused(app.router.call('redaction.add', { turnId, start: 0, end: TEXT.length + 1 }), 'invalid_input', 'end');
    expectRefused(app.router.call('redaction.add', { turnId, start: -1, end: 3 }), 'invalid_input', 'start');
    const emoji = TEXT.indexOf('😀');
    expectRefused(app.router.call('redaction.add', { turnId, start: emoji + 1, end: emoji + 3 }), 'invalid_input', 'start');
    expectRefused(app.router.call('redaction.add', { turnId, start: 0, end: emoji + 1 }), 'invalid_input', 'end');
    expectRefused(app.router.call('redaction.add', { turnId: 999, start: 0, end: 1 }), 'not_found', 'turnId');
    expectRefused(app.router.call('redaction.remove', { id: 999 }), 'not_found', 'id');
    expectRefused(app.router.call('redaction.add', { turnId, start: 0, end: 1 }, { role: 'readonly' }), 'forbidden');
    expect(app.router.invoke('redaction.list', { conferenceId: 1 })).toEqual([]);
  });

  it('merges overlapping spans into one marker', () => {
    const { conferenceId, turnId } = oneTurn();
    app.router.invoke('redaction.add', { turnId, ...span('第二句保密'), reason: 'a' });
    app.router.invoke('redaction.add', { turnId, ...span('保密😀。第三'), reason: 'b' });
    expect(exportAs(app, conferenceId, 'txt').content).toContain('第一句公开。［此处删节］句公开。');
    expect(exportAs(app, conferenceId, 'txt', { audience: 'internal' }).content).toContain('第一句公开。［删节：第二句保密😀。第三］句公开。');
  });

  it('follow their words through a correction, and go stale (hiding nothing) when the words are gone', () => {
    const { conferenceId, turnId } = oneTurn();
    app.router.invoke('redaction.add', { turnId, ...span('第二句保密😀。') });
    app.router.invoke('turn.update', { id: turnId, text: `开场白。${TEXT}`, kind: 'correction' });
    expect(exportAs(app, conferenceId, 'txt').content).toContain('开场白。第一句公开。［此处删节］第三句公开。');
    app.router.invoke('turn.update', { id: turnId, text: '第一句公开。第三句公开。', kind: 'alteration' });
    expect(app.router.invoke('redaction.list', { conferenceId })[0]!.stale).toBe(true);
    expect(exportAs(app, conferenceId, 'txt').content).toContain('第一句公开。第三句公开。');
  });

  it('print "[redacted]" in an English transcript', () => {
    const { conferenceId, turnId } = oneTurn('en');
    app.router.invoke('redaction.add', { turnId, ...span('第二句保密😀。') });
    expect(exportAs(app, conferenceId, 'txt').content).toContain('MR. SMITH:  第一句公开。[redacted]第三句公开。');
    expect(exportAs(app, conferenceId, 'txt', { audience: 'internal' }).content).toContain('[redacted: 第二句保密😀。]');
  });
});
