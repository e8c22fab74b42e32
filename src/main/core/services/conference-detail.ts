import type { Database, Statement } from 'better-sqlite3';
import type { ConferenceDetail, ConferenceRows } from '../../../shared/domain';
import { prepareOpaque } from '../db/opaque-bindings';
import { toExtension, toOutlet, toQuestion, toSegment, type ExtensionRow, type OutletRow, type QuestionRow, type SegmentRow } from '../db/rows';
import type { ConferenceService } from './conferences';
import type { QuestionService } from './questions';
import type { RosterService } from './roster';
import type { UndoService } from './undo';
import type { WrittenReplyService } from './written-replies';

interface DetailSources {
  conferences: ConferenceService;
  roster: RosterService;
  questions: QuestionService;
  replies: WrittenReplyService;
  undo: UndoService;
}

/**
 * One conference as the console opens it (conference.get): the conference and
 * everything the live view draws; and some of its rows by id (conference.rows),
 * what a change event named.
 */
export function createConferenceDetailService(db: Database, s: DetailSources) {
  // the outlets the queue and the transcript name: those of its questions and of its turns
  const outletsOfConference = prepareOpaque<{ id: number }, OutletRow>(
    db,
    `SELECT DISTINCT o.* FROM outlets o WHERE o.id IN
       (SELECT outlet_id FROM questions WHERE conference_id = @id UNION SELECT outlet_id FROM turns WHERE conference_id = @id)`
  );
  const extensionsOf = prepareOpaque<[number], ExtensionRow>(db, 'SELECT * FROM extensions WHERE conference_id = ? ORDER BY id');

  function detail(id: number): ConferenceDetail {
    const conference = s.conferences.get(id);
    return {
      conference,
      participants: s.roster.listParticipants(id),
      segments: s.roster.listSegments(id),
      questions: s.questions.list(id),
      outlets: outletsOfConference.all({ id }).map(toOutlet),
      extensions: extensionsOf.all(id).map(toExtension),
      writtenReplies: s.replies.list(id),
      ...s.undo.state(id),
      serverNow: Date.now()
    };
  }

  const questionRow = prepareOpaque<[id: number, conferenceId: number], QuestionRow>(
    db,
    'SELECT * FROM questions WHERE id = ? AND conference_id = ?'
  );
  const segmentRow = prepareOpaque<[id: number, conferenceId: number], SegmentRow>(db, 'SELECT * FROM segments WHERE id = ? AND conference_id = ?');
  const extensionRow = prepareOpaque<[id: number, conferenceId: number], ExtensionRow>(
    db,
    'SELECT * FROM extensions WHERE id = ? AND conference_id = ?'
  );
  const outletRow = prepareOpaque<[number], OutletRow>(db, 'SELECT * FROM outlets WHERE id = ?');

  /** Rows of one conference by id, each read by its key: the cost is the rows asked for, not the conference's size. */
  function rowsOf<R, T>(
    statement: Statement<[id: number, conferenceId: number], R>,
    ids: readonly number[],
    conferenceId: number,
    to: (row: R) => T
  ): T[] {
    const found: T[] = [];
    for (const id of new Set(ids)) {
      const row = statement.get(id, conferenceId);
      if (row) found.push(to(row));
    }
    return found;
  }

  function changedRows(input: { conferenceId: number; questionIds: number[]; segmentIds: number[]; extensionIds: number[] }): ConferenceRows {
    const { conferenceId } = input;
    const conference = s.conferences.get(conferenceId, 'conferenceId');
    const changedQuestions = rowsOf(questionRow, input.questionIds, conferenceId, toQuestion);
    const outletIds = changedQuestions.map((q) => q.outletId).filter((o): o is number => o !== null);
    return {
      conference,
      questions: changedQuestions,
      segments: rowsOf(segmentRow, input.segmentIds, conferenceId, toSegment),
      outlets: [...new Set(outletIds)]
        .map((o) => outletRow.get(o))
        .filter((r) => r !== undefined)
        .map(toOutlet),
      extensions: rowsOf(extensionRow, input.extensionIds, conferenceId, toExtension),
      ...s.undo.state(conferenceId),
      serverNow: Date.now()
    };
  }

  return { detail, changedRows };
}
