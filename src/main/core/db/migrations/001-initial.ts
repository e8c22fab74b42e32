import type { Migration } from '../migrate';

/** The directory, conferences, roster, agenda, queue, turns, their history, and the undo log. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE people (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      honorific TEXT NOT NULL DEFAULT '',
      position TEXT NOT NULL DEFAULT '',
      organisation TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      UNIQUE (name, organisation)
    );

    CREATE TABLE outlets (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      category TEXT NOT NULL CHECK (category IN ('central','provincial','local','hmt','foreign','online')),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );

    CREATE TABLE conferences (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      topic TEXT NOT NULL DEFAULT '',
      organiser TEXT NOT NULL DEFAULT '',
      venue TEXT NOT NULL DEFAULT '',
      scheduled_start INTEGER,
      planned_seconds INTEGER NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('zh','en')),
      header_source TEXT NOT NULL DEFAULT '',
      header_author TEXT NOT NULL DEFAULT '',
      header_published_at TEXT NOT NULL DEFAULT '',
      header_credits TEXT NOT NULL DEFAULT '',
      header_lead TEXT NOT NULL DEFAULT '',
      editing_standard TEXT NOT NULL DEFAULT 'edited' CHECK (editing_standard IN ('verbatim','edited')),
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','live','ended')),
      started_at INTEGER,
      ended_at INTEGER,
      last_question_id INTEGER,
      revision INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX conferences_by_start ON conferences (scheduled_start);

    CREATE TABLE participants (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      person_id INTEGER NOT NULL REFERENCES people (id),
      role TEXT NOT NULL CHECK (role IN ('host','spokesperson','interpreter')),
      position INTEGER NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      label TEXT NOT NULL DEFAULT '',
      UNIQUE (conference_id, person_id)
    );
    CREATE INDEX participants_by_conference ON participants (conference_id, position);

    CREATE TABLE segments (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('opening','introduction','statement','qa','closing','custom')),
      title TEXT NOT NULL DEFAULT '',
      speaker_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
      planned_seconds INTEGER NOT NULL DEFAULT 0,
      extended_seconds INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','live','done','skipped')),
      started_at INTEGER,
      ended_at INTEGER,
      elapsed_before_ms INTEGER NOT NULL DEFAULT 0,
      prepared_text TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX segments_by_conference ON segments (conference_id, position);
    CREATE INDEX segments_by_status ON segments (conference_id, status, position);

    CREATE TABLE questions (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      outlet_id INTEGER REFERENCES outlets (id),
      reporter_name TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL DEFAULT '',
      addressed_to_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
      status TEXT NOT NULL DEFAULT 'waiting'
        CHECK (status IN ('waiting','live','answered','withdrawn','not_reached','written_reply')),
      follow_up_of INTEGER REFERENCES questions (id) ON DELETE SET NULL,
      registered_at INTEGER NOT NULL,
      asked_at INTEGER,
      closed_at INTEGER,
      segment_id INTEGER REFERENCES segments (id) ON DELETE SET NULL
    );
    CREATE INDEX questions_by_conference ON questions (conference_id, position);
    CREATE INDEX questions_by_status ON questions (conference_id, status, position);
    CREATE INDEX questions_by_outlet ON questions (outlet_id);

    CREATE TABLE turns (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      seq REAL NOT NULL,
      segment_id INTEGER REFERENCES segments (id) ON DELETE SET NULL,
      question_id INTEGER REFERENCES questions (id) ON DELETE SET NULL,
      speaker_kind TEXT NOT NULL CHECK (speaker_kind IN ('participant','reporter','note')),
      participant_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
      outlet_id INTEGER REFERENCES outlets (id),
      reporter_name TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL,
      started_at INTEGER NOT NULL,
      ended_at INTEGER,
      edited_at INTEGER,
      deleted_at INTEGER
    );
    CREATE INDEX turns_by_conference ON turns (conference_id, seq);
    CREATE INDEX turns_by_question ON turns (question_id);

    CREATE TABLE turn_history (
      id INTEGER PRIMARY KEY,
      turn_id INTEGER NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('correction','alteration','deletion')),
      text_before TEXT NOT NULL,
      text_after TEXT NOT NULL,
      editor TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      at INTEGER NOT NULL
    );
    CREATE INDEX turn_history_by_turn ON turn_history (turn_id);

    CREATE TABLE extensions (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      segment_id INTEGER REFERENCES segments (id) ON DELETE SET NULL,
      seconds INTEGER NOT NULL,
      at INTEGER NOT NULL
    );
    CREATE INDEX extensions_by_conference ON extensions (conference_id);

    -- One row per live action: the rows it changed before and after, so it can be undone and redone.
    CREATE TABLE live_actions (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      label TEXT NOT NULL,
      args TEXT NOT NULL DEFAULT '{}',
      changes TEXT NOT NULL,
      undone INTEGER NOT NULL DEFAULT 0,
      at INTEGER NOT NULL
    );
    CREATE INDEX live_actions_by_conference ON live_actions (conference_id, undone, id);

    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    INSERT INTO meta (key, value) VALUES ('revision', '0');
  `
};
