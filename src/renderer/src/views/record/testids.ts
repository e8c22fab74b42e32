/**
 * Stable data-testid values of the published record's controls (issue #11):
 * interpretation, reporters' remarks, written replies, the conference's time
 * zone, ground rules and embargo, corrected start and end (see app/testids.ts for the rest).
 *
 *   remarkReporter (the remark bar's "Q" option), interprets (data-turn-id: the turn an interpretation pairs with)
 *   interpretation(turnId) (the review's pairing line under an interpretation)
 *   replyOpen(questionId), replyForm, replySpeaker, replyText, replyDate, replySave, replyCancel, replyError, replyKind, replyReason,
 *   reply(questionId) (a recorded reply: its text), repliesPanel (the review's list of written-reply questions)
 *   details.{timeZone,groundRules,embargoUntil}
 *   timesOpen, timesForm, timesStart, timesEnd, timesKind, timesReason, timesSave, timesError, timesHistory, timesEntry
 *   embargoConfirm (the export dialog's question), embargoGo, embargoBack
 */
export const RECORD_TID = {
  remarkReporter: 'remark-reporter',
  interprets: 'remark-interprets',
  interpretation: (turnId: number) => `interpretation-${turnId}`,

  replyOpen: (questionId: number) => `reply-open-${questionId}`,
  replyForm: 'reply-form',
  replySpeaker: 'reply-speaker',
  replyText: 'reply-text',
  replyDate: 'reply-date',
  replySave: 'reply-save',
  replyCancel: 'reply-cancel',
  replyError: 'reply-error',
  replyKind: 'reply-kind',
  replyReason: 'reply-reason',
  reply: (questionId: number) => `reply-${questionId}`,
  repliesPanel: 'replies-panel',

  details: {
    timeZone: 'details-time-zone',
    groundRules: 'details-ground-rules',
    embargoUntil: 'details-embargo-until'
  },

  timesOpen: 'times-open',
  timesForm: 'times-form',
  timesStart: 'times-start',
  timesEnd: 'times-end',
  timesKind: 'times-kind',
  timesReason: 'times-reason',
  timesSave: 'times-save',
  timesError: 'times-error',
  timesHistory: 'times-history',
  timesEntry: 'times-entry',

  embargoConfirm: 'embargo-confirm',
  embargoGo: 'embargo-go',
  embargoBack: 'embargo-back'
} as const;
