import type { LiveActionInfo, RestoredRows, Segment, UndoResult } from '../../../shared/domain';
import type { ConferenceService } from './conferences';
import type { QuestionService } from './questions';
import type { RosterService } from './roster';
import type { TurnService } from './turns';
import type { RestoredRef } from './undo';

interface Readers {
  conferences: ConferenceService;
  roster: RosterService;
  questions: QuestionService;
  turns: TurnService;
}

/** The rows of `ids` as they are now, and the ids of those that are gone. */
function presentAndGone<T>(ids: number[], find: (id: number) => T | null): [T[], number[]] {
  const present: T[] = [];
  const gone: number[] = [];
  for (const id of ids) {
    const row = find(id);
    if (row) present.push(row);
    else gone.push(id);
  }
  return [present, gone];
}

/**
 * Turns the rows an undo or redo wrote into what the console draws: the answer
 * to `live.undo` carries them, so the moderator sees the result without the
 * window refetching the whole conference first.
 */
export function createUndoResults(readers: Readers) {
  function restoredRows(conferenceId: number, refs: RestoredRef[]): RestoredRows {
    const ids = (table: RestoredRef['table']) => [...new Set(refs.filter((r) => r.table === table).map((r) => r.id))];
    const [questions, removedQuestionIds] = presentAndGone(ids('questions'), readers.questions.find);
    const [turns, removedTurnIds] = presentAndGone(ids('turns'), readers.turns.find);
    // a segment is never created or deleted by a live action, only changed
    const segments: Segment[] = ids('segments').map((id) => readers.roster.getSegment(id));
    const conference = ids('conferences').includes(conferenceId) ? readers.conferences.get(conferenceId) : null;
    return { conferenceId, conference, segments, questions, removedQuestionIds, turns, removedTurnIds };
  }

  return {
    result(conferenceId: number, done: { info: LiveActionInfo; restored: RestoredRef[] }): UndoResult {
      return { ...done.info, restored: restoredRows(conferenceId, done.restored) };
    }
  };
}
