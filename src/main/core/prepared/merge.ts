import type { Database } from 'better-sqlite3';
import type { Question } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { SimilarPair } from '../../../shared/prepared';
import type { CallContext } from '../context';
import { prepareOpaque } from '../db/opaque-bindings';
import type { ConferenceService } from '../services/conferences';
import type { DirectoryService } from '../services/directory';
import type { QuestionService } from '../services/questions';
import { similarPairs } from './similarity';

/**
 * Similar questions in the queue and their merging (issue 13, item 5). A merged
 * question leaves the queue as withdrawn with merged_into naming the kept one,
 * which is how the kept one lists who asked what (mergedFromOf in shared/prepared.ts).
 * Exports leave merged questions out: they were never asked aloud.
 */
export function createMergeService(db: Database, conferences: ConferenceService, directory: DirectoryService, questions: QuestionService) {
  // the waiting queue with each question's topic, from the prepared question it came from
  const waitingWithTopic = prepareOpaque<[number], { id: number; text: string; outletId: number | null; topic: string }>(
    db,
    `SELECT q.id, q.text, q.outlet_id AS outletId, COALESCE(p.topic, '') AS topic
     FROM questions q LEFT JOIN prepared_questions p ON p.id = q.prepared_id
     WHERE q.conference_id = ? AND q.status = 'waiting' ORDER BY q.position, q.id`
  );
  const mergedInto = prepareOpaque<[number], { id: number }>(db, 'SELECT id FROM questions WHERE merged_into = ? ORDER BY id');
  const setMerged = prepareOpaque<{ id: number; keepId: number; now: number }, never>(
    db,
    "UPDATE questions SET status = 'withdrawn', closed_at = @now, merged_into = @keepId WHERE id = @id"
  );
  const repoint = prepareOpaque<[keepId: number, id: number], never>(db, 'UPDATE questions SET merged_into = ? WHERE id = ?');

  function questionOf(conferenceId: number, id: number, field: string): Question {
    const question = questions.get(id, field);
    if (question.conferenceId !== conferenceId) fail('invalid_input', 'That question belongs to another conference.', { field });
    return question;
  }

  const outletName = (q: Question) => (q.outletId === null ? q.reporterName : directory.getOutlet(q.outletId).name);

  return {
    similar(conferenceId: number): SimilarPair[] {
      conferences.get(conferenceId, 'conferenceId');
      return similarPairs(waitingWithTopic.all(conferenceId));
    },

    merge(ctx: CallContext, input: In<'question.merge'>): Question {
      conferences.requireStatusOf(input.conferenceId, ['draft', 'live'], 'merge questions', 'conferenceId');
      if (input.keepId === input.mergeId) fail('invalid_input', 'A question cannot be merged into itself.', { field: 'mergeId' });
      const keep = questionOf(input.conferenceId, input.keepId, 'keepId');
      const merge = questionOf(input.conferenceId, input.mergeId, 'mergeId');
      if (merge.status !== 'waiting')
        fail('invalid_state', `Only a waiting question can be merged; that one is ${merge.status}.`, { field: 'mergeId' });
      if (keep.status !== 'waiting' && keep.status !== 'live') {
        fail('invalid_state', `A question can be merged only into a waiting or live one; that one is ${keep.status}.`, { field: 'keepId' });
      }
      ctx.touch('questions', merge.id, input.conferenceId);
      setMerged.run({ id: merge.id, keepId: keep.id, now: ctx.now() });
      // those merged into it before now belong to the kept one
      for (const { id } of mergedInto.all(merge.id)) {
        ctx.touch('questions', id, input.conferenceId);
        repoint.run(keep.id, id);
      }
      ctx.describe(input.conferenceId, 'question.merge', { merged: outletName(merge), outlet: outletName(keep) });
      return questions.get(keep.id);
    }
  };
}
