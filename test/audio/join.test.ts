import fs from 'node:fs';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { afterEach, describe, expect, it } from 'vitest';
import { scanFile } from '../../src/main/core/audio/audio-files';
import { joinSegments } from '../../src/main/core/audio/join';
import { expectRefused } from '../fixtures';
import { openTestApp, tempDir, type TestApp } from '../helpers';
import { FIXTURE_SEGMENTS, fixtureFile, recordFixture } from './audio-fixture';

let app: TestApp;
afterEach(() => app?.cleanup());

/** What a player reads in a file: its duration and its packets. */
async function readBack(file: string): Promise<{ durationMs: number; packets: number; timestamps: number[] }> {
  const input = new Input({ source: new BufferSource(fs.readFileSync(file)), formats: ALL_FORMATS });
  const track = (await input.getPrimaryAudioTrack())!;
  const timestamps: number[] = [];
  for await (const packet of new EncodedPacketSink(track).packets()) timestamps.push(packet.timestamp);
  const durationMs = Math.round((await input.computeDuration()) * 1000);
  input.dispose();
  return { durationMs, packets: timestamps.length, timestamps };
}

/** An element's ID in the file's bytes (the join writes a few top-level ones; a player looks for them). */
function hasElement(file: string, id: number[]): boolean {
  return fs.readFileSync(file).includes(Buffer.from(id));
}

function liveConference(): number {
  const conference = app.router.invoke('conference.create', { title: '菏泽市新闻发布会' });
  app.router.invoke('live.start', { conferenceId: conference.id });
  return conference.id;
}

describe('joining the segments', () => {
  it('joins three segments: duration is their sum (±50 ms), packets are all of theirs, in time order', async () => {
    const sources = await Promise.all(FIXTURE_SEGMENTS.map((name) => readBack(fixtureFile(name))));
    const scanned = FIXTURE_SEGMENTS.map((name) => scanFile(fixtureFile(name), fs.statSync(fixtureFile(name)).size).durationMs);
    const dir = tempDir();
    try {
      const out = `${dir}/joined.webm`;
      const parts = FIXTURE_SEGMENTS.map((name, i) => ({
        file: fixtureFile(name),
        segment: {
          id: i + 1,
          conferenceId: 1,
          mimeType: 'audio/webm;codecs=opus' as const,
          startedAt: i * 100_000,
          endedAt: null,
          lastChunkAt: null,
          chunks: 1,
          bytes: fs.statSync(fixtureFile(name)).size,
          durationMs: scanned[i]!
        }
      }));
      const joined = await joinSegments(parts, out);
      const sum = scanned.reduce((a, b) => a + b, 0);
      expect(joined.durationMs).toBe(sum);
      expect(joined.packets).toBe(sources.reduce((n, s) => n + s.packets, 0));
      const back = await readBack(out);
      expect(back.packets).toBe(joined.packets);
      // the last packet starts one packet before the end of the sum
      expect(Math.abs(back.durationMs + 60 - sum)).toBeLessThanOrEqual(50);
      expect(back.timestamps).toEqual([...back.timestamps].sort((a, b) => a - b));
      // the second segment starts exactly where the first one's audio ends
      expect(back.timestamps[sources[0]!.packets]).toBeCloseTo(scanned[0]! / 1000, 3);
      // seekable: a Duration in Info and Cues
      expect(hasElement(out, [0x44, 0x89])).toBe(true);
      expect(hasElement(out, [0x1c, 0x53, 0xbb, 0x6b])).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves the recording of a conference as one cached file, rebuilt when a segment is added', async () => {
    app = openTestApp();
    const conferenceId = liveConference();
    recordFixture(app.router, conferenceId, 'segment-1');
    const first = (await app.joinedAudio.file(conferenceId))!;
    expect(first.downloadName).toBe('2024-01-02 菏泽市新闻发布会.webm');
    expect((await app.joinedAudio.file(conferenceId))!.file).toBe(first.file);
    recordFixture(app.router, conferenceId, 'segment-2');
    const second = (await app.joinedAudio.file(conferenceId))!;
    expect(second.file).not.toBe(first.file);
    expect(fs.existsSync(first.file)).toBe(false);
    const state = app.router.invoke('audio.state', { conferenceId });
    const back = await readBack(second.file);
    expect(Math.abs(back.durationMs + 60 - state.totalDurationMs)).toBeLessThanOrEqual(50);
  });

  it('leaves out a segment still recording, and joins it once it ends', async () => {
    app = openTestApp();
    const conferenceId = liveConference();
    recordFixture(app.router, conferenceId, 'segment-1');
    const segmentId = recordFixture(app.router, conferenceId, 'segment-3', { end: false });
    const state = app.router.invoke('audio.state', { conferenceId });
    expect(state.playableDurationMs).toBe(state.segments[0]!.durationMs);
    const during = (await app.joinedAudio.file(conferenceId))!;
    const first = await readBack(during.file);
    expect(Math.abs(first.durationMs + 60 - state.playableDurationMs)).toBeLessThanOrEqual(50);
    // the same file for every request while the segment grows: a player's range requests stay consistent
    expect((await app.joinedAudio.file(conferenceId))!.file).toBe(during.file);
    app.router.invoke('audio.segment.end', { segmentId });
    const after = (await app.joinedAudio.file(conferenceId))!;
    const both = await readBack(after.file);
    expect(both.packets).toBeGreaterThan(first.packets + 50);
    expect(app.router.invoke('audio.state', { conferenceId }).playableDurationMs).toBe(
      app.router.invoke('audio.state', { conferenceId }).totalDurationMs
    );
  });

  it('joins what is whole of a segment a crash cut mid-block', async () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const segmentId = recordFixture(app.router, conferenceId, 'segment-3');
    const file = app.services.audio.segmentsWithFiles(conferenceId)[0]!.file;
    // a tail past the last whole block (as a torn write leaves before the repair on open)
    fs.appendFileSync(file, Buffer.from([0xa3, 0x42, 0x00, 0x81]));
    app.db.prepare('UPDATE audio_segments SET bytes = bytes + 4 WHERE id = ?').run(segmentId);
    const joined = (await app.joinedAudio.file(conferenceId))!;
    expect((await readBack(joined.file)).packets).toBeGreaterThan(50);
  });

  it('answers null for no audio and after a delete, and not_found for no such conference', async () => {
    app = openTestApp();
    const conferenceId = liveConference();
    expect(await app.joinedAudio.file(conferenceId)).toBeNull();
    recordFixture(app.router, conferenceId, 'segment-1');
    expect(await app.joinedAudio.file(conferenceId)).not.toBeNull();
    app.router.invoke('audio.delete', { conferenceId });
    expect(await app.joinedAudio.file(conferenceId)).toBeNull();
    await expect(app.joinedAudio.file(999)).rejects.toMatchObject({ code: 'not_found' });
    expectRefused(app.router.call('audio.state', { conferenceId: 999 }), 'not_found', 'conferenceId');
  });
});
