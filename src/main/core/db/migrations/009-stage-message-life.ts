import type { Migration } from '../migrate';

/**
 * A stage message's life (issue 15, item 4): shown for a set time, or until
 * the agenda moves on. Both are stored as facts of the message (its expiry, the
 * segment it belongs to) and what the stage shows is derived from them and the
 * clock (messageEndOf in shared/stage.ts), so a restart shows the same thing.
 *
 * Nothing here refers to another migration's objects but stage_messages (003):
 * if the list must be renumbered, only `version` and the file name change.
 * segment_id has no foreign key: a deleted segment is never live again, so a
 * message tied to it is simply no longer shown, and no index is needed for it.
 */
export const migration009: Migration = {
  version: 9,
  name: 'stage-message-life',
  up: `
    ALTER TABLE stage_messages ADD COLUMN expires_at INTEGER CHECK (expires_at IS NULL OR expires_at > shown_at);
    ALTER TABLE stage_messages ADD COLUMN until_next_segment INTEGER NOT NULL DEFAULT 0 CHECK (until_next_segment IN (0, 1));
    ALTER TABLE stage_messages ADD COLUMN segment_id INTEGER;
  `
};
