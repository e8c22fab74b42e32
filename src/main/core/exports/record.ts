import type { Database } from 'better-sqlite3';
import type {
  Conference,
  ConferenceTimeRevision,
  Extension,
  Outlet,
  Participant,
  Person,
  Question,
  Segment,
  Turn,
  TurnRevision,
  WrittenReply,
  WrittenReplyRevision
} from '../../../shared/domain';
import {
  SUPPLEMENTARY,
  toExtension,
  toOutlet,
  toPerson,
  toTurn,
  toTurnRevision,
  type ExtensionRow,
  type OutletRow,
  type PersonRow,
  type TurnRevisionRow,
  type TurnRow
} from '../db/rows';
import {
  toTimeRevision,
  toWrittenReply,
  toWrittenReplyRevision,
  type TimeRevisionRow,
  type WrittenReplyRevisionRow,
  type WrittenReplyRow
} from '../db/record-rows';
import type { TimedSegment } from '../audio/offsets';
import type { Services } from '../services';
import type { RedactionService, StoredRedaction } from './redactions';
import { prepareOpaque } from '../db/opaque-bindings';
import { createPreparedRecordLoader, type PreparedRecord } from '../prepared/file';

export interface RecordTurn extends Turn {
  /** set when the turn was deleted; it stays in the record for its history */
  deletedAt: number | null;
}

export interface RecordReply extends WrittenReply {
  /** set when the reply was removed; it stays in the record for its history */
  deletedAt: number | null;
}

/** Everything stored about one conference: what the exports render and the JSON export writes. */
export interface ConferenceRecord extends PreparedRecord {
  conference: Conference;
  people: Person[];
  outlets: Outlet[];
  participants: Participant[];
  segments: Segment[];
  questions: Question[];
  /** every turn in order, deleted ones included */
  turns: RecordTurn[];
  turnHistory: TurnRevision[];
  extensions: Extension[];
  redactions: StoredRedaction[];
  /** in question order, then as recorded; removed ones included */
  writtenReplies: RecordReply[];
  writtenReplyHistory: WrittenReplyRevision[];
  timeHistory: ConferenceTimeRevision[];
  /** the recording's segments (empty without audio): turns' audio offsets and captions are counted from them */
  audio: TimedSegment[];
}

/** Reads a conference's record in one pass, with statements prepared once. */
export function createRecordLoader(db: Database, s: Services, redactions: RedactionService) {
  const peopleOf = prepareOpaque<[number], PersonRow>(
    db,
    `SELECT * FROM people WHERE id IN (SELECT person_id FROM participants WHERE conference_id = ?) ORDER BY id`
  );
  const outletsOf = prepareOpaque<{ id: number }, OutletRow>(
    db,
    `SELECT * FROM outlets WHERE id IN (SELECT outlet_id FROM questions WHERE conference_id = @id
       UNION SELECT outlet_id FROM turns WHERE conference_id = @id) ORDER BY id`
  );
  const turnsOf = prepareOpaque<[number], TurnRow>(db, `SELECT t.*, ${SUPPLEMENTARY} FROM turns t WHERE conference_id = ? ORDER BY seq, id`);
  const repliesOf = prepareOpaque<[number], WrittenReplyRow>(
    db,
    `SELECT r.* FROM written_replies r JOIN questions q ON q.id = r.question_id
     WHERE r.conference_id = ? ORDER BY q.position, q.id, r.id`
  );
  const timeHistoryOf = prepareOpaque<[number], TimeRevisionRow>(db, 'SELECT * FROM conference_time_history WHERE conference_id = ? ORDER BY id');
  const replyHistoryOf = prepareOpaque<[number], WrittenReplyRevisionRow>(
    db,
    'SELECT * FROM written_reply_history WHERE conference_id = ? ORDER BY id'
  );
  const historyOf = prepareOpaque<[number], TurnRevisionRow>(
    db,
    `SELECT h.* FROM turn_history h JOIN turns t ON t.id = h.turn_id WHERE t.conference_id = ? ORDER BY h.id`
  );
  const extensionsOf = prepareOpaque<[number], ExtensionRow>(db, 'SELECT * FROM extensions WHERE conference_id = ? ORDER BY id');
  const preparedOf = createPreparedRecordLoader(db);

  return function load(conferenceId: number): ConferenceRecord {
    const conference = s.conferences.get(conferenceId, 'conferenceId');
    return {
      conference,
      people: peopleOf.all(conferenceId).map(toPerson),
      outlets: outletsOf.all({ id: conferenceId }).map(toOutlet),
      participants: s.roster.listParticipants(conferenceId),
      segments: s.roster.listSegments(conferenceId),
      questions: s.questions.list(conferenceId),
      turns: turnsOf.all(conferenceId).map((r) => ({ ...toTurn(r), deletedAt: r.deleted_at })),
      turnHistory: historyOf.all(conferenceId).map(toTurnRevision),
      extensions: extensionsOf.all(conferenceId).map(toExtension),
      redactions: redactions.storedOf(conferenceId),
      writtenReplies: repliesOf.all(conferenceId).map((r) => ({ ...toWrittenReply(r), deletedAt: r.deleted_at })),
      writtenReplyHistory: replyHistoryOf.all(conferenceId).map(toWrittenReplyRevision),
      timeHistory: timeHistoryOf.all(conferenceId).map(toTimeRevision),
      audio: s.audio.timeline(conferenceId),
      ...preparedOf(conferenceId)
    };
  };
}
