/**
 * The process the audio kill test kills. It opens Rostrum on the data folder
 * argv[2], makes sure a live conference is there, then records: a segment of
 * each fixture recording (argv[3] is their folder) after another, chunk by
 * chunk, as fast as it can, until it is killed. After each acknowledged chunk it
 * writes one JSON line: the segment, the seq and the audio's duration so far.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openRostrum } from '../../src/main/core/rostrum';

const [dataDir, fixtures] = process.argv.slice(2);
if (!dataDir || !fixtures) throw new Error('usage: audio-child <data-dir> <fixture-dir>');

function send(message: object): void {
  const bytes = Buffer.from(`${JSON.stringify(message)}\n`);
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += fs.writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EAGAIN') throw error;
    }
  }
}

const recordings = ['segment-1', 'segment-2', 'segment-3'].map((name) => {
  const whole = fs.readFileSync(path.join(fixtures, `${name}.webm`));
  const { chunkBytes } = JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.chunks.json`), 'utf8')) as { chunkBytes: number[] };
  let at = 0;
  return chunkBytes.map((length) => whole.subarray(at, (at += length)).toString('base64'));
});

const app = openRostrum({ dataDir });
const { invoke } = app.router;
let conference = invoke('conference.list', {}).find((c) => c.status === 'live');
if (!conference) {
  const created = invoke('conference.create', { title: '录音断电测试' });
  invoke('live.start', { conferenceId: created.id });
  conference = invoke('conference.list', {}).find((c) => c.id === created.id)!;
}
const conferenceId = conference.id;
send({ op: 'open', repair: app.audioRepair });

for (let round = 0; ; round++) {
  const chunks = recordings[round % recordings.length]!;
  const { segmentId } = invoke('audio.segment.start', { conferenceId, mimeType: 'audio/webm;codecs=opus' });
  chunks.forEach((data, seq) => {
    const answer = invoke('audio.segment.append', { segmentId, seq, data });
    send({ op: 'chunk', segmentId, seq, durationMs: answer.durationMs, bytes: answer.bytes });
  });
  invoke('audio.segment.end', { segmentId });
}
