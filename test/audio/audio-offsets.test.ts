import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { turnOffsets } from '../../src/main/core/audio/offsets';
import { openRostrum } from '../../src/main/core/rostrum';
import { expectRefused } from '../fixtures';
import { manualClock, tempDir } from '../helpers';
import { recordFixture } from './audio-fixture';

const dirs: string[] = [];
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('turnOffsets', () => {
  it('counts a turn from the joined start: the durations of the segments before it, plus its time into its own', () => {
    const segments = [
      { startedAt: 10_000, durationMs: 3_000 },
      { startedAt: 20_000, durationMs: 2_000 }
    ];
    const turns = [9_999, 10_000, 12_999, 13_000, 19_000, 20_000, 21_500, 22_000].map((startedAt, id) => ({ id, startedAt }));
    expect(turnOffsets(segments, turns).map((t) => t.offsetMs)).toEqual([null, 0, 2_999, null, null, 3_000, 4_500, null]);
    // segments come in any order; they are joined by their start
    expect(turnOffsets([...segments].reverse(), turns)).toEqual(turnOffsets(segments, turns));
    expect(turnOffsets([], turns).every((t) => t.offsetMs === null)).toBe(true);
  });

  it('places a turn said after the audio of its segment ran out but before the segment ended at the end of that audio', () => {
    // the recorder starts after segment.start answers and sends its last chunk before segment.end: the wall span is longer
    const segments = [
      { startedAt: 10_000, durationMs: 3_000, endedAt: 13_120 },
      { startedAt: 20_000, durationMs: 2_000, endedAt: null }
    ];
    const turns = [12_999, 13_050, 13_120, 21_999, 22_050].map((startedAt, id) => ({ id, startedAt }));
    expect(turnOffsets(segments, turns).map((t) => t.offsetMs)).toEqual([2_999, 3_000, null, 4_999, null]);
  });
});

describe('audio.offsets', () => {
  it('places each turn in the joined audio across a pause and a restart, and null in the gaps', () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const clock = manualClock();
    let app = openRostrum({ dataDir, now: clock.now });
    opened.push(app);
    const conference = app.router.invoke('conference.create', { title: '暂停与重启' });
    const conferenceId = conference.id;
    app.router.invoke('live.start', { conferenceId });
    const t0 = clock.now();
    const say = (text: string) => app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text }).id;

    clock.advance(1_000);
    recordFixture(app.router, conferenceId, 'segment-1'); // starts at t0 + 1 s
    clock.advance(1_500);
    const inFirst = say('在第一段里'); // 1.5 s into the first segment
    clock.advance(5_000);
    const paused = say('暂停时'); // t0 + 7.5 s: the first segment's audio ended at about t0 + 4.2 s
    clock.advance(2_500);
    recordFixture(app.router, conferenceId, 'segment-2', { end: false }); // starts at t0 + 10 s, left open: a crash
    clock.advance(700);
    const inSecond = say('在第二段里');

    app.close();
    clock.advance(30_000); // restart: what was said meanwhile is in no recording
    app = openRostrum({ dataDir, now: clock.now });
    opened.push(app);
    const lost = say('重启之前');
    clock.advance(1_000);
    recordFixture(app.router, conferenceId, 'segment-3');
    clock.advance(2_000);
    const inThird = say('重启之后');

    const state = app.router.invoke('audio.state', { conferenceId });
    const [a, b, c] = state.segments;
    expect([a!.startedAt - t0, b!.startedAt - t0, c!.startedAt - t0]).toEqual([1_000, 10_000, 41_700]);
    const offsets = app.router.invoke('audio.offsets', { conferenceId });
    expect(offsets.totalDurationMs).toBe(a!.durationMs + b!.durationMs + c!.durationMs);
    const of = (id: number) => offsets.turns.find((t) => t.turnId === id)!.offsetMs;
    expect(of(inFirst)).toBe(1_500);
    expect(of(paused)).toBeNull();
    expect(of(inSecond)).toBe(a!.durationMs + 700);
    expect(of(lost)).toBeNull();
    expect(of(inThird)).toBe(a!.durationMs + b!.durationMs + 2_000);
    expect(offsets.turns).toHaveLength(5);
  });

  it('refuses a conference that does not exist, naming conferenceId; a display may not read it', () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const app = openRostrum({ dataDir });
    opened.push(app);
    expectRefused(app.router.call('audio.offsets', { conferenceId: 77 }), 'not_found', 'conferenceId');
    const conference = app.router.invoke('conference.create', { title: '无录音' });
    expect(app.router.invoke('audio.offsets', { conferenceId: conference.id })).toEqual({
      conferenceId: conference.id,
      totalDurationMs: 0,
      turns: []
    });
    expectRefused(app.router.call('audio.offsets', { conferenceId: conference.id }, { role: 'readonly' }), 'forbidden');
  });
});
