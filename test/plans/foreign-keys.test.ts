import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlannedApp, planOf, scans, type PlannedApp } from './plan-helpers';

// Migration 005: "an index behind every foreign key", so deleting a row (and the cascades and
// SET NULLs it sets off) never scans a child table. Migration 006 made the indexes of keys that are
// usually NULL partial (`WHERE key IS NOT NULL`) and says SQLite still uses them for those checks.
let app: PlannedApp;
beforeAll(() => {
  app = openPlannedApp();
});
afterAll(() => app.close());

interface ForeignKey {
  table: string;
  from: string;
  parent: string;
}

function foreignKeys(): ForeignKey[] {
  return app.db
    .prepare<[], ForeignKey>(
      `SELECT m.name AS "table", f."from" AS "from", f."table" AS parent
       FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' ORDER BY m.name, f.id`
    )
    .all();
}

describe('every foreign key has an index behind it', () => {
  const keys = () => foreignKeys();

  it('the schema has foreign keys to check', () => {
    expect(keys().length).toBeGreaterThan(20);
  });

  it('a lookup of the child rows by each key searches an index', () => {
    const unindexed = keys()
      .map(({ table, from }) => ({ key: `${table}.${from}`, plan: planOf(app.db, `SELECT 1 FROM "${table}" WHERE "${from}" = ?`) }))
      .filter(({ plan }) => !plan.some((line) => /USING (COVERING )?INDEX|USING (INTEGER )?PRIMARY KEY/.test(line)));
    expect(unindexed).toEqual([]);
  });

  it('deleting a row of any referenced table searches its children, scanning none', () => {
    const parents = [...new Set(keys().map((k) => k.parent))];
    const scanning = parents
      .map((parent) => ({ parent, scans: scans(planOf(app.db, `DELETE FROM "${parent}" WHERE id = ?`)) }))
      .filter((found) => found.scans.length > 0);
    expect(scanning).toEqual([]);
  });

  it.each([
    ['questions', 'follow_up_of', 'questions_by_follow_up'],
    ['questions', 'addressed_to_id', 'questions_by_addressee'],
    ['questions', 'segment_id', 'questions_by_segment'],
    ['questions', 'outlet_id', 'questions_by_outlet'],
    ['turns', 'question_id', 'turns_by_question'],
    ['turns', 'outlet_id', 'turns_by_outlet'],
    ['turns', 'participant_id', 'turns_by_participant'],
    ['turns', 'segment_id', 'turns_by_segment'],
    ['turns', 'interprets_turn_id', 'turns_by_interpreted']
  ])('the partial index on %s.%s serves the foreign-key check (%s)', (table, column, index) => {
    const partial = app.db.prepare<[string], { sql: string }>("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").get(index);
    expect(partial?.sql).toMatch(/WHERE \w+ IS NOT NULL/);
    const parent = foreignKeys().find((k) => k.table === table && k.from === column)!.parent;
    expect(planOf(app.db, `DELETE FROM "${parent}" WHERE id = ?`).join('\n')).toMatch(
      new RegExp(`SEARCH ${table} USING (COVERING )?INDEX ${index} \\(${column}=\\?\\)`)
    );
  });
});
