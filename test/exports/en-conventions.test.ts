import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers';
import { exportAs, smallConference } from './export-helpers';

let app: TestApp;
afterEach(() => app?.cleanup());

const HOUR = 3_600_000;

/** A briefing from 10:00 to 11:05 A.M. in Washington (15:00–16:05 UTC). */
function briefing(): number {
  app = openTestApp();
  app.clock.advance(14 * HOUR); // the test clock starts at 01:00 UTC
  const { invoke } = app.router;
  return smallConference(
    app,
    'en',
    ({ host, speaker, outlet, conferenceId }) => {
      invoke('turn.add', {
        conferenceId,
        speakerKind: 'participant',
        participantId: host,
        text: 'Good morning, everyone.\nI have two items for you.'
      });
      app.clock.advance(60_000);
      invoke('turn.add', { conferenceId, speakerKind: 'note', text: 'Laughter.' });
      const q = invoke('question.register', { conferenceId, outletId: outlet, text: 'Thank you, Jen. Two questions.' });
      invoke('question.call', { conferenceId, id: q.id });
      app.clock.advance(30_000);
      invoke('answer.record', { questionId: q.id, participantId: speaker, text: 'Happy to take them. (Applause.)' });
      invoke('question.close', { id: q.id, status: 'answered' });
      invoke('turn.add', { conferenceId, speakerKind: 'reporter', outletId: outlet, reporterName: 'Peter Doocy', text: 'One more?' });
      invoke('turn.add', { conferenceId, speakerKind: 'note', text: '(Applause.)' });
      app.clock.advance(HOUR + 5 * 60_000 - 90_000);
    },
    { venue: 'James S. Brady Press Briefing Room' }
  );
}

describe('English conferences follow the briefing convention', () => {
  it('prints title, place, start time, names in capitals, Q, stage notes and END with the time', () => {
    const conferenceId = briefing();
    const text = exportAs(app, conferenceId, 'txt', { timeZone: 'America/New_York' }).content;
    expect(text).toBe(
      [
        'Press Briefing by the Press Secretary',
        'James S. Brady Press Briefing Room\nJanuary 2, 2024\n10:00 A.M. EST',
        'MS. PSAKI:  Good morning, everyone.',
        'I have two items for you. (Laughter.)',
        'Q  Thank you, Jen. Two questions.',
        'MR. SMITH:  Happy to take them. (Applause.)',
        'PETER DOOCY:  One more? (Applause.)',
        'END 11:05 A.M. EST'
      ].join('\n\n') + '\n'
    );
  });

  it('prints times in the conference’s own time zone unless the export names another', () => {
    const conferenceId = briefing();
    app.router.invoke('conference.update', { id: conferenceId, timeZone: 'UTC' });
    const text = exportAs(app, conferenceId, 'txt').content;
    expect(text).toContain('3:00 P.M. UTC');
    expect(text.trim().endsWith('END 4:05 P.M. UTC')).toBe(true);
    app.router.invoke('conference.update', { id: conferenceId, timeZone: 'Asia/Tokyo' });
    expect(exportAs(app, conferenceId, 'txt').content.trim().endsWith('END 1:05 A.M. GMT+9')).toBe(true);
    expect(exportAs(app, conferenceId, 'txt', { timeZone: 'America/New_York' }).content).toContain('END 11:05 A.M. EST');
  });

  it('uses a label set on the roster instead of the derived one', () => {
    const conferenceId = briefing();
    const speaker = app.router.invoke('conference.get', { id: conferenceId }).participants.find((p) => p.role === 'spokesperson')!;
    app.router.invoke('participant.update', { id: speaker.id, label: 'SECRETARY SMITH' });
    expect(exportAs(app, conferenceId, 'txt').content).toContain('SECRETARY SMITH:  Happy to take them.');
  });

  it('carries the convention into Markdown, HTML and captions', () => {
    const conferenceId = briefing();
    const md = exportAs(app, conferenceId, 'md').content;
    expect(md).toContain('**MS. PSAKI:** Good morning, everyone.');
    expect(md).toContain('**Q** Thank you, Jen. Two questions.');
    expect(md).toContain('**END 4:05 P.M. UTC**');
    const html = exportAs(app, conferenceId, 'html').content;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<strong>MS. PSAKI:</strong>  Good morning, everyone.</p>');
    const vtt = exportAs(app, conferenceId, 'vtt').content;
    expect(vtt).toContain('00:00:00.000 --> 00:01:00.000\nMS. PSAKI: Good morning, everyone.\nI have two items for you.');
    expect(vtt).toContain('\n(Laughter.)\n');
  });
});
