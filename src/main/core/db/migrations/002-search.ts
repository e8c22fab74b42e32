import type { Migration } from '../migrate';

/**
 * What search indexes: the text with every whitespace character removed, so a
 * phrase that runs across a line break (or across the spaces some Chinese texts
 * put between phrases) is still found. The query is normalised the same way in
 * src/main/core/archive/search-text.ts; keep the two in step.
 */
const strip = (expr: string) =>
  `replace(replace(replace(replace(replace(replace(${expr}, ' ', ''), char(10), ''), char(13), ''), char(9), ''), char(12288), ''), char(160), '')`;

/**
 * Two U+0001 after every indexed text: then each occurrence of a one- or
 * two-character string starts some trigram, even at the very end or in a
 * two-character name, so short queries can find their trigrams by prefix in
 * search_vocab (see search.ts). Control characters never reach stored text or a query.
 */
const PAD = 'char(1, 1)';

/** A random RFC 4122 version-4 UUID, in SQL. */
const UUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
  || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/** Columns of search_docs that the source views fill, in order. */
export const DOC_COLUMNS = 'kind, turn_id, question_id, conference_id, person_id, outlet_id, speaker, body';

/** The search triggers, kept apart so a restore can drop and recreate them around a bulk copy. */
export const SEARCH_TRIGGERS = `
    CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
      INSERT INTO search_fts (rowid, speaker, body) VALUES (new.id, new.speaker, new.body);
    END;
    CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
      INSERT INTO search_fts (search_fts, rowid, speaker, body) VALUES ('delete', old.id, old.speaker, old.body);
    END;
    CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
      INSERT INTO search_fts (search_fts, rowid, speaker, body) VALUES ('delete', old.id, old.speaker, old.body);
      INSERT INTO search_fts (rowid, speaker, body) VALUES (new.id, new.speaker, new.body);
    END;

    -- A question asked aloud is found through its turn; its own doc exists only while no turn asks it.
    CREATE TRIGGER search_turns_ai AFTER INSERT ON turns BEGIN
      INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_turn_source WHERE turn_id = new.id;
      DELETE FROM search_docs WHERE kind = 'question' AND question_id IN (new.question_id);
      INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_question_source WHERE question_id IN (new.question_id);
    END;
    CREATE TRIGGER search_turns_au AFTER UPDATE OF text, deleted_at, speaker_kind, participant_id, outlet_id, reporter_name,
      question_id, conference_id ON turns BEGIN
      DELETE FROM search_docs WHERE turn_id = old.id;
      INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_turn_source WHERE turn_id = new.id;
      DELETE FROM search_docs WHERE kind = 'question' AND question_id IN (old.question_id, new.question_id);
      INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_question_source WHERE question_id IN (old.question_id, new.question_id);
    END;
    CREATE TRIGGER search_turns_ad AFTER DELETE ON turns BEGIN
      DELETE FROM search_docs WHERE turn_id = old.id;
      DELETE FROM search_docs WHERE kind = 'question' AND question_id IN (old.question_id);
      INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_question_source WHERE question_id IN (old.question_id);
    END;

    CREATE TRIGGER search_questions_ai AFTER INSERT ON questions BEGIN
      INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_question_source WHERE question_id = new.id;
    END;
    CREATE TRIGGER search_questions_au AFTER UPDATE OF text, outlet_id, reporter_name, conference_id ON questions BEGIN
      DELETE FROM search_docs WHERE kind = 'question' AND question_id = old.id;
      INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_question_source WHERE question_id = new.id;
      -- answers are found by the outlet that asked
      UPDATE search_docs SET outlet_id = new.outlet_id
        WHERE kind = 'turn' AND question_id = new.id AND outlet_id IS NOT new.outlet_id
          AND turn_id IN (SELECT id FROM turns WHERE question_id = new.id AND outlet_id IS NULL);
    END;
    CREATE TRIGGER search_questions_ad AFTER DELETE ON questions BEGIN
      DELETE FROM search_docs WHERE kind = 'question' AND question_id = old.id;
    END;

    -- a renamed speaker is found under the new name
    CREATE TRIGGER search_participants_au AFTER UPDATE OF label, person_id ON participants BEGIN
      DELETE FROM search_docs WHERE turn_id IN
        (SELECT id FROM turns WHERE conference_id = new.conference_id AND participant_id = new.id);
      INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_turn_source
        WHERE conference_id = new.conference_id AND participant_id = new.id;
    END;
    CREATE TRIGGER search_people_au AFTER UPDATE OF name ON people BEGIN
      UPDATE search_docs SET speaker = (SELECT s.speaker FROM search_turn_source s WHERE s.turn_id = search_docs.turn_id)
        WHERE person_id = new.id AND kind = 'turn';
    END;
    CREATE TRIGGER search_outlets_au AFTER UPDATE OF name ON outlets BEGIN
      UPDATE search_docs SET speaker = COALESCE(
          (SELECT s.speaker FROM search_turn_source s WHERE s.turn_id = search_docs.turn_id),
          (SELECT s.speaker FROM search_question_source s WHERE search_docs.kind = 'question' AND s.question_id = search_docs.question_id),
          speaker)
        WHERE outlet_id = new.id AND person_id IS NULL;
    END;
`;

/**
 * Full-text search over turns and questions, a stable key for conferences
 * (used to merge an imported archive without duplicates), and an index on the
 * date a conference is listed and sorted by.
 */
export const migration002: Migration = {
  version: 2,
  name: 'search',
  up: `
    -- A conference keeps its uid across backups, exports and imports. Rows from before this
    -- migration get one derived from what they hold, so two copies of the same old archive agree.
    ALTER TABLE conferences ADD COLUMN uid TEXT;
    UPDATE conferences SET uid = 'legacy-' || created_at || '-' || length(title) || '-' || lower(hex(substr(title, 1, 8)));
    CREATE UNIQUE INDEX conferences_by_uid ON conferences (uid);
    CREATE TRIGGER conferences_uid AFTER INSERT ON conferences WHEN new.uid IS NULL BEGIN
      UPDATE conferences SET uid = ${UUID} WHERE id = new.id;
    END;
    CREATE INDEX conferences_by_date ON conferences (COALESCE(started_at, scheduled_start, created_at));

    -- What each turn contributes to search: who spoke (label and name, or outlet and reporter) and the text.
    CREATE VIEW search_turn_source AS
      SELECT 'turn' AS kind, t.id AS turn_id, t.question_id, t.conference_id, t.participant_id, p.person_id,
        COALESCE(t.outlet_id, q.outlet_id) AS outlet_id,
        ${strip(`CASE t.speaker_kind
          WHEN 'participant' THEN CASE WHEN p.label = pe.name THEN pe.name ELSE COALESCE(p.label, '') || ' ' || COALESCE(pe.name, '') END
          WHEN 'reporter' THEN COALESCE(o.name, '') || ' ' || t.reporter_name
          ELSE '' END`)} || ${PAD} AS speaker,
        ${strip('t.text')} || ${PAD} AS body
      FROM turns t
      LEFT JOIN participants p ON p.id = t.participant_id
      LEFT JOIN people pe ON pe.id = p.person_id
      LEFT JOIN outlets o ON o.id = t.outlet_id
      LEFT JOIN questions q ON q.id = t.question_id
      WHERE t.deleted_at IS NULL;

    -- A question's own text, while no turn asks it: found even when never asked aloud (left for a written reply).
    CREATE VIEW search_question_source AS
      SELECT 'question' AS kind, NULL AS turn_id, q.id AS question_id, q.conference_id, NULL AS person_id, q.outlet_id,
        ${strip(`COALESCE(o.name, '') || ' ' || q.reporter_name`)} || ${PAD} AS speaker,
        ${strip('q.text')} || ${PAD} AS body
      FROM questions q LEFT JOIN outlets o ON o.id = q.outlet_id
      WHERE trim(q.text) <> '' AND NOT EXISTS
        (SELECT 1 FROM turns t WHERE t.question_id = q.id AND t.speaker_kind = 'reporter' AND t.deleted_at IS NULL);

    CREATE TABLE search_docs (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('turn', 'question')),
      turn_id INTEGER UNIQUE,
      question_id INTEGER,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      person_id INTEGER,
      outlet_id INTEGER,
      speaker TEXT NOT NULL,
      body TEXT NOT NULL
    );
    CREATE INDEX search_docs_by_conference ON search_docs (conference_id);
    CREATE INDEX search_docs_by_question ON search_docs (question_id);
    CREATE INDEX search_docs_by_person ON search_docs (person_id);
    CREATE INDEX search_docs_by_outlet ON search_docs (outlet_id);

    -- trigram: substrings of 3+ characters in any script; case-insensitive.
    CREATE VIRTUAL TABLE search_fts USING fts5 (
      speaker, body, content = 'search_docs', content_rowid = 'id', tokenize = 'trigram'
    );

    -- the index's terms (trigrams) and how many docs hold each: short queries look up their trigrams by prefix
    CREATE VIRTUAL TABLE search_vocab USING fts5vocab (search_fts, row);

    ${SEARCH_TRIGGERS}

    INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_turn_source;
    INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${DOC_COLUMNS} FROM search_question_source;
  `
};
