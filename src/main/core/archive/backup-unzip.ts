import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { segmentsOf } from './backup-audio';
import { ZIP_AUDIO_DIR, ZIP_AUDIO_ENTRY, ZIP_DB_ENTRY } from './backup-zip';

/** A zip that is not a whole Rostrum backup; the message names the entry at fault, in both languages. */
export class BackupZipRefused extends Error {}

/** Every zip file starts with a local file header. */
export const ZIP_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The recordings the database names, by entry name, with the length each row acknowledged. */
function recordingsOf(dbFile: string): Map<string, number> {
  try {
    return new Map(segmentsOf(dbFile).map((s) => [`${ZIP_AUDIO_DIR}/${s.uid}/${s.id}.webm`, s.bytes]));
  } catch (error) {
    throw new BackupZipRefused(
      `${ZIP_DB_ENTRY} in the zip is not a Rostrum archive (${error instanceof Error ? error.message : String(error)}). / 压缩包中的 ${ZIP_DB_ENTRY} 不是 Rostrum 档案。`
    );
  }
}

/** Copies an entry out, checking its CRC-32 against the zip's (yauzl checks the length, not the checksum). */
async function extract(zip: yauzl.ZipFile, entry: yauzl.Entry, to: string): Promise<void> {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  let crc = 0;
  const checksum = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = zlib.crc32(chunk, crc);
      done(null, chunk);
    }
  });
  await pipeline(await zip.openReadStreamPromise(entry), checksum, fs.createWriteStream(to, { flags: 'wx' }));
  if (crc >>> 0 !== entry.crc32 >>> 0) {
    throw new BackupZipRefused(
      `${entry.fileName} in the zip is damaged (its checksum does not match). / 压缩包中的 ${entry.fileName} 已损坏（校验和不符）。`
    );
  }
}

async function readEntries(zip: yauzl.ZipFile, maxBytes: number): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (;;) {
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry) => (zip.off('end', onEnd), zip.off('error', reject), resolve(e));
      const onEnd = () => (zip.off('entry', onEntry), zip.off('error', reject), resolve(null));
      zip.once('entry', onEntry).once('end', onEnd).once('error', reject);
      zip.readEntry();
    });
    if (!entry) return entries;
    const name = entry.fileName;
    if (name.endsWith('/')) continue; // a folder entry: its files say the same
    if (name !== ZIP_DB_ENTRY && !ZIP_AUDIO_ENTRY.test(name)) {
      throw new BackupZipRefused(
        `The zip holds “${name}”, which is not part of a Rostrum backup (only ${ZIP_DB_ENTRY} and audio/<uid>/<id>.webm). / 压缩包中的“${name}”不属于 Rostrum 备份。`
      );
    }
    if (seen.has(name)) throw new BackupZipRefused(`The zip holds “${name}” twice. / 压缩包中的“${name}”出现了两次。`);
    if (entry.uncompressedSize > maxBytes) {
      throw new BackupZipRefused(`“${name}” in the zip is larger than ${maxBytes / 1024 ** 3} GiB. / 压缩包中的“${name}”过大。`);
    }
    // all of it together too: deflated entries could otherwise unpack to many times the upload's limit
    total += entry.uncompressedSize;
    if (total > maxBytes) {
      throw new BackupZipRefused(`The zip unpacks to more than ${maxBytes / 1024 ** 3} GiB (at “${name}”). / 压缩包解压后超过上限。`);
    }
    seen.add(name);
    entries.push(entry);
  }
}

/**
 * Unpacks an uploaded backup zip into `folder` (a new, empty staging folder):
 * `folder/rostrum.db` and `folder/audio/<uid>/<id>.webm`. Refuses, leaving the
 * caller to delete the folder, a damaged zip (bad structure or checksum), a name
 * other than those two (no path can leave the folder: each name is matched whole),
 * a recording the database has no row for, and one whose length is not the row's.
 * Nothing may unpack to more than `maxBytes`, all entries together.
 */
export async function unpackBackupZip(zipFile: string, folder: string, maxBytes: number): Promise<{ dbFile: string; audioDir: string | null }> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipFile, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true });
  } catch (error) {
    throw new BackupZipRefused(`The zip file is damaged: ${error instanceof Error ? error.message : String(error)}. / 压缩文件已损坏。`);
  }
  try {
    const entries = await readEntries(zip, maxBytes).catch((error: unknown) => {
      if (error instanceof BackupZipRefused) throw error;
      throw new BackupZipRefused(
        `The zip file is damaged or unsafe: ${error instanceof Error ? error.message : String(error)}. / 压缩文件已损坏或不安全。`
      );
    });
    const db = entries.find((e) => e.fileName === ZIP_DB_ENTRY);
    if (!db)
      throw new BackupZipRefused(`The zip holds no ${ZIP_DB_ENTRY}: it is not a Rostrum backup. / 压缩包中没有 ${ZIP_DB_ENTRY}，不是 Rostrum 备份。`);
    const dbFile = path.join(folder, ZIP_DB_ENTRY);
    await unpack(zip, db, dbFile);
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const fd = fs.openSync(dbFile, 'r');
    try {
      fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (!head.equals(SQLITE_HEADER)) {
      throw new BackupZipRefused(`${ZIP_DB_ENTRY} in the zip is not an SQLite database. / 压缩包中的 ${ZIP_DB_ENTRY} 不是 SQLite 数据库。`);
    }
    const recordings = recordingsOf(dbFile);
    const audio = entries.filter((e) => e !== db);
    for (const entry of audio) {
      const bytes = recordings.get(entry.fileName);
      if (bytes === undefined) {
        throw new BackupZipRefused(
          `“${entry.fileName}” in the zip belongs to no recording of its database. / 压缩包中的“${entry.fileName}”不属于其数据库中的任何录音。`
        );
      }
      if (entry.uncompressedSize !== bytes) {
        throw new BackupZipRefused(
          `“${entry.fileName}” in the zip is ${entry.uncompressedSize} bytes; its recording is ${bytes}. / 压缩包中的“${entry.fileName}”长度与录音记录不符。`
        );
      }
      await unpack(zip, entry, path.join(folder, ...entry.fileName.split('/')));
    }
    return { dbFile, audioDir: audio.length ? path.join(folder, ZIP_AUDIO_DIR) : null };
  } finally {
    zip.close();
  }
}

async function unpack(zip: yauzl.ZipFile, entry: yauzl.Entry, to: string): Promise<void> {
  try {
    await extract(zip, entry, to);
  } catch (error) {
    if (error instanceof BackupZipRefused) throw error;
    throw new BackupZipRefused(
      `${entry.fileName} in the zip is damaged: ${error instanceof Error ? error.message : String(error)}. / 压缩包中的 ${entry.fileName} 已损坏。`
    );
  }
}
