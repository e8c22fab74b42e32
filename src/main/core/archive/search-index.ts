import type { Database } from 'better-sqlite3';
import { DOC_COLUMNS } from '../db/migrations/002-search';
import { prepareOpaque } from '../db/opaque-bindings';

/** How long after the last write the index catches up: long enough to batch a burst of live actions. */
export const CATCH_UP_DELAY_MS = 150;

/**
 * Keeps the search index in step with turns and questions. Live writes only
 * queue what they changed (migration 006); `catchUp` rebuilds the docs of every
 * queued turn and question from the source views, in one transaction with
 * emptying the queue. A doc is rebuilt, never patched, so it does not matter how
 * many writes queued it or in what order.
 */
export function createSearchIndexer(db: Database) {
  const queued = (kind: 'turn' | 'question') => `(SELECT ref_id FROM search_queue WHERE kind = '${kind}')`;
  const steps = [
    `DELETE FROM search_docs WHERE turn_id IN ${queued('turn')}`,
    `INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_turn_source
       WHERE turn_id IN ${queued('turn')} ORDER BY turn_id`,
    `DELETE FROM search_docs WHERE kind = 'question' AND question_id IN ${queued('question')}`,
    `INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_question_source
       WHERE question_id IN ${queued('question')} ORDER BY question_id`,
    'DELETE FROM search_queue'
  ].map((sql) => prepareOpaque<[], never>(db, sql));
  const pending = prepareOpaque<[], number>(db, 'SELECT COUNT(*) FROM search_queue').pluck();
  const rebuild = db.transaction(() => {
    const count = pending.get()!;
    if (count > 0) for (const step of steps) step.run();
    return count;
  });

  let timer: NodeJS.Timeout | null = null;

  return {
    /**
     * Indexes everything queued; answers how many entries it took. Inside a
     * transaction it joins it (a search sees its own catch-up); otherwise it is
     * its own durable write.
     */
    catchUp(): number {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      return db.inTransaction ? rebuild() : rebuild.immediate();
    },

    /** Catches up a little after the last of a burst of writes, off the path of the write itself. */
    schedule(): void {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        try {
          if (db.open && pending.get()! > 0) rebuild.immediate();
        } catch {
          // busy (a restore holds the file) or closing: the queue is durable, the next write or search tries again
        }
      }, CATCH_UP_DELAY_MS);
      timer.unref();
    },

    /** Stops a scheduled catch-up (the database is closing). */
    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = null;
    }
  };
}
