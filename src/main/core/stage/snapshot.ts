import type { Participant, QuestionStatus } from '../../../shared/domain';
import type { StageQuestion, StageSnapshot, StageTimingSettings } from '../../../shared/stage';
import { forecastOf, toStagePerson } from './agenda-timing';
import type { StageReads } from './reads';
import { prepareOpaque } from '../db/opaque-bindings';

interface QuestionRow {
  id: number;
  outlet_name: string | null;
  reporter_name: string;
  text: string;
  addressed_to_id: number | null;
  status: QuestionStatus;
  follow_up_of: number | null;
  asked_at: number | null;
  own_limit: number | null;
}

const QUESTION_SELECT = `SELECT q.id, o.name AS outlet_name, q.reporter_name, q.text, q.addressed_to_id, q.status,
    q.follow_up_of, q.asked_at, t.answer_limit_seconds AS own_limit
  FROM questions q LEFT JOIN outlets o ON o.id = q.outlet_id LEFT JOIN question_timing t ON t.question_id = q.id`;

/** stage.get: everything the stage display draws, read in one transaction. */
export function createStageSnapshot(deps: StageReads) {
  const { db, conferences, roster, agenda, rules, messages } = deps;
  const liveQuestion = prepareOpaque<[number], QuestionRow>(db, `${QUESTION_SELECT} WHERE q.conference_id = ? AND q.status = 'live' LIMIT 1`);
  const nextQuestion = prepareOpaque<[number], QuestionRow>(
    db,
    `${QUESTION_SELECT} WHERE q.conference_id = ? AND q.status = 'waiting' ORDER BY q.position, q.id LIMIT 1`
  );
  const waitingCount = prepareOpaque<[number], { n: number }>(
    db,
    "SELECT COUNT(*) AS n FROM questions WHERE conference_id = ? AND status = 'waiting'"
  );

  function toQuestion(
    row: QuestionRow | undefined,
    people: Map<number, Participant>,
    settings: StageTimingSettings,
    lastQuestionId: number | null
  ): StageQuestion | null {
    if (!row) return null;
    return {
      id: row.id,
      outletName: row.outlet_name ?? '',
      reporterName: row.reporter_name,
      text: row.text,
      addressedTo: row.addressed_to_id === null ? null : toStagePerson(people.get(row.addressed_to_id)),
      status: row.status,
      askedAt: row.asked_at,
      isFollowUp: row.follow_up_of !== null,
      isLast: lastQuestionId === row.id,
      answerLimitSeconds: row.own_limit ?? settings.answerLimitSeconds,
      answerWarningSeconds: settings.answerWarningSeconds
    };
  }

  return function snapshot(conferenceId: number, now: number): StageSnapshot {
    const conference = conferences.get(conferenceId, 'conferenceId');
    const settings = rules.settings(conferenceId);
    const people = new Map(roster.listParticipants(conferenceId).map((p) => [p.id, p]));
    const segments = agenda.segments(conferenceId, settings, people);
    const liveIndex = segments.findIndex((s) => s.status === 'live');
    const next = segments.find((s, index) => s.status === 'pending' && (liveIndex < 0 || index > liveIndex));
    const live = liveIndex >= 0 ? segments[liveIndex]! : null;
    return {
      conference: {
        id: conference.id,
        title: conference.title,
        status: conference.status,
        language: conference.language,
        timeZone: conference.timeZone,
        scheduledStart: conference.scheduledStart,
        startedAt: conference.startedAt,
        endedAt: conference.endedAt,
        plannedSeconds: conference.plannedSeconds,
        extendedSeconds: conference.extendedSeconds
      },
      segment: live && (({ position: _position, ...segment }) => segment)(live),
      nextSegment: next ? { id: next.id, kind: next.kind, title: next.title } : null,
      question: toQuestion(liveQuestion.get(conferenceId), people, settings, conference.lastQuestionId),
      nextQuestion: toQuestion(nextQuestion.get(conferenceId), people, settings, conference.lastQuestionId),
      waitingCount: waitingCount.get(conferenceId)!.n,
      message: messages.current(conference, now),
      forecast: forecastOf(conference, segments),
      serverNow: now
    };
  };
}
