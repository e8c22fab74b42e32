import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeError } from '../../src/renderer/src/i18n/errors';
import { openTestApp, type TestApp } from '../helpers';
import { refusal, runConference } from './builder';

// the console's own words, read from its locale files (its i18n module needs a browser to load them)
const locales = path.join(import.meta.dirname, '../../src/renderer/src/i18n/locales');
const words = i18next.createInstance();
await words.init({
  resources: Object.fromEntries(
    ['zh', 'en'].map((lng) => [lng, { errors: JSON.parse(fs.readFileSync(path.join(locales, lng, 'errors.json'), 'utf8')) as object }])
  )
});

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

/**
 * The server words its refusals in English; the console words them in the UI
 * language by matching them. Each refusal of the new fields, as the server
 * really words it, must come out in Chinese and English, not as the raw text.
 */
describe('the refusals of the published record’s fields, in the moderator’s words', () => {
  it('are translated in both languages, each naming its field', () => {
    const c = runConference(app, { title: '词句', language: 'zh', roster: [{ name: '朱雷', role: 'spokesperson' }] });
    const answered = c.register('大众网', '问题？');
    c.start();
    const errors = {
      timeZone: refusal(app, 'conference.update', { id: c.conferenceId, timeZone: 'Mars/Base' }),
      repliedOn: refusal(app, 'reply.record', {
        conferenceId: c.conferenceId,
        questionId: answered,
        participantId: c.participant['朱雷'],
        text: '答。',
        repliedOn: '2024-02-30'
      }),
      questionId: refusal(app, 'reply.record', {
        conferenceId: c.conferenceId,
        questionId: answered,
        participantId: c.participant['朱雷'],
        text: '答。',
        repliedOn: '2024-01-05'
      }),
      embargoUntil: refusal(app, 'conference.update', { id: c.conferenceId, embargoUntil: 1 }),
      interpretsTurnId: refusal(app, 'turn.interpret', { conferenceId: c.conferenceId, participantId: c.participant['朱雷'], text: '译。' })
    };
    const unasked = c.register('闪电新闻', '书面问题？');
    c.close(unasked, 'written_reply');
    const unaskedTurn = refusal(app, 'turn.add', { conferenceId: c.conferenceId, speakerKind: 'note', questionId: unasked, text: '（答）' });
    app.clock.advance(60_000);
    c.end();
    const { conference } = app.router.invoke('conference.get', { id: c.conferenceId });
    const startedAt = refusal(app, 'conference.correctTimes', { id: c.conferenceId, startedAt: conference.endedAt! + 1, kind: 'correction' });
    app.router.invoke('conference.update', { id: c.conferenceId, embargoUntil: app.clock.now() + 60_000 });
    const confirmEmbargo = refusal(app, 'transcript.export', { conferenceId: c.conferenceId, format: 'txt' });
    for (const [field, error] of Object.entries({ ...errors, startedAt, confirmEmbargo })) {
      expect(error.details?.field, field).toBe(field);
      const zh = describeError(error, words.getFixedT('zh'));
      const en = describeError(error, words.getFixedT('en'));
      expect(zh.message, field).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.message, field).not.toContain(error.message);
      // not the fallback that quotes the server (its English may well be the same words)
      expect(en.message, field).not.toMatch(/^(Some input was refused|Not possible now)/);
      expect(zh.fields[field], field).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(unaskedTurn.details?.field).toBe('questionId');
    expect(describeError(unaskedTurn, words.getFixedT('zh')).message).toBe('该提问未在现场提出，请改为记录会后书面答复。');
    expect(describeError(unaskedTurn, words.getFixedT('en')).message).toBe('That question was never asked aloud: record its written reply instead.');
  });
});
