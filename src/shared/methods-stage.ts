// The stage display: messages and timing rules.
import { method } from './method-spec';
import { stageInputs } from './schemas-stage';
import type { StageMessage, StageSnapshot, StageTimingReport, StageTimingSettings } from './stage';

export const stageMethods = {
  'stage.get': method<StageSnapshot>()(
    stageInputs.conferenceRef,
    'read',
    'Everything the stage display shows: segment, speaker, timing, live and next question, message, server clock.'
  ),
  'stage.timing': method<StageTimingReport>()(
    stageInputs.conferenceRef,
    'read',
    'The conference’s timing for reports: plan against actual per segment, answer times, extensions, expected end, messages shown.'
  ),
  'stage.message.set': method<StageMessage>()(
    stageInputs.messageSet,
    'write',
    'Show a message on the stage display (free text or a preset), optionally flashing; it replaces the one shown.'
  ),
  'stage.message.clear': method<{ cleared: number | null }>()(stageInputs.conferenceRef, 'write', 'Take the message off the stage display.'),
  'stage.settings.update': method<StageTimingSettings>()(
    stageInputs.settingsUpdate,
    'write',
    'Set the conference’s timing rules: segment warning and overtime grace, answer time limit and its warning.'
  ),
  'stage.segment.setTiming': method<{ segmentId: number; warningSeconds: number | null; overtimeGraceSeconds: number | null }>()(
    stageInputs.segmentTiming,
    'write',
    'Give a segment its own warning and overtime thresholds, or (null) the conference’s again.'
  ),
  'stage.question.setAnswerLimit': method<{ questionId: number; answerLimitSeconds: number | null }>()(
    stageInputs.answerLimit,
    'write',
    'Give a question its own answer time limit, or (null) the conference’s again.'
  )
} as const;
