import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlannedApp, planOf, scans, statementWith, type PlannedApp } from './plan-helpers';

// The claims of migration 012 about the indexes submissions/service.ts reads through.
let app: PlannedApp;
beforeAll(() => {
  app = openPlannedApp();
});
afterAll(() => app.close());

const plan = (...fragments: string[]) => planOf(app.db, statementWith(app, ...fragments)).join('\n');

describe('submissions are read through their indexes (migration 012)', () => {
  it.each([
    [
      'the waiting ones of the board',
      "SELECT * FROM submissions WHERE conference_id = +? AND status = 'waiting' ORDER BY id",
      'submissions_by_conference'
    ],
    ['the decided ones of the board', "SELECT * FROM submissions WHERE conference_id = +? AND status != 'waiting'", 'submissions_by_conference'],
    ['the report', 'FROM submissions s LEFT JOIN questions q ON q.id = s.question_id', 'submissions_by_conference'],
    ['one waiting question per device', "SELECT id FROM submissions WHERE device_hash = +? AND status = 'waiting'", 'submissions_waiting_by_device']
  ])('%s', (_, sql, index) => {
    const lines = plan(sql);
    expect(lines).toMatch(new RegExp(`USING (COVERING )?INDEX ${index} `));
    expect(scans(lines.split('\n'))).toEqual([]);
  });
});
