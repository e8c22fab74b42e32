/**
 * Test ids of the room's audio (issue #12).
 *
 * Console (every page of a conference)
 *   audioBanner (data-fault=refused|noDevice|busy|lostDevice|recorderFailed|notSupported|diskFull|saveFailing|startFailed),
 *   audioRetry
 * Live header
 *   audioStatus (data-status=off|starting|recording|paused|fault|elsewhere), audioMeter, audioPause, audioRecordHere (when another window records), audioInput (a <select>)
 * Set-up
 *   audioSetting (the checkbox), audioSoundCheck (test the input: aria-pressed; its bar is audioMeter)
 * Review
 *   audioPlayer (the <audio>), audioPlayTurn(turnId) (▶ in a turn), audioReplay, audioSlow (aria-pressed), audioDownload (the joined file, named like the exports), turnHeard: the
 *   turn row being heard has data-heard="true", the chosen one data-chosen="true"
 * Archive
 *   audioDelete(conferenceId), audioDeleteConfirm (the size is archive-audio-<id>, in the archive's own column)
 */
export const AUDIO_TID = {
  banner: 'audio-banner',
  retry: 'audio-retry',
  status: 'audio-status',
  meter: 'audio-meter',
  pause: 'audio-pause',
  recordHere: 'audio-record-here',
  input: 'audio-input',
  setting: 'audio-setting',
  soundCheck: 'audio-sound-check',
  player: 'audio-player',
  playTurn: (turnId: number) => `audio-play-turn-${turnId}`,
  replay: 'audio-replay',
  slow: 'audio-slow',
  download: 'audio-download',
  delete: (conferenceId: number) => `audio-delete-${conferenceId}`,
  deleteConfirm: 'audio-delete-confirm'
} as const;
