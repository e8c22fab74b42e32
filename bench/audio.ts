import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRostrum } from '../src/main/core/rostrum';
import { fixtureChunks, FIXTURE_SEGMENTS } from '../test/audio/audio-fixture';
import { summarise, type Row } from './stats';

/**
 * The recording's cost on the main process (issue #12): one append is a
 * chunk of about a second of 32 kbit/s Opus (4 KB) written, fsynced, scanned
 * for its duration and acknowledged in SQLite, in one router call, as the
 * console sends it once a second. Then the join of what was recorded into the
 * one seekable file the review player fetches. The recorder's CPU in the
 * renderer is the console bench's.
 */
export async function benchAudio(): Promise<Row[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-bench-audio-'));
  const app = openRostrum({ dataDir });
  try {
    const { invoke } = app.router;
    const conference = invoke('conference.create', { title: '录音基准' });
    invoke('live.start', { conferenceId: conference.id });
    const recordings = FIXTURE_SEGMENTS.map((name) => fixtureChunks(name).map((chunk) => chunk.toString('base64')));
    const samples: number[] = [];
    let recordedMs = 0;
    for (let round = 0; samples.length < 600; round++) {
      const { segmentId } = invoke('audio.segment.start', { conferenceId: conference.id, mimeType: 'audio/webm;codecs=opus' });
      recordings[round % recordings.length]!.forEach((data, seq) => {
        const start = process.hrtime.bigint();
        invoke('audio.segment.append', { segmentId, seq, data });
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      });
      recordedMs += invoke('audio.segment.end', { segmentId }).durationMs;
    }
    const append = summarise(samples);
    const joinStart = process.hrtime.bigint();
    const joined = await app.joinedAudio.file(conference.id);
    const joinMs = Number(process.hrtime.bigint() - joinStart) / 1e6;
    return [
      {
        name: 'audio.segment.append (write + fsync + scan + row)',
        size: '≈1 s chunk, 4 KB',
        ...append,
        target: '≤ 20 ms p99 (a chunk a second)',
        pass: append.p99Ms <= 20
      },
      {
        name: 'join the recording (first fetch)',
        size: `${Math.round(recordedMs / 1000)} s, ${Math.round((joined?.bytes ?? 0) / 1000)} KB`,
        medianMs: joinMs,
        p99Ms: joinMs,
        runs: 1
      }
    ];
  } finally {
    app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
