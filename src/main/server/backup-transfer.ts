import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { backupManagerOf, type BackupManager } from '../core/archive/backup-manager';
import { audioFolderOf } from '../core/archive/backup-audio';
import { freeBackupPath, parseBackupName } from '../core/archive/backup-files';
import { BackupZipRefused, ZIP_HEADER, unpackBackupZip } from '../core/archive/backup-unzip';
import { backupHasAudio, writeBackupZip } from '../core/archive/backup-zip';
import type { Rostrum } from '../core/rostrum';
import { backupDownloadName } from '../../shared/backup-download';
import type { CallerRole } from '../core/router';
import { sendError, sendJson } from './http-api';

/** An archive bigger than this is not a press office's archive; refuse it before writing anything. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

/** Every SQLite database file starts with these 16 bytes. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Like the JSON rule of /api: a cross-site form cannot send these types without a CORS preflight, which is never granted. */
const UPLOAD_TYPES = new Set(['application/octet-stream', 'application/vnd.sqlite3', 'application/zip']);

const OPERATOR_ONLY = {
  code: 'forbidden' as const,
  message: 'Only the operator may download or upload archive files. / 只有操作员可以下载或上传档案文件。'
};
const NO_SUCH_BACKUP = { code: 'not_found' as const, message: 'There is no such backup. / 没有这个备份。' };

function managerOf(rostrum: Rostrum, res: ServerResponse): BackupManager | null {
  try {
    return backupManagerOf(rostrum.db);
  } catch {
    sendError(res, 409, { code: 'invalid_state', message: 'Backups are not set up in this copy of Rostrum.' });
    return null;
  }
}

/**
 * The backup a path names, or null. Only names of the manager's own pattern
 * pass (letters, digits and dashes: no separator, no "..", no absolute path),
 * so the file is always directly inside the backups folder.
 */
function backupFile(manager: BackupManager, encodedName: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    return null;
  }
  if (!parseBackupName(name)) return null;
  const file = path.join(manager.folder, name);
  if (path.dirname(file) !== path.resolve(manager.folder)) return null;
  try {
    const stat = fs.lstatSync(file);
    return stat.isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * GET /backups/<fileName>: the backup as a download. One with recordings is one
 * zip of the database and its audio (core/archive/backup-zip.ts), streamed as it
 * is made; one without is the bare .db file, as Rostrum has always downloaded it.
 */
export async function handleBackupDownload(
  req: IncomingMessage,
  res: ServerResponse,
  rostrum: Rostrum,
  encodedName: string,
  role: CallerRole
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendError(res, 405, { code: 'invalid_input', message: 'Download a backup with GET.' });
  }
  if (role !== 'operator') return sendError(res, 403, OPERATOR_ONLY);
  const manager = managerOf(rostrum, res);
  if (!manager) return;
  const file = backupFile(manager, encodedName);
  if (!file) return sendError(res, 404, NO_SUCH_BACKUP);
  const zipped = backupHasAudio(file);
  res.writeHead(200, {
    'content-type': zipped ? 'application/zip' : 'application/vnd.sqlite3',
    ...(zipped ? {} : { 'content-length': fs.statSync(file).size }),
    'content-disposition': `attachment; filename="${backupDownloadName(path.basename(file), zipped)}"`,
    'cache-control': 'no-store'
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (zipped) {
    // a file that cannot be read cuts the download: a truncated zip, never a wrong one
    await writeBackupZip(file, res).catch(() => res.destroy());
    return;
  }
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

class UploadRefused extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

/** Streams the body into `temp`, never holding more than a chunk in memory; refuses more than the limit. */
async function receive(req: IncomingMessage, temp: string): Promise<number> {
  const out = fs.createWriteStream(temp, { flags: 'wx' });
  const closed = once(out, 'close');
  closed.catch(() => undefined); // a write error is seen by the loop's once('drain') or at the end
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) throw new UploadRefused(413, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GiB.`);
      // rejects if the disk write fails, so a full disk cannot hang the upload
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await closed;
  }
  if (out.errored) throw out.errored;
  return size;
}

function startsWith(file: string, header: Buffer): boolean {
  const head = Buffer.alloc(header.length);
  const fd = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(header);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A backup zip (with its recordings) is unpacked beside the upload and checked
 * whole before anything takes a backup's name: the audio folder first, then the
 * database, so the list never shows a backup whose audio is still arriving.
 */
async function adoptZip(temp: string, folder: string): Promise<string> {
  const staging = `${temp}.d`;
  fs.mkdirSync(staging);
  try {
    const { dbFile, audioDir } = await unpackBackupZip(temp, staging, MAX_UPLOAD_BYTES).catch((error: unknown) => {
      throw error instanceof BackupZipRefused ? new UploadRefused(400, error.message) : error;
    });
    const target = freeBackupPath(folder, Date.now(), 'imported');
    if (audioDir) fs.renameSync(audioDir, audioFolderOf(target));
    fs.renameSync(dbFile, target);
    return target;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** POST /backups: an archive file (raw body) joins the backups folder under the manager's naming. */
export async function handleBackupUpload(req: IncomingMessage, res: ServerResponse, rostrum: Rostrum, role: CallerRole): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return sendError(res, 405, { code: 'invalid_input', message: 'Upload an archive file with POST.' });
  }
  if (role !== 'operator') return sendError(res, 403, OPERATOR_ONLY);
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!UPLOAD_TYPES.has(type)) {
    return sendError(res, 415, {
      code: 'invalid_input',
      message: 'Send the file as the raw body (Content-Type: application/octet-stream, application/vnd.sqlite3 or application/zip).'
    });
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
    res.setHeader('connection', 'close');
    return sendError(res, 413, { code: 'invalid_input', message: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GiB.` });
  }
  const manager = managerOf(rostrum, res);
  if (!manager) return;
  fs.mkdirSync(manager.folder, { recursive: true });
  // not of the backup pattern, so neither the list nor the retention rule ever sees a half-received file
  const temp = path.join(manager.folder, `.upload-${randomBytes(8).toString('hex')}.part`);
  try {
    await receive(req, temp);
    let target: string;
    if (startsWith(temp, ZIP_HEADER)) {
      target = await adoptZip(temp, manager.folder);
      fs.rmSync(temp, { force: true });
    } else if (startsWith(temp, SQLITE_HEADER)) {
      target = freeBackupPath(manager.folder, Date.now(), 'imported');
      fs.renameSync(temp, target);
    } else {
      throw new UploadRefused(
        400,
        'This file is not a Rostrum archive: it is not an SQLite database, nor a backup zip. / 这个文件不是 Rostrum 档案（既不是 SQLite 数据库，也不是备份压缩包）。'
      );
    }
    sendJson(res, 200, { ok: true, value: { fileName: path.basename(target) } });
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (!(error instanceof UploadRefused)) throw error;
    if (error.status === 413) {
      // stop reading what is left of an oversized body once the answer is out
      res.setHeader('connection', 'close');
      res.on('finish', () => req.destroy());
    }
    sendError(res, error.status, { code: 'invalid_input', message: error.message });
  }
}
