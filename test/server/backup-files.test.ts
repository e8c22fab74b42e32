import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupManager, type BackupManager } from '../../src/main/core/archive/backup-manager';
import type { BackupList } from '../../src/shared/schemas-archive';
import { holdConference } from '../archive/build';
import { post, rawRequest, startTestServer, valueOf, type TestServer } from './server-helpers';

let t: TestServer | null = null;
let manager: BackupManager | null = null;
afterEach(async () => {
  manager?.stop();
  await manager?.idle();
  manager = null;
  await t?.close();
  t = null;
});

/** A server with a backup manager and one real backup of an archive holding a conference. */
async function setup(token = false): Promise<{ t: TestServer; fileName: string; folder: string }> {
  t = await startTestServer({ token });
  manager = createBackupManager({ rostrum: t.app });
  holdConference(t.app, { title: '备份下载测试', spokespeople: ['朱雷'], questions: [{ outlet: '大众网', text: '问', answer: '答' }] });
  const job = await manager.backup('manual');
  expect(job.state).toBe('done');
  return { t, fileName: job.fileName!, folder: manager.folder };
}

function upload(base: string, body: Buffer, type = 'application/vnd.sqlite3', token?: string) {
  const headers: Record<string, string> = { 'content-type': type };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${base}/backups`, { method: 'POST', headers, body });
}

describe('browser mode: backup files', () => {
  it('downloads a backup as an attachment, byte for byte', async () => {
    const { t, fileName, folder } = await setup();
    const response = await fetch(`${t.base}/backups/${fileName}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(fs.readFileSync(path.join(folder, fileName)))).toBe(true);
  });

  it('answers 404 for traversal, absolute paths and unknown names, and never reads outside the folder', async () => {
    const { t, fileName, folder } = await setup();
    const secret = path.join(path.dirname(folder), 'rostrum-20240101-000000-manual.db');
    fs.writeFileSync(secret, 'SECRET OUTSIDE THE BACKUPS FOLDER');
    const attempts = [
      `/backups/..%2f${path.basename(secret)}`,
      `/backups/..%2F..%2Fetc%2Fpasswd`,
      `/backups/%2Fetc%2Fpasswd`,
      `/backups/${encodeURIComponent(secret)}`,
      `/backups//etc/passwd`,
      `/backups/x%2f..%2f${fileName}`,
      `/backups/rostrum-20990101-000000-manual.db`,
      `/backups/rostrum.db`,
      `/backups/%E0%A4%A`
    ];
    for (const attempt of attempts) {
      const response = await rawRequest(t.server.port, attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body).not.toContain('SECRET');
    }
  });

  it('refuses the read-only token (403) on both routes and lets the operator token in', async () => {
    const { t, fileName, folder } = await setup(true);
    const { operator, readonly } = t.server.tokens!;
    const before = fs.readdirSync(folder);
    const read = await fetch(`${t.base}/backups/${fileName}`, { headers: { authorization: `Bearer ${readonly}` } });
    expect(read.status).toBe(403);
    const written = await upload(t.base, fs.readFileSync(path.join(folder, fileName)), 'application/octet-stream', readonly);
    expect(written.status).toBe(403);
    expect(fs.readdirSync(folder)).toEqual(before);
    expect((await fetch(`${t.base}/backups/${fileName}`)).status).toBe(401);
    expect((await fetch(`${t.base}/backups/${fileName}`, { headers: { authorization: `Bearer ${operator}` } })).status).toBe(200);
  });

  it('takes an uploaded archive into the backups folder under the backup naming, and it can be merged', async () => {
    const { t, fileName, folder } = await setup();
    const response = await upload(t.base, fs.readFileSync(path.join(folder, fileName)));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: true; value: { fileName: string } };
    expect(body.value.fileName).toMatch(/^rostrum-\d{8}-\d{6}-imported(-\d+)?\.db$/);
    const list = valueOf(await post<BackupList>(t.base, 'backup.list', {}));
    expect(list.backups.find((b) => b.fileName === body.value.fileName)).toMatchObject({ reason: 'imported', conferences: 1, error: null });
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.part'))).toEqual([]);
    // the same conference is already here: the merge adds nothing and duplicates nothing
    valueOf(await post(t.base, 'archive.import', { fileName: body.value.fileName }));
    const job = (await manager!.idle(), valueOf(await post<BackupList>(t.base, 'backup.list', {})).jobs[0]!);
    expect(job).toMatchObject({ kind: 'import', state: 'done', result: { imported: [], skipped: ['备份下载测试'] } });
  });

  it('refuses garbage with 400 and leaves nothing behind; a wrong content type with 415', async () => {
    const { t, folder } = await setup();
    const before = fs.readdirSync(folder).sort();
    const garbage = await upload(t.base, Buffer.from('this is not a database, just some text that is long enough'));
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as { error: { message: string } }).error.message).toMatch(/not an SQLite database/);
    expect(fs.readdirSync(folder).sort()).toEqual(before);
    const tiny = await upload(t.base, Buffer.from('SQLite'));
    expect(tiny.status).toBe(400);
    for (const type of ['multipart/form-data; boundary=x', 'text/plain', 'application/x-www-form-urlencoded', '']) {
      const wrong = await rawRequest(t.server.port, '/backups', {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: 'SQLite format 3\0'
      });
      expect(wrong.status, type).toBe(415);
    }
    expect(fs.readdirSync(folder).sort()).toEqual(before);
    const tooBig = await rawRequest(t.server.port, '/backups', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(3 * 1024 ** 3) }
    });
    expect(tooBig.status).toBe(413);
  });
});
