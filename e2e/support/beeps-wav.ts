import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The room for the audio specs: a WAV the fake microphone plays in a loop
 * (Chromium's --use-file-for-fake-audio-capture), made here so the test knows
 * what it holds: short tones of distinct pitch at known moments, silence between.
 */
export const BEEPS = [
  { atS: 2, hz: 440 },
  { atS: 5, hz: 660 },
  { atS: 8, hz: 880 },
  { atS: 11, hz: 1100 }
] as const;
export const BEEP_S = 0.5;
export const LOOP_S = 13;
const RATE = 48_000;

/** 16-bit PCM, 48 kHz, mono. Each tone fades in and out over 5 ms (no click before its onset). */
export function beepsWav(): Buffer {
  const samples = new Int16Array(LOOP_S * RATE);
  const fade = 0.005 * RATE;
  for (const beep of BEEPS) {
    const start = Math.round(beep.atS * RATE);
    const length = Math.round(BEEP_S * RATE);
    for (let i = 0; i < length; i++) {
      const envelope = Math.min(1, i / fade, (length - i) / fade);
      samples[start + i] = Math.round(0.5 * envelope * Math.sin((2 * Math.PI * beep.hz * i) / RATE) * 32767);
    }
  }
  const data = Buffer.from(samples.buffer);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/**
 * Writes the WAV where the spec's launch switches can name it when the file is loaded: one fixed file in the
 * temp folder, replaced whole (a rename) so a browser never reads half of it, and the same bytes every time.
 */
export function beepsWavFile(): string {
  const file = path.join(os.tmpdir(), 'rostrum-e2e-beeps.wav');
  const bytes = beepsWav();
  if (fs.existsSync(file) && fs.readFileSync(file).equals(bytes)) return file;
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
  return file;
}

/** The switches that give the page a microphone playing `wav`, without asking. */
export function fakeMicrophone(wav: string, allow = true): string[] {
  return [
    ...(allow ? ['--use-fake-ui-for-media-stream'] : []),
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
    // the meter's AudioContext runs without waiting for a first click
    '--autoplay-policy=no-user-gesture-required'
  ];
}
