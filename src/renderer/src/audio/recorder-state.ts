import { create } from 'zustand';
import type { AppError } from '../../../shared/errors';
import type { AudioFault, AudioInput } from './capture';

/**
 * What the console shows of the recorder: one small store, changed a few times a
 * minute at most (never per chunk or per frame: the meter draws through a ref).
 *
 * - off: nothing recorded (not live, not enabled, or stopped)
 * - starting: asking for the input or the first segment
 * - recording / paused: a segment is open / the moderator paused (the input stays open for the meter)
 * - fault: no audio is being taken; `fault` says why, loudly
 * - elsewhere: another window of this browser records this conference
 */
export type RecorderStatus = 'off' | 'starting' | 'recording' | 'paused' | 'fault' | 'elsewhere';

export interface RecorderState {
  status: RecorderStatus;
  conferenceId: number | null;
  /**
   * Capture faults stop the audio (status 'fault'); saving faults (diskFull,
   * saveFailing) come while it still records, the chunks waiting in memory.
   */
  fault: AudioFault | null;
  /** the server's refusal behind a fault, worded small under the banner */
  faultDetail: AppError | null;
  /** server clock when the open segment began (audio.segment.start's startedAt), for the elapsed time */
  segmentSince: number | null;
  /** what was recorded before the open segment (this conference's earlier segments) */
  recordedBeforeMs: number;
  inputs: AudioInput[];
  /** the chosen input; null: the system's default */
  deviceId: string | null;
  /** chunks waiting to reach the data folder */
  pending: number;
}

const DEVICE_KEY = 'rostrum.audio.input';

function storedDevice(): string | null {
  try {
    return localStorage.getItem(DEVICE_KEY);
  } catch {
    return null;
  }
}

export function storeDevice(deviceId: string | null): void {
  try {
    if (deviceId) localStorage.setItem(DEVICE_KEY, deviceId);
    else localStorage.removeItem(DEVICE_KEY);
  } catch {
    // storage off: the choice lasts for this page
  }
}

export const useRecorder = create<RecorderState>(() => ({
  status: 'off',
  conferenceId: null,
  fault: null,
  faultDetail: null,
  segmentSince: null,
  recordedBeforeMs: 0,
  inputs: [],
  deviceId: storedDevice(),
  pending: 0
}));

export const setRecorder = (patch: Partial<RecorderState>) => useRecorder.setState(patch);

/** The elapsed recording time at `now` (server clock). */
export function recordedMs(state: Pick<RecorderState, 'segmentSince' | 'recordedBeforeMs'>, now: number): number {
  return state.recordedBeforeMs + (state.segmentSince === null ? 0 : Math.max(0, now - state.segmentSince));
}
