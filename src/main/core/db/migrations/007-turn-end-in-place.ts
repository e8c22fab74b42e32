import type { Migration } from '../migrate';

/**
 * Ending a turn rewrites only the bytes that change.
 *
 * A live turn used to be stored with `ended_at` NULL, and the call or answer
 * that follows it set the time. That makes the row longer, and SQLite then
 * writes the whole row anew: for an answer of a few hundred characters, which
 * runs over a 1 KiB page, its overflow pages are freed and written again, four
 * to six more pages in the next live write's fsync.
 *
 * Now an open turn is `is_open = 1` with `ended_at` holding its start: a
 * number of the same width as the end that replaces it, so ending the turn
 * leaves the row's length as it was, and SQLite overwrites it in place.
 * `toTurn` (db/rows.ts) still answers `endedAt: null` for an open turn.
 */
export const migration007: Migration = {
  version: 7,
  name: 'turn-end-in-place',
  up: `
    ALTER TABLE turns ADD COLUMN is_open INTEGER NOT NULL DEFAULT 0 CHECK (is_open IN (0, 1));
    UPDATE turns SET is_open = 1, ended_at = started_at WHERE ended_at IS NULL;
  `
};
