import type { AudioState } from '../../../../shared/audio';
import { useRead } from '../../store/reads';

/**
 * The conference's recording as the server has it (set to record? segments, duration, size),
 * refetched on 'audio' events only: appends publish none, so a chunk a second wakes nobody.
 * Null until this conference's own answer is in (never the previous conference's).
 */
export function useAudioState(conferenceId: number | null, marksReady = false): AudioState | null {
  const { data } = useRead('audio.state', conferenceId === null ? null : { conferenceId }, {
    topics: ['audio'],
    conferenceId: conferenceId ?? undefined,
    marksReady
  });
  return data && data.conferenceId === conferenceId ? data : null;
}

/** What the closed segments hold: the recording's length before the open one. */
export function closedDurationMs(state: AudioState): number {
  return state.segments.reduce((sum, s) => sum + (s.endedAt === null ? 0 : s.durationMs), 0);
}
