import type { Conference, Segment } from '../../../../shared/domain';

/**
 * Timer maths, all derived from stored stamps and a clock reading, never from
 * counted ticks: a reload, a second window and a sleeping laptop agree.
 */
export type TimerTone = 'idle' | 'normal' | 'warning' | 'overtime';

/** The warning starts two minutes before the end, or in the last quarter of a shorter segment. */
export const WARNING_MS = 2 * 60 * 1000;

export function warningThresholdMs(plannedMs: number): number {
  return Math.min(WARNING_MS, plannedMs / 4);
}

/** Time the segment has run: earlier runs (it may have been reopened) plus the current or last run. */
export function segmentElapsedMs(segment: Segment, now: number): number {
  if (segment.startedAt === null) return segment.elapsedBeforeMs;
  const end = segment.status === 'live' ? now : (segment.endedAt ?? now);
  return segment.elapsedBeforeMs + Math.max(0, end - segment.startedAt);
}

export function segmentPlannedMs(segment: Segment): number {
  return (segment.plannedSeconds + segment.extendedSeconds) * 1000;
}

export function toneOf(elapsedMs: number, plannedMs: number, running: boolean): TimerTone {
  if (!running && elapsedMs === 0) return 'idle';
  if (plannedMs <= 0) return 'normal';
  const remaining = plannedMs - elapsedMs;
  if (remaining < 0) return 'overtime';
  if (remaining <= warningThresholdMs(plannedMs)) return 'warning';
  return 'normal';
}

export interface SegmentTiming {
  elapsedMs: number;
  plannedMs: number;
  /** negative when over time */
  remainingMs: number;
  tone: TimerTone;
  /** 0..1 of the plan used, capped at 1 */
  fraction: number;
}

/**
 * Remaining time as a stopwatch shows it. The elapsed reading is floored to the
 * second, so the remaining one is rounded up: 03:05 elapsed + 41:55 left = 45:00.
 */
export function shownRemainingMs(remainingMs: number): number {
  return Math.ceil(remainingMs / 1000) * 1000;
}

export function segmentTiming(segment: Segment, now: number): SegmentTiming {
  const elapsedMs = segmentElapsedMs(segment, now);
  const plannedMs = segmentPlannedMs(segment);
  return {
    elapsedMs,
    plannedMs,
    remainingMs: plannedMs - elapsedMs,
    tone: toneOf(elapsedMs, plannedMs, segment.status === 'live'),
    fraction: plannedMs > 0 ? Math.min(1, elapsedMs / plannedMs) : 0
  };
}

export interface ConferenceTiming {
  elapsedMs: number;
  /** the conference's plan including its extensions */
  plannedMs: number;
  extendedMs: number;
  remainingMs: number;
  tone: TimerTone;
  fraction: number;
  /**
   * Where the agenda will end if every segment from now on keeps its plan:
   * time run so far + what is left of the live segment + the pending segments' plans.
   */
  projectedMs: number;
}

export function conferenceTiming(conference: Conference, segments: readonly Segment[], now: number): ConferenceTiming {
  const plannedMs = (conference.plannedSeconds + conference.extendedSeconds) * 1000;
  const running = conference.status === 'live';
  const elapsedMs = conference.startedAt === null ? 0 : Math.max(0, (running ? now : (conference.endedAt ?? now)) - conference.startedAt);
  let leftMs = 0;
  if (conference.status !== 'ended') {
    for (const segment of segments) {
      if (segment.status === 'pending') leftMs += segmentPlannedMs(segment);
      else if (segment.status === 'live') leftMs += Math.max(0, segmentPlannedMs(segment) - segmentElapsedMs(segment, now));
    }
  }
  return {
    elapsedMs,
    plannedMs,
    extendedMs: conference.extendedSeconds * 1000,
    remainingMs: plannedMs - elapsedMs,
    tone: toneOf(elapsedMs, plannedMs, running),
    fraction: plannedMs > 0 ? Math.min(1, elapsedMs / plannedMs) : 0,
    projectedMs: elapsedMs + leftMs
  };
}

/** The sum of the agenda's plans, to set against the conference's planned duration. */
export function agendaPlannedSeconds(segments: readonly Segment[]): number {
  return segments.reduce((sum, s) => (s.status === 'skipped' ? sum : sum + s.plannedSeconds + s.extendedSeconds), 0);
}
