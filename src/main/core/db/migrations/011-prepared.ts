import type { Migration } from '../migrate';

/**
 * Questions before the room (issue 13): prepared questions (报题), answer-point
 * cards (口径) linked to them, the log of cards sent to the spokespeople's desk,
 * and, on questions, where a question came from and what it was merged into.
 *
 * Whether a prepared question was asked is not stored on it: it is the question
 * whose prepared_id names it. So undoing prepared.ask (which deletes that
 * question) makes it open again without undo knowing the prepared table.
 * A merged question keeps status 'withdrawn' and gets merged_into: the CHECK on
 * questions.status cannot take a new value without rebuilding the table, and
 * dropping the old questions table inside a migration's transaction would run
 * the ON DELETE actions of turns and questions referring to it.
 *
 * card_fts indexes a card's words with the same trigram tokenizer as the
 * archive's search (002), kept in step by triggers: cards.match finds cards
 * sharing a question's trigrams. Cards are few; their writes are set-up edits.
 * Every foreign key has an index whose first column is it (see 005).
 */
export const migration011: Migration = {
  version: 11,
  name: 'prepared',
  up: `
    CREATE TABLE prepared_questions (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      outlet_id INTEGER REFERENCES outlets (id),
      reporter_name TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL,
      addressed_to_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
      topic TEXT NOT NULL DEFAULT '',
      dropped INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX prepared_by_conference ON prepared_questions (conference_id, position);
    CREATE INDEX prepared_by_outlet ON prepared_questions (outlet_id) WHERE outlet_id IS NOT NULL;
    CREATE INDEX prepared_by_addressee ON prepared_questions (addressed_to_id) WHERE addressed_to_id IS NOT NULL;

    CREATE TABLE answer_cards (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      participant_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
      topic TEXT NOT NULL DEFAULT '',
      title TEXT NOT NULL,
      points TEXT NOT NULL DEFAULT '',
      figures TEXT NOT NULL DEFAULT '',
      use_phrases TEXT NOT NULL DEFAULT '',
      avoid_phrases TEXT NOT NULL DEFAULT '',
      do_not_volunteer INTEGER NOT NULL DEFAULT 0 CHECK (do_not_volunteer IN (0, 1)),
      keywords TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX answer_cards_by_conference ON answer_cards (conference_id, position);
    CREATE INDEX answer_cards_by_participant ON answer_cards (participant_id) WHERE participant_id IS NOT NULL;

    CREATE TABLE card_links (
      card_id INTEGER NOT NULL REFERENCES answer_cards (id) ON DELETE CASCADE,
      prepared_id INTEGER NOT NULL REFERENCES prepared_questions (id) ON DELETE CASCADE,
      PRIMARY KEY (card_id, prepared_id)
    ) WITHOUT ROWID;
    CREATE INDEX card_links_by_prepared ON card_links (prepared_id);

    -- what the desk shows is the last row of its conference; cleared = a row without a card
    CREATE TABLE card_sends (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      card_id INTEGER REFERENCES answer_cards (id) ON DELETE SET NULL,
      question_id INTEGER REFERENCES questions (id) ON DELETE SET NULL,
      at INTEGER NOT NULL
    );
    CREATE INDEX card_sends_by_conference ON card_sends (conference_id, id);
    CREATE INDEX card_sends_by_card ON card_sends (card_id) WHERE card_id IS NOT NULL;
    CREATE INDEX card_sends_by_question ON card_sends (question_id) WHERE question_id IS NOT NULL;

    ALTER TABLE questions ADD COLUMN prepared_id INTEGER REFERENCES prepared_questions (id) ON DELETE SET NULL;
    ALTER TABLE questions ADD COLUMN merged_into INTEGER REFERENCES questions (id) ON DELETE SET NULL;
    CREATE INDEX questions_by_prepared ON questions (prepared_id) WHERE prepared_id IS NOT NULL;
    CREATE INDEX questions_by_merged_into ON questions (merged_into) WHERE merged_into IS NOT NULL;

    CREATE VIRTUAL TABLE card_fts USING fts5 (
      title, topic, points, figures, use_phrases, keywords, content = 'answer_cards', content_rowid = 'id', tokenize = 'trigram'
    );
    CREATE TRIGGER card_fts_ai AFTER INSERT ON answer_cards BEGIN
      INSERT INTO card_fts (rowid, title, topic, points, figures, use_phrases, keywords)
        VALUES (new.id, new.title, new.topic, new.points, new.figures, new.use_phrases, new.keywords);
    END;
    CREATE TRIGGER card_fts_ad AFTER DELETE ON answer_cards BEGIN
      INSERT INTO card_fts (card_fts, rowid, title, topic, points, figures, use_phrases, keywords)
        VALUES ('delete', old.id, old.title, old.topic, old.points, old.figures, old.use_phrases, old.keywords);
    END;
    CREATE TRIGGER card_fts_au AFTER UPDATE OF title, topic, points, figures, use_phrases, keywords ON answer_cards BEGIN
      INSERT INTO card_fts (card_fts, rowid, title, topic, points, figures, use_phrases, keywords)
        VALUES ('delete', old.id, old.title, old.topic, old.points, old.figures, old.use_phrases, old.keywords);
      INSERT INTO card_fts (rowid, title, topic, points, figures, use_phrases, keywords)
        VALUES (new.id, new.title, new.topic, new.points, new.figures, new.use_phrases, new.keywords);
    END;
  `
};
