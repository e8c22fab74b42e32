import type {
  Conference,
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
  TurnRevision
} from '../../../shared/domain';

/**
 * A row of any table, as read by statements that copy or compare whole rows
 * (the undo record, imports). A statement of one table reads its own row type below.
 */
export type Row = Record<string, unknown>;

/*
 * The rows of each table as SQLite answers `SELECT *` (snake_case, as the migrations
 * name the columns). Text columns that a CHECK constraint holds to a set are typed by it.
 * Types, not interfaces, so that each is also a Row (an interface has no implicit index signature).
 */
export type PersonRow = {
  id: number;
  name: string;
  honorific: Honorific;
  position: string;
  organisation: string;
  created_at: number;
  updated_at: number;
};

export type OutletRow = {
  id: number;
  name: string;
  category: OutletCategory;
  created_at: number;
  updated_at: number;
};

export type ConferenceRow = {
  id: number;
  title: string;
  topic: string;
  organiser: string;
  venue: string;
  scheduled_start: number | null;
  planned_seconds: number;
  language: Conference['language'];
  header_source: string;
  header_author: string;
  header_published_at: string;
  header_credits: string;
  header_lead: string;
  editing_standard: Conference['header']['editingStandard'];
  status: Conference['status'];
  started_at: number | null;
  ended_at: number | null;
  last_question_id: number | null;
  revision: number;
  created_at: number;
  updated_at: number;
  uid: string;
  time_zone: string;
  ground_rules: Conference['groundRules'];
  embargo_until: number | null;
};

/** A participant with the person's name, as the roster reads it (participants p JOIN people pe). */
export type ParticipantRow = {
  id: number;
  conference_id: number;
  person_id: number;
  role: Role;
  position: number;
  title: string;
  label: string;
  name: string;
  honorific: Honorific;
  organisation: string;
};

export type SegmentRow = {
  id: number;
  conference_id: number;
  position: number;
  kind: SegmentKind;
  title: string;
  speaker_id: number | null;
  planned_seconds: number;
  extended_seconds: number;
  status: SegmentStatus;
  started_at: number | null;
  ended_at: number | null;
  elapsed_before_ms: number;
  prepared_text: string;
};

export type QuestionRow = {
  id: number;
  conference_id: number;
  position: number;
  outlet_id: number | null;
  reporter_name: string;
  text: string;
  addressed_to_id: number | null;
  status: QuestionStatus;
  follow_up_of: number | null;
  registered_at: number;
  asked_at: number | null;
  closed_at: number | null;
  segment_id: number | null;
  prepared_id: number | null;
  merged_into: number | null;
};

export type TurnRow = {
  id: number;
  conference_id: number;
  seq: number;
  segment_id: number | null;
  question_id: number | null;
  speaker_kind: SpeakerKind;
  participant_id: number | null;
  outlet_id: number | null;
  reporter_name: string;
  text: string;
  started_at: number;
  ended_at: number | null;
  edited_at: number | null;
  deleted_at: number | null;
  is_open: 0 | 1;
  interprets_turn_id: number | null;
  /** present where the row was read with SUPPLEMENTARY (below) */
  supplementary?: 0 | 1;
};

export type TurnRevisionRow = {
  id: number;
  turn_id: number;
  kind: TurnRevision['kind'];
  text_before: string;
  text_after: string;
  editor: string;
  reason: string;
  at: number;
};

export type ExtensionRow = {
  id: number;
  conference_id: number;
  segment_id: number | null;
  seconds: number;
  at: number;
};

/** Maps between the rows above and domain objects. */
export function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name,
    honorific: r.honorific,
    position: r.position,
    organisation: r.organisation,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}

export function toOutlet(r: OutletRow): Outlet {
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}

export function toConference(r: ConferenceRow, extendedSeconds: number): Conference {
  return {
    id: r.id,
    title: r.title,
    topic: r.topic,
    organiser: r.organiser,
    venue: r.venue,
    scheduledStart: r.scheduled_start,
    plannedSeconds: r.planned_seconds,
    extendedSeconds,
    language: r.language,
    header: {
      source: r.header_source,
      author: r.header_author,
      publishedAt: r.header_published_at,
      credits: r.header_credits,
      lead: r.header_lead,
      editingStandard: r.editing_standard
    },
    status: r.status,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    lastQuestionId: r.last_question_id,
    timeZone: r.time_zone,
    groundRules: r.ground_rules,
    embargoUntil: r.embargo_until,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}

export function toParticipant(r: ParticipantRow): Participant {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    personId: r.person_id,
    role: r.role,
    position: r.position,
    title: r.title,
    label: r.label,
    name: r.name,
    honorific: r.honorific,
    organisation: r.organisation
  };
}

export function toSegment(r: SegmentRow): Segment {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    position: r.position,
    kind: r.kind,
    title: r.title,
    speakerId: r.speaker_id,
    plannedSeconds: r.planned_seconds,
    extendedSeconds: r.extended_seconds,
    status: r.status,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    elapsedBeforeMs: r.elapsed_before_ms,
    preparedText: r.prepared_text
  };
}

export function toQuestion(r: QuestionRow): Question {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    position: r.position,
    outletId: r.outlet_id,
    reporterName: r.reporter_name,
    text: r.text,
    addressedToId: r.addressed_to_id,
    status: r.status,
    followUpOf: r.follow_up_of,
    registeredAt: r.registered_at,
    askedAt: r.asked_at,
    closedAt: r.closed_at,
    segmentId: r.segment_id,
    preparedId: r.prepared_id,
    mergedInto: r.merged_into
  };
}

export function toTurn(r: TurnRow): Turn {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    seq: r.seq,
    segmentId: r.segment_id,
    questionId: r.question_id,
    speakerKind: r.speaker_kind,
    participantId: r.participant_id,
    outletId: r.outlet_id,
    reporterName: r.reporter_name,
    text: r.text,
    startedAt: r.started_at,
    // an open turn keeps its start in ended_at (migration 007)
    endedAt: r.is_open ? null : r.ended_at,
    editedAt: r.edited_at,
    interpretsTurnId: r.interprets_turn_id,
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

export function toTurnRevision(r: TurnRevisionRow): TurnRevision {
  return {
    id: r.id,
    turnId: r.turn_id,
    kind: r.kind,
    textBefore: r.text_before,
    textAfter: r.text_after,
    editor: r.editor,
    reason: r.reason,
    at: r.at
  };
}

export function toExtension(r: ExtensionRow): Extension {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    segmentId: r.segment_id,
    seconds: r.seconds,
    at: r.at
  };
}
