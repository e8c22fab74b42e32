/**
 * The input's level, drawn about 15 times a second straight onto the meter's bar
 * (a CSS transform on an element the view hands over): no React render per frame,
 * and no work at all while no meter is on screen or the window is hidden.
 */
const FRAME_MS = 66;
/** the bar spans −60 dBFS (silence in a quiet room) to 0 dBFS (clipping) */
const FLOOR_DB = -60;

let context: AudioContext | null = null;
let source: MediaStreamAudioSourceNode | null = null;
let analyser: AnalyserNode | null = null;
let samples: Float32Array<ArrayBuffer> | null = null;
let bar: HTMLElement | null = null;
let frame: number | null = null;
let lastDrawn = 0;

/** 0…1 for the bar from a block of samples: the peak, on a decibel scale as a mixer shows it. */
export function levelOf(block: ArrayLike<number>): number {
  let peak = 0;
  for (let i = 0; i < block.length; i++) peak = Math.max(peak, Math.abs(block[i]!));
  if (peak <= 0) return 0;
  const db = 20 * Math.log10(peak);
  return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
}

function draw(time: number): void {
  frame = null;
  if (!analyser || !samples || !bar) return;
  if (time - lastDrawn >= FRAME_MS) {
    lastDrawn = time;
    analyser.getFloatTimeDomainData(samples);
    const level = levelOf(samples);
    bar.style.transform = `scaleX(${level.toFixed(3)})`;
    bar.classList.toggle('hot', level > 0.95);
  }
  frame = requestAnimationFrame(draw);
}

function run(): void {
  if (frame === null && analyser && bar) frame = requestAnimationFrame(draw);
}

/** A browser lets an AudioContext run only after the user touched the page: the first key or click starts it. */
function resumeOnGesture(): void {
  const resume = () => {
    void context?.resume();
    window.removeEventListener('pointerdown', resume, true);
    window.removeEventListener('keydown', resume, true);
  };
  window.addEventListener('pointerdown', resume, true);
  window.addEventListener('keydown', resume, true);
}

export function attachMeter(stream: MediaStream): void {
  detachMeter();
  try {
    context = new AudioContext();
    source = context.createMediaStreamSource(stream);
    analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    samples = new Float32Array(analyser.fftSize);
    source.connect(analyser);
    if (context.state === 'suspended') resumeOnGesture();
    run();
  } catch {
    // no meter is better than no recording: MediaRecorder does not need the AudioContext
    detachMeter();
  }
}

export function detachMeter(): void {
  if (frame !== null) cancelAnimationFrame(frame);
  frame = null;
  source?.disconnect();
  void context?.close().catch(() => undefined);
  context = source = analyser = samples = null;
  if (bar) bar.style.transform = 'scaleX(0)';
}

/** The view's bar element (a ref callback): drawing runs only while one is mounted. */
export function meterBar(element: HTMLElement | null): void {
  bar = element;
  if (element) run();
  else if (frame !== null) {
    cancelAnimationFrame(frame);
    frame = null;
  }
}
