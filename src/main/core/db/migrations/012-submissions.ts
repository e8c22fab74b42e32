import type { Migration } from '../migrate';

/**
 * Questions from the room (issue 13, item 4): what reporters send from their phones, waiting in moderation,
 * and whether a conference takes them at all (off unless the moderator opens it: submission_settings).
 *
 * device_hash is a hash of the phone's cookie (or address), never the cookie itself: it only lets the
 * server allow one waiting question per device. outlet_id is the directory's outlet of the typed name,
 * when there is one; the typed name is kept as written. A submission whose question is deleted with
 * its conference goes with it (conference_id cascades); question_id is set null if the question
 * alone disappears (an undone approval puts the submission back as it was, through undo).
 *
 * Refers only to conferences, outlets and questions (001): if the list must be renumbered, only
 * `version` and the file name change.
 */
export const migration012: Migration = {
  version: 12,
  name: 'submissions',
  up: `
    CREATE TABLE submissions (
      id INTEGER PRIMARY KEY,
      conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
      outlet_name TEXT NOT NULL,
      outlet_id INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
      reporter_name TEXT NOT NULL,
      text TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('zh', 'en')),
      device_hash TEXT,
      created_at INTEGER NOT NULL,
      status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'approved', 'merged', 'rejected')),
      question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL,
      reason TEXT NOT NULL DEFAULT '',
      decided_at INTEGER
    );
    -- the moderation board: a conference's submissions by status, oldest first
    CREATE INDEX submissions_by_conference ON submissions(conference_id, status, id);
    -- the one-waiting-question-per-device rule, checked on every submission
    CREATE INDEX submissions_waiting_by_device ON submissions(device_hash) WHERE status = 'waiting';
    -- the foreign keys' own lookups (a deleted outlet or question)
    CREATE INDEX submissions_by_outlet ON submissions(outlet_id) WHERE outlet_id IS NOT NULL;
    CREATE INDEX submissions_by_question ON submissions(question_id) WHERE question_id IS NOT NULL;

    CREATE TABLE submission_settings (
      conference_id INTEGER PRIMARY KEY REFERENCES conferences(id) ON DELETE CASCADE,
      accepting INTEGER NOT NULL CHECK (accepting IN (0, 1))
    );
  `
};
