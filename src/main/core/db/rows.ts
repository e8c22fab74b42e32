import type {
  Conference,
  ConferenceTimeRevision,
  Extension,
  Honorific,
  Outlet,
  OutletCategory,
  Participant,
  Person,
  Question,
  QuestionStatus,
  Role,
  Segment,
  SegmentKind,
  SegmentStatus,
  SpeakerKind,
  Turn,
  TurnRevision,
  WrittenReply,
  WrittenReplyRevision
} from '../../../shared/domain';

/** Maps between SQLite rows (snake_case) and domain objects. */
export type Row = Record<string, unknown>;

const n = (v: unknown) => v as number;
const s = (v: unknown) => v as string;
const nn = (v: unknown) => (v === null || v === undefined ? null : (v as number));

export function toPerson(r: Row): Person {
  return {
    id: n(r.id),
    name: s(r.name),
    honorific: s(r.honorific) as Honorific,
    position: s(r.position),
    organisation: s(r.organisation),
    createdAt: n(r.created_at),
    updatedAt: n(r.updated_at)
  };
}

export function toOutlet(r: Row): Outlet {
  return {
    id: n(r.id),
    name: s(r.name),
    category: s(r.category) as OutletCategory,
    createdAt: n(r.created_at),
    updatedAt: n(r.updated_at)
  };
}

export function toConference(r: Row, extendedSeconds: number): Conference {
  return {
    id: n(r.id),
    title: s(r.title),
    topic: s(r.topic),
    organiser: s(r.organiser),
    venue: s(r.venue),
    scheduledStart: nn(r.scheduled_start),
    plannedSeconds: n(r.planned_seconds),
    extendedSeconds,
    language: s(r.language) as Conference['language'],
    header: {
      source: s(r.header_source),
      author: s(r.header_author),
      publishedAt: s(r.header_published_at),
      credits: s(r.header_credits),
      lead: s(r.header_lead),
      editingStandard: s(r.editing_standard) as Conference['header']['editingStandard']
    },
    status: s(r.status) as Conference['status'],
    startedAt: nn(r.started_at),
    endedAt: nn(r.ended_at),
    lastQuestionId: nn(r.last_question_id),
    timeZone: s(r.time_zone),
    groundRules: (r.ground_rules ?? null) as Conference['groundRules'],
    embargoUntil: nn(r.embargo_until),
    revision: n(r.revision),
    createdAt: n(r.created_at),
    updatedAt: n(r.updated_at)
  };
}

export function toParticipant(r: Row): Participant {
  return {
    id: n(r.id),
    conferenceId: n(r.conference_id),
    personId: n(r.person_id),
    role: s(r.role) as Role,
    position: n(r.position),
    title: s(r.title),
    label: s(r.label),
    name: s(r.name),
    honorific: s(r.honorific) as Honorific,
    organisation: s(r.organisation)
  };
}

export function toSegment(r: Row): Segment {
  return {
    id: n(r.id),
    conferenceId: n(r.conference_id),
    position: n(r.position),
    kind: s(r.kind) as SegmentKind,
    title: s(r.title),
    speakerId: nn(r.speaker_id),
    plannedSeconds: n(r.planned_seconds),
    extendedSeconds: n(r.extended_seconds),
    status: s(r.status) as SegmentStatus,
    startedAt: nn(r.started_at),
    endedAt: nn(r.ended_at),
    elapsedBeforeMs: n(r.elapsed_before_ms),
    preparedText: s(r.prepared_text)
  };
}

export function toQuestion(r: Row): Question {
  return {
    id: n(r.id),
    conferenceId: n(r.conference_id),
    position: n(r.position),
    outletId: nn(r.outlet_id),
    reporterName: s(r.reporter_name),
    text: s(r.text),
    addressedToId: nn(r.addressed_to_id),
    status: s(r.status) as QuestionStatus,
    followUpOf: nn(r.follow_up_of),
    registeredAt: n(r.registered_at),
    askedAt: nn(r.asked_at),
    closedAt: nn(r.closed_at),
    segmentId: nn(r.segment_id)
  };
}

export function toTurn(r: Row): Turn {
  return {
    id: n(r.id),
    conferenceId: n(r.conference_id),
    seq: n(r.seq),
    segmentId: nn(r.segment_id),
    questionId: nn(r.question_id),
    speakerKind: s(r.speaker_kind) as SpeakerKind,
    participantId: nn(r.participant_id),
    outletId: nn(r.outlet_id),
    reporterName: s(r.reporter_name),
    text: s(r.text),
    startedAt: n(r.started_at),
    // an open turn keeps its start in ended_at (migration 007)
    endedAt: r.is_open ? null : nn(r.ended_at),
    editedAt: nn(r.edited_at),
    interpretsTurnId: nn(r.interprets_turn_id),
    // present where the row was read with SUPPLEMENTARY (below); a turn read without it is not an answer of interest
    supplementary: r.supplementary === 1
  };
}

/**
 * The derived "supplementary" column of a turn aliased t: an answer (a
 * participant's turn on a question, not an interpretation, not by an
 * interpreter) to a question that another participant answered earlier.
 * Derived on every read, so undo, deletion and reordering cannot leave it stale.
 */
export const IS_SUPPLEMENTARY = `(t.speaker_kind = 'participant' AND t.question_id IS NOT NULL AND t.interprets_turn_id IS NULL
  AND EXISTS (SELECT 1 FROM turns e JOIN participants ep ON ep.id = e.participant_id
    WHERE e.question_id = t.question_id AND e.seq < t.seq AND e.deleted_at IS NULL AND e.speaker_kind = 'participant'
      AND e.interprets_turn_id IS NULL AND e.participant_id <> t.participant_id AND ep.role <> 'interpreter')
  AND (SELECT role FROM participants WHERE id = t.participant_id) <> 'interpreter')`;
export const SUPPLEMENTARY = `${IS_SUPPLEMENTARY} AS supplementary`;

export function toWrittenReply(r: Row): WrittenReply {
  return {
    id: n(r.id),
    conferenceId: n(r.conference_id),
    questionId: n(r.question_id),
    participantId: n(r.participant_id),
    text: s(r.text),
    repliedOn: s(r.replied_on),
    createdAt: n(r.created_at),
    updatedAt: n(r.updated_at)
  };
}

export function toWrittenReplyRevision(r: Row): WrittenReplyRevision {
  return {
    id: n(r.id),
    replyId: n(r.reply_id),
    kind: s(r.kind) as WrittenReplyRevision['kind'],
    textBefore: s(r.text_before),
    textAfter: s(r.text_after),
    participantBefore: n(r.participant_before),
    participantAfter: n(r.participant_after),
    repliedOnBefore: s(r.replied_on_before),
    repliedOnAfter: s(r.replied_on_after),
    editor: s(r.editor),
    reason: s(r.reason),
    at: n(r.at)
  };
}

export function toTimeRevision(r: Row): ConferenceTimeRevision {
  return {
    id: n(r.id),
    conferenceId: n(r.conference_id),
    field: r.field === 'started_at' ? 'startedAt' : 'endedAt',
    kind: s(r.kind) as ConferenceTimeRevision['kind'],
    before: nn(r.before_value),
    after: n(r.after_value),
    editor: s(r.editor),
    reason: s(r.reason),
    at: n(r.at)
  };
}

export function toTurnRevision(r: Row): TurnRevision {
  return {
    id: n(r.id),
    turnId: n(r.turn_id),
    kind: s(r.kind) as TurnRevision['kind'],
    textBefore: s(r.text_before),
    textAfter: s(r.text_after),
    editor: s(r.editor),
    reason: s(r.reason),
    at: n(r.at)
  };
}

export function toExtension(r: Row): Extension {
  return {
    id: n(r.id),
    conferenceId: n(r.conference_id),
    segmentId: nn(r.segment_id),
    seconds: n(r.seconds),
    at: n(r.at)
  };
}
