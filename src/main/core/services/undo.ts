import type { Database, Statement } from 'better-sqlite3';
import type { LiveActionInfo } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import { RowReader, TOPIC_OF, type CallContext, type TrackedTable } from '../context';
import type { Row } from '../db/rows';
import { asLeft, compact, sameRow, VOLATILE, type StoredChange } from './undo-snapshots';
import { prepareOpaque } from '../db/opaque-bindings';

/** A row an undo or redo wrote. */
export interface RestoredRef {
  table: TrackedTable;
  id: number;
}

interface ActionRow {
  id: number;
  conference_id: number;
  label: string;
  args: string;
  changes: string;
  undone: number;
  at: number;
}

function info(row: ActionRow | undefined): LiveActionInfo | null {
  if (!row) return null;
  return { id: row.id, label: row.label, args: JSON.parse(row.args) as Record<string, string>, at: row.at };
}

/**
 * Undo and redo of live actions. Each action stores the rows it changed, before
 * and after; undo puts back the "before" rows, redo the "after" rows. Either is
 * refused if a row has been changed since by something else, so nothing is overwritten.
 */
export function createUndoService(db: Database) {
  const insert = prepareOpaque<{ conferenceId: number; label: string; args: string; changes: string; at: number }, never>(
    db,
    `INSERT INTO live_actions (conference_id, label, args, changes, undone, at)
     VALUES (@conferenceId, @label, @args, @changes, 0, @at)`
  );
  const dropRedo = prepareOpaque<[number], never>(db, 'DELETE FROM live_actions WHERE conference_id = ? AND undone = 1');
  const lastDone = prepareOpaque<[number], ActionRow>(
    db,
    'SELECT * FROM live_actions WHERE conference_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1'
  );
  const firstUndone = prepareOpaque<[number], ActionRow>(
    db,
    'SELECT * FROM live_actions WHERE conference_id = ? AND undone = 1 ORDER BY id ASC LIMIT 1'
  );
  const setUndone = prepareOpaque<[undone: 0 | 1, id: number], never>(db, 'UPDATE live_actions SET undone = ? WHERE id = ?');
  const setChanges = prepareOpaque<[changes: string, id: number], never>(db, 'UPDATE live_actions SET changes = ? WHERE id = ?');
  const conferenceExists = prepareOpaque<[number], 1>(db, 'SELECT 1 FROM conferences WHERE id = ?');

  /** An empty history of a conference that does not exist is an unknown id, not "nothing to undo". */
  function nothingTo(direction: 'undo' | 'redo', conferenceId: number): never {
    if (!conferenceExists.get(conferenceId)) {
      fail('not_found', `No conference with id ${conferenceId}.`, { field: 'conferenceId' });
    }
    fail('invalid_state', `There is nothing to ${direction}.`, { field: 'conferenceId' });
  }
  const rows = new RowReader(db);
  const statements = new Map<string, Statement<unknown[], never>>();

  /** Statements built from a table's columns, prepared once and reused. */
  function statement(sql: string): Statement<unknown[], never> {
    let prepared = statements.get(sql);
    if (!prepared) statements.set(sql, (prepared = prepareOpaque<unknown[], never>(db, sql)));
    return prepared;
  }

  function current(table: TrackedTable, id: number): Row | null {
    return rows.read(table, id);
  }

  function write(table: TrackedTable, id: number, row: Row | null): void {
    if (!row) {
      statement(`DELETE FROM ${table} WHERE id = ?`).run(id);
      return;
    }
    const columns = Object.keys(row).filter((c) => !VOLATILE.has(c));
    if (current(table, id)) {
      // an update's snapshot holds only the columns it changed, not the id
      const sets = columns.filter((c) => c !== 'id').map((c) => `${c} = @${c}`);
      statement(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = @id`).run({ ...pick(row, columns), id });
    } else {
      statement(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`).run(pick(row, columns));
    }
  }

  function pick(row: Row, columns: string[]): Row {
    return Object.fromEntries(columns.map((c) => [c, row[c]]));
  }

  /**
   * The rows put back may name rows edited outside undo since (a participant removed from the roster):
   * SQLite's foreign keys catch that, and it is a conflict the moderator can read, not an internal error.
   * The router's transaction rolls back whatever was written before it.
   */
  function writeOrRefuse(action: ActionRow, direction: 'undo' | 'redo', change: StoredChange, target: Row | null): void {
    try {
      write(change.table, change.id, target);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error;
      fail('conflict', `Cannot ${direction} "${action.label}": a row it names was removed since.`, { table: change.table, id: change.id });
    }
  }

  /** Puts back one side of the action; answers the rows it wrote, in the order written. */
  function apply(ctx: CallContext, action: ActionRow, direction: 'undo' | 'redo'): RestoredRef[] {
    const changes = JSON.parse(action.changes) as StoredChange[];
    const ordered = direction === 'undo' ? [...changes].reverse() : changes;
    for (const change of ordered) {
      const now = current(change.table, change.id);
      if (direction === 'undo' ? !asLeft(change, now) : !sameRow(change.before, now)) {
        fail('conflict', `Cannot ${direction} "${action.label}": the record has been changed since.`, {
          table: change.table,
          id: change.id
        });
      }
    }
    let stored = false;
    for (const change of ordered) {
      if (direction === 'undo' && change.afterDigest !== undefined) {
        // the row this action created goes now; keep it whole for the redo
        change.after = current(change.table, change.id);
        delete change.afterDigest;
        stored = true;
      }
      const target = direction === 'undo' ? change.before : change.after;
      if (direction === 'redo' && !change.before && !change.after) {
        fail('internal', `The history of "${action.label}" lacks the row to put back.`);
      }
      ctx.emit(TOPIC_OF[change.table], action.conference_id, change.id, change.table);
      writeOrRefuse(action, direction, change, target);
    }
    if (stored) setChanges.run(JSON.stringify(changes), action.id);
    setUndone.run(direction === 'undo' ? 1 : 0, action.id);
    return ordered.map((change) => ({ table: change.table, id: change.id }));
  }

  return {
    /** Called by the router after a live method's handler, inside its transaction. */
    record(ctx: CallContext): void {
      if (!ctx.label) return;
      const changes = ctx
        .finishChanges()
        .map(compact)
        .filter((c): c is StoredChange => c !== null);
      if (changes.length === 0) return;
      dropRedo.run(ctx.label.conferenceId);
      insert.run({
        conferenceId: ctx.label.conferenceId,
        label: ctx.label.label,
        args: JSON.stringify(ctx.label.args),
        changes: JSON.stringify(changes),
        at: ctx.now()
      });
    },

    undo(ctx: CallContext, conferenceId: number): { info: LiveActionInfo; restored: RestoredRef[] } {
      const action = lastDone.get(conferenceId);
      if (!action) nothingTo('undo', conferenceId);
      return { restored: apply(ctx, action, 'undo'), info: info(action)! };
    },

    redo(ctx: CallContext, conferenceId: number): { info: LiveActionInfo; restored: RestoredRef[] } {
      const action = firstUndone.get(conferenceId);
      if (!action) nothingTo('redo', conferenceId);
      return { restored: apply(ctx, action, 'redo'), info: info(action)! };
    },

    state(conferenceId: number): { undo: LiveActionInfo | null; redo: LiveActionInfo | null } {
      return {
        undo: info(lastDone.get(conferenceId)),
        redo: info(firstUndone.get(conferenceId))
      };
    }
  };
}

export type UndoService = ReturnType<typeof createUndoService>;
