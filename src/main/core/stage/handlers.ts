import type { stageMethods } from '../../../shared/methods-stage';
import type { Services } from '../services';
import type { Handlers } from '../router';
import { createAgendaTiming } from './agenda-timing';
import { createStageMessages } from './messages';
import { createStageSnapshot } from './snapshot';
import { createTimingReport } from './timing-report';
import { createTimingRules } from './timing-rules';
import type { StageReads } from './reads';

/** Handlers of the methods in src/shared/methods-stage.ts; statements are prepared once, here. */
export function createStageHandlers(s: Services): Pick<Handlers, keyof typeof stageMethods> {
  const messages = createStageMessages(s.db, s.conferences);
  const rules = createTimingRules(s.db, s.conferences, s.roster, s.questions);
  const agenda = createAgendaTiming(s.db);
  const reads: StageReads = { db: s.db, conferences: s.conferences, roster: s.roster, agenda, rules, messages };
  const snapshot = createStageSnapshot(reads);
  const report = createTimingReport(reads);

  return {
    'stage.get': (ctx, input) => snapshot(input.conferenceId, ctx.now()),
    'stage.timing': (ctx, input) => report(input.conferenceId, ctx.now()),
    'stage.message.set': (ctx, input) => messages.set(ctx, input),
    'stage.message.clear': (ctx, input) => messages.clear(ctx, input.conferenceId),
    'stage.settings.update': (ctx, input) => rules.updateSettings(ctx, input),
    'stage.segment.setTiming': (ctx, input) => rules.setSegmentTiming(ctx, input),
    'stage.question.setAnswerLimit': (ctx, input) => rules.setAnswerLimit(ctx, input)
  };
}
