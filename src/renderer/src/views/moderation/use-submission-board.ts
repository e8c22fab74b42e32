import { useState } from 'react';
import type { Topic } from '../../../../shared/events';
import type { SubmissionBoard } from '../../../../shared/submission';
import { useRead } from '../../store/reads';

/**
 * A new submission or a decision makes the board stale; a change of the queue does too (the similar
 * questions), but only while something waits: an empty board is not read again on every live action.
 */
const BOARD_TOPICS: readonly Topic[] = ['submissions'];
const BOARD_AND_QUEUE_TOPICS: readonly Topic[] = ['submissions', 'conference'];

/**
 * The conference's moderation board, kept current. Every reader of one conference shares one read
 * (the same method and input), and asks it the same way, so none changes what the others get.
 */
export function useSubmissionBoard(conferenceId: number): SubmissionBoard | null {
  const [anyWaiting, setAnyWaiting] = useState(false);
  const topics = anyWaiting ? BOARD_AND_QUEUE_TOPICS : BOARD_TOPICS;
  const { data: board } = useRead('submission.list', { conferenceId }, { topics, conferenceId, marksReady: false });
  if ((board !== null && board.waiting.length > 0) !== anyWaiting) setAnyWaiting(!anyWaiting);
  return board;
}
