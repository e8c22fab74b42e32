import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { audioFolderOf } from '../../src/main/core/archive/backup-audio';
import { createBackupManager } from '../../src/main/core/archive/backup-manager';
import { segmentFile } from '../../src/main/core/audio/audio-files';
import { openTestApp, type TestApp } from '../helpers';
import { fixtureChunks, recordFixture } from './audio-fixture';

const apps: TestApp[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.cleanup()));

function setup() {
  const app = openTestApp();
  apps.push(app);
  const manager = createBackupManager({ rostrum: app, now: app.clock.now });
  const conference = app.router.invoke('conference.create', { title: '录音归档' });
  app.router.invoke('live.start', { conferenceId: conference.id });
  const uid = (app.db.prepare('SELECT uid FROM conferences WHERE id = ?').get(conference.id) as { uid: string }).uid;
  return { app, manager, conferenceId: conference.id, uid };
}

/** The segments a backup's database holds, with their acknowledged lengths. */
function backupSegments(file: string): { id: number; bytes: number }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id, bytes FROM audio_segments ORDER BY id').all() as { id: number; bytes: number }[];
  } finally {
    db.close();
  }
}

describe('the archive list', () => {
  it('shows the size of each conference’s audio, 0 once it is deleted', () => {
    const { app, conferenceId } = setup();
    const other = app.router.invoke('conference.create', { title: '无录音' });
    recordFixture(app.router, conferenceId, 'segment-1');
    recordFixture(app.router, conferenceId, 'segment-2');
    const bytes = app.router.invoke('audio.state', { conferenceId }).totalBytes;
    const items = app.router.invoke('archive.list', {}).items;
    expect(items.find((i) => i.id === conferenceId)!.audioBytes).toBe(bytes);
    expect(items.find((i) => i.id === other.id)!.audioBytes).toBe(0);
    app.router.invoke('audio.delete', { conferenceId });
    expect(app.router.invoke('archive.list', {}).items.find((i) => i.id === conferenceId)!.audioBytes).toBe(0);
  });
});

describe('backups with audio', () => {
  it('copy each recording as the backup’s own rows know it, even while it still records', async () => {
    const { app, manager, conferenceId, uid } = setup();
    recordFixture(app.router, conferenceId, 'segment-2');
    const { segmentId } = app.router.invoke('audio.segment.start', { conferenceId, mimeType: 'audio/webm;codecs=opus' });
    const chunks = fixtureChunks('segment-3');
    app.router.invoke('audio.segment.append', { segmentId, seq: 0, data: chunks[0]!.toString('base64') });
    const running = manager.backup();
    // the recording goes on while the copy is taken (a chunk every few ms, the worker copying meanwhile)
    for (const [i, chunk] of chunks.slice(1).entries()) {
      await new Promise((resolve) => setTimeout(resolve, 3));
      app.router.invoke('audio.segment.append', { segmentId, seq: i + 1, data: chunk.toString('base64') });
    }
    const job = await running;
    const file = path.join(manager.folder, job.fileName!);
    const copied = backupSegments(file);
    expect(copied).toHaveLength(2);
    for (const segment of copied) {
      const copy = fs.readFileSync(path.join(audioFolderOf(file), uid, `${segment.id}.webm`));
      expect(copy.length).toBe(segment.bytes);
      expect(copy).toEqual(fs.readFileSync(segmentFile(app.dataDir, uid, segment.id)).subarray(0, segment.bytes));
    }
    const listed = app.router.invoke('backup.list', {});
    expect(listed.includeAudio).toBe(true);
    expect(listed.backups[0]!.audioBytes).toBe(copied.reduce((n, s) => n + s.bytes, 0));
  });

  it('leave the audio out when so chosen', async () => {
    const { app, manager, conferenceId } = setup();
    recordFixture(app.router, conferenceId, 'segment-1');
    expect(app.router.invoke('audio.backups.update', { includeAudio: false })).toEqual({ includeAudio: false });
    const job = await manager.backup();
    expect(fs.existsSync(audioFolderOf(path.join(manager.folder, job.fileName!)))).toBe(false);
    const listed = app.router.invoke('backup.list', {});
    expect(listed.includeAudio).toBe(false);
    expect(listed.backups[0]!.audioBytes).toBeNull();
  });

  it('put the recordings back on a restore, and the joined audio plays again', async () => {
    const { app, manager, conferenceId } = setup();
    recordFixture(app.router, conferenceId, 'segment-1');
    app.router.invoke('live.end', { conferenceId });
    const job = await manager.backup();
    app.router.invoke('audio.delete', { conferenceId });
    expect(await app.joinedAudio.file(conferenceId)).toBeNull();
    const restored = await manager.restore(job.fileName!);
    expect(restored.state).toBe('done');
    const joined = await app.joinedAudio.file(conferenceId);
    expect(joined).not.toBeNull();
    expect(app.router.invoke('audio.state', { conferenceId }).segments).toHaveLength(1);
  });
});
