import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { segmentFile, type AudioIo } from '../../src/main/core/audio/audio-files';
import { newScanState, scanWebm } from '../../src/main/core/audio/webm-scan';
import { openRostrum } from '../../src/main/core/rostrum';
import { dump, expectRefused } from '../fixtures';
import { manualClock, tempDir } from '../helpers';
import { fixtureChunks, fixtureFile, recordFixture } from './audio-fixture';

const dirs: string[] = [];
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function open(dataDir: string, audioIo?: AudioIo) {
  const clock = manualClock();
  const app = openRostrum({ dataDir, now: clock.now, audioIo });
  opened.push(app);
  return Object.assign(app, { clock });
}

function newDataDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

function scanBytes(bytes: Buffer) {
  return scanWebm((at, length) => bytes.subarray(at, at + length), bytes.length, newScanState());
}

/** A seeded generator, so the garbage is the same on every run. */
function garbage(length: number, seed = 12345): Buffer {
  let state = seed;
  return Buffer.from(Array.from({ length }, () => ((state = (state * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff));
}

describe('the WebM scan', () => {
  const whole = fs.readFileSync(fixtureFile('segment-1'));
  const full = scanBytes(whole);

  it('reads a whole recording to its end, with its duration', () => {
    expect(full).toMatchObject({ position: whole.length, damaged: false, sawTracks: true });
    expect(full.blocks).toBeGreaterThan(40);
  });

  it('stops at the last whole element of a file cut anywhere, and never throws', () => {
    for (let cut = 0; cut < whole.length; cut += 97) {
      const state = scanBytes(whole.subarray(0, cut));
      expect(state.position).toBeLessThanOrEqual(cut);
      expect(state.damaged).toBe(false);
      expect(state.durationMs).toBeLessThanOrEqual(full.durationMs);
    }
    // cut mid-block: everything before that block is kept
    const cut = whole.length - 100;
    const state = scanBytes(whole.subarray(0, cut));
    expect(state.blocks).toBe(full.blocks - 1);
    expect(whole.length - state.position).toBeGreaterThan(100);
  });

  it('marks a garbage tail as damage at the end of the last whole element', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const state = scanBytes(Buffer.concat([whole, garbage(500, seed)]));
      expect(state.position).toBe(whole.length);
      expect(state.durationMs).toBe(full.durationMs);
    }
  });
});

describe('repair when Rostrum opens', () => {
  function recordThenCrash(mangle: (file: string) => void) {
    const dataDir = newDataDir();
    const app = open(dataDir);
    const conference = app.router.invoke('conference.create', { title: '断电' });
    app.router.invoke('live.start', { conferenceId: conference.id });
    const kept = recordFixture(app.router, conference.id, 'segment-2');
    const torn = recordFixture(app.router, conference.id, 'segment-1', { end: false });
    const uid = (app.db.prepare('SELECT uid FROM conferences WHERE id = ?').get(conference.id) as { uid: string }).uid;
    const before = app.router.invoke('audio.state', { conferenceId: conference.id });
    app.close();
    mangle(segmentFile(dataDir, uid, torn));
    const again = open(dataDir);
    return { again, conferenceId: conference.id, kept, torn, before, file: segmentFile(dataDir, uid, torn) };
  }

  it('cuts a file torn mid-block to its last whole block, corrects its row and ends it', () => {
    const { again, conferenceId, torn, before, file } = recordThenCrash((file) => fs.truncateSync(file, fs.statSync(file).size - 100));
    expect(again.audioRepair).toEqual({ dropped: [], cut: [torn], ended: [torn] });
    const state = again.router.invoke('audio.state', { conferenceId });
    const segment = state.segments.find((s) => s.id === torn)!;
    expect(segment.bytes).toBe(fs.statSync(file).size);
    expect(segment.endedAt).not.toBeNull();
    const wasMs = before.segments.find((s) => s.id === torn)!.durationMs;
    expect(segment.durationMs).toBeLessThan(wasMs);
    expect(segment.durationMs).toBeGreaterThan(wasMs - 200);
    expect(scanBytes(fs.readFileSync(file))).toMatchObject({ position: segment.bytes, damaged: false });
    expect(state.recording).toBe(false);
  });

  it('cuts a garbage tail, and drops a segment whose file is empty or gone', () => {
    const first = recordThenCrash((file) => fs.appendFileSync(file, garbage(777)));
    expect(first.again.audioRepair.cut).toEqual([first.torn]);
    expect(fs.readFileSync(first.file)).toEqual(fs.readFileSync(fixtureFile('segment-1')));

    const emptied = recordThenCrash((file) => fs.truncateSync(file, 0));
    expect(emptied.again.audioRepair.dropped).toEqual([emptied.torn]);
    expect(emptied.again.router.invoke('audio.state', { conferenceId: emptied.conferenceId }).segments.map((s) => s.id)).toEqual([emptied.kept]);

    const gone = recordThenCrash((file) => fs.rmSync(file));
    expect(gone.again.audioRepair.dropped).toEqual([gone.torn]);
  });

  it('ends the segment a crash left open and cuts nothing when the files are whole; an unfinished join is removed', () => {
    let leftover = '';
    const { again, kept, torn } = recordThenCrash((file) => {
      leftover = `${file.replace(/\d+\.webm$/, 'joined-0123456789abcdef.webm')}.4242.tmp`;
      fs.writeFileSync(leftover, 'half a join');
    });
    expect(fs.existsSync(leftover)).toBe(false);
    // the open one is ended (its process is gone); nothing is cut
    expect(again.audioRepair).toEqual({ dropped: [], cut: [], ended: [torn] });
    expect(again.audioRepair.ended).not.toContain(kept);
  });
});

describe('a full disk', () => {
  it('answers disk_full naming data, and leaves the file and the rows as they were', () => {
    let full = false;
    const io: AudioIo = {
      writeAt(file, data, position) {
        if (full && data.length > 0) {
          // a disk that takes part of the write, then refuses
          fs.appendFileSync(file, data.subarray(0, 10));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        fs.writeFileSync(file, Buffer.concat([fs.existsSync(file) ? fs.readFileSync(file).subarray(0, position) : Buffer.alloc(0), data]));
      }
    };
    const app = open(newDataDir(), io);
    const conference = app.router.invoke('conference.create', { title: '磁盘满' });
    app.router.invoke('live.start', { conferenceId: conference.id });
    const { segmentId } = app.router.invoke('audio.segment.start', { conferenceId: conference.id, mimeType: 'audio/webm;codecs=opus' });
    const [first, second] = fixtureChunks('segment-1');
    app.router.invoke('audio.segment.append', { segmentId, seq: 0, data: first!.toString('base64') });
    full = true;
    const before = dump(app.db);
    const error = expectRefused(
      app.router.call('audio.segment.append', { segmentId, seq: 1, data: second!.toString('base64') }),
      'disk_full',
      'data'
    );
    expect(error.message).toMatch(/disk .* full/);
    expect(dump(app.db)).toEqual(before);
    const uid = (app.db.prepare('SELECT uid FROM conferences WHERE id = ?').get(conference.id) as { uid: string }).uid;
    expect(fs.readFileSync(segmentFile(app.dataDir, uid, segmentId))).toEqual(first);
    // room again: the same chunk goes in
    full = false;
    expect(app.router.invoke('audio.segment.append', { segmentId, seq: 1, data: second!.toString('base64') }).duplicate).toBe(false);
  });
});
