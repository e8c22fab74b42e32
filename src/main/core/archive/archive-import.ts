import type { Database, Statement } from 'better-sqlite3';
import { columnsOf, dataTables } from './archive-source';
import { prepareOpaque } from '../db/opaque-bindings';

/** The schema name another archive is attached under while it is merged in. */
export const SOURCE = 'import_source';

type Row = Record<string, unknown>;
type IdMap = Map<number, number>;

/** Which table an id column points into, by the column's name (the schema's naming is consistent). */
const REFERENCES: Record<string, string> = {
  conference_id: 'conferences',
  person_id: 'people',
  outlet_id: 'outlets',
  participant_id: 'participants',
  addressed_to_id: 'participants',
  speaker_id: 'participants',
  segment_id: 'segments',
  question_id: 'questions',
  follow_up_of: 'questions',
  last_question_id: 'questions',
  turn_id: 'turns',
  interprets_turn_id: 'turns',
  reply_id: 'written_replies',
  participant_before: 'participants',
  participant_after: 'participants',
  prepared_id: 'prepared_questions',
  merged_into: 'questions',
  card_id: 'answer_cards'
};

/** Copied in this order, parents first. The undo log is not carried (its rows name ids of the other file). */
const ORDERED = ['participants', 'segments', 'questions', 'turns', 'turn_history', 'extensions'];
const NOT_COPIED = new Set(['conferences', 'people', 'outlets', 'live_actions', 'meta', 'search_docs', ...ORDERED]);

export interface SourceConference {
  id: number;
  uid: string;
  title: string;
}

export interface ImportedConference {
  id: number;
  createdPeople: number;
  createdOutlets: number;
  /** the recording's segments copied, by their id in the source and here, with the length each acknowledged */
  recordings: { from: number; to: number; bytes: number }[];
}

/** The table of a recording's segments, whose rows name files: only those whose audio comes along are copied. */
const RECORDINGS = 'audio_segments';

/**
 * Merges conferences of an attached archive (schema SOURCE, already at this
 * version's schema) into the main database, one conference per call so each
 * runs in its own short transaction. People are matched by name and
 * organisation, outlets by name; what is missing is added to the directory.
 * Tables added by later migrations that hang off a conference or a turn are
 * copied too, their id columns mapped by name.
 */
export function createArchiveImporter(db: Database) {
  // Whole rows of any table, copied column by column: statements built from the tables' columns, kept by their SQL.
  const statements = new Map<string, Statement<unknown[], Row>>();
  const prepared = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) statements.set(sql, (stmt = prepareOpaque<unknown[], Row>(db, sql)));
    return stmt;
  };
  const personByKey = prepareOpaque<[name: unknown, organisation: unknown], { id: number }>(
    db,
    'SELECT id FROM main.people WHERE name = ? AND organisation = ?'
  );
  const outletByName = prepareOpaque<[name: unknown], { id: number }>(db, 'SELECT id FROM main.outlets WHERE name = ?');
  const columns = new Map<string, string[]>();
  function sharedColumns(table: string): string[] {
    let cols = columns.get(table);
    if (!cols) {
      const theirs = columnsOf(db, SOURCE, table);
      cols = columnsOf(db, 'main', table).filter((c) => c !== 'id' && theirs.includes(c));
      columns.set(table, cols);
    }
    return cols;
  }

  function insert(table: string, row: Row, maps: Map<string, IdMap>, override: Row = {}): number {
    const cols = sharedColumns(table);
    const values = cols.map((c) => {
      if (c in override) return override[c];
      const target = REFERENCES[c];
      const value = row[c];
      if (!target || value === null || value === undefined) return value ?? null;
      return maps.get(target)?.get(value as number) ?? null;
    });
    const sql = `INSERT INTO main."${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    return Number(prepared(sql).run(...values).lastInsertRowid);
  }

  function matchPerson(row: Row, created: { people: number }): number {
    const found = personByKey.get(row.name, row.organisation);
    if (found) return found.id;
    created.people++;
    return insert('people', row, new Map());
  }

  function matchOutlet(row: Row, created: { outlets: number }): number {
    const found = outletByName.get(row.name);
    if (found) return found.id;
    created.outlets++;
    return insert('outlets', row, new Map());
  }

  return {
    /** The conferences of the source that this archive does not hold yet, oldest first. */
    missing(): SourceConference[] {
      return prepareOpaque<[], SourceConference>(
        db,
        `SELECT s.id, s.uid, s.title FROM ${SOURCE}.conferences s
         WHERE NOT EXISTS (SELECT 1 FROM main.conferences c WHERE c.uid = s.uid) ORDER BY s.id`
      ).all();
    },

    present(): SourceConference[] {
      return prepareOpaque<[], SourceConference>(
        db,
        `SELECT s.id, s.uid, s.title FROM ${SOURCE}.conferences s WHERE EXISTS (SELECT 1 FROM main.conferences c WHERE c.uid = s.uid)`
      ).all();
    },

    /**
     * Copies one conference with everything that hangs off it, in one transaction.
     * A segment of its recording is copied only if `hasAudio` says its file comes
     * too (an archive without audio brings a record without a recording).
     */
    importOne(sourceId: number, hasAudio: (segment: { id: number; bytes: number }) => boolean = () => false): ImportedConference {
      return db
        .transaction(() => {
          const created = { people: 0, outlets: 0 };
          const recordings: ImportedConference['recordings'] = [];
          const maps = new Map<string, IdMap>(Object.values(REFERENCES).map((t) => [t, new Map()]));
          const conference = prepared(`SELECT * FROM ${SOURCE}.conferences WHERE id = ?`).get(sourceId)!;
          const id = insert('conferences', conference, maps, { last_question_id: null });
          maps.get('conferences')!.set(sourceId, id);

          const people = prepared(
            `SELECT DISTINCT pe.* FROM ${SOURCE}.people pe JOIN ${SOURCE}.participants p ON p.person_id = pe.id WHERE p.conference_id = ?`
          ).all(sourceId);
          for (const person of people) maps.get('people')!.set(person.id as number, matchPerson(person, created));
          const outlets = prepared(
            `SELECT * FROM ${SOURCE}.outlets WHERE id IN (SELECT outlet_id FROM ${SOURCE}.questions WHERE conference_id = @id
             UNION SELECT outlet_id FROM ${SOURCE}.turns WHERE conference_id = @id)`
          ).all({ id: sourceId });
          for (const outlet of outlets) maps.get('outlets')!.set(outlet.id as number, matchOutlet(outlet, created));

          const theirs = new Set(dataTables(db, SOURCE));
          const later = dataTables(db, 'main').filter((t) => !NOT_COPIED.has(t) && theirs.has(t));
          for (const table of [...ORDERED, ...later]) {
            const cols = columnsOf(db, SOURCE, table);
            const where = cols.includes('conference_id')
              ? 'conference_id = @id'
              : cols.includes('turn_id')
                ? `turn_id IN (SELECT id FROM ${SOURCE}.turns WHERE conference_id = @id)`
                : cols.includes('card_id')
                  ? `card_id IN (SELECT id FROM ${SOURCE}.answer_cards WHERE conference_id = @id)`
                  : null;
            if (!where) continue;
            // a table without rowid (card_links) is read in its key's order
            const order = cols.includes('id') ? 'rowid' : cols.map((c) => `"${c}"`).join(', ');
            const rows = prepared(`SELECT * FROM ${SOURCE}."${table}" WHERE ${where} ORDER BY ${order}`).all({ id: sourceId });
            const map = maps.get(table) ?? new Map<number, number>();
            for (const row of rows) {
              const segment = { id: row.id as number, bytes: row.bytes as number };
              if (table === RECORDINGS && !hasAudio(segment)) continue;
              const newId = insert(table, row, maps);
              if (table === RECORDINGS) recordings.push({ from: segment.id, to: newId, bytes: segment.bytes });
              if (typeof row.id === 'number') map.set(row.id, newId);
            }
            maps.set(table, map);
          }
          // questions were copied before the prepared questions they came from, and before some they were merged into
          const linked = prepared(
            `SELECT id, prepared_id, merged_into FROM ${SOURCE}.questions WHERE conference_id = ? AND (prepared_id IS NOT NULL OR merged_into IS NOT NULL)`
          ).all(sourceId);
          for (const q of linked) {
            const via = (table: string, old: unknown) => (old === null ? null : (maps.get(table)?.get(old as number) ?? null));
            prepared('UPDATE main.questions SET prepared_id = ?, merged_into = ? WHERE id = ?').run(
              via('prepared_questions', q.prepared_id),
              via('questions', q.merged_into),
              maps.get('questions')!.get(q.id as number)!
            );
          }
          if (conference.last_question_id !== null) {
            const last = maps.get('questions')!.get(conference.last_question_id as number) ?? null;
            prepared('UPDATE main.conferences SET last_question_id = ? WHERE id = ?').run(last, id);
          }
          return { id, createdPeople: created.people, createdOutlets: created.outlets, recordings };
        })
        .immediate();
    }
  };
}
