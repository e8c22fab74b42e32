import { afterEach, describe, expect, it } from 'vitest';
import { answerTimer, expectedEndAt, segmentTimer } from '../../src/shared/stage';
import { dump, expectRefused, setupConference, startedConference } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';

let app: TestApp;
afterEach(() => app?.cleanup());

const MIN = 60_000;
/** The standard agenda: opening 3, introduction 2, statement 20, Q&A 45, closing 2 minutes. */
const AGENDA_SECONDS = (3 + 2 + 20 + 45 + 2) * 60;

describe('segment timer: warning and overtime from stored stamps', () => {
  it('turns amber at the warning threshold and red past the planned end plus grace', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const { invoke } = app.router;
    const stage = () => invoke('stage.get', { conferenceId });
    const timer = () => {
      const s = stage();
      return segmentTimer(s.segment!, s.serverNow);
    };

    // the 3-minute opening: the conference's 120 s warning is capped at its last quarter
    expect(stage().segment).toMatchObject({ title: '主持人开场', plannedSeconds: 180, warningSeconds: 45, overtimeGraceSeconds: 0 });
    expect(timer()).toMatchObject({ mode: 'countdown', remainingMs: 180_000, state: 'normal' });
    app.clock.advance(134_999);
    expect(timer()).toMatchObject({ remainingMs: 45_001, state: 'normal' });
    app.clock.advance(1);
    expect(timer()).toMatchObject({ remainingMs: 45_000, state: 'warning' });
    app.clock.advance(45_000);
    expect(timer()).toMatchObject({ remainingMs: 0, state: 'warning' });
    app.clock.advance(1);
    expect(timer().state).toBe('overtime');

    // a grace keeps it amber a little longer; a segment's own rule beats the conference's
    invoke('stage.settings.update', { conferenceId, overtimeGraceSeconds: 30 });
    expect(timer().state).toBe('warning');
    app.clock.advance(30_000);
    expect(timer().state).toBe('overtime');
    const segmentId = stage().segment!.id;
    invoke('stage.segment.setTiming', { segmentId, overtimeGraceSeconds: 60, warningSeconds: 10 });
    expect(stage().segment).toMatchObject({ warningSeconds: 10, overtimeGraceSeconds: 60 });
    expect(timer().state).toBe('warning');
    invoke('stage.segment.setTiming', { segmentId, overtimeGraceSeconds: null });
    expect(stage().segment).toMatchObject({ warningSeconds: 10, overtimeGraceSeconds: 30 });

    // extending the segment gives it time back
    invoke('live.extend', { conferenceId, segmentId, seconds: 120 });
    expect(timer()).toMatchObject({ remainingMs: 120_000 - 30_001, state: 'normal' });
  });

  it('counts up when a segment has no planned time', () => {
    const reading = segmentTimer(
      {
        status: 'live',
        plannedSeconds: 0,
        extendedSeconds: 0,
        startedAt: 1_000,
        endedAt: null,
        elapsedBeforeMs: 5_000,
        warningSeconds: 120,
        overtimeGraceSeconds: 0
      },
      11_000
    );
    expect(reading).toMatchObject({ mode: 'elapsed', elapsedMs: 15_000, state: 'normal' });
  });

  it('continues a reopened segment’s clock where it stopped', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const { invoke } = app.router;
    const opening = invoke('stage.get', { conferenceId }).segment!;
    app.clock.advance(60_000);
    invoke('live.advance', { conferenceId });
    app.clock.advance(10_000);
    invoke('live.goTo', { id: opening.id });
    app.clock.advance(30_000);
    const s = invoke('stage.get', { conferenceId });
    expect(segmentTimer(s.segment!, s.serverNow).elapsedMs).toBe(90_000);
  });
});

describe('answer time limit', () => {
  it('times each question from when it was asked, against the conference’s limit or its own', () => {
    app = openTestApp();
    const { conferenceId, outlets, li } = startedConference(app);
    const { invoke } = app.router;
    invoke('live.goTo', { id: invoke('conference.get', { id: conferenceId }).segments[3]!.id });
    const q1 = invoke('question.register', { conferenceId, outletId: outlets.dzw.id, text: '请问党建工作有何亮点？', addressedToId: li.id });
    const q2 = invoke('question.register', { conferenceId, outletId: outlets.xinhua.id, text: '下一步有何打算？' });
    app.clock.advance(5_000);
    invoke('question.call', { conferenceId });

    let s = invoke('stage.get', { conferenceId });
    expect(s.question).toMatchObject({
      id: q1.id,
      outletName: outlets.dzw.name,
      text: '请问党建工作有何亮点？',
      addressedTo: { name: '李琦' },
      answerLimitSeconds: 180,
      answerWarningSeconds: 30,
      isLast: false
    });
    expect(s.nextQuestion).toMatchObject({ id: q2.id, outletName: outlets.xinhua.name, askedAt: null });
    expect(s.waitingCount).toBe(1);

    app.clock.advance(150_000);
    s = invoke('stage.get', { conferenceId });
    expect(answerTimer(s.question!, s.serverNow)).toMatchObject({ remainingMs: 30_000, state: 'warning' });
    app.clock.advance(40_000);
    s = invoke('stage.get', { conferenceId });
    expect(answerTimer(s.question!, s.serverNow)).toMatchObject({ remainingMs: -10_000, state: 'overtime' });

    invoke('stage.question.setAnswerLimit', { questionId: q1.id, answerLimitSeconds: 300 });
    s = invoke('stage.get', { conferenceId });
    expect(answerTimer(s.question!, s.serverNow)).toMatchObject({ remainingMs: 110_000, state: 'normal' });

    invoke('question.markLast', { conferenceId, id: q1.id });
    expect(invoke('stage.get', { conferenceId }).question?.isLast).toBe(true);
    invoke('question.close', { id: q1.id, status: 'answered' });
    invoke('stage.settings.update', { conferenceId, answerLimitSeconds: 120 });

    const report = invoke('stage.timing', { conferenceId });
    expect(report.questions.map((q) => [q.outletName, q.answerLimitSeconds, q.answerSeconds, q.overLimitSeconds])).toEqual([
      [outlets.dzw.name, 300, 190, 0],
      [outlets.xinhua.name, 120, null, 0]
    ]);
  });
});

describe('expected end and the timing report', () => {
  it('recomputes the expected end from actual times, overruns and extensions, and records the extensions', () => {
    app = openTestApp();
    const { conferenceId } = setupConference(app);
    const { invoke } = app.router;
    const scheduled = app.clock.now() + 10 * MIN;
    invoke('conference.update', { id: conferenceId, scheduledStart: scheduled });
    let report = invoke('stage.timing', { conferenceId });
    expect(report.expectedEndAt).toBe(scheduled + AGENDA_SECONDS * 1000);
    expect(report.plannedEndAt).toBe(scheduled + 75 * MIN);

    app.clock.advance(12 * MIN); // starts two minutes late
    const t0 = app.clock.now();
    invoke('live.start', { conferenceId });
    report = invoke('stage.timing', { conferenceId });
    expect(report.plannedEndAt).toBe(t0 + 75 * MIN);
    expect(report.expectedEndAt).toBe(t0 + AGENDA_SECONDS * 1000);
    expect(report.varianceSeconds).toBe(AGENDA_SECONDS - 75 * 60);

    // the opening overruns by 2 minutes: the expected end moves with it, minute by minute
    app.clock.advance(5 * MIN);
    report = invoke('stage.timing', { conferenceId });
    expect(report.expectedEndAt).toBe(t0 + AGENDA_SECONDS * 1000 + 2 * MIN);
    invoke('live.advance', { conferenceId });

    // two extensions: the conference as a whole, then the statement
    invoke('live.extend', { conferenceId, seconds: 10 * 60 });
    const statement = invoke('conference.get', { id: conferenceId }).segments[2]!;
    app.clock.advance(1 * MIN);
    invoke('live.extend', { conferenceId, segmentId: statement.id, seconds: 5 * 60 });

    const s = invoke('stage.get', { conferenceId });
    expect(s.nextSegment?.title).toBe('发布情况');
    report = invoke('stage.timing', { conferenceId });
    const expected = t0 + 5 * MIN + 2 * MIN + (20 + 45 + 2) * MIN + 5 * MIN + 10 * MIN;
    expect(report.expectedEndAt).toBe(expected);
    expect(expectedEndAt(s.forecast, s.serverNow)).toBe(expected);
    expect(report.plannedEndAt).toBe(t0 + 85 * MIN);
    expect(report.extendedSeconds).toBe(600);
    expect(report.segmentExtendedSeconds).toBe(300);
    expect(report.extensions.map((e) => [e.segmentTitle, e.seconds])).toEqual([
      [null, 600],
      ['发布情况', 300]
    ]);
    expect(report.segments.slice(0, 3).map((r) => [r.status, r.actualSeconds, r.overtimeSeconds])).toEqual([
      ['done', 300, 120],
      ['live', 60, 0],
      ['pending', 0, 0]
    ]);

    // ended: the expected end is the actual end
    app.clock.advance(3 * MIN);
    invoke('live.end', { conferenceId });
    report = invoke('stage.timing', { conferenceId });
    expect(report.expectedEndAt).toBe(t0 + 9 * MIN);
    expect(report.actualSeconds).toBe(9 * 60);
    expect(report.varianceSeconds).toBe(9 * 60 - 85 * 60);
  });

  it('refuses bad timing rules naming the field, and changes nothing', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const { call, invoke } = app.router;
    const segmentId = invoke('stage.get', { conferenceId }).segment!.id;
    const before = dump(app.db);
    expectRefused(call('stage.settings.update', { conferenceId, warningSeconds: -1 }), 'invalid_input', 'warningSeconds');
    expectRefused(call('stage.settings.update', { conferenceId, answerLimitSeconds: 1.5 }), 'invalid_input', 'answerLimitSeconds');
    expectRefused(call('stage.settings.update', { conferenceId: 999 }), 'not_found', 'conferenceId');
    expectRefused(call('stage.segment.setTiming', { segmentId: 999, warningSeconds: 5 }), 'not_found', 'segmentId');
    expectRefused(call('stage.segment.setTiming', { segmentId, warningSeconds: 'soon' }), 'invalid_input', 'warningSeconds');
    expectRefused(call('stage.question.setAnswerLimit', { questionId: 999, answerLimitSeconds: 60 }), 'not_found', 'questionId');
    expectRefused(call('stage.question.setAnswerLimit', { questionId: 1 }), 'invalid_input', 'answerLimitSeconds');
    invoke('live.end', { conferenceId });
    const ended = dump(app.db);
    expectRefused(call('stage.settings.update', { conferenceId, warningSeconds: 60 }), 'invalid_state', 'conferenceId');
    expect(dump(app.db)).toEqual(ended);
    expect(before.stage_settings).toEqual([]);
  });

  it('shows what is on stage before the start and after the end', () => {
    app = openTestApp();
    const { conferenceId } = setupConference(app);
    const { invoke } = app.router;
    let s = invoke('stage.get', { conferenceId });
    expect(s.conference.status).toBe('draft');
    expect(s.segment).toBeNull();
    expect(s.nextSegment?.title).toBe('主持人开场');
    invoke('live.start', { conferenceId });
    invoke('live.end', { conferenceId });
    s = invoke('stage.get', { conferenceId });
    expect(s.conference.status).toBe('ended');
    expect(s.segment).toBeNull();
    expect(s.question).toBeNull();
    expect(expectedEndAt(s.forecast, s.serverNow)).toBe(s.conference.endedAt);
  });
});
