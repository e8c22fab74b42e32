import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers';
import { exportAs } from '../exports/export-helpers';
import { refusal, runConference, snapshot } from './builder';
import { readBack } from './read-back';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

const HOUR = 3_600_000;

function briefing(fields: { timeZone?: string; scheduledStart?: number | null } = {}) {
  const c = runConference(app, {
    title: 'Press Briefing',
    language: 'en',
    venue: 'Briefing Room',
    template: 'empty',
    ...fields,
    roster: [
      { name: 'Jen Psaki', role: 'host', honorific: 'Ms' },
      { name: 'John Smith', role: 'spokesperson', honorific: 'Mr' }
    ]
  });
  app.router.invoke('segment.add', { conferenceId: c.conferenceId, kind: 'opening' });
  app.router.invoke('segment.add', { conferenceId: c.conferenceId, kind: 'qa' });
  return c;
}

describe('stage notes', () => {
  it('a note right after a turn prints inline after its last sentence; one on its own, or after a segment break, on its own line', async () => {
    const c = briefing({ timeZone: 'America/New_York' });
    c.start();
    c.note('(The briefing begins.)');
    c.say('Jen Psaki', 'Good afternoon.');
    c.say('Jen Psaki', 'I have one thing to announce.');
    c.note('(Laughter.)');
    c.note('(Applause.)');
    c.advance();
    c.note('(Pause.)');
    const q = c.ask(null, 'Jen, a question.');
    c.answer(q, 'John Smith', 'Go ahead.');
    c.note('(Laughter.)');
    c.close(q);
    c.end();
    const formats = await readBack(app, c.conferenceId);
    for (const [format, lines] of Object.entries(formats)) {
      const body = lines.slice(lines.indexOf('(The briefing begins.)'), -1);
      expect(
        body.map((l) => l.replace(/: +/, ':  ').replace(/^Q +/, 'Q  ')),
        format
      ).toEqual([
        '(The briefing begins.)',
        'MS. PSAKI:  Good afternoon.',
        'I have one thing to announce. (Laughter.) (Applause.)',
        '(Pause.)',
        'Q  Jen, a question.',
        'MR. SMITH:  Go ahead. (Laughter.)'
      ]);
    }
    // captions keep a cue per turn: the notes too
    expect(exportAs(app, c.conferenceId, 'vtt').content.match(/ --> /g)).toHaveLength(9);
  });
});

describe('a reporter’s remark', () => {
  it('prints as “Q” without registering a question, is not counted, and undoes like any live action', () => {
    const c = briefing({ timeZone: 'UTC' });
    const { invoke } = app.router;
    c.start();
    c.advance();
    const q = c.ask('Reuters', 'What about the budget?', 'foreign');
    c.answer(q, 'John Smith', 'It passed.');
    c.close(q);
    const remark = c.remark('Thank you.');
    expect(remark).toMatchObject({ speakerKind: 'reporter', questionId: null, outletId: null, reporterName: '' });
    expect(invoke('conference.get', { id: c.conferenceId }).undo).toMatchObject({ label: 'turn.remark', args: { text: 'Thank you.' } });
    expect(invoke('question.list', { conferenceId: c.conferenceId })).toHaveLength(1);
    invoke('live.undo', { conferenceId: c.conferenceId });
    expect(invoke('turn.list', { conferenceId: c.conferenceId }).some((t) => t.id === remark.id)).toBe(false);
    invoke('live.redo', { conferenceId: c.conferenceId });
    c.end();
    expect(exportAs(app, c.conferenceId, 'txt').content).toContain('MR. SMITH:  It passed.\n\nQ  Thank you.\n\nEND');
    const report = invoke('report.conference', { conferenceId: c.conferenceId });
    expect(report.outlets.reduce((n, o) => n + o.registered, 0)).toBe(1);
    expect(report.outlets.reduce((n, o) => n + o.asked, 0)).toBe(1);
  });

  it('in Chinese prints under the outlet given, or 记者; an unknown outlet is refused and changes nothing', () => {
    const c = runConference(app, { title: '插话', language: 'zh', template: 'empty', roster: [{ name: '朱雷', role: 'spokesperson' }] });
    c.start();
    c.remark('谢谢。');
    c.remark('好的。', { outletId: c.outlet('大众网') });
    const before = snapshot(app, c.conferenceId);
    expect(refusal(app, 'turn.remark', { conferenceId: c.conferenceId, text: '嗯。', outletId: 99_999 })).toMatchObject({
      details: { field: 'outletId' }
    });
    expect(refusal(app, 'turn.remark', { conferenceId: c.conferenceId, text: '' })).toMatchObject({ details: { field: 'text' } });
    expect(snapshot(app, c.conferenceId)).toEqual(before);
    c.end();
    expect(exportAs(app, c.conferenceId, 'txt').content).toContain('新闻发布会开始\n记者\n谢谢。\n大众网记者\n好的。\n');
  });
});

describe('the conference’s time zone', () => {
  it('defaults to the machine’s zone; an unknown zone or an offset is refused, naming the field, changing nothing', () => {
    const { invoke } = app.router;
    const made = invoke('conference.create', { title: 'Default zone' });
    expect(made.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const before = snapshot(app, made.id);
    for (const timeZone of ['Mars/Olympus_Mons', '+08:00', '', 'Asia/Shanghai; DROP TABLE']) {
      expect(refusal(app, 'conference.update', { id: made.id, timeZone })).toMatchObject({ code: 'invalid_input', details: { field: 'timeZone' } });
    }
    expect(refusal(app, 'conference.create', { title: 'x', timeZone: 'Nowhere/Land' })).toMatchObject({ details: { field: 'timeZone' } });
    expect(snapshot(app, made.id)).toEqual(before);
    expect(invoke('conference.list', {})).toHaveLength(1);
    expect(invoke('conference.update', { id: made.id, timeZone: 'Europe/London' }).timeZone).toBe('Europe/London');
    expect(invoke('stage.get', { conferenceId: made.id }).conference.timeZone).toBe('Europe/London');
  });

  it('is used by the exports’ time lines, file names and withTimes, and the report’s CSV', () => {
    const c = briefing({ timeZone: 'Asia/Tokyo' });
    c.start();
    c.say('Jen Psaki', 'Good morning.');
    app.clock.advance(HOUR);
    c.end();
    const file = exportAs(app, c.conferenceId, 'txt', { withTimes: true });
    // the manual clock starts at 01:00 UTC on 2 January 2024: 10:00 in Tokyo
    expect(file.content).toContain('January 2, 2024\n10:00 A.M. GMT+9');
    expect(file.content).toContain('[10:00:30] MS. PSAKI:  Good morning.');
    expect(file.content).toContain('END 11:00 A.M. GMT+9');
    expect(file.fileName.startsWith('2024-01-02 ')).toBe(true);
    const csv = app.router.invoke('report.csv', { report: 'conference', conferenceId: c.conferenceId, language: 'en' });
    expect(csv.content).toContain('Press Briefing,2024-01-02 10:00,');
  });
});

describe('correcting the actual start and end after the event', () => {
  it('keeps each change in the time history; the exports’ time line and END line follow', () => {
    const c = briefing({ timeZone: 'America/New_York' });
    const { invoke } = app.router;
    c.start();
    c.say('Jen Psaki', 'Good morning.');
    app.clock.advance(HOUR);
    c.end();
    const ended = invoke('conference.get', { id: c.conferenceId }).conference;
    expect(exportAs(app, c.conferenceId, 'txt').content).toContain('8:00 P.M. EST');
    const startedAt = ended.startedAt! - 5 * 60_000;
    const endedAt = ended.endedAt! + 10 * 60_000;
    invoke('conference.correctTimes', { id: c.conferenceId, startedAt, kind: 'correction', editor: 'Desk', reason: 'clock started late' });
    invoke('conference.correctTimes', { id: c.conferenceId, endedAt, kind: 'alteration' });
    expect(invoke('conference.get', { id: c.conferenceId }).conference).toMatchObject({ startedAt, endedAt });
    expect(invoke('conference.timeHistory', { id: c.conferenceId })).toEqual([
      expect.objectContaining({
        field: 'startedAt',
        kind: 'correction',
        before: ended.startedAt,
        after: startedAt,
        editor: 'Desk',
        reason: 'clock started late'
      }),
      expect.objectContaining({ field: 'endedAt', kind: 'alteration', before: ended.endedAt, after: endedAt })
    ]);
    const text = exportAs(app, c.conferenceId, 'txt', { stateCorrections: true }).content;
    // the record says when it was corrected and when altered
    expect(text).toContain('(This transcript was corrected on January 1, 2024.)\n\n(This transcript was amended on January 1, 2024.)');
    expect(text).toContain('January 1, 2024\n7:55 P.M. EST');
    expect(text.trim().endsWith('END 9:10 P.M. EST')).toBe(true);
  });

  it('refuses start after end, an empty correction, and a conference not yet ended, changing nothing', () => {
    const c = briefing({ timeZone: 'UTC' });
    c.start();
    expect(refusal(app, 'conference.correctTimes', { id: c.conferenceId, startedAt: 0, kind: 'correction' })).toMatchObject({
      code: 'invalid_state'
    });
    app.clock.advance(HOUR);
    c.end();
    const { conference } = app.router.invoke('conference.get', { id: c.conferenceId });
    const before = snapshot(app, c.conferenceId);
    expect(refusal(app, 'conference.correctTimes', { id: c.conferenceId, startedAt: conference.endedAt! + 1, kind: 'correction' })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'startedAt' }
    });
    expect(refusal(app, 'conference.correctTimes', { id: c.conferenceId, endedAt: conference.startedAt! - 1, kind: 'correction' })).toMatchObject({
      details: { field: 'endedAt' }
    });
    expect(refusal(app, 'conference.correctTimes', { id: c.conferenceId, kind: 'correction' })).toMatchObject({ details: { field: 'startedAt' } });
    expect(refusal(app, 'conference.correctTimes', { id: c.conferenceId, startedAt: 1, kind: 'fix' })).toMatchObject({ details: { field: 'kind' } });
    expect(snapshot(app, c.conferenceId)).toEqual(before);
  });
});

describe('ground rules and embargo', () => {
  it('print in the header; before the embargo an export needs confirmation and is marked EMBARGOED UNTIL …', async () => {
    const c = briefing({ timeZone: 'America/New_York' });
    const { invoke } = app.router;
    c.start();
    c.say('Jen Psaki', 'Good morning.');
    c.end();
    const embargoUntil = app.clock.now() + 2 * HOUR;
    invoke('conference.update', { id: c.conferenceId, groundRules: 'on_background', embargoUntil });
    expect(refusal(app, 'transcript.export', { conferenceId: c.conferenceId, format: 'txt' })).toMatchObject({
      code: 'invalid_state',
      details: { field: 'confirmEmbargo', embargoUntil }
    });
    // the JSON file is the archive's copy, not a publication: it needs no confirmation
    expect(exportAs(app, c.conferenceId, 'json').content).toContain('"embargoUntil"');
    const formats = await readBack(app, c.conferenceId, { confirmEmbargo: true });
    for (const [format, lines] of Object.entries(formats)) {
      expect(lines.slice(1, 3), format).toEqual(['EMBARGOED UNTIL 10:00 P.M. EST, JANUARY 1, 2024', 'ON BACKGROUND']);
    }
    app.clock.advance(2 * HOUR);
    const after = exportAs(app, c.conferenceId, 'txt').content;
    expect(after).not.toContain('EMBARGOED');
    expect(after).toContain('ON BACKGROUND');
  });

  it('in Chinese: 禁发至 in the conference’s zone, and the ground rules in words', () => {
    const c = runConference(app, {
      title: '吹风会',
      language: 'zh',
      timeZone: 'Asia/Shanghai',
      template: 'empty',
      roster: [{ name: '朱雷', role: 'spokesperson' }]
    });
    c.start();
    c.say('朱雷', '大家好。');
    c.end();
    app.router.invoke('conference.update', { id: c.conferenceId, groundRules: 'on_the_record', embargoUntil: Date.UTC(2024, 0, 2, 4, 30) });
    const lines = exportAs(app, c.conferenceId, 'txt', { confirmEmbargo: true }).content.split('\n');
    expect(lines.slice(0, 3)).toEqual(['吹风会', '禁发至2024年1月2日 12:30', '（本场发布会内容可公开报道）']);
  });

  it('refuses an embargo before the scheduled or actual start, and unknown ground rules, changing nothing', () => {
    const scheduledStart = Date.UTC(2024, 0, 3, 2, 0);
    const c = briefing({ timeZone: 'UTC', scheduledStart });
    const before = snapshot(app, c.conferenceId);
    expect(refusal(app, 'conference.update', { id: c.conferenceId, embargoUntil: scheduledStart - 1 })).toMatchObject({
      code: 'invalid_input',
      details: { field: 'embargoUntil' }
    });
    expect(refusal(app, 'conference.update', { id: c.conferenceId, groundRules: 'secret' })).toMatchObject({ details: { field: 'groundRules' } });
    expect(refusal(app, 'conference.create', { title: 'x', scheduledStart, embargoUntil: scheduledStart - 1 })).toMatchObject({
      details: { field: 'embargoUntil' }
    });
    expect(snapshot(app, c.conferenceId)).toEqual(before);
    c.start();
    expect(refusal(app, 'conference.update', { id: c.conferenceId, embargoUntil: app.clock.now() - 1 })).toMatchObject({
      details: { field: 'embargoUntil' }
    });
  });
});
