import type { Migration } from '../migrate';

/**
 * Redactions: spans of a turn's text kept out of the public transcript.
 * Offsets are JavaScript string indices (UTF-16 code units), end exclusive;
 * the quote keeps the text the span held, so a later correction cannot move it silently.
 */
export const migration004: Migration = {
  version: 4,
  name: 'redactions',
  up: `
    CREATE TABLE redactions (
      id INTEGER PRIMARY KEY,
      turn_id INTEGER NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
      start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
      end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
      quote TEXT NOT NULL,
      reason TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL
    );
    CREATE INDEX redactions_by_turn ON redactions (turn_id);
  `
};
