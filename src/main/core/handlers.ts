import type { CallContext } from './context';
import type { Handlers } from './router';
import type { Services } from './services';
import { createArchiveHandlers } from './archive/handlers';
import { createAudioHandlers } from './audio/handlers';
import { createExportHandlers } from './exports/handlers';
import { createPreparedHandlers } from './prepared/handlers';
import { createStageHandlers } from './stage/handlers';
import { createSubmissionHandlers } from './submissions/handlers';
import { APP_VERSION } from './app-version';
import { SCHEMA_VERSION } from './db/migrate';

/** The method table's handlers: each hands its input to a service. Each runs inside the router's transaction. */
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
    'live.end': (ctx, input) => {
      const ended = s.live.end(ctx, input.conferenceId);
      s.audio.endOpen(ctx, input.conferenceId); // the recording stops with the conference, even if its window died
      return ended;
    },
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
    ...createStageHandlers(s),
    ...createAudioHandlers(s),
    ...createPreparedHandlers(s),
    ...createSubmissionHandlers(s)
  } satisfies Handlers;
}
