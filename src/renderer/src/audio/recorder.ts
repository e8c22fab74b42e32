import type { AppError } from '../../../shared/errors';
import { CallError, request, toAppError } from '../store/request';
import {
  BITS_PER_SECOND,
  MIME_TYPE,
  base64Of,
  closeInput,
  faultOfOpenError,
  listInputs,
  openInput,
  recordingSupported,
  type AudioFault
} from './capture';
import { attachMeter, detachMeter } from './level-meter';
import { stopSoundCheck } from './sound-check';
import { setRecorder, storeDevice, useRecorder } from './recorder-state';
import { createUploadQueue, failureOf, type FailureKind, type QueueStatus } from './upload-queue';

/**
 * The room's recorder: one per console window, outside React, so that moving
 * between the live console, the set-up and the review never interrupts it.
 * Each stretch of recording is a segment of its own (a new MediaRecorder, a new
 * WebM file): a pause, a new input, a reload or a restart starts the next one.
 * Audio failures show loudly and never touch the record.
 *
 * Every change of state runs through `serial`, one after another, so a key
 * pressed twice or an event arriving mid-start cannot interleave two starts.
 */
let stream: MediaStream | null = null;
let recorder: MediaRecorder | null = null;
let segmentId: number | null = null;
let releaseLock: (() => void) | null = null;
let chain: Promise<void> = Promise.resolve();

const serial = (step: () => Promise<void> | void): Promise<void> => {
  chain = chain.then(step).catch((error: unknown) => fault('startFailed', error));
  return chain;
};

const state = () => useRecorder.getState();

const classify = (error: unknown): FailureKind => failureOf(toAppError(error).code);

/** A saving fault after this many failed tries in a row: one blip of the link is not worth a banner. */
const TRIES_BEFORE_BANNER = 3;

function onQueue(status: QueueStatus): void {
  setRecorder({ pending: status.pending });
  const current = state().fault;
  if (status.failure === 'diskFull') setRecorder({ fault: 'diskFull', faultDetail: serverError(status.error) });
  else if (status.failure === 'transient' && status.tries >= TRIES_BEFORE_BANNER)
    setRecorder({ fault: 'saveFailing', faultDetail: serverError(status.error) });
  else if (status.failure === null && (current === 'diskFull' || current === 'saveFailing')) setRecorder({ fault: null, faultDetail: null });
  else if (status.failure === 'final' && status.segmentId !== null && status.segmentId === segmentId) {
    // Ended behind this window's back (invalid_state): live.end, or another window (another computer) that started
    // recording this conference. Taking it back at once would make two windows end each other's segments without
    // end; this one stops and says so, loudly (if no other window records, nothing does), with a button to record
    // here (the host stops it quietly if the conference ended).
    // Any other refusal (a chunk the server could not read) spoils only this segment: the recording goes on in a new one.
    const takenOver = toAppError(status.error).code === 'invalid_state';
    void serial(async () => {
      if (state().status !== 'recording') return;
      await endSegment();
      if (!takenOver) return startSegment();
      await lose('takenOver');
    });
  }
}

const queue = createUploadQueue({ classify, onStatus: onQueue });

/** The server's refusal behind a fault, for the banner to word; a browser's own exception is said by the fault's text. */
function serverError(error: unknown): AppError | null {
  return error instanceof CallError ? error.error : null;
}

function fault(kind: AudioFault, error?: unknown): void {
  setRecorder({ status: 'fault', fault: kind, faultDetail: serverError(error), segmentSince: null });
}

const pausedKey = (conferenceId: number) => `rostrum.audio.paused.${conferenceId}`;
function pausedByModerator(conferenceId: number): boolean {
  try {
    return sessionStorage.getItem(pausedKey(conferenceId)) === '1';
  } catch {
    return false;
  }
}
function rememberPause(conferenceId: number, paused: boolean): void {
  try {
    if (paused) sessionStorage.setItem(pausedKey(conferenceId), '1');
    else sessionStorage.removeItem(pausedKey(conferenceId));
  } catch {
    // storage off: a reload resumes recording, the safer side
  }
}

/** Only one window of this browser records a conference (a second operator's window stays quiet). */
function takeLock(conferenceId: number): Promise<boolean> {
  if (typeof navigator.locks?.request !== 'function') return Promise.resolve(true);
  return new Promise((granted) => {
    void navigator.locks.request(`rostrum-audio-${conferenceId}`, { ifAvailable: true }, (lock) => {
      if (!lock) return granted(false);
      granted(true);
      return new Promise<void>((release) => (releaseLock = release));
    });
  });
}

/** The inputs as the browser lists them now (labels only once the microphone is allowed). */
export async function refreshInputs(): Promise<void> {
  const inputs = await listInputs().catch(() => []);
  setRecorder({ inputs });
}

async function startSegment(): Promise<void> {
  const { conferenceId } = state();
  if (conferenceId === null || !stream) return;
  let started;
  try {
    started = await request('audio.segment.start', { conferenceId, mimeType: MIME_TYPE });
  } catch (error) {
    // not live any more: nothing to record, nothing to shout about
    if (toAppError(error).code === 'invalid_state') return stopNow();
    return fault('startFailed', error);
  }
  const id = started.segmentId;
  const media = new MediaRecorder(stream, { mimeType: MIME_TYPE, audioBitsPerSecond: BITS_PER_SECOND });
  let seq = 0;
  media.ondataavailable = (event) => {
    if (event.data.size === 0) return;
    const n = seq++;
    const blob = event.data;
    queue.push({
      segmentId: id,
      run: async () => void (await request('audio.segment.append', { segmentId: id, seq: n, data: await base64Of(blob) }))
    });
  };
  media.onerror = () => void serial(() => lose('recorderFailed'));
  recorder = media;
  segmentId = id;
  media.start(1000);
  setRecorder({ status: 'recording', fault: null, faultDetail: null, segmentSince: started.startedAt });
}

/** Stops the MediaRecorder (its last chunk comes first), then ends the segment after its chunks. */
async function endSegment(): Promise<void> {
  const media = recorder;
  const id = segmentId;
  recorder = null;
  segmentId = null;
  setRecorder({ segmentSince: null });
  if (!media || id === null) return;
  if (media.state !== 'inactive') {
    const stopped = new Promise((resolve) => media.addEventListener('stop', resolve, { once: true }));
    media.stop();
    await stopped;
  }
  queue.push({ segmentId: id, run: async () => void (await request('audio.segment.end', { segmentId: id })) });
}

function closeAll(): void {
  detachMeter();
  closeInput(stream);
  stream = null;
}

/** The input is gone or the recorder broke: what was recorded is kept, the banner says so. */
async function lose(kind: AudioFault): Promise<void> {
  await endSegment();
  closeAll();
  fault(kind);
}

async function stopNow(): Promise<void> {
  await endSegment();
  closeAll();
  releaseLock?.();
  releaseLock = null;
  setRecorder({ status: 'off', conferenceId: null, fault: null, faultDetail: null, segmentSince: null });
}

async function open(): Promise<boolean> {
  const { deviceId } = state();
  try {
    stream = await openInput(deviceId);
  } catch (error) {
    // the input chosen last time is not plugged in: the default one rather than silence
    if (deviceId && faultOfOpenError(error) === 'noDevice') return open2(error);
    fault(faultOfOpenError(error), error);
    return false;
  }
  return watch();
}

async function open2(first: unknown): Promise<boolean> {
  try {
    stream = await openInput(null);
  } catch {
    fault(faultOfOpenError(first), first);
    return false;
  }
  return watch();
}

function watch(): boolean {
  const opened = stream;
  for (const track of opened?.getAudioTracks() ?? []) {
    track.addEventListener('ended', () => void serial(() => (stream === opened ? lose('lostDevice') : undefined)), { once: true });
  }
  if (opened) attachMeter(opened);
  void refreshInputs();
  return true;
}

async function begin(conferenceId: number): Promise<void> {
  if (!recordingSupported()) {
    setRecorder({ conferenceId });
    return fault('notSupported');
  }
  setRecorder({ status: 'starting', conferenceId, fault: null, faultDetail: null });
  stopSoundCheck();
  if (!releaseLock && !(await takeLock(conferenceId))) return setRecorder({ status: 'elsewhere' });
  closeAll();
  if (!(await open())) return;
  if (pausedByModerator(conferenceId)) setRecorder({ status: 'paused' });
  else await startSegment();
}

/**
 * What the console wants: record `conferenceId` (live and set to record) or not.
 * Called whenever what it knows changes; only a change of answer does anything.
 */
export function wantRecording(conferenceId: number, record: boolean): void {
  const { status, conferenceId: current } = state();
  if (record && status === 'off') void serial(() => begin(conferenceId));
  else if (!record && current === conferenceId && status !== 'off') void serial(stopNow);
}

export function pauseRecording(): void {
  void serial(async () => {
    const { status, conferenceId } = state();
    if (status !== 'recording' || conferenceId === null) return;
    rememberPause(conferenceId, true);
    await endSegment();
    setRecorder({ status: 'paused' });
  });
}

export function resumeRecording(): void {
  void serial(async () => {
    const { status, conferenceId } = state();
    if (status !== 'paused' || conferenceId === null) return;
    rememberPause(conferenceId, false);
    await startSegment();
  });
}

/** After a fault: ask for the input again (a click, so the browser may ask the moderator). */
export function retryRecording(): void {
  void serial(async () => {
    const { status, conferenceId } = state();
    if (conferenceId === null || (status !== 'fault' && status !== 'elsewhere')) return;
    await begin(conferenceId);
  });
}

export function chooseInput(deviceId: string | null): void {
  storeDevice(deviceId);
  setRecorder({ deviceId });
  void serial(async () => {
    const { status, conferenceId } = state();
    if (conferenceId === null || status === 'off' || status === 'elsewhere') return;
    const wasRecording = status === 'recording';
    await endSegment();
    closeAll();
    if (!(await open())) return;
    if (wasRecording || status === 'fault') await startSegment();
  });
}

/**
 * Before live.end: the audio taken so far is asked for now and sent, so that it
 * reaches its segment before the server closes it. Bounded, so a stuck disk
 * never holds up the end of the conference; if live.end is refused, the
 * recording simply goes on.
 */
export async function flushBeforeEnd(conferenceId: number, limitMs = 2000): Promise<void> {
  if (state().conferenceId !== conferenceId || state().status !== 'recording' || recorder?.state !== 'recording') return;
  const flushed = new Promise((resolve) => recorder!.addEventListener('dataavailable', resolve, { once: true }));
  recorder.requestData();
  const done = flushed.then(() => queue.drained());
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, limitMs))]);
}

let listening = false;
/** Inputs plugged in or out: the list follows, and an input that comes back is taken up again. */
export function listenForInputs(): void {
  if (listening || typeof navigator.mediaDevices?.addEventListener !== 'function') return;
  listening = true;
  navigator.mediaDevices.addEventListener('devicechange', () => {
    void refreshInputs();
    const { status, fault: kind } = state();
    if (status === 'fault' && (kind === 'lostDevice' || kind === 'noDevice')) retryRecording();
  });
}
