/**
 * The input's level, drawn about 15 times a second straight onto the meter's bar
 * (a CSS transform on an element the view hands over): no React render per frame,
 * no DOM write while the level stays put (a quiet room costs no paint), and no work
 * at all while no meter is on screen. A timer, not requestAnimationFrame: 15 wake-ups
 * a second instead of 60 (bench/audio.ts measures what recording costs).
 */
const FRAME_MS = 66;
/** the bar spans −60 dBFS (silence in a quiet room) to 0 dBFS (clipping) */
const FLOOR_DB = -60;

let context: AudioContext | null = null;
let source: MediaStreamAudioSourceNode | null = null;
let analyser: AnalyserNode | null = null;
let samples: Float32Array<ArrayBuffer> | null = null;
let bar: HTMLElement | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
let shown = -1;

/** 0…1 for the bar from a block of samples: the peak, on a decibel scale as a mixer shows it. */
export function levelOf(block: ArrayLike<number>): number {
  let peak = 0;
  for (let i = 0; i < block.length; i++) peak = Math.max(peak, Math.abs(block[i]!));
  if (peak <= 0) return 0;
  const db = 20 * Math.log10(peak);
  return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
}

function draw(): void {
  if (!analyser || !samples || !bar || document.hidden) return;
  analyser.getFloatTimeDomainData(samples);
  // 50 steps are more than the eye reads on a 64 px bar
  const level = Math.round(levelOf(samples) * 50) / 50;
  if (level === shown) return;
  shown = level;
  bar.style.transform = `scaleX(${level})`;
  bar.classList.toggle('hot', level > 0.95);
}

function stop(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

function run(): void {
  if (timer === null && analyser && bar) timer = setInterval(draw, FRAME_MS);
}

/** A browser lets an AudioContext run only after the user touched the page: the first key or click starts it. */
function resumeOnGesture(): void {
  const resume = () => {
    if (bar) void context?.resume().catch(() => undefined);
    window.removeEventListener('pointerdown', resume, true);
    window.removeEventListener('keydown', resume, true);
  };
  window.addEventListener('pointerdown', resume, true);
  window.addEventListener('keydown', resume, true);
}

export function attachMeter(stream: MediaStream): void {
  detachMeter();
  try {
    // 'playback': the largest buffers the platform offers, so the audio thread wakes least often (the meter needs no low latency)
    context = new AudioContext({ latencyHint: 'playback' });
    source = context.createMediaStreamSource(stream);
    analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    samples = new Float32Array(analyser.fftSize);
    source.connect(analyser);
    if (!bar) void context.suspend().catch(() => undefined);
    else if (context.state === 'suspended') resumeOnGesture();
    run();
  } catch {
    // no meter is better than no recording: MediaRecorder does not need the AudioContext
    detachMeter();
  }
}

export function detachMeter(): void {
  stop();
  shown = -1;
  source?.disconnect();
  void context?.close().catch(() => undefined);
  context = source = analyser = samples = null;
  if (bar) bar.style.transform = 'scaleX(0)';
}

/**
 * The view's bar element (a ref callback): drawing runs only while one is mounted,
 * and the audio graph is suspended while none is (the review, the archive).
 */
export function meterBar(element: HTMLElement | null): void {
  bar = element;
  shown = -1;
  if (element) {
    if (context?.state === 'suspended') void context.resume().catch(() => undefined);
    run();
  } else {
    stop();
    if (context?.state === 'running') void context.suspend().catch(() => undefined);
  }
}
