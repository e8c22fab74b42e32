import type { Migration } from '../migrate';

/**
 * The stage display: the messages the moderator puts on it (kept, not just the
 * current one, so reports can show what the room was told and when) and the
 * timing rules — a conference's defaults, a segment's own thresholds, a
 * question's own answer limit. Overrides live in their own tables, so that the
 * agenda and queue rows (and the undo snapshots of them) stay as they were.
 *
 * Numbered 003 although 004 was registered first: the runner applies versions
 * in order and skips those at or below user_version, so a development database
 * already at 4 would never get this one. No released database is at 4.
 */
export const migration003: Migration = {
  version: 3,
  name: 'stage',
  up: `
    CREATE TABLE stage_settings (
      conference_id INTEGER PRIMARY KEY REFERENCES conferences (id) ON DELETE CASCADE,
      warning_seconds INTEGER NOT NULL DEFAULT 120 CHECK (warning_seconds >= 0),
      overtime_grace_seconds INTEGER NOT NULL DEFAULT 0 CHECK (overtime_grace_seconds >= 0),
      answer_limit_seconds INTEGER NOT NULL DEFAULT 180 CHECK (answer_limit_seconds >= 0),
      answer_warning_seconds INTEGER NOT NULL DEFAULT 30 CHECK (answer_warning_seconds >= 0)
    );

    CREATE TABLE segment_timing (
      segment_id INTEGER PRIMARY KEY REFERENCES segments (id) ON DELETE CASCADE,
      warning_seconds INTEGER CHECK (warning_seconds IS NULL OR warning_seconds >= 0),
      overtime_grace_seconds INTEGER CHECK (overtime_grace_seconds IS NULL OR overtime_grace_seconds >= 0)
    );

    CREATE TABLE question_timing (
      question_id INTEGER PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
      answer_limit_seconds INTEGER NOT NULL CHECK (answer_limit_seconds >= 0)
    );

    CREATE TABLE stage_messages (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      preset TEXT CHECK (preset IS NULL OR preset IN ('last_question','two_more','be_brief','time_up')),
      text TEXT NOT NULL,
      flash INTEGER NOT NULL DEFAULT 0 CHECK (flash IN (0, 1)),
      shown_at INTEGER NOT NULL,
      cleared_at INTEGER
    );
    CREATE INDEX stage_messages_by_conference ON stage_messages (conference_id, id);
    -- one message on screen per conference at a time
    CREATE UNIQUE INDEX stage_messages_shown ON stage_messages (conference_id) WHERE cleared_at IS NULL;
  `
};
