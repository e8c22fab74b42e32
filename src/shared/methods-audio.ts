// The room's audio (issue #12). Appends publish no event (a chunk a second must not wake every window);
// start, end, settings and delete publish the 'audio' topic, which only audio views listen to.
import type { AudioChunkAppended, AudioDeleted, AudioOffsets, AudioSegment, AudioSegmentStarted, AudioSettings, AudioState } from './audio';
import { method } from './method-spec';
import { audioInputs } from './schemas-audio';

export const audioMethods = {
  'audio.settings.update': method<AudioSettings>()(
    audioInputs.settingsUpdate,
    'write',
    'Record the room’s audio with this conference or not (recording starts with live.start when set).'
  ),
  'audio.backups.update': method<{ includeAudio: boolean }>()(
    audioInputs.backupsUpdate,
    'write',
    'Whether backups (daily, at a conference’s end, by hand) copy the recordings too; backup.list tells the choice.'
  ),
  'audio.segment.start': method<AudioSegmentStarted>()(
    audioInputs.segmentStart,
    'write',
    'Start a new segment of the conference’s recording (at start, after a pause, after a restart); only while it is live.'
  ),
  'audio.segment.append': method<AudioChunkAppended>()(
    audioInputs.segmentAppend,
    'write',
    'Append the next chunk (≤ 1 s, base64) to a recording segment and sync it to disk; a retried seq is not appended twice.'
  ),
  'audio.segment.end': method<AudioSegment>()(audioInputs.segmentEnd, 'write', 'End a recording segment (a pause, the end, a lost device).'),
  'audio.state': method<AudioState>()(
    audioInputs.conferenceRef,
    'read',
    'The conference’s recording: whether it is set to record and recording now, its segments, duration and size.',
    { operatorOnly: true }
  ),
  'audio.offsets': method<AudioOffsets>()(
    audioInputs.conferenceRef,
    'read',
    'Where each turn is in the conference’s joined audio, in ms, or null for a turn said while nothing recorded.',
    { operatorOnly: true }
  ),
  'audio.delete': method<AudioDeleted>()(
    audioInputs.conferenceRef,
    'write',
    'Delete the conference’s audio (files and segments); the record is kept. Refused while it records.'
  )
} as const;
