import fs from 'node:fs';
import path from 'node:path';
import type { ConferenceService } from '../services/conferences';
import { isoDate, titleForFileName } from '../exports/export-file';
import type { AudioService } from './audio-service';
import { joinedFileName, joinKey, joinSegments } from './join';

export interface JoinedAudioFile {
  file: string;
  bytes: number;
  /** "2024-01-02 菏泽市…新闻发布会.webm", named like the transcript's exports */
  downloadName: string;
}

/**
 * The conference's recording as one file, for the review player and the export
 * (HTTP in browser mode, the rostrum-audio: scheme in Electron): its ended
 * segments. Joined once and kept beside the segments, keyed by the segments and
 * their lengths: a segment ended makes a new key, and the stale file is removed.
 * Two requests for the same key share one join.
 */
export function createJoinedAudio(audio: AudioService, conferences: ConferenceService) {
  const joining = new Map<string, Promise<void>>();

  return {
    /** null when the conference has no audio (never recorded, or deleted); throws not_found for no such conference */
    async file(conferenceId: number): Promise<JoinedAudioFile | null> {
      const conference = conferences.get(conferenceId, 'conferenceId');
      // A segment still recording is left out until it ends (a pause, live.end): its file grows every
      // second, and a player's range requests must all read one and the same file.
      const parts = audio.segmentsWithFiles(conferenceId).filter((p) => p.segment.bytes > 0 && p.segment.endedAt !== null);
      if (parts.length === 0) return null;
      const folder = path.dirname(parts[0]!.file);
      const key = joinKey(parts);
      const file = joinedFileName(folder, key);
      if (!fs.existsSync(file)) {
        let pending = joining.get(key);
        if (!pending) {
          pending = joinSegments(parts, file)
            .then(() => removeStale(folder, file))
            .finally(() => joining.delete(key));
          joining.set(key, pending);
        }
        await pending;
      }
      const date = isoDate(conference.startedAt ?? conference.scheduledStart ?? conference.createdAt, conference.timeZone);
      return { file, bytes: fs.statSync(file).size, downloadName: `${date} ${titleForFileName(conference.title) || 'audio'}.webm` };
    }
  };
}

function removeStale(folder: string, keep: string): void {
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    if (name.startsWith('joined-') && file !== keep) fs.rmSync(file, { force: true });
  }
}
