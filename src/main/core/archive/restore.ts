import type { Database } from 'better-sqlite3';
import { columnsOf, dataTables, openArchiveSource } from './archive-source';

const FTS_SHADOWS = ['search_fts_data', 'search_fts_idx', 'search_fts_docsize', 'search_fts_config'];

/**
 * Replaces every row of the open database with the rows of a backup, in ONE
 * immediate transaction on the router's own connection: any other call runs
 * before or after it, never in between, and a failure leaves everything as it was.
 *
 * Foreign keys are off for the copy (the backup is consistent in itself) and
 * triggers are dropped for it and recreated after it, so nothing fires on
 * copied rows (the search index, for one, is copied as it is in the backup
 * rather than rebuilt row by row). The database revision moves forward past
 * both the current one and the backup's, so every window sees the change as new.
 * Returns the new revision.
 */
export function restoreDatabase(db: Database, file: string): number {
  const source = openArchiveSource(file);
  db.prepare('ATTACH DATABASE ? AS restore_source').run(source.file);
  // The copy is of a consistent backup: with foreign keys on, every deleted parent row would
  // make SQLite look for children through columns that have no index (turns.participant_id…),
  // a scan of the turns per row. The pragma cannot change inside a transaction, so it is set around it.
  db.pragma('foreign_keys = OFF');
  try {
    return db.transaction(() => {
      const triggers = db.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'").all() as {
        name: string;
        sql: string;
      }[];
      for (const t of triggers) db.exec(`DROP TRIGGER main."${t.name}"`);

      const before = Number((db.prepare("SELECT value FROM main.meta WHERE key = 'revision'").get() as { value: string }).value);
      const theirs = new Set(dataTables(db, 'restore_source'));
      for (const table of dataTables(db, 'main')) {
        db.exec(`DELETE FROM main."${table}"`);
        if (!theirs.has(table)) continue;
        const shared = columnsOf(db, 'restore_source', table);
        const cols = columnsOf(db, 'main', table).filter((c) => shared.includes(c)).map((c) => `"${c}"`).join(', ');
        db.exec(`INSERT INTO main."${table}" (${cols}) SELECT ${cols} FROM restore_source."${table}"`);
      }
      // the index's own tables, written directly: FTS5 refuses that unless defensive mode is off for the moment
      db.unsafeMode(true);
      try {
        for (const shadow of FTS_SHADOWS) {
          db.exec(`DELETE FROM main."${shadow}"`);
          db.exec(`INSERT INTO main."${shadow}" SELECT * FROM restore_source."${shadow}"`);
        }
      } finally {
        db.unsafeMode(false);
      }

      for (const t of triggers) db.exec(t.sql);
      const restored = Number((db.prepare("SELECT value FROM main.meta WHERE key = 'revision'").get() as { value: string } | undefined)?.value ?? 0);
      const revision = Math.max(before, restored) + 1;
      db.prepare("INSERT OR REPLACE INTO main.meta (key, value) VALUES ('revision', ?)").run(String(revision));
      db.prepare('UPDATE main.conferences SET revision = ?').run(revision);
      return revision;
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
    db.exec('DETACH DATABASE restore_source');
    source.dispose();
  }
}
