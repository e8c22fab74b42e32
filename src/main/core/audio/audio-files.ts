import fs from 'node:fs';
import path from 'node:path';
import { fail } from '../../../shared/errors';
import { newScanState, scanWebm, type WebmScanState } from './webm-scan';

/** The folder of all recordings in the data folder: audio/<conference uid>/<segment id>.webm. */
export const AUDIO_DIR = 'audio';

/**
 * The file writes the recording makes, apart so a test can stand in for a full
 * disk (the rest of Rostrum, SQLite included, stays real).
 */
export interface AudioIo {
  /** writes `data` at `position`, cuts the file there, and syncs it: when this returns, the bytes are on disk */
  writeAt(file: string, data: Buffer, position: number): void;
}

function writeAll(fd: number, data: Buffer, position: number): void {
  for (let written = 0; written < data.length;) {
    written += fs.writeSync(fd, data, written, data.length - written, position + written);
  }
}

/** The data folder's own disk. Writing at a position (not appending) makes a retried chunk land on itself. */
export const nodeAudioIo: AudioIo = {
  writeAt(file, data, position) {
    const fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o600);
    try {
      writeAll(fd, data, position);
      fs.ftruncateSync(fd, position + data.length);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
};

const FULL_DISK = new Set(['ENOSPC', 'EDQUOT']);

/** A path component made only of a conference uid's safe characters, so no uid can leave the audio folder. */
function safeUid(uid: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(uid))
    fail('invalid_state', 'This conference’s uid cannot name an audio folder.', { field: 'conferenceId' });
  return uid;
}

export function conferenceAudioDir(dataDir: string, uid: string): string {
  return path.join(dataDir, AUDIO_DIR, safeUid(uid));
}

export function segmentFile(dataDir: string, uid: string, segmentId: number): string {
  return path.join(conferenceAudioDir(dataDir, uid), `${segmentId}.webm`);
}

/** Syncs a folder, so a file just created in it survives a power cut (its name is in the folder's data). */
function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // some file systems cannot sync a folder; the file's own sync still holds its bytes
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Creates the segment's empty file (and its folder), synced. */
export function createSegmentFile(io: AudioIo, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  appendChunk(io, file, Buffer.alloc(0), 0);
  // the file's name is in its conference's folder, that folder's in audio/, audio/'s in the data folder
  for (let dir = path.dirname(file), i = 0; i < 3; dir = path.dirname(dir), i++) syncDir(dir);
}

/**
 * Writes a chunk at the end of what was acknowledged. A full disk answers
 * disk_full and leaves the file as long as it was; other failures are the router's.
 */
export function appendChunk(io: AudioIo, file: string, data: Buffer, position: number): void {
  try {
    io.writeAt(file, data, position);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && FULL_DISK.has(code)) {
      cutTo(file, position);
      fail('disk_full', 'The disk of the data folder is full: the audio chunk was not saved.', { field: 'data', errno: code });
    }
    throw error;
  }
}

/** Cuts a file back to `length` bytes, synced; a file already gone stays gone. */
export function cutTo(file: string, length: number): void {
  try {
    const fd = fs.openSync(file, 'r+');
    try {
      fs.ftruncateSync(fd, length);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // nothing to cut (gone), or the disk refuses even this: the row still says what is whole
  }
}

/** The size of a file, or null when it is not there. */
export function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

/** Scans a file from `state` (a fresh scan by default) to its end as it is now. */
export function scanFile(file: string, length: number, state: WebmScanState = newScanState()): WebmScanState {
  const fd = fs.openSync(file, 'r');
  try {
    const readAt = (position: number, want: number): Buffer => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(want, length - position)));
      const got = buffer.length > 0 ? fs.readSync(fd, buffer, 0, buffer.length, position) : 0;
      return buffer.subarray(0, got);
    };
    return scanWebm(readAt, length, state);
  } finally {
    fs.closeSync(fd);
  }
}

export function removeConferenceAudio(dataDir: string, uid: string): void {
  fs.rmSync(conferenceAudioDir(dataDir, uid), { recursive: true, force: true });
}
