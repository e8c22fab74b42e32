import { closeInput, faultOfOpenError, openInput, type AudioFault } from './capture';
import { attachMeter, detachMeter } from './level-meter';
import { useRecorder } from './recorder-state';

/**
 * Before the conference: the chosen input opened only to show its level in the
 * set-up, so the moderator sees that the microphone or the mixer's line is heard.
 * Nothing is recorded. The recorder, when it starts, ends the check first.
 */
let stream: MediaStream | null = null;
/** bumped by every start and stop: an input that opens after a newer start or a stop is closed at once */
let generation = 0;

/** Opens the input and its meter; answers the fault when the browser refuses. */
export async function startSoundCheck(): Promise<AudioFault | null> {
  stopSoundCheck();
  const mine = generation;
  if (useRecorder.getState().status !== 'off') return null; // recording: the live meter is the check
  let opened: MediaStream;
  try {
    opened = await openInput(useRecorder.getState().deviceId);
  } catch (error) {
    return mine === generation ? faultOfOpenError(error) : null;
  }
  if (mine !== generation || useRecorder.getState().status !== 'off') {
    closeInput(opened);
    return null;
  }
  stream = opened;
  attachMeter(opened);
  return null;
}

export function stopSoundCheck(): void {
  generation += 1;
  if (!stream) return;
  detachMeter();
  closeInput(stream);
  stream = null;
}
