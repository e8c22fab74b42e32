import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers';
import { openPlannedApp, planOf, preparedDuring, scans, statementWith, type PlannedApp } from './plan-helpers';

// The claims of migration 010 and core/audio/audio-service.ts, checked on the statements as the service prepares them.
let app: PlannedApp;
beforeAll(() => {
  app = openPlannedApp();
});
afterAll(() => app.close());

const plan = (...fragments: string[]) => planOf(app.db, statementWith(app, ...fragments)).join('\n');

describe('a conference’s segments are read through audio_segments_by_conference (migration 010)', () => {
  it.each([
    ['in order (state, offsets, the join)', 'SELECT * FROM audio_segments WHERE conference_id = +? ORDER BY started_at, id'],
    ['the open one (start, append’s end, live.end)', 'SELECT * FROM audio_segments WHERE conference_id = +? AND ended_at IS NULL']
  ])('%s', (_, sql) => {
    const lines = plan(sql);
    expect(lines).toMatch(/SEARCH audio_segments USING INDEX audio_segments_by_conference \(conference_id=\?\)/);
    expect(lines).not.toMatch(/USE TEMP B-TREE/);
    expect(scans(lines.split('\n'))).toEqual([]);
  });

  it('the archive list sums each conference’s audio through it', () => {
    // the list's statement is built for the filters of a call, so it is caught as the call prepares it
    const test = openTestApp();
    try {
      const [sql] = preparedDuring(() => test.router.invoke('archive.list', {})).filter((s) => s.includes('AS audio_bytes'));
      const lines = planOf(test.db, sql!).join('\n');
      expect(lines).toMatch(/SEARCH a USING (COVERING )?INDEX audio_segments_by_conference \(conference_id=\?\)/);
    } finally {
      test.cleanup();
    }
  });
});
