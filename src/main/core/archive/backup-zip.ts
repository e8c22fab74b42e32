import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';
import { audioFolderOf } from './backup-audio';

/**
 * A backup with its recordings as ONE file, for a download or an export: a zip
 * holding `rostrum.db` and `audio/<conference uid>/<segment id>.webm`, the same
 * layout as the backup's `.db.audio/` folder. Entries are stored, not deflated:
 * Opus does not compress, and stored entries stream with no buffering.
 * A backup without audio is downloaded as the bare .db file, as before (see
 * server/backup-transfer.ts), so older files and older copies of Rostrum keep working.
 */
export const ZIP_DB_ENTRY = 'rostrum.db';
export const ZIP_AUDIO_DIR = 'audio';

/** audio/<uid>/<id>.webm, the only other name a backup zip may hold. */
export const ZIP_AUDIO_ENTRY = /^audio\/([A-Za-z0-9][A-Za-z0-9_-]*)\/(\d{1,15})\.webm$/;

interface ZipSource {
  name: string;
  file: string;
}

/** The files of a backup as entries of its zip, the database first. */
export function backupZipEntries(backupFile: string): ZipSource[] {
  const entries: ZipSource[] = [{ name: ZIP_DB_ENTRY, file: backupFile }];
  const folder = audioFolderOf(backupFile);
  if (!fs.existsSync(folder)) return entries;
  for (const uid of fs.readdirSync(folder).sort()) {
    for (const name of fs.readdirSync(path.join(folder, uid)).sort()) {
      const entry = `${ZIP_AUDIO_DIR}/${uid}/${name}`;
      if (ZIP_AUDIO_ENTRY.test(entry)) entries.push({ name: entry, file: path.join(folder, uid, name) });
    }
  }
  return entries;
}

/** Whether a backup has recordings with it (and so is downloaded as a zip). */
export function backupHasAudio(backupFile: string): boolean {
  return backupZipEntries(backupFile).length > 1;
}

/**
 * Writes the zip of a backup to `out`, waiting whenever `out` is full, so a
 * gigabyte of audio never sits in memory. Stops quietly if `out` is destroyed
 * (a download cancelled); rejects if a file cannot be read.
 */
export async function writeBackupZip(backupFile: string, out: Writable): Promise<void> {
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else if (!out.destroyed) out.write(data);
  });
  const roomInOut = async () => {
    if (out.writableNeedDrain && !out.destroyed) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  };
  for (const source of backupZipEntries(backupFile)) {
    const entry = new ZipPassThrough(source.name);
    zip.add(entry);
    for await (const chunk of fs.createReadStream(source.file) as AsyncIterable<Buffer>) {
      entry.push(chunk);
      if (failure) throw failure;
      await roomInOut();
      if (out.destroyed) {
        zip.terminate();
        return;
      }
    }
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
  if (failure) throw failure;
  out.end();
}
