/* global process, console, Buffer, setTimeout, AudioContext, MediaRecorder, btoa -- a Node script, partly run in the page; the lint config targets TypeScript */
// Makes test/fixtures/audio/: real WebM/Opus segments recorded by Chromium's MediaRecorder, exactly as the
// console records them (audio/webm;codecs=opus, 32 kbit/s, start(1000): one chunk a second). The sound is a
// tone per segment from WebAudio, so no microphone is needed. Each segment is saved whole (<name>.webm)
// with the byte length of every chunk (<name>.chunks.json), so tests can append it chunk by chunk.
// Run: node scripts/make-audio-fixture.mjs   (uses /usr/bin/chromium or ROSTRUM_CHROMIUM)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const OUT = path.resolve(import.meta.dirname, '../test/fixtures/audio');
const SEGMENTS = [
  { name: 'segment-1', seconds: 3.2, hz: 440 },
  { name: 'segment-2', seconds: 2.2, hz: 660 },
  { name: 'segment-3', seconds: 4.2, hz: 880 }
];

const executablePath = [process.env.ROSTRUM_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'] });
try {
  const page = await browser.newPage();
  fs.mkdirSync(OUT, { recursive: true });
  for (const segment of SEGMENTS) {
    const chunks = await page.evaluate(async ({ seconds, hz }) => {
      const context = new AudioContext();
      const oscillator = context.createOscillator();
      oscillator.frequency.value = hz;
      const destination = context.createMediaStreamDestination();
      oscillator.connect(destination);
      oscillator.start();
      const recorder = new MediaRecorder(destination.stream, { mimeType: 'audio/webm;codecs=opus', audioBitsPerSecond: 32_000 });
      const parts = [];
      recorder.ondataavailable = (event) => parts.push(event.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.start(1000);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      recorder.stop();
      await stopped;
      await context.close();
      const out = [];
      for (const part of parts) {
        const bytes = new Uint8Array(await part.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        out.push(btoa(binary));
      }
      return out;
    }, segment);
    const buffers = chunks.map((b64) => Buffer.from(b64, 'base64')).filter((b) => b.length > 0);
    fs.writeFileSync(path.join(OUT, `${segment.name}.webm`), Buffer.concat(buffers));
    // written as Prettier writes it, so the check of the house style passes on a fresh fixture
    const lengths = buffers.map((b) => b.length).join(', ');
    fs.writeFileSync(
      path.join(OUT, `${segment.name}.chunks.json`),
      `{ "seconds": ${segment.seconds}, "hz": ${segment.hz}, "chunkBytes": [${lengths}] }\n`
    );
    console.log(`${segment.name}: ${buffers.length} chunks, ${buffers.reduce((n, b) => n + b.length, 0)} bytes`);
  }
} finally {
  await browser.close();
}
