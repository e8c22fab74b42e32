import type { TurnAudioOffset } from '../../../shared/audio';

/** What the offsets need of a segment: when it started (server clock) and how long its audio is. */
export interface TimedSegment {
  startedAt: number;
  durationMs: number;
  /** when it was ended (server clock); null while it records */
  endedAt?: number | null;
}

/**
 * Where each turn is in the joined audio: the segments are joined in order, so a
 * segment's audio starts at the sum of the durations before it; a turn said at
 * wall time t inside segment k is at that sum + (t − k's start). A turn said while
 * nothing recorded (before the first segment, in a pause, between a crash and the
 * restart) has no place: null, never a guess.
 */
export function turnOffsets(segments: readonly TimedSegment[], turns: readonly { id: number; startedAt: number }[]): TurnAudioOffset[] {
  const ordered = [...segments].sort((a, b) => a.startedAt - b.startedAt);
  const bases: number[] = [];
  let total = 0;
  for (const segment of ordered) {
    bases.push(total);
    total += segment.durationMs;
  }
  // A segment spans its wall time until it was ended, which is a little longer than its audio (the recorder starts
  // after segment.start answers; its last chunk comes before segment.end): a turn said in that margin is at the end
  // of the segment's audio, not in a gap.
  const endOf = (s: TimedSegment) => Math.max(s.startedAt + s.durationMs, s.endedAt ?? 0);
  return turns.map((turn) => {
    const index = ordered.findIndex((s) => turn.startedAt >= s.startedAt && turn.startedAt < endOf(s));
    if (index < 0) return { turnId: turn.id, offsetMs: null };
    const segment = ordered[index]!;
    return { turnId: turn.id, offsetMs: bases[index]! + Math.min(turn.startedAt - segment.startedAt, segment.durationMs) };
  });
}

/**
 * A wall-clock time as a position in the joined audio, for captions: inside a
 * segment, as turnOffsets counts it; in a gap, the point where the gap was cut
 * out (the end of the audio before it); before the first segment, 0. So every
 * turn gets a caption, in order, and the ones said while recording line up.
 */
export function audioTimeOf(segments: readonly TimedSegment[], at: number): number {
  let base = 0;
  for (const segment of [...segments].sort((a, b) => a.startedAt - b.startedAt)) {
    if (at < segment.startedAt) return base;
    if (at < segment.startedAt + segment.durationMs) return base + (at - segment.startedAt);
    base += segment.durationMs;
  }
  return base;
}
