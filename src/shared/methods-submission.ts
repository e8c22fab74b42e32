// Questions from the room: the reporters' phone page and the moderator's panel.
import type { Question } from './domain';
import { method, updates } from './method-spec';
import { submissionInputs } from './schemas-submission';
import {
  SUBMISSIONS_PER_DEVICE_PER_MINUTE,
  type Submission,
  type SubmissionBoard,
  type SubmissionContext,
  type SubmissionLinks,
  type SubmissionReceipt,
  type SubmissionReport
} from './submission';

export const submissionMethods = {
  'submission.context': method<SubmissionContext>()(
    submissionInputs.context,
    'read',
    'What the submission page may know: the conference’s title, its language and whether it takes questions now.',
    { roles: ['submit'] }
  ),
  'submission.create': method<SubmissionReceipt>()(
    submissionInputs.create,
    'write',
    'Send a question from a phone: it waits in moderation. One waiting question per device; a few a minute at most.',
    { roles: ['submit'], perDevicePerMinute: SUBMISSIONS_PER_DEVICE_PER_MINUTE }
  ),
  'submission.list': method<SubmissionBoard>()(
    submissionInputs.board,
    'read',
    'The moderation board: whether the room may submit, the waiting submissions with similar queued questions, the decided ones.',
    { operatorOnly: true }
  ),
  'submission.links': method<SubmissionLinks>()(
    submissionInputs.links,
    'read',
    'The addresses (with the submit token) at which phones on the network open the submission page, or why there are none.',
    { operatorOnly: true }
  ),
  'submission.accept': method<SubmissionBoard>()(submissionInputs.accept, 'write', 'Open or close the conference to questions from the room.'),
  'submission.approve': method<Question>()(
    submissionInputs.approve,
    'live',
    'Put a waiting submission in the question queue as a registered question, with the moderator’s corrections.',
    updates('question', true)
  ),
  'submission.merge': method<Submission>()(
    submissionInputs.merge,
    'live',
    'Join a waiting submission to a queued question that asks the same: it is kept as asked by that reporter too.'
  ),
  'report.submissions': method<SubmissionReport>()(
    submissionInputs.board,
    'read',
    'Questions from the room by outlet: submitted, approved, merged, rejected, called; and the outlets that submitted but were never called.',
    { operatorOnly: true }
  ),
  'submission.reject': method<Submission>()(submissionInputs.reject, 'live', 'Turn a waiting submission down, with a reason for the record.')
} as const;
