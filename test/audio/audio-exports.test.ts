import { afterEach, describe, expect, it } from 'vitest';
import type { ConferenceFile } from '../../src/shared/schemas-export';
import { openTestApp, type TestApp } from '../helpers';
import { recordFixture } from './audio-fixture';

const apps: TestApp[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.cleanup()));

function open(): TestApp {
  const app = openTestApp();
  apps.push(app);
  return app;
}

/** A conference with three turns: one while recording, one in a pause, one after resuming. */
function recorded(app: TestApp) {
  const { router, clock } = app;
  const conference = router.invoke('conference.create', { title: '录音导出' });
  const conferenceId = conference.id;
  router.invoke('live.start', { conferenceId });
  clock.advance(2_000);
  recordFixture(router, conferenceId, 'segment-1'); // t0 + 2 s, about 3.2 s of audio
  clock.advance(1_000);
  router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '录音中' });
  clock.advance(10_000);
  router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '暂停中' });
  clock.advance(5_000);
  recordFixture(router, conferenceId, 'segment-2');
  clock.advance(500);
  router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '继续录音' });
  clock.advance(1_000);
  router.invoke('live.end', { conferenceId });
  return conferenceId;
}

const seconds = (stamp: string) => {
  const [h, m, s] = stamp.replace(',', '.').split(':');
  return Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);
};

describe('exports of a recorded conference', () => {
  it('the JSON export carries each turn’s audio offset, and the import takes the file and ignores it', () => {
    const app = open();
    const conferenceId = recorded(app);
    const offsets = app.router.invoke('audio.offsets', { conferenceId });
    const file = JSON.parse(app.router.invoke('transcript.export', { conferenceId, format: 'json' }).content) as ConferenceFile;
    expect(file.turns.map((t) => t.audioOffsetMs)).toEqual(offsets.turns.map((t) => t.offsetMs));
    expect(file.turns.map((t) => t.audioOffsetMs)).toEqual([1_000, null, expect.any(Number)]);

    const target = open();
    const imported = target.router.invoke('conference.import', file);
    expect(target.router.invoke('turn.list', { conferenceId: imported.id }).map((t) => t.text)).toEqual(['录音中', '暂停中', '继续录音']);
    // the copy has no recording: its own offsets are null
    const again = JSON.parse(target.router.invoke('transcript.export', { conferenceId: imported.id, format: 'json' }).content) as ConferenceFile;
    expect(again.turns.map((t) => t.audioOffsetMs)).toEqual([null, null, null]);
  });

  it('SRT and WebVTT are timed from the audio’s start: a turn said while recording starts at its offset', () => {
    const app = open();
    const conferenceId = recorded(app);
    const offsets = app.router.invoke('audio.offsets', { conferenceId }).turns.map((t) => t.offsetMs);
    const first = app.router.invoke('audio.state', { conferenceId }).segments[0]!;
    const srt = app.router.invoke('transcript.export', { conferenceId, format: 'srt' }).content;
    const starts = [...srt.matchAll(/^(\d\d:\d\d:\d\d,\d{3}) -->/gm)].map((m) => seconds(m[1]!));
    // recording: at its offset; in the pause: where the pause was cut out (the end of the first segment's audio)
    expect(starts).toEqual([offsets[0], first.durationMs, offsets[2]]);
    const vtt = app.router.invoke('transcript.export', { conferenceId, format: 'vtt' }).content;
    expect([...vtt.matchAll(/^(\d\d:\d\d:\d\d\.\d{3}) -->/gm)].map((m) => seconds(m[1]!))).toEqual(starts);
  });

  it('without audio, captions are timed from the conference’s start, as before', () => {
    const app = open();
    const conference = app.router.invoke('conference.create', { title: '无录音' });
    app.router.invoke('live.start', { conferenceId: conference.id });
    app.clock.advance(4_000);
    app.router.invoke('turn.add', { conferenceId: conference.id, speakerKind: 'note', text: '开始' });
    const srt = app.router.invoke('transcript.export', { conferenceId: conference.id, format: 'srt' }).content;
    expect(srt).toContain('00:00:04,000 -->');
  });
});
