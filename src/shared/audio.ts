// The room's audio (issue #12): a recording is the conference's ordered segments, each its own WebM/Opus file.
// Time paused or lost to a restart is in no segment, so no pause is stored.

/** What the console's MediaRecorder may produce; WebM only, because the join remuxes WebM packets. */
export const AUDIO_MIME_TYPES = ['audio/webm;codecs=opus', 'audio/webm'] as const;
export type AudioMimeType = (typeof AUDIO_MIME_TYPES)[number];

export const AUDIO_LIMITS = {
  /** one chunk is one second of speech at ≤ 32 kbit/s (4 KB); 64 KiB leaves room for a slow, bunched chunk */
  chunkBytes: 64 * 1024,
  /** chunks of one segment: a day of one-second chunks, with room */
  seq: 1_000_000
} as const;

/** One continuous stretch of recording: one MediaRecorder run, one file. */
export interface AudioSegment {
  id: number;
  conferenceId: number;
  mimeType: AudioMimeType;
  /** server clock when it started: a turn's offset is counted from it */
  startedAt: number;
  /** null while it records */
  endedAt: number | null;
  /** server clock of the last chunk appended */
  lastChunkAt: number | null;
  /** the next chunk's seq (chunks appended so far) */
  chunks: number;
  bytes: number;
  /** the media's own duration (the last block's timecode and length), not the wall clock */
  durationMs: number;
}

export interface AudioSettings {
  conferenceId: number;
  /** recording starts with live.start when set (a set-up option) */
  recordAudio: boolean;
}

export interface AudioState extends AudioSettings {
  /** a segment is open (recording now) */
  recording: boolean;
  openSegmentId: number | null;
  segments: AudioSegment[];
  totalDurationMs: number;
  totalBytes: number;
  /** the audio the joined file holds: the ended segments (a segment still recording joins it when it ends) */
  playableDurationMs: number;
}

export interface AudioSegmentStarted {
  segmentId: number;
  startedAt: number;
}

export interface AudioChunkAppended {
  segmentId: number;
  /** the seq that was appended (or found already appended: a retry) */
  seq: number;
  bytes: number;
  durationMs: number;
  /** the same chunk had already been appended: nothing was written again */
  duplicate: boolean;
}

export interface AudioDeleted {
  conferenceId: number;
  segments: number;
  bytes: number;
}

/** Where a turn is in the joined audio. */
export interface TurnAudioOffset {
  turnId: number;
  /** ms from the start of the joined file; null: said while nothing recorded (paused, before a restart, or no audio) */
  offsetMs: number | null;
}

export interface AudioOffsets {
  conferenceId: number;
  totalDurationMs: number;
  turns: TurnAudioOffset[];
}
