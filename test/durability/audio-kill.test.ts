/**
 * Durability of the recording: a child process appends audio chunks as fast as
 * it can and is killed with SIGKILL at random moments (mid-write included).
 * After each kill, opening the folder repairs what the kill tore, and every
 * acknowledged chunk's audio is still there and joins into a playable file: a
 * crash loses at most what was not acknowledged (less than the one-second
 * chunk in flight). Bundled once with esbuild, as kill.test.ts does.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRostrum } from '../../src/main/core/rostrum';
import { tempDir } from '../helpers';

const KILLS = 8;
const SEED = Number(process.env.ROSTRUM_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/audio');

interface ChunkAck {
  op: 'chunk';
  segmentId: number;
  seq: number;
  durationMs: number;
  bytes: number;
}

let work: string;
let bundle: string;

beforeAll(() => {
  work = tempDir('rostrum-audio-kill-');
  bundle = path.join(work, 'audio-child.cjs');
  buildSync({
    entryPoints: [path.join(import.meta.dirname, 'audio-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: ['better-sqlite3', 'mediabunny'],
    outfile: bundle,
    logLevel: 'warning'
  });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function runAndKill(
  dataDir: string,
  afterAcks: number,
  delayMs: number
): Promise<{ acks: ChunkAck[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, fixtures], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), NODE_COMPILE_CACHE: path.join(work, 'compile-cache') }
    });
    const acks: ChunkAck[] = [];
    let pending = '';
    let stderr = '';
    let scheduled = false;
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      const parts = (pending + text).split('\n');
      pending = parts.pop()!;
      for (const part of parts) {
        const line = JSON.parse(part) as ChunkAck | { op: 'open' };
        if (line.op === 'chunk') acks.push(line);
        if (!scheduled && acks.length >= afterAcks) {
          scheduled = true;
          setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ acks, signal, stderr }));
  });
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe(`a recording killed with SIGKILL ${KILLS} times`, () => {
  it('keeps every acknowledged chunk, and the joined audio plays', { timeout: 120_000 }, async () => {
    const next = random(SEED);
    const dataDir = path.join(work, 'data');
    /** the longest acknowledged audio of each segment */
    const acked = new Map<number, number>();
    for (let k = 0; k < KILLS; k++) {
      const context = `seed ${SEED}, kill ${k + 1}`;
      const run = await runAndKill(dataDir, 1 + Math.floor(next() * 12), Math.floor(next() * 8));
      expect(run.signal, `${context}: the child died by itself:\n${run.stderr}`).toBe('SIGKILL');
      for (const ack of run.acks) acked.set(ack.segmentId, Math.max(acked.get(ack.segmentId) ?? 0, ack.durationMs));
    }
    expect(acked.size).toBeGreaterThan(KILLS);

    const app = openRostrum({ dataDir });
    try {
      const [conference] = app.router.invoke('conference.list', {});
      const state = app.router.invoke('audio.state', { conferenceId: conference!.id });
      expect(state.recording, 'opening ends the segment the kill left open').toBe(false);
      const kept = new Map(state.segments.map((s) => [s.id, s.durationMs]));
      for (const [segmentId, durationMs] of acked) {
        expect(kept.get(segmentId), `seed ${SEED}: segment ${segmentId}`).toBeGreaterThanOrEqual(durationMs);
      }
      const sent = [...acked.values()].reduce((a, b) => a + b, 0);
      const joined = (await app.joinedAudio.file(conference!.id))!;
      const input = new Input({ source: new BufferSource(fs.readFileSync(joined.file)), formats: ALL_FORMATS });
      const playableMs = (await input.computeDuration()) * 1000;
      input.dispose();
      expect(playableMs, `seed ${SEED}`).toBeGreaterThanOrEqual(sent - 1_000);
      console.info(
        `audio durability: ${KILLS} kills, ${acked.size} segments, ${(sent / 1000).toFixed(1)} s acknowledged, ${(playableMs / 1000).toFixed(1)} s playable, seed ${SEED}`
      );
    } finally {
      app.close();
    }
  });
});
