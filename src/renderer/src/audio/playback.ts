import { create } from 'zustand';
import type { TurnAudioOffset } from '../../../shared/audio';

/**
 * The review's playback, outside React: the one <audio> element (handed over by
 * the player through a ref, so edits to turns never remount it), the turns'
 * places in the audio, and which turn is being heard and which was chosen.
 * Rows read only "am I heard / chosen": a new heard turn redraws two rows.
 */
export interface PlaybackState {
  heardTurnId: number | null;
  chosenTurnId: number | null;
  /** turn id → ms in the joined audio (null: said while nothing recorded); null before the offsets are in */
  offsets: ReadonlyMap<number, number | null> | null;
}

export const usePlayback = create<PlaybackState>(() => ({ heardTurnId: null, chosenTurnId: null, offsets: null }));

/** offsets with a place, ordered by it, for the search as playback runs */
let ordered: { turnId: number; offsetMs: number }[] = [];
let element: HTMLAudioElement | null = null;

export function setOffsets(turns: readonly TurnAudioOffset[] | null): void {
  ordered = (turns ?? [])
    .filter((t): t is { turnId: number; offsetMs: number } => t.offsetMs !== null)
    .sort((a, b) => a.offsetMs - b.offsetMs || a.turnId - b.turnId);
  usePlayback.setState({ offsets: turns ? new Map(turns.map((t) => [t.turnId, t.offsetMs])) : null });
}

/** The turn heard at `ms`: the last one that starts at or before it (binary search), or null before the first. */
export function turnAt(list: readonly { turnId: number; offsetMs: number }[], ms: number): number | null {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.offsetMs <= ms) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found < 0 ? null : list[found]!.turnId;
}

function onTime(): void {
  if (!element) return;
  const heard = turnAt(ordered, element.currentTime * 1000);
  if (heard !== usePlayback.getState().heardTurnId) usePlayback.setState({ heardTurnId: heard });
}

/** The player's ref callback. */
export function playerElement(next: HTMLAudioElement | null): void {
  element?.removeEventListener('timeupdate', onTime);
  element?.removeEventListener('seeked', onTime);
  element = next;
  element?.addEventListener('timeupdate', onTime);
  element?.addEventListener('seeked', onTime);
  if (!next) usePlayback.setState({ heardTurnId: null });
}

export function chooseTurn(turnId: number): void {
  usePlayback.setState({ chosenTurnId: turnId });
}

/** Plays `turnId` from where it starts; false when it has no place in the audio. */
export function playTurn(turnId: number): boolean {
  const offset = usePlayback.getState().offsets?.get(turnId);
  chooseTurn(turnId);
  if (!element || offset === null || offset === undefined) return false;
  element.currentTime = offset / 1000;
  void element.play().catch(() => undefined);
  return true;
}

export function togglePlay(): void {
  if (!element) return;
  if (element.paused) void element.play().catch(() => undefined);
  else element.pause();
}

export function replay(seconds = 5): void {
  if (!element) return;
  element.currentTime = Math.max(0, element.currentTime - seconds);
  void element.play().catch(() => undefined);
}

/** 0.75× and back; the pitch stays (the browser's default), so voices stay recognisable. */
export function toggleSlow(): boolean {
  if (!element) return false;
  element.playbackRate = element.playbackRate === 1 ? 0.75 : 1;
  return element.playbackRate !== 1;
}
