import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { audioFolderOf } from '../../src/main/core/archive/backup-audio';
import { unpackBackupZip } from '../../src/main/core/archive/backup-unzip';
import { createBackupManager, type BackupManager } from '../../src/main/core/archive/backup-manager';
import { segmentFile } from '../../src/main/core/audio/audio-files';
import type { BackupList } from '../../src/shared/schemas-archive';
import { post, startTestServer, valueOf, type TestServer } from '../server/server-helpers';
import { recordFixture } from './audio-fixture';

/**
 * Browser mode's backup download and upload with the room's audio: a backup with
 * recordings travels as one zip, comes back through the upload, and a merge or a
 * restore puts the recordings where the data folder keeps them. Real servers,
 * real SQLite files in temp folders, Chromium's own WebM recordings.
 */
const open: { t: TestServer; manager: BackupManager }[] = [];
afterEach(async () => {
  for (const { t, manager } of open.splice(0)) {
    manager.stop();
    await manager.idle();
    await t.close();
  }
});

async function server() {
  const t = await startTestServer();
  const manager = createBackupManager({ rostrum: t.app });
  open.push({ t, manager });
  return { t, manager };
}

const TITLE = '带录音的发布会';

/** A server whose archive holds one ended conference with two segments of audio, and a backup of it. */
async function recorded(includeAudio = true) {
  const { t, manager } = await server();
  const conference = t.app.router.invoke('conference.create', { title: TITLE });
  t.app.router.invoke('live.start', { conferenceId: conference.id });
  recordFixture(t.app.router, conference.id, 'segment-1');
  recordFixture(t.app.router, conference.id, 'segment-2');
  t.app.router.invoke('live.end', { conferenceId: conference.id });
  await manager.idle(); // the conference-end backup is not started (no start()), but be sure nothing runs
  t.app.router.invoke('audio.backups.update', { includeAudio });
  const job = await manager.backup('manual');
  expect(job.state).toBe('done');
  const uid = (t.app.db.prepare('SELECT uid FROM conferences WHERE id = ?').get(conference.id) as { uid: string }).uid;
  const segments = t.app.router.invoke('audio.state', { conferenceId: conference.id }).segments;
  return { t, manager, conferenceId: conference.id, uid, segments, fileName: job.fileName! };
}

async function download(t: TestServer, fileName: string) {
  const response = await fetch(`${t.base}/backups/${fileName}`);
  expect(response.status).toBe(200);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function upload(t: TestServer, body: Buffer) {
  const response = await fetch(`${t.base}/backups`, { method: 'POST', headers: { 'content-type': 'application/zip' }, body });
  return { status: response.status, body: (await response.json()) as { ok: boolean; value?: { fileName: string }; error?: { message: string } } };
}

async function merge(t: TestServer, manager: BackupManager, fileName: string) {
  valueOf(await post(t.base, 'archive.import', { fileName }));
  await manager.idle();
  return valueOf(await post<BackupList>(t.base, 'backup.list', {})).jobs[0]!;
}

describe('a backup with audio, downloaded and uploaded', () => {
  it('downloads as one zip of the database and each recording, byte for byte', async () => {
    const { t, manager, uid, segments, fileName } = await recorded();
    const { response, bytes } = await download(t, fileName);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName.replace(/\.db$/, '.zip')}"`);
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(['rostrum.db', ...segments.map((s) => `audio/${uid}/${s.id}.webm`)].sort());
    expect(Buffer.from(entries['rostrum.db']!).equals(fs.readFileSync(path.join(manager.folder, fileName)))).toBe(true);
    for (const s of segments) {
      expect(Buffer.from(entries[`audio/${uid}/${s.id}.webm`]!).equals(fs.readFileSync(segmentFile(t.app.dataDir, uid, s.id)))).toBe(true);
    }
  });

  it('merges into another archive with its recordings, under new segment ids, and the audio plays there', async () => {
    const source = await recorded();
    const { bytes } = await download(source.t, source.fileName);
    const { t, manager } = await server();
    t.app.router.invoke('conference.create', { title: '本地已有的会' }); // ids differ from the source's
    const uploaded = await upload(t, bytes);
    expect(uploaded.status).toBe(200);
    const list = valueOf(await post<BackupList>(t.base, 'backup.list', {}));
    const total = source.segments.reduce((n, s) => n + s.bytes, 0);
    expect(list.backups.find((b) => b.fileName === uploaded.body.value!.fileName)).toMatchObject({ conferences: 1, audioBytes: total, error: null });
    const job = await merge(t, manager, uploaded.body.value!.fileName);
    expect(job).toMatchObject({ kind: 'import', state: 'done', result: { imported: [TITLE] } });
    const here = t.app.router.invoke('archive.list', {}).items.find((i) => i.title === TITLE)!;
    expect(here.audioBytes).toBe(total);
    const state = t.app.router.invoke('audio.state', { conferenceId: here.id });
    expect(state.segments.map((s) => [s.bytes, s.durationMs])).toEqual(source.segments.map((s) => [s.bytes, s.durationMs]));
    for (const [i, s] of state.segments.entries()) {
      const theirs = source.segments[i]!;
      expect(
        fs
          .readFileSync(segmentFile(t.app.dataDir, source.uid, s.id))
          .equals(fs.readFileSync(segmentFile(source.t.app.dataDir, source.uid, theirs.id)))
      ).toBe(true);
    }
    expect(await t.app.joinedAudio.file(here.id)).not.toBeNull();
  });

  it('restores the recordings from an uploaded zip after they were deleted', async () => {
    const { t, manager, conferenceId, fileName, segments } = await recorded();
    const { bytes } = await download(t, fileName);
    t.app.router.invoke('audio.delete', { conferenceId });
    expect(t.app.router.invoke('audio.state', { conferenceId }).segments).toEqual([]);
    const uploaded = await upload(t, bytes);
    expect(uploaded.status).toBe(200);
    const restored = await manager.restore(uploaded.body.value!.fileName);
    expect(restored.state).toBe('done');
    expect(t.app.router.invoke('audio.state', { conferenceId }).segments.map((s) => s.bytes)).toEqual(segments.map((s) => s.bytes));
    expect(await t.app.joinedAudio.file(conferenceId)).not.toBeNull();
  });

  it('without audio in backups: a bare .db download, and a merge brings the record with no recording', async () => {
    const source = await recorded(false);
    const { response, bytes } = await download(source.t, source.fileName);
    expect(response.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const { t, manager } = await server();
    const uploaded = await upload(t, bytes);
    expect(uploaded.status).toBe(200);
    expect(fs.existsSync(audioFolderOf(path.join(manager.folder, uploaded.body.value!.fileName)))).toBe(false);
    expect(await merge(t, manager, uploaded.body.value!.fileName)).toMatchObject({ state: 'done', result: { imported: [TITLE] } });
    const here = t.app.router.invoke('archive.list', {}).items.find((i) => i.title === TITLE)!;
    expect(here.audioBytes).toBe(0);
    expect(t.app.router.invoke('audio.state', { conferenceId: here.id }).segments).toEqual([]);
    expect(fs.existsSync(path.join(t.app.dataDir, 'audio', source.uid))).toBe(false);
  });
});

describe('an uploaded zip that is not a whole backup', () => {
  /** The zip of a real backup with one entry changed, added or taken away. */
  async function tampered(change: (entries: Zippable, uid: string, ids: number[]) => void) {
    const source = await recorded();
    const { bytes } = await download(source.t, source.fileName);
    const entries = unzipSync(bytes) as Zippable;
    change(
      entries,
      source.uid,
      source.segments.map((s) => s.id)
    );
    return { source, zip: Buffer.from(zipSync(entries, { level: 0 })) };
  }

  /** Every file under a folder, by its path inside it. */
  const filesUnder = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : []);

  async function expectRefused(zip: Buffer, message: RegExp) {
    const { t, manager } = await server();
    fs.mkdirSync(manager.folder, { recursive: true }); // an upload makes the folder first: it is not what is checked
    const before = { data: filesUnder(t.app.dataDir), temp: fs.readdirSync(os.tmpdir()).filter((n) => n.includes('evil')) };
    const answer = await upload(t, zip);
    expect(answer.status).toBe(400);
    expect(answer.body.error!.message).toMatch(message);
    // nothing kept in the data folder (the backups folder included), nothing written beside it
    expect(filesUnder(t.app.dataDir)).toEqual(before.data);
    expect(fs.readdirSync(os.tmpdir()).filter((n) => n.includes('evil'))).toEqual(before.temp);
    expect(filesUnder(path.dirname(manager.folder)).filter((n) => n.includes('evil'))).toEqual([]);
  }

  it('refuses names that would leave the folder, or that no backup writes', async () => {
    for (const name of ['../../evil.webm', '/etc/evil.webm', 'audio/x/../../../evil.webm']) {
      const { zip } = await tampered((entries) => void (entries[name] = strToU8('evil')));
      await expectRefused(zip, /evil\.webm/);
    }
    const { zip } = await tampered((entries) => void (entries['notes.txt'] = strToU8('hello')));
    await expectRefused(zip, /“notes\.txt”, which is not part of a Rostrum backup/);
  });

  it('refuses audio that matches no recording of its database, or not its length', async () => {
    const stranger = await tampered((entries, uid) => void (entries[`audio/${uid}/999.webm`] = strToU8('x')));
    await expectRefused(stranger.zip, /audio\/.+\/999\.webm” in the zip belongs to no recording/);
    const otherUid = await tampered((entries, uid, ids) => {
      entries[`audio/someone-else/${ids[0]}.webm`] = entries[`audio/${uid}/${ids[0]}.webm`]!;
      delete entries[`audio/${uid}/${ids[0]}.webm`];
    });
    await expectRefused(otherUid.zip, /someone-else.+belongs to no recording/);
    const short = await tampered((entries, uid, ids) => {
      const name = `audio/${uid}/${ids[1]}.webm`;
      entries[name] = (entries[name] as Uint8Array).subarray(0, 100);
    });
    await expectRefused(short.zip, /is 100 bytes; its recording is \d+/);
    const noDb = await tampered((entries) => void delete entries['rostrum.db']);
    await expectRefused(noDb.zip, /holds no rostrum\.db/);
  });

  it('refuses a damaged zip: cut short, or a recording’s bytes changed', async () => {
    const { zip } = await tampered(() => {});
    await expectRefused(zip.subarray(0, zip.length - 40), /zip file is damaged/);
    const flipped = Buffer.from(zip);
    // a byte well inside the last recording's data (the entries are stored, so its bytes are there as they are)
    flipped[flipped.length - 2000] ^= 0xff;
    await expectRefused(flipped, /audio\/.+\.webm in the zip is damaged/);
  });
});

describe('unpacking a backup zip', () => {
  it('refuses one that unpacks to more than its limit, all entries together, and unpacks nothing', async () => {
    const source = await recorded();
    const { bytes } = await download(source.t, source.fileName);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-unzip-'));
    try {
      const zip = path.join(dir, 'backup.zip');
      fs.writeFileSync(zip, bytes);
      const entries = unzipSync(bytes);
      const largest = Math.max(...Object.values(entries).map((e) => e.length));
      const total = Object.values(entries).reduce((n, e) => n + e.length, 0);
      // each entry fits the limit on its own, all of them do not
      const limit = Math.max(largest, total - 1);
      fs.mkdirSync(path.join(dir, 'out'));
      await expect(unpackBackupZip(zip, path.join(dir, 'out'), limit)).rejects.toThrow(/unpacks to more than/);
      expect(fs.readdirSync(path.join(dir, 'out'))).toEqual([]);
      fs.mkdirSync(path.join(dir, 'whole'));
      const whole = await unpackBackupZip(zip, path.join(dir, 'whole'), total);
      expect(fs.readFileSync(whole.dbFile).equals(Buffer.from(entries['rostrum.db']!))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
