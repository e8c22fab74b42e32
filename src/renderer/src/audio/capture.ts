/**
 * The room's sound, as the browser gives it: the input (a microphone or the
 * venue mixer's line in) and the list of inputs to choose from. No React here.
 */

/** What can stop the audio; each has a loud banner text under `audio:fault` in audio.json. */
export type AudioFault =
  'refused' | 'noDevice' | 'busy' | 'lostDevice' | 'recorderFailed' | 'notSupported' | 'diskFull' | 'saveFailing' | 'startFailed' | 'takenOver';

export interface AudioInput {
  deviceId: string;
  /** empty before the microphone is allowed (browsers hide labels until then) */
  label: string;
}

/** Speech for the record: the codec Chromium records everywhere, at a rate that keeps an hour near 14 MB. */
export const MIME_TYPE = 'audio/webm;codecs=opus';
export const BITS_PER_SECOND = 32_000;

export function recordingSupported(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function' &&
    typeof MediaRecorder !== 'undefined' &&
    MediaRecorder.isTypeSupported(MIME_TYPE)
  );
}

/** The fault a failed getUserMedia means, by the DOMException names the spec gives. */
export function faultOfOpenError(error: unknown): AudioFault {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noDevice';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'startFailed';
}

/**
 * Opens the input. The browser's voice processing is off: it is tuned for calls
 * and would cut quiet speakers and pauses out of a record that must be exact.
 */
export async function openInput(deviceId: string | null): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: {
      ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
      echoCancellation: false,
      noiseSuppression: false,
      autoGainControl: false,
      channelCount: 1
    },
    video: false
  });
}

export async function listInputs(): Promise<AudioInput[]> {
  if (typeof navigator.mediaDevices?.enumerateDevices !== 'function') return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'audioinput' && d.deviceId !== '').map((d) => ({ deviceId: d.deviceId, label: d.label }));
}

/** Stops every track, so the browser's microphone light goes out. */
export function closeInput(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** Blob → base64 for the JSON API, in slices so a long chunk never builds one huge argument list. */
export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
