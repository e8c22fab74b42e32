import { answerTimer, segmentTimer } from '../../../../shared/stage';
import type { DeskView } from '../../../../shared/prepared';
import { readingText, type TimerView } from '../stage/stage-timers';

/**
 * The desk's one big time: what is left of the answer while a question is being
 * answered, else of the segment; derived from the read's stamps and the server
 * clock, as the stage's timers are (nothing counted).
 */
export function deskTimer(desk: Pick<DeskView, 'conference' | 'segment' | 'question'>, now: number): TimerView | null {
  if (desk.conference.status !== 'live') return null;
  const answer = desk.question ? answerTimer(desk.question, now) : null;
  if (answer) return { kind: 'answer', mode: answer.mode, state: answer.state, ...readingText(answer) };
  if (!desk.segment) return null;
  const segment = segmentTimer(desk.segment, now);
  return { kind: 'segment', mode: segment.mode, state: segment.state, ...readingText(segment) };
}

export function deskTimerKey(view: TimerView | null): string {
  return view ? `${view.kind}|${view.state}|${view.text}` : '-';
}

/** ?spokesperson=<participant id> after the route: a desk of one spokesperson; absent, a shared desk. */
export function spokespersonOf(hash: string): number | null {
  const value = new URLSearchParams(hash.split('?')[1] ?? '').get('spokesperson');
  const id = value === null ? NaN : Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** What the desk shows of the card sent now: all of it, or (a desk of another spokesperson) only that one was sent. */
export function cardShown(card: DeskView['card'], spokesperson: number | null): 'none' | 'card' | 'other' {
  if (!card) return 'none';
  if (spokesperson === null || card.participantId === null || card.participantId === spokesperson) return 'card';
  return 'other';
}
