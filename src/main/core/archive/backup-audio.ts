import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AUDIO_DIR, segmentFile } from '../audio/audio-files';

/**
 * The recordings that go with a backup (when backups include audio): beside
 * `<name>.db`, a folder `<name>.db.audio/` laid out like the data folder's
 * audio/ (<conference uid>/<segment id>.webm).
 *
 * Consistent with the database copy: the segments and their lengths are read
 * from the backup itself, and each file is copied up to the length its row
 * there acknowledged. A recording grows only at its end (chunks are written
 * at the acknowledged length), so those first bytes are exactly the audio the
 * snapshot knew, even if the conference is still recording.
 */

export function audioFolderOf(backupFile: string): string {
  return `${backupFile}.audio`;
}

export interface SnapshotSegment {
  id: number;
  uid: string;
  bytes: number;
}

/** The segments with audio a backup's own database names, with the length each acknowledged. */
export function segmentsOf(backupFile: string): SnapshotSegment[] {
  const db = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const hasAudio = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audio_segments'").get();
    if (!hasAudio) return [];
    return db
      .prepare('SELECT s.id, c.uid, s.bytes FROM audio_segments s JOIN conferences c ON c.id = s.conference_id WHERE s.bytes > 0')
      .all() as SnapshotSegment[];
  } finally {
    db.close();
  }
}

async function copyPrefix(from: string, to: string, bytes: number): Promise<void> {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  await pipeline(fs.createReadStream(from, { start: 0, end: bytes - 1 }), fs.createWriteStream(to));
  const fd = fs.openSync(to, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies the audio the backup's rows name; answers the bytes copied. A file gone meanwhile (a delete) is left out. */
export async function backUpAudio(backupFile: string, dataDir: string): Promise<number> {
  const target = audioFolderOf(backupFile);
  const partial = `${target}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  let copied = 0;
  for (const segment of segmentsOf(backupFile)) {
    const from = segmentFile(dataDir, segment.uid, segment.id);
    const size = fs.existsSync(from) ? fs.statSync(from).size : 0;
    if (size < segment.bytes) continue;
    await copyPrefix(from, path.join(partial, path.relative(path.join(dataDir, AUDIO_DIR), from)), segment.bytes);
    copied += segment.bytes;
  }
  if (fs.existsSync(partial)) fs.renameSync(partial, target);
  return copied;
}

/**
 * After a restore: puts back the recordings the backup carried. A file is
 * copied where the data folder has none or a shorter one, so no audio the
 * data folder holds is lost to an older copy.
 */
export async function restoreAudio(backupFile: string, dataDir: string): Promise<number> {
  const source = audioFolderOf(backupFile);
  if (!fs.existsSync(source)) return 0;
  let restored = 0;
  for (const uid of fs.readdirSync(source)) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(uid)) continue; // only the folders a backup writes
    for (const name of fs.readdirSync(path.join(source, uid))) {
      const id = Number(/^(\d+)\.webm$/.exec(name)?.[1]);
      if (!Number.isSafeInteger(id)) continue;
      const from = path.join(source, uid, name);
      const to = segmentFile(dataDir, uid, id);
      const size = fs.statSync(from).size;
      if (fs.existsSync(to) && fs.statSync(to).size >= size) continue;
      await copyPrefix(from, to, size);
      restored += size;
    }
  }
  return restored;
}

/**
 * The recordings an archive being merged brings for one of its conferences:
 * `has` says whether a segment's file is there whole (the segment's row is
 * copied only then), `copy` puts the files under the same uid (the merge keeps
 * it) and the segments' new ids.
 */
export function importedAudio(archiveFile: string, dataDir: string, uid: string) {
  const fileOf = (id: number) => path.join(audioFolderOf(archiveFile), uid, `${id}.webm`);
  return {
    has: (segment: { id: number; bytes: number }): boolean => {
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(uid) || segment.bytes <= 0) return false;
      try {
        return fs.statSync(fileOf(segment.id)).size >= segment.bytes;
      } catch {
        return false;
      }
    },
    async copy(recordings: { from: number; to: number; bytes: number }[]): Promise<void> {
      for (const r of recordings) await copyPrefix(fileOf(r.from), segmentFile(dataDir, uid, r.to), r.bytes);
    }
  };
}

/** The size of a backup's audio, or null when it has none. */
export function backupAudioBytes(backupFile: string): number | null {
  const folder = audioFolderOf(backupFile);
  if (!fs.existsSync(folder)) return null;
  let bytes = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}
