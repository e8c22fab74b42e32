import type { QuestionStatus } from '../../../shared/domain';
import {
  expectedEndAt,
  segmentElapsedMs,
  type ExtensionRow,
  type QuestionTimingRow,
  type SegmentTimingRow,
  type StageTimingReport
} from '../../../shared/stage';
import { forecastOf } from './agenda-timing';
import type { StageReads } from './reads';
import { prepareOpaque } from '../db/opaque-bindings';

interface QuestionRow {
  id: number;
  position: number;
  outlet_name: string | null;
  reporter_name: string;
  status: QuestionStatus;
  asked_at: number | null;
  closed_at: number | null;
  own_limit: number | null;
}

const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * stage.timing: the conference's timing as a report reads it — plan against
 * actual for each segment, each answer against its limit, every extension,
 * the planned and the expected end, and the messages the room was shown.
 */
export function createTimingReport(deps: StageReads) {
  const { db, conferences, roster, agenda, rules, messages } = deps;
  const questionsOf = prepareOpaque<[number], QuestionRow>(
    db,
    `SELECT q.id, q.position, o.name AS outlet_name, q.reporter_name, q.status, q.asked_at, q.closed_at,
       t.answer_limit_seconds AS own_limit
     FROM questions q LEFT JOIN outlets o ON o.id = q.outlet_id LEFT JOIN question_timing t ON t.question_id = q.id
     WHERE q.conference_id = ? ORDER BY q.position, q.id`
  );
  const extensionsOf = prepareOpaque<[number], { id: number; segment_id: number | null; segment_title: string | null; seconds: number; at: number }>(
    db,
    `SELECT e.id, e.segment_id, s.title AS segment_title, e.seconds, e.at
     FROM extensions e LEFT JOIN segments s ON s.id = e.segment_id WHERE e.conference_id = ? ORDER BY e.at, e.id`
  );

  return function report(conferenceId: number, now: number): StageTimingReport {
    const conference = conferences.get(conferenceId, 'conferenceId');
    const settings = rules.settings(conferenceId);
    const people = new Map(roster.listParticipants(conferenceId).map((p) => [p.id, p]));
    const timed = agenda.segments(conferenceId, settings, people);

    const segments: SegmentTimingRow[] = timed.map((s) => {
      const actualMs = segmentElapsedMs(s, now);
      const limitMs = (s.plannedSeconds + s.extendedSeconds) * 1000;
      return {
        id: s.id,
        position: s.position,
        kind: s.kind,
        title: s.title,
        speakerName: s.speaker?.name ?? null,
        status: s.status,
        plannedSeconds: s.plannedSeconds,
        extendedSeconds: s.extendedSeconds,
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        actualSeconds: seconds(actualMs),
        overtimeSeconds: limitMs > 0 ? Math.max(0, seconds(actualMs - limitMs)) : 0,
        warningSeconds: s.warningSeconds,
        overtimeGraceSeconds: s.overtimeGraceSeconds
      };
    });

    const questions: QuestionTimingRow[] = questionsOf.all(conferenceId).map((q) => {
      const limit = q.own_limit ?? settings.answerLimitSeconds;
      const end = q.closed_at ?? (q.status === 'live' ? now : null);
      const answerSeconds = q.asked_at !== null && end !== null ? seconds(end - q.asked_at) : null;
      return {
        id: q.id,
        position: q.position,
        outletName: q.outlet_name ?? q.reporter_name,
        status: q.status,
        askedAt: q.asked_at,
        closedAt: q.closed_at,
        answerLimitSeconds: limit,
        answerSeconds,
        overLimitSeconds: limit > 0 && answerSeconds !== null ? Math.max(0, answerSeconds - limit) : 0
      };
    });

    const extensions: ExtensionRow[] = extensionsOf
      .all(conferenceId)
      .map((e) => ({ id: e.id, segmentId: e.segment_id, segmentTitle: e.segment_title, seconds: e.seconds, at: e.at }));

    const start = conference.startedAt ?? conference.scheduledStart;
    const plannedEndAt = start === null ? null : start + (conference.plannedSeconds + conference.extendedSeconds) * 1000;
    const expected = expectedEndAt(forecastOf(conference, timed), now);
    const actualMs = conference.startedAt === null ? 0 : (conference.endedAt ?? now) - conference.startedAt;

    return {
      conferenceId,
      status: conference.status,
      settings,
      scheduledStart: conference.scheduledStart,
      startedAt: conference.startedAt,
      endedAt: conference.endedAt,
      plannedSeconds: conference.plannedSeconds,
      extendedSeconds: conference.extendedSeconds,
      segmentExtendedSeconds: timed.reduce((sum, s) => sum + s.extendedSeconds, 0),
      plannedEndAt,
      expectedEndAt: expected,
      varianceSeconds: plannedEndAt !== null && expected !== null ? seconds(expected - plannedEndAt) : null,
      actualSeconds: seconds(Math.max(0, actualMs)),
      segments,
      questions,
      extensions,
      messages: messages.log(conference, now),
      serverNow: now
    };
  };
}
