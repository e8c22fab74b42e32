import { answerTimer, segmentTimer, type StageSnapshot, type TimerReading, type TimerState } from '../../../../shared/stage';
import { formatClock } from '../../i18n/format';

/**
 * What the stage's timers say at one instant, derived from the snapshot's
 * stamps and the server's clock. Pure, so it is the same every frame for the same instant.
 */
export type TimerKind = 'segment' | 'answer' | 'start';

export interface TimerView {
  kind: TimerKind;
  mode: TimerReading['mode'];
  state: TimerState;
  /** the digits: 12:34 counting down, +01:05 once over, or the time run when nothing is planned */
  text: string;
  /** whether the digits count what is left, what has run, or what is over */
  reads: 'remaining' | 'elapsed' | 'over';
}

export interface StageTimers {
  main: TimerView | null;
  /** the segment's timer when the answer timer has the big digits */
  secondary: TimerView | null;
}

/** Counting down, a second shows until it has fully passed: 00:00 appears exactly at the end. */
export function readingText(reading: TimerReading): Pick<TimerView, 'text' | 'reads'> {
  if (reading.mode === 'elapsed') return { text: formatClock(reading.elapsedMs), reads: 'elapsed' };
  if (reading.remainingMs >= 0) return { text: formatClock(Math.ceil(reading.remainingMs / 1000) * 1000), reads: 'remaining' };
  return { text: `+${formatClock(-reading.remainingMs)}`, reads: 'over' };
}

function view(kind: TimerKind, reading: TimerReading): TimerView {
  return { kind, mode: reading.mode, state: reading.state, ...readingText(reading) };
}

export function stageTimers(snapshot: StageSnapshot, now: number): StageTimers {
  const { conference, segment, question } = snapshot;
  if (conference.status === 'draft') {
    if (conference.scheduledStart === null || conference.scheduledStart <= now) return { main: null, secondary: null };
    const left = conference.scheduledStart - now;
    return {
      main: { kind: 'start', mode: 'countdown', state: 'normal', text: formatClock(Math.ceil(left / 1000) * 1000), reads: 'remaining' },
      secondary: null
    };
  }
  if (conference.status === 'ended') return { main: null, secondary: null };
  const segmentView = segment ? view('segment', segmentTimer(segment, now)) : null;
  const answer = question ? answerTimer(question, now) : null;
  if (answer) return { main: view('answer', answer), secondary: segmentView };
  return { main: segmentView, secondary: null };
}

/** One string per distinct picture: the component redraws only when it changes. */
export function timersKey(timers: StageTimers): string {
  const one = (v: TimerView | null) => (v ? `${v.kind}|${v.state}|${v.text}` : '-');
  return `${one(timers.main)}/${one(timers.secondary)}`;
}
