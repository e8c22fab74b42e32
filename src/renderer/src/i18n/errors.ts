import type { TFunction } from 'i18next';
import type { AppError } from '../../../shared/errors';

/**
 * The server words its errors in English for logs and scripts; the moderator
 * reads them in the UI language. Known reasons are matched and translated;
 * anything else falls back to a sentence per error code, with the original
 * message kept for English.
 */
const REASONS: [RegExp, string][] = [
  [/must be at most (\d+) characters/, 'reason.tooLong'],
  [/must not be empty/, 'reason.empty'],
  [/must not contain control characters/, 'reason.control'],
  [/expected number to be <=?\s*(\d+)/i, 'reason.tooBig'],
  [/expected number to be >=?\s*(-?\d+)/i, 'reason.tooSmall'],
  [/expected (int|number)/i, 'reason.number'],
  [/Invalid option|expected one of/i, 'reason.option'],
  [/Required|expected .*received undefined/i, 'reason.required'],
  [/must be an IANA time zone/, 'reason.timeZone'],
  [/must be a date written YYYY-MM-DD/, 'reason.date'],
  [/must be a day that exists/, 'reason.dayExists'],
  [/give startedAt, endedAt or both/, 'reason.startOrEnd']
];

const STATES: [RegExp, string][] = [
  [/Another question is still live/, 'state.anotherLive'],
  [/No question is waiting/, 'state.noneWaiting'],
  [/nothing to undo/, 'state.nothingToUndo'],
  [/nothing to redo/, 'state.nothingToRedo'],
  [/Cannot (undo|redo) .*changed since/, 'state.undoConflict'],
  [/already on the roster/, 'state.onRoster'],
  [/already in the directory/, 'state.duplicate'],
  [/has spoken or been asked a question/, 'state.participantInUse'],
  [/Only a segment that has not started can be removed/, 'state.segmentStarted'],
  [/call it before recording an answer/, 'state.callFirst'],
  [/question cannot be marked/, 'state.cannotClose'],
  [/Only a waiting question can be moved/, 'state.notWaiting'],
  [/There is no segment left/, 'state.noSegmentLeft'],
  [/already live/, 'state.alreadyLive'],
  [/already (done|skipped)/, 'state.segmentClosed'],
  [/A live conference cannot be deleted/, 'state.deleteLive'],
  [/the conference is (draft|live|ended)/, 'state.conferenceStatus'],
  [/under embargo/, 'state.embargo'],
  [/not left for a written reply/, 'state.notWrittenReply'],
  [/left for a written reply without being asked aloud/, 'state.replyInWriting'],
  [/The start must be before the end/, 'state.startAfterEnd'],
  [/The embargo must end after the conference starts/, 'state.embargoBeforeStart'],
  [/The start cannot be after the embargo ends/, 'state.startAfterEmbargo'],
  [/There is no turn to interpret/, 'state.nothingToInterpret'],
  [/A stage note is not interpreted/, 'state.noteNotInterpreted'],
  [/belongs to another conference/, 'state.otherConference']
];

export interface FriendlyError {
  /** one sentence for a banner or toast */
  message: string;
  /** the first offending field, as the server names it (e.g. "title", "header.source") */
  field?: string;
  /** every offending field with its reason, for the form */
  fields: Record<string, string>;
}

function reason(message: string, t: TFunction): string {
  for (const [pattern, key] of REASONS) {
    const match = pattern.exec(message);
    if (match) return t(`errors:${key}`, { value: match[1] ?? '' });
  }
  return message;
}

function stateMessage(error: AppError, t: TFunction): string | null {
  for (const [pattern, key] of STATES) {
    const match = pattern.exec(error.message);
    if (match) return t(`errors:${key}`, { value: match[1] ? t(`common:status.${match[1]}`, match[1]) : '' });
  }
  return null;
}

export function describeError(error: AppError, t: TFunction): FriendlyError {
  const fields: Record<string, string> = {};
  if (error.code === 'invalid_input') {
    for (const issue of error.details?.issues ?? []) {
      if (!(issue.field in fields)) fields[issue.field] = reason(issue.message, t);
    }
  }
  const field = error.details?.field || undefined;
  if (field && !(field in fields)) {
    fields[field] = stateMessage(error, t) ?? reason(error.message.replace(/^[\w.]+: /, ''), t);
  }
  const networkReason = error.details?.reason;
  let message: string;
  if (error.code === 'internal' && typeof networkReason === 'string') {
    message = t(`errors:network.${networkReason}`, { defaultValue: t('errors:code.internal') });
  } else if (error.code === 'invalid_input' && field) {
    message = t('errors:fieldProblem', { field: t(`errors:fields.${field}`, { defaultValue: field }), reason: fields[field] });
  } else {
    message = stateMessage(error, t) ?? t(`errors:code.${error.code}`, { message: error.message });
  }
  return { message, field, fields };
}
