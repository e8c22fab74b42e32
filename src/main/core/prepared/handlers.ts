import type { preparedMethods } from '../../../shared/methods-prepared';
import { createPreparedReport } from '../archive/reports-prepared';
import type { Handlers } from '../router';
import type { Services } from '../services';
import { createAgendaTiming } from '../stage/agenda-timing';
import { createStageMessages } from '../stage/messages';
import { createStageSnapshot } from '../stage/snapshot';
import { createTimingRules } from '../stage/timing-rules';
import { createCardMatcher } from './card-match';
import { createCardService } from './cards';
import { createDesk } from './desk';
import { createPreparedImport } from './import';
import { createMergeService } from './merge';
import { createPreparedService } from './prepared-questions';

/** Handlers of the methods in src/shared/methods-prepared.ts; statements are prepared once, here. */
export function createPreparedHandlers(s: Services): Pick<Handlers, keyof typeof preparedMethods> {
  const prepared = createPreparedService(s.db, s.conferences, s.roster, s.directory, s.questions);
  const cards = createCardService(s.db, s.conferences, s.roster, prepared);
  const match = createCardMatcher(s.db, s.questions, prepared, cards);
  const importer = createPreparedImport(s.db, s.conferences, s.directory, prepared, cards);
  const merges = createMergeService(s.db, s.conferences, s.directory, s.questions);
  // the desk shows the segment and the live question as the stage does, timing included
  const messages = createStageMessages(s.db, s.conferences);
  const rules = createTimingRules(s.db, s.conferences, s.roster, s.questions);
  const snapshot = createStageSnapshot({ db: s.db, conferences: s.conferences, roster: s.roster, agenda: createAgendaTiming(s.db), rules, messages });
  const desk = createDesk(s.db, s.conferences, cards, snapshot);
  const report = createPreparedReport(s.db, s.conferences);

  return {
    'prepared.list': (_ctx, input) => prepared.list(input.conferenceId),
    'prepared.forOutlet': (_ctx, input) => prepared.forOutlet(input),
    'prepared.create': (ctx, input) => prepared.create(ctx, input),
    'prepared.update': (ctx, input) => prepared.update(ctx, input),
    'prepared.remove': (ctx, input) => prepared.remove(ctx, input.id),
    'prepared.move': (ctx, input) => prepared.move(ctx, input),
    'prepared.ask': (ctx, input) => prepared.ask(ctx, input),
    'prepared.importPreview': (_ctx, input) => importer.preview(input),
    'prepared.importConfirm': (ctx, input) => importer.confirm(ctx, input),

    'cards.list': (_ctx, input) => cards.list(input.conferenceId),
    'cards.create': (ctx, input) => cards.create(ctx, input),
    'cards.update': (ctx, input) => cards.update(ctx, input),
    'cards.remove': (ctx, input) => cards.remove(ctx, input.id),
    'cards.link': (ctx, input) => cards.link(ctx, input),
    'cards.unlink': (ctx, input) => cards.unlink(ctx, input),
    'cards.match': (_ctx, input) => match(input),
    'cards.send': (ctx, input) => desk.send(ctx, input),
    'cards.sends': (_ctx, input) => desk.sends(input.conferenceId),

    'desk.get': (ctx, input) => desk.get(input.conferenceId, ctx.now()),

    'question.similar': (_ctx, input) => merges.similar(input.conferenceId),
    'question.merge': (ctx, input) => merges.merge(ctx, input),

    'report.prepared': (_ctx, input) => report.report(input.conferenceId),
    'report.preparedCsv': (_ctx, input) => report.csv(input)
  };
}
