import Database from 'better-sqlite3';
import path from 'node:path';
import { DB_FILE } from '../../src/main/core/db/connection';

/**
 * Makes a running conference look as if it had started `ms` earlier, as a
 * console reopened after that long would find it: every stored stamp of the
 * conference moves back together. (The server's clock is the real one, and a
 * test must not wait minutes for a timer to have something to show.)
 * A second connection to the database, which WAL allows beside the server's.
 */
export function moveStampsBack(dataDir: string, conferenceId: number, ms: number): void {
  const db = new Database(path.join(dataDir, DB_FILE));
  try {
    db.pragma('busy_timeout = 5000');
    const p = { id: conferenceId, ms };
    db.transaction(() => {
      db.prepare('UPDATE conferences SET started_at = started_at - @ms WHERE id = @id').run(p);
      db.prepare('UPDATE segments SET started_at = started_at - @ms, ended_at = ended_at - @ms WHERE conference_id = @id').run(p);
      db.prepare('UPDATE turns SET started_at = started_at - @ms, ended_at = ended_at - @ms WHERE conference_id = @id').run(p);
      db.prepare(
        'UPDATE questions SET registered_at = registered_at - @ms, asked_at = asked_at - @ms, closed_at = closed_at - @ms WHERE conference_id = @id'
      ).run(p);
    })();
  } finally {
    db.close();
  }
}
