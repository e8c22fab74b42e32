import fs from 'node:fs';
import path from 'node:path';
import type { Router } from '../../src/main/core/router';

/**
 * Real WebM/Opus recorded by Chromium's MediaRecorder (scripts/make-audio-fixture.mjs):
 * three segments of a tone, kept whole with the byte length of each one-second chunk.
 */
const DIR = path.resolve(import.meta.dirname, '../fixtures/audio');
export const FIXTURE_SEGMENTS = ['segment-1', 'segment-2', 'segment-3'] as const;
export type FixtureSegment = (typeof FIXTURE_SEGMENTS)[number];

export function fixtureFile(name: FixtureSegment): string {
  return path.join(DIR, `${name}.webm`);
}

/** The segment's chunks, as its MediaRecorder handed them over. */
export function fixtureChunks(name: FixtureSegment): Buffer[] {
  const whole = fs.readFileSync(fixtureFile(name));
  const { chunkBytes } = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.chunks.json`), 'utf8')) as { chunkBytes: number[] };
  let at = 0;
  return chunkBytes.map((length) => whole.subarray(at, (at += length)));
}

/** Records one fixture segment through the router, chunk by chunk; answers the segment's id. */
export function recordFixture(router: Router, conferenceId: number, name: FixtureSegment, options: { end?: boolean } = {}): number {
  const { segmentId } = router.invoke('audio.segment.start', { conferenceId, mimeType: 'audio/webm;codecs=opus' });
  fixtureChunks(name).forEach((chunk, seq) => router.invoke('audio.segment.append', { segmentId, seq, data: chunk.toString('base64') }));
  if (options.end ?? true) router.invoke('audio.segment.end', { segmentId });
  return segmentId;
}
