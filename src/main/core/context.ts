import type { Database, Statement } from 'better-sqlite3';
import type { ChangedRows, Topic } from '../../shared/events';
import type { Row } from './db/rows';
import { prepareOpaque } from './db/opaque-bindings';

/** The tables a live action may change, and so the tables undo restores. */
export const TRACKED_TABLES = ['conferences', 'segments', 'questions', 'turns', 'extensions', 'submissions'] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];

export interface RowChange {
  table: TrackedTable;
  id: number;
  before: Row | null;
  after: Row | null;
}

export interface PendingEvent {
  topic: Topic;
  conferenceId: number | null;
  ids: number[];
  /**
   * the ids by table, when every changed row of the event is known by its
   * table (see ChangeEvent.rows); null once a row was named without one
   */
  rows?: ChangedRows | null;
}

export const TOPIC_OF: Record<TrackedTable, Topic> = {
  conferences: 'conference',
  segments: 'conference',
  questions: 'conference',
  turns: 'turns',
  extensions: 'conference',
  submissions: 'submissions'
};

/** Columns a live action never changes; left out of undo snapshots because they can be large. */
const UNTRACKED_COLUMNS: Partial<Record<TrackedTable, string>> = { segments: 'prepared_text' };

/** Reads one row of a tracked table, with statements prepared once per database. */
export class RowReader {
  private readonly statements = new Map<TrackedTable, Statement<[number], Row>>();

  constructor(private readonly db: Database) {}

  read(table: TrackedTable, id: number): Row | null {
    let statement = this.statements.get(table);
    if (!statement) {
      statement = prepareOpaque<[number], Row>(this.db, `SELECT * FROM ${table} WHERE id = ?`);
      this.statements.set(table, statement);
    }
    const row = statement.get(id);
    return row ? RowReader.tracked(table, row) : null;
  }

  /** The row as undo keeps it: without the columns a live action never changes. Changes `row`. */
  static tracked(table: TrackedTable, row: Row): Row {
    const untracked = UNTRACKED_COLUMNS[table];
    if (untracked) delete row[untracked];
    return row;
  }
}

/**
 * What one call did, collected while its transaction runs: the rows a live
 * action changed (for undo) and the topics it touched (for change events).
 */
export class CallContext {
  readonly events: PendingEvent[] = [];
  private readonly changes = new Map<string, RowChange>();
  label: { conferenceId: number; label: string; args: Record<string, string> } | null = null;

  constructor(
    private readonly rows: RowReader,
    readonly now: () => number,
    readonly actor: string = '',
    /** a hash that tells one phone from another (server/device.ts); null when the caller is not a phone */
    readonly device: string | null = null
  ) {}

  private select(table: TrackedTable, id: number): Row | null {
    return this.rows.read(table, id);
  }

  /**
   * Call before changing a row; remembers it as it was. A caller that has just
   * read the whole row (`SELECT *`) passes it, so it is not read again.
   */
  touch(table: TrackedTable, id: number, conferenceId: number | null, current?: Row): void {
    const key = `${table}:${id}`;
    if (!this.changes.has(key)) {
      const before = current ? RowReader.tracked(table, { ...current }) : this.select(table, id);
      this.changes.set(key, { table, id, before, after: null });
    }
    this.emit(TOPIC_OF[table], conferenceId, id, table);
  }

  /** Call after inserting a row. */
  created(table: TrackedTable, id: number, conferenceId: number | null): void {
    const key = `${table}:${id}`;
    if (!this.changes.has(key)) this.changes.set(key, { table, id, before: null, after: null });
    this.emit(TOPIC_OF[table], conferenceId, id, table);
  }

  /**
   * Publishes a change of the topic after the commit. `table` names the table
   * of the row `id`, so a window can fetch just that row; a row named without
   * it leaves the event's rows unknown, and windows refetch the whole topic.
   */
  emit(topic: Topic, conferenceId: number | null, id?: number, table?: TrackedTable): void {
    let event = this.events.find((e) => e.topic === topic && e.conferenceId === conferenceId);
    if (!event) {
      event = { topic, conferenceId, ids: [], rows: {} };
      this.events.push(event);
    }
    if (id === undefined) return;
    if (!event.ids.includes(id)) event.ids.push(id);
    if (!table) event.rows = null;
    else if (event.rows) {
      const ids = (event.rows[table] ??= []);
      if (!ids.includes(id)) ids.push(id);
    }
  }

  /** Names the live action for the undo menu ("Undo: call 大众网"). */
  describe(conferenceId: number, label: string, args: Record<string, string> = {}): void {
    this.label = { conferenceId, label, args };
  }

  /** The changed rows with their state after the call, in the order they were first touched. */
  finishChanges(): RowChange[] {
    return [...this.changes.values()].map((change) => ({ ...change, after: this.select(change.table, change.id) }));
  }
}
