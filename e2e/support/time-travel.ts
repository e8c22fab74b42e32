import Database from 'better-sqlite3';
import path from 'node:path';
import { DB_FILE } from '../../src/main/core/db/connection';

/**
 * Stored stamps rewritten, as a console reopened later would find them: the
 * server's clock is the real one, and a test must not wait minutes for a timer
 * to have something to show. A second connection to the database, which WAL
 * allows beside the server's; the console is (re)loaded afterwards.
 */
function withDatabase(dataDir: string, work: (db: Database.Database) => void): void {
  const db = new Database(path.join(dataDir, DB_FILE));
  try {
    db.pragma('busy_timeout = 5000');
    db.transaction(() => work(db))();
  } finally {
    db.close();
  }
}

/** Makes a conference look as if everything in it had happened `ms` earlier. */
export function moveStampsBack(dataDir: string, conferenceId: number, ms: number): void {
  withDatabase(dataDir, (db) => {
    const p = { id: conferenceId, ms };
    db.prepare('UPDATE conferences SET started_at = started_at - @ms, ended_at = ended_at - @ms WHERE id = @id').run(p);
    db.prepare('UPDATE segments SET started_at = started_at - @ms, ended_at = ended_at - @ms WHERE conference_id = @id').run(p);
    db.prepare('UPDATE turns SET started_at = started_at - @ms, ended_at = ended_at - @ms WHERE conference_id = @id').run(p);
    db.prepare(
      'UPDATE questions SET registered_at = registered_at - @ms, asked_at = asked_at - @ms, closed_at = closed_at - @ms WHERE conference_id = @id'
    ).run(p);
  });
}

interface TurnRow {
  id: number;
  segment_id: number | null;
  question_id: number | null;
  len: number;
}

/**
 * Re-stamps a conference seeded in an instant as if it had been spoken: each
 * turn takes the time to say it (about four characters a second, as the export
 * engineer's fixture builder reckons), segments span their turns, questions are
 * asked and closed with their turns, and the last turn ends at `endAt`.
 * For screenshots that look like a real morning, not a conference run in 50 ms.
 */
export function restampAsSpoken(dataDir: string, conferenceId: number, endAt: number): void {
  withDatabase(dataDir, (db) => {
    const turns = db
      .prepare('SELECT id, segment_id, question_id, length(text) AS len FROM turns WHERE conference_id = ? AND deleted_at IS NULL ORDER BY seq')
      .all(conferenceId) as TurnRow[];
    const GAP = 3000;
    let t = 0;
    const spans = turns.map((turn) => {
      const start = t;
      t += Math.max(5, Math.round(turn.len / 4)) * 1000;
      const span = { ...turn, start, end: t };
      t += GAP;
      return span;
    });
    const shift = endAt - (t - GAP);
    const setTurn = db.prepare('UPDATE turns SET started_at = ?, ended_at = ? WHERE id = ?');
    for (const s of spans) setTurn.run(s.start + shift, s.end + shift, s.id);

    const segments = db.prepare('SELECT id, started_at, ended_at FROM segments WHERE conference_id = ? ORDER BY position').all(conferenceId) as {
      id: number;
      started_at: number | null;
      ended_at: number | null;
    }[];
    const run = segments.filter((s) => s.started_at !== null);
    const firstOf = (id: number) => spans.find((s) => s.segment_id === id);
    const starts = run.map((s, i) => (firstOf(s.id)?.start ?? (i === 0 ? 0 : t)) + shift);
    const setSegment = db.prepare('UPDATE segments SET started_at = ?, ended_at = ? WHERE id = ?');
    run.forEach((s, i) => {
      const end = s.ended_at === null ? null : (starts[i + 1] ?? endAt);
      setSegment.run(starts[i], end, s.id);
    });
    db.prepare('UPDATE conferences SET started_at = ?, ended_at = CASE WHEN ended_at IS NULL THEN NULL ELSE ? END WHERE id = ?').run(
      starts[0] ?? endAt,
      endAt,
      conferenceId
    );

    const questions = db.prepare('SELECT id, asked_at, closed_at FROM questions WHERE conference_id = ? ORDER BY id').all(conferenceId) as {
      id: number;
      asked_at: number | null;
      closed_at: number | null;
    }[];
    const qaStart = starts[run.findIndex((s) => spans.some((x) => x.segment_id === s.id && x.question_id !== null))] ?? endAt;
    const setQuestion = db.prepare('UPDATE questions SET registered_at = ?, asked_at = ?, closed_at = ? WHERE id = ?');
    questions.forEach((q, i) => {
      const own = spans.filter((s) => s.question_id === q.id);
      const asked = q.asked_at === null ? null : (own[0]?.start ?? 0) + shift;
      const registered = Math.min(qaStart + (i + 1) * 20_000, asked ?? endAt);
      const closed = q.closed_at === null ? null : (own.at(-1)?.end ?? 0) + shift;
      setQuestion.run(registered, asked, closed, q.id);
    });
  });
}
