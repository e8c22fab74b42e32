import type { Migration } from '../migrate';

/** Names of what migration 002 made the turn and question triggers do in the write itself. */
const TRIGGERS_REPLACED = [
  'search_turns_ai',
  'search_turns_au',
  'search_turns_ad',
  'search_questions_ai',
  'search_questions_au',
  'search_questions_ad'
];

/** Foreign-key indexes (migration 005) whose key is usually NULL: [index, table, column]. */
const PARTIAL_FOREIGN_KEY_INDEXES = [
  ['questions_by_follow_up', 'questions', 'follow_up_of'],
  ['questions_by_addressee', 'questions', 'addressed_to_id'],
  ['questions_by_segment', 'questions', 'segment_id'],
  ['questions_by_outlet', 'questions', 'outlet_id'],
  ['turns_by_question', 'turns', 'question_id'],
  ['turns_by_outlet', 'turns', 'outlet_id'],
  ['turns_by_participant', 'turns', 'participant_id'],
  ['turns_by_segment', 'turns', 'segment_id']
] as const;

/**
 * Fewer pages per live write, because every page a write dirties is written and
 * fsynced before the moderator sees it confirmed (see bench/core.ts).
 *
 * - Search: a turn or question written live only puts its id on `search_queue`
 *   (one small page); search.ts's indexer brings `search_docs` and the trigram
 *   index up to date after the write, and always before a search. The queue is
 *   written in the same transaction as the change, so a crash loses no entry.
 *   Renames of people, outlets and participants still update the index at once:
 *   they are set-up edits, not live ones.
 * - Indexes on a foreign key that is usually NULL become partial, so a row
 *   without that key touches no page of the index. SQLite still uses them for
 *   the foreign-key checks, because `key = ?` implies `key IS NOT NULL`.
 * - The status index of questions keeps only the open ones (waiting or live):
 *   the queue is read from it, and a closed question leaves it for good. The
 *   status index of segments goes: a conference has a few dozen segments at most,
 *   and every advance moved two entries in it.
 */
export const migration006: Migration = {
  version: 6,
  name: 'lean-writes',
  up: `
    DROP INDEX questions_by_status;
    CREATE INDEX questions_open ON questions (conference_id, status, position) WHERE status = 'waiting' OR status = 'live';
    DROP INDEX segments_by_status;

    ${PARTIAL_FOREIGN_KEY_INDEXES.map(
      ([name, table, column]) => `DROP INDEX ${name};\n    CREATE INDEX ${name} ON ${table} (${column}) WHERE ${column} IS NOT NULL;`
    ).join('\n    ')}

    CREATE TABLE search_queue (
      kind TEXT NOT NULL CHECK (kind IN ('turn', 'question')),
      ref_id INTEGER NOT NULL,
      PRIMARY KEY (kind, ref_id)
    ) WITHOUT ROWID;

    ${TRIGGERS_REPLACED.map((name) => `DROP TRIGGER ${name};`).join('\n    ')}

    CREATE TRIGGER search_turns_ai AFTER INSERT ON turns BEGIN
      INSERT OR IGNORE INTO search_queue (kind, ref_id) VALUES ('turn', new.id);
      INSERT OR IGNORE INTO search_queue (kind, ref_id) SELECT 'question', new.question_id WHERE new.question_id IS NOT NULL;
    END;
    CREATE TRIGGER search_turns_au AFTER UPDATE OF text, deleted_at, speaker_kind, participant_id, outlet_id, reporter_name,
      question_id, conference_id ON turns BEGIN
      INSERT OR IGNORE INTO search_queue (kind, ref_id) VALUES ('turn', new.id);
      INSERT OR IGNORE INTO search_queue (kind, ref_id)
        SELECT 'question', q FROM (SELECT old.question_id AS q UNION SELECT new.question_id) WHERE q IS NOT NULL;
    END;
    CREATE TRIGGER search_turns_ad AFTER DELETE ON turns BEGIN
      INSERT OR IGNORE INTO search_queue (kind, ref_id) VALUES ('turn', old.id);
      INSERT OR IGNORE INTO search_queue (kind, ref_id) SELECT 'question', old.question_id WHERE old.question_id IS NOT NULL;
    END;
    CREATE TRIGGER search_questions_ai AFTER INSERT ON questions BEGIN
      INSERT OR IGNORE INTO search_queue (kind, ref_id) VALUES ('question', new.id);
    END;
    CREATE TRIGGER search_questions_au AFTER UPDATE OF text, outlet_id, reporter_name, conference_id ON questions BEGIN
      INSERT OR IGNORE INTO search_queue (kind, ref_id) VALUES ('question', new.id);
      -- answers are found by the outlet that asked
      INSERT OR IGNORE INTO search_queue (kind, ref_id)
        SELECT 'turn', id FROM turns WHERE question_id = new.id AND old.outlet_id IS NOT new.outlet_id;
    END;
    CREATE TRIGGER search_questions_ad AFTER DELETE ON questions BEGIN
      INSERT OR IGNORE INTO search_queue (kind, ref_id) VALUES ('question', old.id);
    END;
  `
};
