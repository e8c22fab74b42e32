import type { Database } from 'better-sqlite3';
import type { OutletCategory, Segment } from '../../../shared/domain';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CategoryCount, ConferenceReport, OutletCount, PeriodReport, SpeakerLoad } from '../../../shared/schemas-archive';
import type { Services } from '../services';
import { IS_SUPPLEMENTARY } from '../db/rows';
import { dateOf } from './search';
import { prepareOpaque } from '../db/opaque-bindings';

const seconds = (ms: number) => Math.round(ms / 1000);

/** Put to the spokespeople aloud. A question left for a written reply without being called counts as answered in writing, not asked. */
const ASKED = '(q.asked_at IS NOT NULL)';
/** A written reply question whose reply is on record. */
const ANSWERED_IN_WRITING =
  "(q.status = 'written_reply' AND EXISTS (SELECT 1 FROM written_replies r WHERE r.question_id = q.id AND r.deleted_at IS NULL))";

/** Time a segment ran: the runs before it was last reopened, plus the last run (to now while live). */
export function segmentActualMs(segment: Segment, now: number): number | null {
  if (segment.startedAt === null) return segment.elapsedBeforeMs > 0 ? segment.elapsedBeforeMs : null;
  const end = segment.endedAt ?? (segment.status === 'live' ? now : segment.startedAt);
  return segment.elapsedBeforeMs + Math.max(0, end - segment.startedAt);
}

interface OutletRow {
  outlet_id: number | null;
  name: string | null;
  category: OutletCategory | null;
  registered: number;
  asked: number;
  answered: number;
  written_reply: number;
  answered_in_writing: number;
  not_reached: number;
  conferences: number;
  last_asked_at: number | null;
}

/** The bounds of report.period (either may be open) and the time it is read at. */
interface Period {
  from: number | null;
  to: number | null;
  now: number;
}

interface LoadRow {
  person_id: number;
  name: string;
  conferences: number;
  questions_answered: number;
  first_answers: number;
  supplementary_answers: number;
  written_replies: number;
  answer_ms: number;
  speaking_ms: number;
}

function toOutletCount(r: OutletRow): OutletCount {
  return {
    outletId: r.outlet_id,
    name: r.name ?? '',
    category: r.category,
    registered: r.registered,
    asked: r.asked,
    answered: r.answered,
    writtenReply: r.written_reply,
    answeredInWriting: r.answered_in_writing,
    notReached: r.not_reached
  };
}

function toLoad(r: LoadRow): SpeakerLoad {
  return {
    personId: r.person_id,
    name: r.name,
    conferences: r.conferences,
    questionsAnswered: r.questions_answered,
    firstAnswers: r.first_answers,
    supplementaryAnswers: r.supplementary_answers,
    writtenReplies: r.written_replies,
    answerSeconds: seconds(r.answer_ms),
    speakingSeconds: seconds(r.speaking_ms)
  };
}

function byCategory(outlets: OutletCount[]): CategoryCount[] {
  const groups = new Map<OutletCategory | null, CategoryCount>();
  for (const o of outlets) {
    const group = groups.get(o.category) ?? { category: o.category, asked: 0, registered: 0, outlets: 0 };
    group.asked += o.asked;
    group.registered += o.registered;
    group.outlets += 1;
    groups.set(o.category, group);
  }
  return [...groups.values()].sort((a, b) => b.asked - a.asked);
}

/** Question counts by outlet over a set of conferences (a temp list of ids). */
const OUTLET_COUNTS = (conferences: string, outlets: 'asked' | 'all') => `
  SELECT o.id AS outlet_id, o.name, o.category,
    COUNT(q.id) AS registered,
    COALESCE(SUM(${ASKED}), 0) AS asked,
    COALESCE(SUM(q.status = 'answered'), 0) AS answered,
    COALESCE(SUM(q.status = 'written_reply'), 0) AS written_reply,
    COALESCE(SUM(${ANSWERED_IN_WRITING}), 0) AS answered_in_writing,
    COALESCE(SUM(q.status = 'not_reached'), 0) AS not_reached,
    COUNT(DISTINCT CASE WHEN ${ASKED} THEN q.conference_id END) AS conferences,
    MAX(q.asked_at) AS last_asked_at
  FROM outlets o LEFT JOIN questions q ON q.outlet_id = o.id AND q.conference_id IN (${conferences})
  ${outlets === 'asked' ? 'WHERE q.id IS NOT NULL' : ''}
  GROUP BY o.id
  UNION ALL
  SELECT NULL, NULLIF(MAX(q.reporter_name), ''), NULL, COUNT(*), COALESCE(SUM(${ASKED}), 0),
    COALESCE(SUM(q.status = 'answered'), 0), COALESCE(SUM(q.status = 'written_reply'), 0),
    COALESCE(SUM(${ANSWERED_IN_WRITING}), 0), COALESCE(SUM(q.status = 'not_reached'), 0), COUNT(DISTINCT q.conference_id), MAX(q.asked_at)
  FROM questions q WHERE q.outlet_id IS NULL AND q.conference_id IN (${conferences})
  HAVING COUNT(*) > 0
  ORDER BY asked DESC, registered DESC, name`;

/**
 * Spokespeople's load: what they answered (first, or after another spokesperson:
 * supplementary; and in writing) and how long they spoke. A turn still open ends
 * when its conference ended (ending a conference leaves the last turn open), else now.
 * An interpretation is no answer.
 */
const LOADS = (conferences: string) => `
  SELECT p.person_id, pe.name, COUNT(DISTINCT p.conference_id) AS conferences,
    COUNT(DISTINCT CASE WHEN t.interprets_turn_id IS NULL THEN t.question_id END) AS questions_answered,
    COUNT(DISTINCT CASE WHEN t.question_id IS NOT NULL AND t.interprets_turn_id IS NULL AND NOT ${IS_SUPPLEMENTARY}
      THEN t.question_id END) AS first_answers,
    COUNT(DISTINCT CASE WHEN ${IS_SUPPLEMENTARY} THEN t.question_id END) AS supplementary_answers,
    (SELECT COUNT(*) FROM written_replies r JOIN participants rp ON rp.id = r.participant_id
       JOIN questions rq ON rq.id = r.question_id
     WHERE rp.person_id = p.person_id AND rq.status = 'written_reply' AND r.deleted_at IS NULL AND r.conference_id IN (${conferences})) AS written_replies,
    COALESCE(SUM(CASE WHEN t.question_id IS NOT NULL THEN COALESCE(t.ended_at, c.ended_at, @now) - t.started_at END), 0) AS answer_ms,
    COALESCE(SUM(COALESCE(t.ended_at, c.ended_at, @now) - t.started_at), 0) AS speaking_ms
  FROM participants p JOIN people pe ON pe.id = p.person_id JOIN conferences c ON c.id = p.conference_id
  LEFT JOIN turns t ON t.participant_id = p.id AND t.deleted_at IS NULL
  WHERE p.role = 'spokesperson' AND p.conference_id IN (${conferences})
  GROUP BY p.person_id ORDER BY questions_answered DESC, speaking_ms DESC, pe.name`;

/**
 * Reports: one conference (time, questions, spokespeople) and a period (the
 * balance of outlets, overlooked ones included, and each spokesperson's load).
 */
export function createReports(db: Database, s: Services) {
  const extensionsOf = prepareOpaque<[number], { seconds: number; at: number; segment_title: string | null }>(
    db,
    `SELECT e.seconds, e.at, sg.title AS segment_title FROM extensions e LEFT JOIN segments sg ON sg.id = e.segment_id
     WHERE e.conference_id = ? ORDER BY e.id`
  );
  const outletsOfConference = prepareOpaque<{ conferenceId: number }, OutletRow>(db, OUTLET_COUNTS('@conferenceId', 'asked'));
  const loadsOfConference = prepareOpaque<{ conferenceId: number; now: number }, LoadRow>(db, LOADS('@conferenceId'));
  const inPeriod = `SELECT c.id FROM conferences c WHERE c.status <> 'draft'
    AND (@from IS NULL OR ${dateOf('c')} >= @from) AND (@to IS NULL OR ${dateOf('c')} < @to)`;
  const periodCount = prepareOpaque<Period, { n: number }>(db, `SELECT COUNT(*) AS n FROM (${inPeriod})`);
  const outletsOfPeriod = prepareOpaque<Period, OutletRow>(db, OUTLET_COUNTS(inPeriod, 'all'));
  const loadsOfPeriod = prepareOpaque<Period, LoadRow>(db, LOADS(inPeriod));
  const dateOfConference = prepareOpaque<[number], { date: number }>(db, `SELECT ${dateOf('c')} AS date FROM conferences c WHERE c.id = ?`);

  return {
    /** `at` is the time now, for what is still running. */
    conference(input: In<'report.conference'>, at: number): ConferenceReport {
      const c = s.conferences.get(input.conferenceId, 'conferenceId');
      const participants = new Map(s.roster.listParticipants(c.id).map((p) => [p.id, p.label || p.name]));
      const segments = s.roster.listSegments(c.id).map((segment) => {
        const actual = segmentActualMs(segment, at);
        const actualSeconds = actual === null ? null : seconds(actual);
        return {
          id: segment.id,
          position: segment.position,
          kind: segment.kind,
          title: segment.title,
          speaker: segment.speakerId === null ? '' : (participants.get(segment.speakerId) ?? ''),
          status: segment.status,
          plannedSeconds: segment.plannedSeconds,
          extendedSeconds: segment.extendedSeconds,
          actualSeconds,
          overrunSeconds: actualSeconds === null ? null : actualSeconds - segment.plannedSeconds - segment.extendedSeconds
        };
      });
      const end = c.endedAt ?? (c.status === 'live' ? at : null);
      const actualSeconds = c.startedAt !== null && end !== null ? seconds(end - c.startedAt) : null;
      const outlets = outletsOfConference.all({ conferenceId: c.id }).map(toOutletCount);
      return {
        conference: {
          id: c.id,
          title: c.title,
          date: dateOfConference.get(c.id)!.date,
          timeZone: c.timeZone,
          status: c.status,
          plannedSeconds: c.plannedSeconds,
          extendedSeconds: c.extendedSeconds,
          actualSeconds,
          overrunSeconds: actualSeconds === null ? null : actualSeconds - c.plannedSeconds - c.extendedSeconds
        },
        segments,
        extensions: extensionsOf.all(c.id).map((e) => ({
          seconds: e.seconds,
          at: e.at,
          segmentTitle: e.segment_title
        })),
        outlets,
        categories: byCategory(outlets),
        spokespeople: loadsOfConference.all({ conferenceId: c.id, now: at }).map(toLoad)
      };
    },

    period(input: In<'report.period'>, at: number): PeriodReport {
      const params = { from: input.from, to: input.to, now: at };
      const rows = outletsOfPeriod.all(params);
      const outlets = rows.map((r) => ({
        ...toOutletCount(r),
        conferences: r.conferences,
        lastAskedAt: r.last_asked_at,
        // a question answered in writing was heard, though never called
        overlooked: r.outlet_id !== null && r.asked === 0 && r.answered_in_writing === 0
      }));
      return {
        from: input.from,
        to: input.to,
        conferences: periodCount.get(params)!.n,
        outlets,
        categories: byCategory(outlets.filter((o) => o.outletId !== null)),
        spokespeople: loadsOfPeriod.all(params).map(toLoad)
      };
    }
  };
}

export type Reports = ReturnType<typeof createReports>;
