import type { Migration } from '../migrate';

/**
 * The published record for conferences of every shape (issue #11).
 *
 * - conferences.time_zone: the IANA zone every export and report prints times in.
 *   A conference made before it is given the zone its exports printed in until
 *   now (Asia/Shanghai for zh, UTC for en), so an old record prints as it did.
 * - conferences.ground_rules, embargo_until: printed in the exports' header; an
 *   export before the embargo needs confirmation and is marked.
 * - turns.interprets_turn_id: the turn this one interprets.
 * - written_replies: replies to questions closed as written_reply (会后书面答复);
 *   conference_id is kept on the row so an archive import copies them with the conference.
 *   A reply removed is only marked deleted, so its history keeps what it said.
 * - written_reply_history: each correction, alteration or removal of a reply, with what it was and became.
 * - conference_time_history: corrections of the actual start and end after the event.
 */
export const migration008: Migration = {
  version: 8,
  name: 'published-record',
  up: `
    ALTER TABLE conferences ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
    UPDATE conferences SET time_zone = CASE language WHEN 'zh' THEN 'Asia/Shanghai' ELSE 'UTC' END;
    ALTER TABLE conferences ADD COLUMN ground_rules TEXT
      CHECK (ground_rules IN ('on_the_record', 'on_background', 'off_the_record'));
    ALTER TABLE conferences ADD COLUMN embargo_until INTEGER;

    ALTER TABLE turns ADD COLUMN interprets_turn_id INTEGER REFERENCES turns (id);
    CREATE INDEX turns_by_interpreted ON turns (interprets_turn_id) WHERE interprets_turn_id IS NOT NULL;

    CREATE TABLE written_replies (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
      participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      replied_on TEXT NOT NULL CHECK (replied_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      deleted_at INTEGER
    );
    CREATE INDEX written_replies_by_conference ON written_replies (conference_id);
    CREATE INDEX written_replies_by_question ON written_replies (question_id);
    CREATE INDEX written_replies_by_participant ON written_replies (participant_id);

    CREATE TABLE written_reply_history (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      reply_id INTEGER NOT NULL REFERENCES written_replies (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('correction', 'alteration', 'deletion')),
      text_before TEXT NOT NULL,
      text_after TEXT NOT NULL,
      participant_before INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
      participant_after INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
      replied_on_before TEXT NOT NULL,
      replied_on_after TEXT NOT NULL,
      editor TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      at INTEGER NOT NULL
    );
    CREATE INDEX written_reply_history_by_conference ON written_reply_history (conference_id);
    CREATE INDEX written_reply_history_by_reply ON written_reply_history (reply_id);
    CREATE INDEX written_reply_history_by_participant_before ON written_reply_history (participant_before);
    CREATE INDEX written_reply_history_by_participant_after ON written_reply_history (participant_after);

    CREATE TABLE conference_time_history (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      field TEXT NOT NULL CHECK (field IN ('started_at', 'ended_at')),
      kind TEXT NOT NULL CHECK (kind IN ('correction', 'alteration')),
      before_value INTEGER,
      after_value INTEGER NOT NULL,
      editor TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      at INTEGER NOT NULL
    );
    CREATE INDEX conference_time_history_by_conference ON conference_time_history (conference_id);
  `
};
