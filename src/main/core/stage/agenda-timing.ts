import type { Database } from 'better-sqlite3';
import type { Conference, Participant } from '../../../shared/domain';
import { effectiveWarningSeconds, type ForecastInput, type StagePerson, type StageSegment, type StageTimingSettings } from '../../../shared/stage';
import { prepareOpaque } from '../db/opaque-bindings';
import type { SegmentRow as TableSegmentRow } from '../db/rows';

/** A segment as the timing reads it: the table's row less what timing never needs, with its own warning and grace. */
type SegmentRow = Omit<TableSegmentRow, 'conference_id' | 'prepared_text'> & {
  own_warning: number | null;
  own_grace: number | null;
};

export type TimedSegment = StageSegment & { position: number };

export function toStagePerson(participant: Participant | undefined): StagePerson | null {
  if (!participant) return null;
  return { participantId: participant.id, name: participant.name, label: participant.label, title: participant.title };
}

/**
 * The agenda with the thresholds in force for each segment, without the
 * prepared texts (a statement can be 200,000 characters; the stage never shows it).
 */
export function createAgendaTiming(db: Database) {
  const segmentsOf = prepareOpaque<[number], SegmentRow>(
    db,
    `SELECT s.id, s.position, s.kind, s.title, s.speaker_id, s.planned_seconds, s.extended_seconds, s.status,
       s.started_at, s.ended_at, s.elapsed_before_ms,
       t.warning_seconds AS own_warning, t.overtime_grace_seconds AS own_grace
     FROM segments s LEFT JOIN segment_timing t ON t.segment_id = s.id
     WHERE s.conference_id = ? ORDER BY s.position, s.id`
  );

  function segments(conferenceId: number, settings: StageTimingSettings, people: Map<number, Participant>): TimedSegment[] {
    return segmentsOf.all(conferenceId).map((row) => ({
      id: row.id,
      position: row.position,
      kind: row.kind,
      title: row.title,
      status: row.status,
      speaker: row.speaker_id === null ? null : toStagePerson(people.get(row.speaker_id)),
      plannedSeconds: row.planned_seconds,
      extendedSeconds: row.extended_seconds,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      elapsedBeforeMs: row.elapsed_before_ms,
      warningSeconds: effectiveWarningSeconds(row.own_warning, settings.warningSeconds, row.planned_seconds + row.extended_seconds),
      overtimeGraceSeconds: row.own_grace ?? settings.overtimeGraceSeconds
    }));
  }

  return { segments };
}

/** What the expected end is computed from (see expectedEndAt in src/shared/stage.ts). */
export function forecastOf(conference: Conference, segments: TimedSegment[]): ForecastInput {
  const live = segments.find((s) => s.status === 'live') ?? null;
  const pendingSeconds = segments.filter((s) => s.status === 'pending').reduce((sum, s) => sum + s.plannedSeconds + s.extendedSeconds, 0);
  return {
    status: conference.status,
    scheduledStart: conference.scheduledStart,
    startedAt: conference.startedAt,
    endedAt: conference.endedAt,
    live: live && {
      status: live.status,
      plannedSeconds: live.plannedSeconds,
      extendedSeconds: live.extendedSeconds,
      startedAt: live.startedAt,
      endedAt: live.endedAt,
      elapsedBeforeMs: live.elapsedBeforeMs
    },
    pendingSeconds,
    conferenceExtensionSeconds: conference.extendedSeconds
  };
}

export type AgendaTiming = ReturnType<typeof createAgendaTiming>;
