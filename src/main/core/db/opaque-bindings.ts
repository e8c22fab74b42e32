import type { Database } from 'better-sqlite3';

/**
 * A quoted string or identifier (left alone), or a comparison or LIMIT whose
 * right side is a bound parameter: `= ?`, `IS @id`, `LIMIT ?`.
 */
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|(==|=|<>|!=|<=|>=|<|>|\bIS(?:\s+NOT)?|\bLIMIT|\bOFFSET)(\s*)(\?\d*|[@:$][A-Za-z_]\w*)/gi;

/**
 * Writes every bound parameter that the query planner would look at as `+param`.
 *
 * Why: SQLite marks a statement for re-preparing when its plan looked at a bound
 * value (its row-count guesses for `col = ?` and `LIMIT ?` do), and
 * `sqlite3_clear_bindings` then expires it. better-sqlite3 clears the bindings
 * after every run, so each such statement was compiled again on every call:
 * 20–30 µs each, most of a live write's CPU. The unary plus makes the value opaque
 * to the planner; it changes no result (a parameter has no affinity or collation
 * either way) and indexes are still used, since the plus is on the value, not the column.
 */
export function withOpaqueBindings(sql: string): string {
  return sql.replace(TOKEN, (token, operator?: string, space?: string, parameter?: string) =>
    operator === undefined ? token : `${operator}${space}+${parameter}`
  );
}

/**
 * Prepares `sql` on `db` with withOpaqueBindings, typed by what it binds and the row it reads:
 * `P` is the tuple of positional values, or the one object of named ones; `R` is a row of
 * `.get()` / `.all()` / `.iterate()` (a write that reads no row leaves it `never`). Left out, they
 * say the statement binds nothing and reads nothing, so an untyped statement cannot be called with values.
 *
 * Every statement a service keeps for its calls is prepared through this, once, where the
 * service is created; `db.prepare` itself is left as better-sqlite3 made it, so a one-off
 * statement (a migration, a look at another file) is plainly what it says.
 */
export function prepareOpaque<P extends unknown[] | object = [], R = never>(db: Database, sql: string) {
  return db.prepare<P, R>(withOpaqueBindings(sql));
}
