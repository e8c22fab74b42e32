import type { Database } from 'better-sqlite3';
import type { Outlet, Person } from '../../../shared/domain';
import { fail } from '../../../shared/errors';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { CallContext } from '../context';
import { toOutlet, toPerson, type OutletRow, type PersonRow } from '../db/rows';
import { prepareOpaque } from '../db/opaque-bindings';

/** LIKE with the user's text taken literally. */
export function likePattern(query: string, anywhere = true): string {
  const escaped = query.replace(/[\\%_]/g, (c) => '\\' + c);
  return anywhere ? `%${escaped}%` : `${escaped}%`;
}

interface Search {
  q: string;
  prefix: string;
  limit: number;
}
type PersonFields = Pick<Person, 'name' | 'honorific' | 'position' | 'organisation'> & { now: number };
type OutletFields = Pick<Outlet, 'name' | 'category'> & { now: number };

/** The directory of people and outlets, reused across conferences. */
export function createDirectoryService(db: Database) {
  const personById = prepareOpaque<[number], PersonRow>(db, 'SELECT * FROM people WHERE id = ?');
  const personByKey = prepareOpaque<[string, string], { id: number }>(db, 'SELECT id FROM people WHERE name = ? AND organisation = ?');
  const peopleSearch = prepareOpaque<Search, PersonRow>(
    db,
    `SELECT * FROM people WHERE name LIKE @q ESCAPE '\\' OR organisation LIKE @q ESCAPE '\\' OR position LIKE @q ESCAPE '\\'
     ORDER BY (name LIKE @prefix ESCAPE '\\') DESC, name LIMIT @limit`
  );
  const personInsert = prepareOpaque<PersonFields, never>(
    db,
    `INSERT INTO people (name, honorific, position, organisation, created_at, updated_at)
     VALUES (@name, @honorific, @position, @organisation, @now, @now)`
  );
  const personUpdate = prepareOpaque<PersonFields & { id: number }, never>(
    db,
    `UPDATE people SET name = @name, honorific = @honorific, position = @position, organisation = @organisation,
     updated_at = @now WHERE id = @id`
  );
  const outletById = prepareOpaque<[number], OutletRow>(db, 'SELECT * FROM outlets WHERE id = ?');
  const outletByName = prepareOpaque<[string], { id: number }>(db, 'SELECT id FROM outlets WHERE name = ?');
  const outletsSearch = prepareOpaque<Search, OutletRow>(
    db,
    `SELECT * FROM outlets WHERE name LIKE @q ESCAPE '\\'
     ORDER BY (name LIKE @prefix ESCAPE '\\') DESC, name LIMIT @limit`
  );
  const outletInsert = prepareOpaque<OutletFields, never>(
    db,
    'INSERT INTO outlets (name, category, created_at, updated_at) VALUES (@name, @category, @now, @now)'
  );
  const outletUpdate = prepareOpaque<OutletFields & { id: number }, never>(
    db,
    'UPDATE outlets SET name = @name, category = @category, updated_at = @now WHERE id = @id'
  );

  function getPerson(id: number): Person {
    const row = personById.get(id);
    if (!row) fail('not_found', `No person with id ${id}.`, { field: 'id' });
    return toPerson(row);
  }

  function getOutlet(id: number, field = 'id'): Outlet {
    const row = outletById.get(id);
    if (!row) fail('not_found', `No outlet with id ${id}.`, { field });
    return toOutlet(row);
  }

  function assertPersonUnique(name: string, organisation: string, exceptId?: number): void {
    const existing = personByKey.get(name, organisation);
    if (existing && existing.id !== exceptId) {
      fail('conflict', `${name} of “${organisation}” is already in the directory.`, { field: 'name', existingId: existing.id });
    }
  }

  function assertOutletUnique(name: string, exceptId?: number): void {
    const existing = outletByName.get(name);
    if (existing && existing.id !== exceptId) {
      fail('conflict', `The outlet “${name}” is already in the directory.`, { field: 'name', existingId: existing.id });
    }
  }

  return {
    getPerson,
    getOutlet,

    listPeople(input: In<'person.list'>): Person[] {
      const q = input.query.trim();
      return peopleSearch.all({ q: likePattern(q), prefix: likePattern(q, false), limit: input.limit }).map(toPerson);
    },

    createPerson(ctx: CallContext, input: In<'person.create'>): Person {
      const name = input.name.trim();
      const organisation = input.organisation.trim();
      assertPersonUnique(name, organisation);
      const id = Number(personInsert.run({ ...input, name, organisation, now: ctx.now() }).lastInsertRowid);
      ctx.emit('directory', null, id);
      return getPerson(id);
    },

    updatePerson(ctx: CallContext, input: In<'person.update'>): Person {
      const merged = { ...getPerson(input.id), ...stripUndefined(input) };
      merged.name = merged.name.trim();
      merged.organisation = merged.organisation.trim();
      assertPersonUnique(merged.name, merged.organisation, input.id);
      personUpdate.run({ ...merged, now: ctx.now() });
      ctx.emit('directory', null, input.id);
      return getPerson(input.id);
    },

    listOutlets(input: In<'outlet.list'>): Outlet[] {
      const q = input.query.trim();
      return outletsSearch.all({ q: likePattern(q), prefix: likePattern(q, false), limit: input.limit }).map(toOutlet);
    },

    createOutlet(ctx: CallContext, input: In<'outlet.create'>): Outlet {
      const name = input.name.trim();
      assertOutletUnique(name);
      const id = Number(outletInsert.run({ name, category: input.category, now: ctx.now() }).lastInsertRowid);
      ctx.emit('directory', null, id);
      return getOutlet(id);
    },

    updateOutlet(ctx: CallContext, input: In<'outlet.update'>): Outlet {
      const merged = { ...getOutlet(input.id), ...stripUndefined(input) };
      merged.name = merged.name.trim();
      assertOutletUnique(merged.name, input.id);
      outletUpdate.run({ id: input.id, name: merged.name, category: merged.category, now: ctx.now() });
      ctx.emit('directory', null, input.id);
      return getOutlet(input.id);
    }
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;

/** Partial updates: an absent field keeps its value. */
export function stripUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
