import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArchiveImporter, SOURCE } from '../../src/main/core/archive/archive-import';
import { openDatabase } from '../../src/main/core/db/connection';
import { openTestApp, tempDir, type TestApp } from '../helpers';
import { planOf, preparedDuring, scans } from './plan-helpers';

// The archive's index claims (migration 002, archive/search.ts, archive/list.ts), checked on the
// statements the archive builds for a call, captured as it prepares them.
let app: TestApp;
beforeAll(() => {
  app = openTestApp();
});
afterAll(() => app.cleanup());

const DAY = 86_400_000;
const from = Date.UTC(2024, 0, 1);

/** The plan of the one statement prepared during `action` whose text contains `fragment`. */
function planDuring(action: () => unknown, fragment: string): string[] {
  const found = preparedDuring(action).filter((sql) => sql.includes(fragment));
  expect(found, `one statement with ${fragment}`).toHaveLength(1);
  return planOf(app.db, found[0]!);
}

describe('archive.list', () => {
  it('a date range is found through conferences_by_date, the index on the date a conference is listed under', () => {
    const plan = planDuring(() => app.router.invoke('archive.list', { from, to: from + 90 * DAY }), 'FROM conferences c');
    expect(plan.join('\n')).toMatch(/SEARCH c USING INDEX conferences_by_date \(<expr>>\? AND <expr><\?\)/);
    expect(scans(plan)).toEqual([]);
  });
});

describe('archive.search', () => {
  const search = (filters: Record<string, unknown>) => () => app.router.invoke('archive.search', { query: '发布会', ...filters });

  it.each([
    // a search in one conference reads its docs in the order of the record
    ['a conference are read', { conferenceId: 1 }, 'FROM search_docs d', 'search_docs_by_conference \\(conference_id=\\?\\)'],
    // elsewhere the filtered docs are counted first, to choose between scanning them and the trigram index
    ['a person are counted', { personId: 1 }, 'SELECT COUNT(*) AS n FROM search_docs d', 'search_docs_by_person \\(person_id=\\?\\)'],
    ['an outlet are counted', { outletId: 1 }, 'SELECT COUNT(*) AS n FROM search_docs d', 'search_docs_by_outlet \\(outlet_id=\\?\\)']
  ])('the docs of %s through its index', (_, filters, fragment, index) => {
    const plan = planDuring(search(filters), fragment);
    expect(plan.join('\n')).toMatch(new RegExp(`SEARCH d USING (COVERING )?INDEX ${index}`));
  });

  it('the docs of a date range: the conferences through conferences_by_date, their docs through search_docs_by_conference', () => {
    const plan = planDuring(search({ from, to: from + 90 * DAY }), 'SELECT COUNT(*) AS n FROM search_docs d').join('\n');
    expect(plan).toMatch(/SEARCH c2 USING (COVERING )?INDEX conferences_by_date/);
    expect(plan).toMatch(/SEARCH d USING (COVERING )?INDEX search_docs_by_conference/);
  });
});

describe('archive.import', () => {
  it('the conferences already held are matched by uid through conferences_by_uid (migration 002)', () => {
    const dir = tempDir();
    const source = openDatabase(dir);
    source.db.close();
    app.db.prepare(`ATTACH DATABASE ? AS ${SOURCE}`).run(path.join(dir, 'rostrum.db'));
    try {
      const importer = createArchiveImporter(app.db);
      for (const [lookup, fragment] of [
        [() => importer.missing(), 'NOT EXISTS'],
        [() => importer.present(), 'WHERE EXISTS']
      ] as const) {
        const plan = planDuring(lookup, fragment).join('\n');
        expect(plan).toMatch(/SEARCH c (EXISTS )?USING COVERING INDEX conferences_by_uid \(uid=\?\)/);
      }
    } finally {
      app.db.prepare(`DETACH DATABASE ${SOURCE}`).run();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
