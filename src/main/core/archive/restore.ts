import { runWorker } from './online-backup';

/**
 * The copy of a restore, run in a worker thread on a connection of its own, so
 * the event loop of the app (and every window) never waits for it.
 *
 * In ONE immediate transaction it replaces every row of the live database with
 * the rows of the backup (already at this version's schema): any call of the
 * router runs before or after it, never in between, and a failure leaves
 * everything as it was. Foreign keys are off for the copy (the backup is
 * consistent in itself, and checking each deleted parent row would scan the
 * turns through columns that have no index); triggers are dropped for it and
 * recreated after, so nothing fires on copied rows; the full-text indexes' own
 * tables (the archive's search, and the cards' of migration 011) are copied as
 * they are in the backup rather than rebuilt row by row.
 * The revision moves past both the current one and the backup's, so every
 * window sees the change as new.
 *
 * Plain JavaScript in a string: the worker runs it as it is, with no bundling.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const FTS_SHADOWS = ['search_fts', 'card_fts'].flatMap((fts) => ['_data', '_idx', '_docsize', '_config'].map((part) => fts + part));
let db;
try {
  db = new Database(workerData.target);
  // A new connection to a WAL database commits with synchronous=NORMAL in this build of
  // SQLite: the restore would be confirmed before it is on disk. FULL, as every Rostrum write.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = OFF');
  db.prepare('ATTACH DATABASE ? AS restore_source').run(workerData.source);
  const tables = (schema) => db.prepare(
    "SELECT name FROM " + schema + ".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\\\_%' ESCAPE '\\\\' " +
    "AND name NOT LIKE 'search\\\\_fts%' ESCAPE '\\\\' AND name NOT LIKE 'card\\\\_fts%' ESCAPE '\\\\' " +
    "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage"
  ).all().map((r) => r.name);
  const columns = (schema, table) => db.prepare('SELECT name FROM pragma_table_info(?, ?)').all(table, schema).map((r) => r.name);
  const revisionOf = (schema) => Number((db.prepare("SELECT value FROM " + schema + ".meta WHERE key = 'revision'").get() || { value: 0 }).value);
  const revision = db.transaction(() => {
    const triggers = db.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'").all();
    for (const t of triggers) db.exec('DROP TRIGGER main."' + t.name + '"');
    const before = revisionOf('main');
    const theirs = new Set(tables('restore_source'));
    for (const table of tables('main')) {
      db.exec('DELETE FROM main."' + table + '"');
      if (!theirs.has(table)) continue;
      const shared = columns('restore_source', table);
      const cols = columns('main', table).filter((c) => shared.includes(c)).map((c) => '"' + c + '"').join(', ');
      db.exec('INSERT INTO main."' + table + '" (' + cols + ') SELECT ' + cols + ' FROM restore_source."' + table + '"');
    }
    // FTS5 lets its own tables be written only with defensive mode off
    db.unsafeMode(true);
    for (const shadow of FTS_SHADOWS) {
      db.exec('DELETE FROM main."' + shadow + '"');
      db.exec('INSERT INTO main."' + shadow + '" SELECT * FROM restore_source."' + shadow + '"');
    }
    db.unsafeMode(false);
    for (const t of triggers) db.exec(t.sql);
    const next = Math.max(before, revisionOf('main')) + 1;
    db.prepare("INSERT OR REPLACE INTO main.meta (key, value) VALUES ('revision', ?)").run(String(next));
    db.prepare('UPDATE main.conferences SET revision = ?').run(next);
    return next;
  }).immediate();
  db.exec('DETACH DATABASE restore_source');
  db.close();
  parentPort.postMessage({ ok: true, revision });
} catch (error) {
  try { if (db && db.open) db.close(); } catch {}
  parentPort.postMessage({ ok: false, message: error && error.message ? error.message : String(error) });
}
`;

/** Replaces the rows of the database file `target` with those of `source`; resolves with the new revision. */
export async function restoreInWorker(target: string, source: string): Promise<number> {
  const answer = await runWorker(WORKER_SOURCE, { target, source });
  return answer.revision as number;
}
