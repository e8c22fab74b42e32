import type { submissionMethods } from '../../../shared/methods-submission';
import type { Handlers } from '../router';
import type { Services } from '../services';
import { createSubmissionReport } from './report';
import { createSubmissionService } from './service';
import { submissionLinksOf } from './share-links';

/** Handlers of the methods in src/shared/methods-submission.ts; statements are prepared once, here. */
export function createSubmissionHandlers(s: Services): Pick<Handlers, keyof typeof submissionMethods> {
  const submissions = createSubmissionService(s.db, s);
  const report = createSubmissionReport(s.db);
  return {
    'submission.context': (_ctx, input) => submissions.context(input.conferenceId),
    'submission.create': (ctx, input) => submissions.create(ctx, input),
    'submission.list': (_ctx, input) => submissions.board(input.conferenceId),
    'submission.links': () => submissionLinksOf(s.db),
    'submission.accept': (ctx, input) => submissions.accept(ctx, input),
    'submission.approve': (ctx, input) => submissions.approve(ctx, input),
    'submission.merge': (ctx, input) => submissions.merge(ctx, input),
    'submission.reject': (ctx, input) => submissions.reject(ctx, input),
    'report.submissions': (_ctx, input) => {
      s.conferences.get(input.conferenceId, 'conferenceId');
      return report(input.conferenceId);
    }
  };
}
