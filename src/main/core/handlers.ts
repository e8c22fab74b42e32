import type { Database, Statement } from 'better-sqlite3';
import type { ConferenceDetail, ConferenceRows } from '../../shared/domain';
import type { CallContext } from './context';
import type { Handlers } from './router';
import { createArchiveHandlers } from './archive/handlers';
import { createExportHandlers } from './exports/handlers';
import { createStageHandlers } from './stage/handlers';
import { createSearchIndexer } from './archive/search-index';
import { SCHEMA_VERSION } from './db/migrate';
import { toExtension, toOutlet, toQuestion, toSegment, type ExtensionRow, type OutletRow, type QuestionRow, type SegmentRow } from './db/rows';
import { createConferenceService } from './services/conferences';
import { createDirectoryService } from './services/directory';
import { createLiveService } from './services/live';
import { createQuestionService } from './services/questions';
import { createRosterService } from './services/roster';
import { createConferenceTimeService } from './services/conference-times';
import { createRecordTurnService } from './services/record-turns';
import { createTurnService } from './services/turns';
import { createWrittenReplyService } from './services/written-replies';
import { createUndoService } from './services/undo';
import { createUndoResults } from './services/undo-result';
import { prepareOpaque } from './db/opaque-bindings';

export const APP_VERSION = '0.1.0';

/** Every service, each with its statements prepared once. */
export function createServices(db: Database, dataDir: string) {
  const directory = createDirectoryService(db);
  const conferences = createConferenceService(db);
  const roster = createRosterService(db, conferences, directory);
  const turns = createTurnService(db, conferences, roster, directory);
  const questions = createQuestionService(db, conferences, roster, directory, turns);
  const live = createLiveService(db, conferences, roster);
  const recordTurns = createRecordTurnService(db, conferences, roster, directory, turns);
  const replies = createWrittenReplyService(db, conferences, roster);
  const times = createConferenceTimeService(db, conferences);
  const undo = createUndoService(db);
  const searchIndex = createSearchIndexer(db);
  const undoResults = createUndoResults({ conferences, roster, questions, turns });
  const outletsOfConference = prepareOpaque<{ id: number }, OutletRow>(db,
    `SELECT DISTINCT o.* FROM outlets o WHERE o.id IN
       (SELECT outlet_id FROM questions WHERE conference_id = @id UNION SELECT outlet_id FROM turns WHERE conference_id = @id)`
  );
  const extensionsOf = prepareOpaque<[number], ExtensionRow>(db, 'SELECT * FROM extensions WHERE conference_id = ? ORDER BY id');

  function detail(id: number): ConferenceDetail {
    const conference = conferences.get(id);
    return {
      conference,
      participants: roster.listParticipants(id),
      segments: roster.listSegments(id),
      questions: questions.list(id),
      outlets: outletsOfConference.all({ id }).map(toOutlet),
      extensions: extensionsOf.all(id).map(toExtension),
      writtenReplies: replies.list(id),
      ...undo.state(id),
      serverNow: Date.now()
    };
  }

  const questionRow = prepareOpaque<[id: number, conferenceId: number], QuestionRow>(db, 'SELECT * FROM questions WHERE id = ? AND conference_id = ?');
  const segmentRow = prepareOpaque<[id: number, conferenceId: number], SegmentRow>(db, 'SELECT * FROM segments WHERE id = ? AND conference_id = ?');
  const extensionRow = prepareOpaque<[id: number, conferenceId: number], ExtensionRow>(db, 'SELECT * FROM extensions WHERE id = ? AND conference_id = ?');
  const outletRow = prepareOpaque<[number], OutletRow>(db, 'SELECT * FROM outlets WHERE id = ?');

  /** Rows of one conference by id, each read by its key: the cost is the rows asked for, not the conference's size. */
  function rowsOf<R, T>(statement: Statement<[id: number, conferenceId: number], R>, ids: readonly number[], conferenceId: number, to: (row: R) => T): T[] {
    const found: T[] = [];
    for (const id of new Set(ids)) {
      const row = statement.get(id, conferenceId);
      if (row) found.push(to(row));
    }
    return found;
  }

  function changedRows(input: { conferenceId: number; questionIds: number[]; segmentIds: number[]; extensionIds: number[] }): ConferenceRows {
    const { conferenceId } = input;
    const conference = conferences.get(conferenceId, 'conferenceId');
    const changedQuestions = rowsOf(questionRow, input.questionIds, conferenceId, toQuestion);
    const outletIds = changedQuestions.map((q) => q.outletId).filter((o): o is number => o !== null);
    return {
      conference,
      questions: changedQuestions,
      segments: rowsOf(segmentRow, input.segmentIds, conferenceId, toSegment),
      outlets: [...new Set(outletIds)].map((o) => outletRow.get(o)).filter((r) => r !== undefined).map(toOutlet),
      extensions: rowsOf(extensionRow, input.extensionIds, conferenceId, toExtension),
      ...undo.state(conferenceId),
      serverNow: Date.now()
    };
  }

  return {
    db,
    dataDir,
    directory,
    conferences,
    roster,
    turns,
    questions,
    live,
    recordTurns,
    replies,
    times,
    undo,
    undoResults,
    searchIndex,
    detail,
    changedRows
  };
}

export type Services = ReturnType<typeof createServices>;

/** The method table's handlers. Each runs inside the router's transaction. */
export function createHandlers(s: Services) {
  return {
    'app.info': () => ({ version: APP_VERSION, schemaVersion: SCHEMA_VERSION, dataDir: s.dataDir }),

    'person.list': (_ctx: CallContext, input) => s.directory.listPeople(input),
    'person.create': (ctx, input) => s.directory.createPerson(ctx, input),
    'person.update': (ctx, input) => s.directory.updatePerson(ctx, input),
    'outlet.list': (_ctx, input) => s.directory.listOutlets(input),
    'outlet.create': (ctx, input) => s.directory.createOutlet(ctx, input),
    'outlet.update': (ctx, input) => s.directory.updateOutlet(ctx, input),

    'conference.list': (_ctx, input) => s.conferences.list(input),
    'conference.get': (_ctx, input) => s.detail(input.id),
    'conference.rows': (_ctx, input) => s.changedRows(input),
    'conference.create': (ctx, input) => s.conferences.create(ctx, input),
    'conference.update': (ctx, input) => s.conferences.update(ctx, input),
    'conference.delete': (ctx, input) => s.conferences.delete(ctx, input.id),

    'participant.add': (ctx, input) => s.roster.addParticipant(ctx, input),
    'participant.update': (ctx, input) => s.roster.updateParticipant(ctx, input),
    'participant.remove': (ctx, input) => s.roster.removeParticipant(ctx, input.id),
    'participant.move': (ctx, input) => s.roster.moveParticipant(ctx, input),

    'segment.add': (ctx, input) => s.roster.addSegment(ctx, input),
    'segment.update': (ctx, input) => s.roster.updateSegment(ctx, input),
    'segment.remove': (ctx, input) => s.roster.removeSegment(ctx, input.id),
    'segment.move': (ctx, input) => s.roster.moveSegment(ctx, input),

    'live.start': (ctx, input) => s.live.start(ctx, input.conferenceId),
    'live.advance': (ctx, input) => s.live.advance(ctx, input.conferenceId),
    'live.goTo': (ctx, input) => s.live.goTo(ctx, input.id),
    'live.skip': (ctx, input) => s.live.skip(ctx, input.id),
    'live.extend': (ctx, input) => s.live.extend(ctx, input),
    'live.end': (ctx, input) => s.live.end(ctx, input.conferenceId),
    'live.undo': (ctx, input) => s.undoResults.result(input.conferenceId, s.undo.undo(ctx, input.conferenceId)),
    'live.redo': (ctx, input) => s.undoResults.result(input.conferenceId, s.undo.redo(ctx, input.conferenceId)),

    'question.list': (_ctx, input) => s.questions.list(input.conferenceId),
    'question.register': (ctx, input) => s.questions.register(ctx, input),
    'question.update': (ctx, input) => s.questions.update(ctx, input),
    'question.move': (ctx, input) => s.questions.move(ctx, input),
    'question.call': (ctx, input) => s.questions.call(ctx, input),
    'question.close': (ctx, input) => s.questions.close(ctx, input),
    'question.markLast': (ctx, input) => s.questions.markLast(ctx, input),

    'answer.record': (ctx, input) => s.questions.answer(ctx, input),
    'turn.list': (_ctx, input) => s.turns.list(input.conferenceId, input.ids),
    'turn.add': (ctx, input) => s.turns.add(ctx, input),
    'turn.update': (ctx, input) => s.turns.update(ctx, input),
    'turn.delete': (ctx, input) => s.turns.delete(ctx, input),
    'turn.history': (_ctx, input) => s.turns.history(input.id),

    'turn.interpret': (ctx, input) => s.recordTurns.interpret(ctx, input),
    'turn.remark': (ctx, input) => s.recordTurns.remark(ctx, input),
    'reply.record': (ctx, input) => s.replies.record(ctx, input),
    'reply.update': (ctx, input) => s.replies.update(ctx, input),
    'reply.remove': (ctx, input) => s.replies.remove(ctx, input),
    'reply.history': (_ctx, input) => s.replies.history(input.id),
    'reply.list': (_ctx, input) => s.replies.list(input.conferenceId),
    'conference.correctTimes': (ctx, input) => s.times.correct(ctx, input),
    'conference.timeHistory': (_ctx, input) => s.times.history(input.id),

    ...createExportHandlers(s),
    ...createArchiveHandlers(s),
    ...createStageHandlers(s)
  } satisfies Handlers;
}
