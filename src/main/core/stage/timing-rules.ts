import type { Database } from 'better-sqlite3';
import type { MethodParsedInput as In, MethodOutput as Out } from '../../../shared/methods';
import { DEFAULT_STAGE_TIMING, type StageTimingSettings } from '../../../shared/stage';
import { fail } from '../../../shared/errors';
import type { CallContext } from '../context';
import type { ConferenceService } from '../services/conferences';
import type { QuestionService } from '../services/questions';
import type { RosterService } from '../services/roster';
import { prepareOpaque } from '../db/opaque-bindings';

interface SettingsRow {
  warning_seconds: number;
  overtime_grace_seconds: number;
  answer_limit_seconds: number;
  answer_warning_seconds: number;
}

/**
 * The timing rules: the conference's defaults (a row only once they differ
 * from DEFAULT_STAGE_TIMING), a segment's own thresholds and a question's own
 * answer limit. Rules are set before or during the run; an ended conference's
 * rules are what its report was measured against, so they stay.
 */
export function createTimingRules(db: Database, conferences: ConferenceService, roster: RosterService, questions: QuestionService) {
  const settingsOf = prepareOpaque<[number], SettingsRow>(db, 'SELECT * FROM stage_settings WHERE conference_id = ?');
  const upsertSettings = prepareOpaque<StageTimingSettings & { conferenceId: number }, never>(
    db,
    `INSERT INTO stage_settings (conference_id, warning_seconds, overtime_grace_seconds, answer_limit_seconds, answer_warning_seconds)
     VALUES (@conferenceId, @warningSeconds, @overtimeGraceSeconds, @answerLimitSeconds, @answerWarningSeconds)
     ON CONFLICT (conference_id) DO UPDATE SET warning_seconds = excluded.warning_seconds,
       overtime_grace_seconds = excluded.overtime_grace_seconds, answer_limit_seconds = excluded.answer_limit_seconds,
       answer_warning_seconds = excluded.answer_warning_seconds`
  );
  const segmentTimingOf = prepareOpaque<[number], { warning_seconds: number | null; overtime_grace_seconds: number | null }>(
    db,
    'SELECT * FROM segment_timing WHERE segment_id = ?'
  );
  const upsertSegmentTiming = prepareOpaque<{ segmentId: number; warning: number | null; grace: number | null }, never>(
    db,
    `INSERT INTO segment_timing (segment_id, warning_seconds, overtime_grace_seconds) VALUES (@segmentId, @warning, @grace)
     ON CONFLICT (segment_id) DO UPDATE SET warning_seconds = excluded.warning_seconds,
       overtime_grace_seconds = excluded.overtime_grace_seconds`
  );
  const deleteSegmentTiming = prepareOpaque<[number], never>(db, 'DELETE FROM segment_timing WHERE segment_id = ?');
  const upsertAnswerLimit = prepareOpaque<{ questionId: number; seconds: number }, never>(
    db,
    `INSERT INTO question_timing (question_id, answer_limit_seconds) VALUES (@questionId, @seconds)
     ON CONFLICT (question_id) DO UPDATE SET answer_limit_seconds = excluded.answer_limit_seconds`
  );
  const deleteAnswerLimit = prepareOpaque<[number], never>(db, 'DELETE FROM question_timing WHERE question_id = ?');

  function settings(conferenceId: number): StageTimingSettings {
    const row = settingsOf.get(conferenceId);
    if (!row) return { ...DEFAULT_STAGE_TIMING };
    return {
      warningSeconds: row.warning_seconds,
      overtimeGraceSeconds: row.overtime_grace_seconds,
      answerLimitSeconds: row.answer_limit_seconds,
      answerWarningSeconds: row.answer_warning_seconds
    };
  }

  function requireOpen(conferenceId: number, field: string, action: string): void {
    const conference = conferences.get(conferenceId, field);
    if (conference.status === 'ended') {
      fail('invalid_state', `Cannot ${action}: the conference is ended.`, { field, status: conference.status });
    }
  }

  return {
    settings,

    updateSettings(ctx: CallContext, input: In<'stage.settings.update'>): StageTimingSettings {
      requireOpen(input.conferenceId, 'conferenceId', 'change the timing rules');
      const { conferenceId, ...patch } = input;
      const merged = { ...settings(conferenceId) };
      for (const key of Object.keys(patch) as (keyof typeof patch)[]) {
        if (patch[key] !== undefined) merged[key] = patch[key];
      }
      upsertSettings.run({ conferenceId, ...merged });
      ctx.emit('stage', conferenceId, conferenceId);
      return merged;
    },

    setSegmentTiming(ctx: CallContext, input: In<'stage.segment.setTiming'>): Out<'stage.segment.setTiming'> {
      const segment = roster.getSegment(input.segmentId, 'segmentId');
      requireOpen(segment.conferenceId, 'segmentId', "change a segment's thresholds");
      const current = segmentTimingOf.get(segment.id);
      const warning = input.warningSeconds !== undefined ? input.warningSeconds : (current?.warning_seconds ?? null);
      const grace = input.overtimeGraceSeconds !== undefined ? input.overtimeGraceSeconds : (current?.overtime_grace_seconds ?? null);
      if (warning === null && grace === null) deleteSegmentTiming.run(segment.id);
      else upsertSegmentTiming.run({ segmentId: segment.id, warning, grace });
      ctx.emit('stage', segment.conferenceId, segment.id);
      return { segmentId: segment.id, warningSeconds: warning, overtimeGraceSeconds: grace };
    },

    setAnswerLimit(ctx: CallContext, input: In<'stage.question.setAnswerLimit'>): Out<'stage.question.setAnswerLimit'> {
      const question = questions.get(input.questionId, 'questionId');
      requireOpen(question.conferenceId, 'questionId', "change a question's answer limit");
      if (input.answerLimitSeconds === null) deleteAnswerLimit.run(question.id);
      else upsertAnswerLimit.run({ questionId: question.id, seconds: input.answerLimitSeconds });
      ctx.emit('stage', question.conferenceId, question.id);
      return { questionId: question.id, answerLimitSeconds: input.answerLimitSeconds };
    }
  };
}

export type TimingRules = ReturnType<typeof createTimingRules>;
