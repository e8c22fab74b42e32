import { describe, expect, it } from 'vitest';
import type { Conference, Segment } from '../../../../shared/domain';
import { formatClock } from '../../i18n/format';
import { agendaPlannedSeconds, conferenceTiming, segmentElapsedMs, segmentTiming, shownRemainingMs, toneOf, warningThresholdMs } from './timing';

const MIN = 60_000;

function segment(patch: Partial<Segment>): Segment {
  return {
    id: 1,
    conferenceId: 1,
    position: 0,
    kind: 'statement',
    title: '发布情况',
    speakerId: null,
    plannedSeconds: 20 * 60,
    extendedSeconds: 0,
    status: 'pending',
    startedAt: null,
    endedAt: null,
    elapsedBeforeMs: 0,
    preparedText: '',
    ...patch
  };
}

function conference(patch: Partial<Conference>): Conference {
  return {
    id: 1,
    title: 't',
    topic: '',
    organiser: '',
    venue: '',
    scheduledStart: null,
    plannedSeconds: 75 * 60,
    extendedSeconds: 0,
    language: 'zh',
    header: { source: '', author: '', publishedAt: '', credits: '', lead: '', editingStandard: 'edited' },
    status: 'live',
    startedAt: 0,
    endedAt: null,
    lastQuestionId: null,
    timeZone: 'Asia/Shanghai',
    groundRules: null,
    embargoUntil: null,
    revision: 1,
    createdAt: 0,
    updatedAt: 0,
    ...patch
  };
}

describe('segment timer', () => {
  it('derives elapsed time from the stored start and the clock, not from ticks', () => {
    const live = segment({ status: 'live', startedAt: 1_000_000 });
    expect(segmentElapsedMs(live, 1_000_000 + 5 * MIN)).toBe(5 * MIN);
    // a reload an hour later reads the same stamps and shows the right time
    expect(segmentElapsedMs(live, 1_000_000 + 65 * MIN)).toBe(65 * MIN);
  });

  it('continues a reopened segment from where it stopped', () => {
    const reopened = segment({ status: 'live', startedAt: 10 * MIN, elapsedBeforeMs: 3 * MIN });
    expect(segmentElapsedMs(reopened, 12 * MIN)).toBe(5 * MIN);
  });

  it('freezes a finished segment at its end, whatever the clock says', () => {
    const done = segment({ status: 'done', startedAt: 0, endedAt: 7 * MIN });
    expect(segmentElapsedMs(done, 99 * MIN)).toBe(7 * MIN);
    expect(segmentElapsedMs(segment({ status: 'skipped' }), 99 * MIN)).toBe(0);
  });

  it('counts extensions in the plan and turns amber in the last two minutes, red when over', () => {
    const live = segment({ status: 'live', startedAt: 0, plannedSeconds: 10 * 60, extendedSeconds: 60 });
    expect(segmentTiming(live, 5 * MIN)).toMatchObject({ plannedMs: 11 * MIN, remainingMs: 6 * MIN, tone: 'normal' });
    expect(segmentTiming(live, 9.5 * MIN).tone).toBe('warning');
    expect(segmentTiming(live, 11 * MIN).tone).toBe('warning');
    expect(segmentTiming(live, 11 * MIN + 1000)).toMatchObject({ tone: 'overtime', remainingMs: -1000, fraction: 1 });
  });

  it('shows elapsed and remaining so that they add up to the plan, mid-second too', () => {
    const live = segment({ status: 'live', startedAt: 0, plannedSeconds: 45 * 60 });
    for (const now of [3 * MIN + 5_400, 3 * MIN + 5_000, 44 * MIN + 59_999, 1]) {
      const timing = segmentTiming(live, now);
      const [em, es] = formatClock(timing.elapsedMs).split(':').map(Number);
      const [rm, rs] = formatClock(shownRemainingMs(timing.remainingMs)).split(':').map(Number);
      expect((em! + rm!) * 60 + es! + rs!, `at ${now} ms`).toBe(45 * 60);
    }
    expect(formatClock(shownRemainingMs(segmentTiming(live, 3 * MIN + 5_400).remainingMs))).toBe('41:55');
    expect(shownRemainingMs(0)).toBe(0);
  });

  it('scales the warning down for short segments and has no tone without a plan', () => {
    expect(warningThresholdMs(2 * MIN)).toBe(30_000);
    expect(warningThresholdMs(45 * MIN)).toBe(2 * MIN);
    expect(toneOf(5 * MIN, 0, true)).toBe('normal');
    expect(toneOf(0, 10 * MIN, false)).toBe('idle');
  });
});

describe('conference timer', () => {
  const segments = [
    segment({ id: 1, status: 'done', startedAt: 0, endedAt: 4 * MIN, plannedSeconds: 3 * 60 }),
    segment({ id: 2, status: 'live', startedAt: 4 * MIN, plannedSeconds: 20 * 60 }),
    segment({ id: 3, status: 'pending', plannedSeconds: 45 * 60, extendedSeconds: 5 * 60 }),
    segment({ id: 4, status: 'skipped', plannedSeconds: 2 * 60 })
  ];

  it('measures the whole conference against its plan including extensions', () => {
    const timing = conferenceTiming(conference({ extendedSeconds: 10 * 60 }), segments, 14 * MIN);
    expect(timing.elapsedMs).toBe(14 * MIN);
    expect(timing.plannedMs).toBe(85 * MIN);
    expect(timing.extendedMs).toBe(10 * MIN);
    expect(timing.remainingMs).toBe(71 * MIN);
    // 14 run + 10 left of the live segment + 50 of the pending one; skipped segments count nothing
    expect(timing.projectedMs).toBe(74 * MIN);
  });

  it('stops at the end of an ended conference', () => {
    const timing = conferenceTiming(conference({ status: 'ended', endedAt: 80 * MIN }), segments, 500 * MIN);
    expect(timing.elapsedMs).toBe(80 * MIN);
    expect(timing.tone).toBe('overtime');
    expect(timing.projectedMs).toBe(80 * MIN);
  });

  it('sums the agenda without skipped segments', () => {
    expect(agendaPlannedSeconds(segments)).toBe((3 + 20 + 45 + 5) * 60);
  });
});
