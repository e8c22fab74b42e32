import type { SegmentKind } from './domain';

/** Below this the Q&A would be a token: the other segments shrink with it instead. */
const MIN_QA_SECONDS = 10 * 60;
const MINUTE = 60;

/**
 * Template segments fitted to the planned duration, in whole minutes: the Q&A segment absorbs the difference (it
 * is the part a moderator stretches or cuts); when that would leave it under ten minutes, every segment scales
 * proportionally, one minute at least, and the Q&A takes what is left. A zero plan, or no Q&A, keeps them as given.
 */
export function fitSegmentsToPlan<T extends { kind: SegmentKind; plannedSeconds: number }>(segments: readonly T[], plannedSeconds: number): T[] {
  const qaIndex = segments.findIndex((s) => s.kind === 'qa');
  if (plannedSeconds <= 0 || qaIndex < 0) return [...segments];
  const others = segments.reduce((sum, s, i) => (i === qaIndex ? sum : sum + s.plannedSeconds), 0);
  if (plannedSeconds - others >= MIN_QA_SECONDS) {
    return segments.map((s, i) => (i === qaIndex ? { ...s, plannedSeconds: plannedSeconds - others } : s));
  }
  const templateTotal = others + segments[qaIndex]!.plannedSeconds;
  const scaled = segments.map((s) => ({
    ...s,
    plannedSeconds: Math.max(MINUTE, Math.floor((s.plannedSeconds * plannedSeconds) / templateTotal / MINUTE) * MINUTE)
  }));
  const scaledOthers = scaled.reduce((sum, s, i) => (i === qaIndex ? sum : sum + s.plannedSeconds), 0);
  const remainder = Math.floor((plannedSeconds - scaledOthers) / MINUTE) * MINUTE;
  scaled[qaIndex] = { ...scaled[qaIndex]!, plannedSeconds: Math.max(MINUTE, remainder) };
  return scaled;
}
