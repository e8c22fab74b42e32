/**
 * data-testid values of the stage display and the moderator's message panel,
 * for end-to-end tests (texts change with the language; these do not).
 *
 * Stage (#/stage/:id): root `stage` carries data-connection (connecting|open|closed),
 * data-status (draft|live|ended) and data-message-id; `stageTimer` carries
 * data-kind (segment|answer|start), data-state (normal|warning|overtime) and data-mode.
 */
export const STAGE_TID = {
  root: 'stage',
  connectionBar: 'stage-connection-bar',
  title: 'stage-title',
  clock: 'stage-clock',
  expectedEnd: 'stage-expected-end',
  segmentTitle: 'stage-segment-title',
  speaker: 'stage-speaker',
  timer: 'stage-timer',
  timerDigits: 'stage-timer-digits',
  secondaryTimer: 'stage-secondary-timer',
  question: 'stage-question',
  questionOutlet: 'stage-question-outlet',
  questionText: 'stage-question-text',
  questionTo: 'stage-question-to',
  next: 'stage-next',
  message: 'stage-message',
  error: 'stage-error',

  panel: 'stage-panel',
  panelText: 'stage-panel-text',
  panelShow: 'stage-panel-show',
  panelFlash: 'stage-panel-flash',
  panelSeconds: 'stage-panel-seconds',
  panelUntilNext: 'stage-panel-until-next',
  panelTimeLeft: 'stage-panel-time-left',
  panelPreset: (preset: string) => `stage-panel-preset-${preset}`,
  panelClear: 'stage-panel-clear',
  panelCurrent: 'stage-panel-current',
  panelError: 'stage-panel-error'
} as const;
