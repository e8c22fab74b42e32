import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { segmentFile } from '../../src/main/core/audio/audio-files';
import { newScanState, scanWebm } from '../../src/main/core/audio/webm-scan';
import type { ChangeEvent } from '../../src/shared/events';
import { dump, expectRefused } from '../fixtures';
import { openTestApp, type TestApp } from '../helpers';
import { fixtureChunks, recordFixture } from './audio-fixture';

let app: TestApp;
afterEach(() => app?.cleanup());

function liveConference(): number {
  const conference = app.router.invoke('conference.create', { title: '录音测试发布会' });
  app.router.invoke('live.start', { conferenceId: conference.id });
  return conference.id;
}

function uidOf(conferenceId: number): string {
  return (app.db.prepare('SELECT uid FROM conferences WHERE id = ?').get(conferenceId) as { uid: string }).uid;
}

function fileOf(conferenceId: number, segmentId: number): string {
  return segmentFile(app.dataDir, uidOf(conferenceId), segmentId);
}

const OPUS = 'audio/webm;codecs=opus' as const;

describe('audio.segment.start', () => {
  it('starts a segment of a live conference, stamped with the server clock, with its empty file', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    app.clock.advance(5_000);
    const started = app.router.invoke('audio.segment.start', { conferenceId, mimeType: OPUS });
    expect(started.startedAt).toBe(app.clock.now());
    expect(fs.statSync(fileOf(conferenceId, started.segmentId)).size).toBe(0);
    const state = app.router.invoke('audio.state', { conferenceId });
    expect(state).toMatchObject({ recording: true, openSegmentId: started.segmentId, totalBytes: 0, recordAudio: false });
  });

  it('refuses a conference that is not live, naming conferenceId, and changes nothing', () => {
    app = openTestApp();
    const draft = app.router.invoke('conference.create', { title: '草稿' });
    const before = dump(app.db);
    expectRefused(app.router.call('audio.segment.start', { conferenceId: draft.id, mimeType: OPUS }), 'invalid_state', 'conferenceId');
    app.router.invoke('live.start', { conferenceId: draft.id });
    app.router.invoke('live.end', { conferenceId: draft.id });
    const ended = dump(app.db);
    expectRefused(app.router.call('audio.segment.start', { conferenceId: draft.id, mimeType: OPUS }), 'invalid_state', 'conferenceId');
    expect(dump(app.db)).toEqual(ended);
    expect(before.audio_segments).toEqual([]);
    expect(fs.existsSync(path.join(app.dataDir, 'audio'))).toBe(false);
    expectRefused(app.router.call('audio.segment.start', { conferenceId: 999, mimeType: OPUS }), 'not_found', 'conferenceId');
  });

  it('ends a segment left open (a window that died) when a new one starts: one recorder at a time', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const first = recordFixture(app.router, conferenceId, 'segment-1', { end: false });
    app.clock.advance(10_000);
    const second = app.router.invoke('audio.segment.start', { conferenceId, mimeType: OPUS });
    const state = app.router.invoke('audio.state', { conferenceId });
    expect(state.segments.map((s) => [s.id, s.endedAt !== null])).toEqual([
      [first, true],
      [second.segmentId, false]
    ]);
  });
});

describe('audio.segment.append', () => {
  it('appends each chunk synced, and the row follows the file: bytes, chunks and the audio’s own duration', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const { segmentId } = app.router.invoke('audio.segment.start', { conferenceId, mimeType: OPUS });
    const chunks = fixtureChunks('segment-1');
    let bytes = 0;
    let lastDuration = 0;
    chunks.forEach((chunk, seq) => {
      const answer = app.router.invoke('audio.segment.append', { segmentId, seq, data: chunk.toString('base64') });
      bytes += chunk.length;
      expect(answer).toMatchObject({ segmentId, seq, bytes, duplicate: false });
      expect(fs.statSync(fileOf(conferenceId, segmentId)).size).toBe(bytes);
      expect(answer.durationMs).toBeGreaterThan(lastDuration);
      lastDuration = answer.durationMs;
    });
    // 3.2 s of recording; the audio is what the recorder encoded (60 ms Opus packets), within a packet or two
    expect(lastDuration).toBeGreaterThan(2_900);
    expect(lastDuration).toBeLessThan(3_300);
    expect(fs.readFileSync(fileOf(conferenceId, segmentId))).toEqual(Buffer.concat(chunks));
    const segment = app.router.invoke('audio.state', { conferenceId }).segments[0]!;
    expect(segment).toMatchObject({ bytes, chunks: chunks.length, durationMs: lastDuration, lastChunkAt: app.clock.now() });
  });

  it('takes a retried chunk once: same seq and length answer ok without appending again', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const { segmentId } = app.router.invoke('audio.segment.start', { conferenceId, mimeType: OPUS });
    const [first, second] = fixtureChunks('segment-1');
    app.router.invoke('audio.segment.append', { segmentId, seq: 0, data: first!.toString('base64') });
    const retry = app.router.invoke('audio.segment.append', { segmentId, seq: 0, data: first!.toString('base64') });
    expect(retry).toMatchObject({ duplicate: true, bytes: first!.length });
    expect(fs.statSync(fileOf(conferenceId, segmentId)).size).toBe(first!.length);
    app.router.invoke('audio.segment.append', { segmentId, seq: 1, data: second!.toString('base64') });
    const before = dump(app.db);
    // an old chunk again, a gap, a wrong length for the last: refused, naming seq, nothing changed
    expectRefused(app.router.call('audio.segment.append', { segmentId, seq: 0, data: first!.toString('base64') }), 'invalid_input', 'seq');
    expectRefused(app.router.call('audio.segment.append', { segmentId, seq: 3, data: second!.toString('base64') }), 'invalid_input', 'seq');
    expectRefused(app.router.call('audio.segment.append', { segmentId, seq: 1, data: first!.toString('base64') }), 'invalid_input', 'seq');
    expect(dump(app.db)).toEqual(before);
    expect(fs.statSync(fileOf(conferenceId, segmentId)).size).toBe(first!.length + second!.length);
  });

  it('refuses what is not this segment’s WebM audio, naming data, and leaves the file as it was', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const { segmentId } = app.router.invoke('audio.segment.start', { conferenceId, mimeType: OPUS });
    const junk = Buffer.from('this is not a webm file at all').toString('base64');
    expectRefused(app.router.call('audio.segment.append', { segmentId, seq: 0, data: junk }), 'invalid_input', 'data');
    const [first] = fixtureChunks('segment-1');
    app.router.invoke('audio.segment.append', { segmentId, seq: 0, data: first!.toString('base64') });
    const before = dump(app.db);
    expectRefused(
      app.router.call('audio.segment.append', { segmentId, seq: 1, data: Buffer.alloc(300, 0).toString('base64') }),
      'invalid_input',
      'data'
    );
    expectRefused(app.router.call('audio.segment.append', { segmentId, seq: 1, data: 'not base64!' }), 'invalid_input', 'data');
    expect(dump(app.db)).toEqual(before);
    expect(fs.readFileSync(fileOf(conferenceId, segmentId))).toEqual(first);
  });

  it('refuses an ended segment: the window must start a new one', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const segmentId = recordFixture(app.router, conferenceId, 'segment-2');
    const [first] = fixtureChunks('segment-2');
    expectRefused(app.router.call('audio.segment.append', { segmentId, seq: 3, data: first!.toString('base64') }), 'invalid_state', 'segmentId');
    expectRefused(app.router.call('audio.segment.append', { segmentId: 4242, seq: 0, data: first!.toString('base64') }), 'not_found', 'segmentId');
  });

  it('publishes nothing and takes no undo step for a chunk; start and end publish the audio topic only', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const events: ChangeEvent[] = [];
    app.subscribe((event) => events.push(event));
    const undoBefore = app.router.invoke('conference.get', { id: conferenceId }).undo;
    const { segmentId } = app.router.invoke('audio.segment.start', { conferenceId, mimeType: OPUS });
    expect(events.map((e) => e.topic)).toEqual(['audio']);
    events.length = 0;
    fixtureChunks('segment-1').forEach((chunk, seq) => app.router.invoke('audio.segment.append', { segmentId, seq, data: chunk.toString('base64') }));
    expect(events).toEqual([]);
    app.router.invoke('audio.segment.end', { segmentId });
    expect(events.map((e) => e.topic)).toEqual(['audio']);
    expect(app.router.invoke('conference.get', { id: conferenceId }).undo).toEqual(undoBefore);
  });
});

describe('where a segment’s audio begins', () => {
  it('is read from the chunks’ arrival: the recorder starts after segment.start answers, and offsets count from the first sound', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const requested = app.clock.now();
    const { segmentId, startedAt } = app.router.invoke('audio.segment.start', { conferenceId, mimeType: OPUS });
    expect(startedAt).toBe(requested);
    // the recorder starts 120 ms later; each chunk then arrives 15–40 ms after the audio in it was heard
    const heardFrom = requested + 120;
    const delays = [40, 15, 30, 25, 35];
    const chunks = fixtureChunks('segment-3');
    chunks.forEach((chunk, seq) => {
      const whole = Buffer.concat(chunks.slice(0, seq + 1));
      const audioSoFar = scanWebm((at, length) => whole.subarray(at, at + length), whole.length, newScanState()).durationMs;
      app.clock.advance(heardFrom + audioSoFar + delays[seq]! - app.clock.now());
      expect(app.router.invoke('audio.segment.append', { segmentId, seq, data: chunk.toString('base64') }).durationMs).toBe(audioSoFar);
      if (seq === 2) app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '此刻' });
    });
    // the least delay was 15 ms: the start is found within that of the truth, and offsets count from it
    const segment = app.router.invoke('audio.state', { conferenceId }).segments[0]!;
    expect(segment.startedAt).toBe(heardFrom + 15);
    const [turn] = app.router.invoke('turn.list', { conferenceId });
    expect(app.router.invoke('audio.offsets', { conferenceId }).turns[0]!.offsetMs).toBe(turn!.startedAt - (heardFrom + 15));
  });

  it('never moves before segment.start, even when chunks come all at once', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const segmentId = recordFixture(app.router, conferenceId, 'segment-1');
    const segment = app.router.invoke('audio.state', { conferenceId }).segments.find((s) => s.id === segmentId)!;
    expect(segment.startedAt).toBe(app.clock.now());
  });
});

describe('audio.segment.end and live.end', () => {
  it('ends a segment once (ending again answers it as it is); live.end ends the open one on the server', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const first = recordFixture(app.router, conferenceId, 'segment-1');
    const again = app.router.invoke('audio.segment.end', { segmentId: first });
    expect(again.endedAt).not.toBeNull();
    const open = recordFixture(app.router, conferenceId, 'segment-2', { end: false });
    app.clock.advance(1_000);
    app.router.invoke('live.end', { conferenceId });
    const state = app.router.invoke('audio.state', { conferenceId });
    expect(state.recording).toBe(false);
    expect(state.segments.find((s) => s.id === open)!.endedAt).toBe(app.clock.now());
  });
});

describe('audio.settings.update', () => {
  it('keeps whether a conference records, per conference', () => {
    app = openTestApp();
    const a = app.router.invoke('conference.create', { title: 'A' });
    const b = app.router.invoke('conference.create', { title: 'B' });
    expect(app.router.invoke('audio.settings.update', { conferenceId: a.id, recordAudio: true })).toEqual({ conferenceId: a.id, recordAudio: true });
    expect(app.router.invoke('audio.state', { conferenceId: a.id }).recordAudio).toBe(true);
    expect(app.router.invoke('audio.state', { conferenceId: b.id }).recordAudio).toBe(false);
    app.router.invoke('audio.settings.update', { conferenceId: a.id, recordAudio: false });
    expect(app.router.invoke('audio.state', { conferenceId: a.id }).recordAudio).toBe(false);
    expectRefused(app.router.call('audio.settings.update', { conferenceId: 999, recordAudio: true }), 'not_found', 'conferenceId');
    expectRefused(app.router.call('audio.settings.update', { conferenceId: a.id, recordAudio: 'yes' }), 'invalid_input', 'recordAudio');
  });
});

describe('audio.delete', () => {
  it('removes the files and segments and keeps the record; refused while recording', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '（开始）' });
    const segmentId = recordFixture(app.router, conferenceId, 'segment-1', { end: false });
    const before = dump(app.db);
    expectRefused(app.router.call('audio.delete', { conferenceId }), 'invalid_state', 'conferenceId');
    expect(dump(app.db)).toEqual(before);
    app.router.invoke('audio.segment.end', { segmentId });
    const deleted = app.router.invoke('audio.delete', { conferenceId });
    expect(deleted).toMatchObject({ conferenceId, segments: 1 });
    expect(deleted.bytes).toBeGreaterThan(10_000);
    expect(fs.existsSync(fileOf(conferenceId, segmentId))).toBe(false);
    const state = app.router.invoke('audio.state', { conferenceId });
    expect(state).toMatchObject({ segments: [], totalBytes: 0, totalDurationMs: 0 });
    expect(app.router.invoke('turn.list', { conferenceId }).map((t) => t.text)).toEqual(['（开始）']);
  });
});

describe('roles', () => {
  it('keeps every audio method from the display, the desk and the phones', () => {
    app = openTestApp();
    const conferenceId = liveConference();
    const guests = [{ role: 'readonly' as const }, { role: 'desk' as const }, { role: 'submit' as const, device: 'phone-1' }];
    for (const [method, input] of [
      ['audio.state', { conferenceId }],
      ['audio.offsets', { conferenceId }],
      ['audio.segment.start', { conferenceId, mimeType: OPUS }],
      ['audio.delete', { conferenceId }],
      ['audio.settings.update', { conferenceId, recordAudio: true }],
      ['audio.backups.update', { includeAudio: false }]
    ] as const) {
      for (const guest of guests) expectRefused(app.router.call(method, input, guest), 'forbidden');
    }
  });
});
