import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlannedApp, planOf, scans, statementWith, type PlannedApp } from './plan-helpers';

// The claims of migration 006, services/live.ts and stage/messages.ts about the indexes the live
// statements read through, checked on the statements exactly as the services prepare them.
let app: PlannedApp;
beforeAll(() => {
  app = openPlannedApp();
});
afterAll(() => app.close());

const plan = (...fragments: string[]) => planOf(app.db, statementWith(app, ...fragments)).join('\n');

describe('the open questions are read through the partial index questions_open (migration 006)', () => {
  it.each([
    ['live.advance: the questions still open', "SELECT id FROM questions WHERE conference_id = +? AND (status = 'waiting' OR status = 'live')"],
    ['the queue in order', "SELECT id, position FROM questions WHERE conference_id = +? AND status = 'waiting' ORDER BY position, id"],
    [
      'the head of the queue, for a follow-up',
      "SELECT COALESCE(MIN(position), 0) AS p FROM questions WHERE conference_id = +? AND status = 'waiting'"
    ],
    [
      "question.call's look at the question still live",
      "(SELECT id FROM questions WHERE conference_id = c.id AND status = 'live') AS liveQuestionId"
    ],
    ['the stage: the questions waiting', "SELECT COUNT(*) AS n FROM questions WHERE conference_id = +? AND status = 'waiting'"]
  ])('%s', (_, sql) => {
    const lines = plan(sql);
    expect(lines).toMatch(/SEARCH (questions|q) USING (COVERING )?INDEX questions_open \(conference_id=\? AND status=\?\)/);
    expect(scans(lines.split('\n'))).toEqual([]);
  });
});

describe('what a conference holds is read through its conference index (migration 001)', () => {
  it.each([
    ['questions', 'SELECT * FROM questions WHERE conference_id = +? ORDER BY position, id', 'questions_by_conference'],
    [
      'participants',
      'FROM participants p JOIN people pe ON pe.id = p.person_id WHERE p.conference_id = +? ORDER BY p.position, p.id',
      'participants_by_conference'
    ],
    ['segments', 'SELECT * FROM segments WHERE conference_id = +? ORDER BY position, id', 'segments_by_conference'],
    [
      'the next pending segment',
      "SELECT id FROM segments WHERE conference_id = +? AND status = 'pending' ORDER BY position, id LIMIT 1",
      'segments_by_conference'
    ],
    ['the last turn', 'SELECT id FROM turns WHERE conference_id = +? AND deleted_at IS NULL ORDER BY seq DESC LIMIT 1', 'turns_by_conference'],
    ['the next seq and the open turn', 'SELECT COALESCE(MAX(seq), 0) AS seq', 'turns_by_conference'],
    ['extensions', 'SELECT * FROM extensions WHERE conference_id = +? ORDER BY id', 'extensions_by_conference'],
    ['the undo record', 'SELECT * FROM live_actions WHERE conference_id = +? AND undone = 0 ORDER BY id DESC LIMIT 1', 'live_actions_by_conference'],
    ['the redo record', 'SELECT * FROM live_actions WHERE conference_id = +? AND undone = 1 ORDER BY id ASC LIMIT 1', 'live_actions_by_conference'],
    ['the redo records dropped by a new action', 'DELETE FROM live_actions WHERE conference_id = +? AND undone = 1', 'live_actions_by_conference']
  ])('%s', (_, sql, index) => {
    const lines = plan(sql);
    expect(lines).toMatch(new RegExp(`USING (COVERING )?INDEX ${index} \\(conference_id=\\?`));
    expect(scans(lines.split('\n'))).toEqual([]);
  });
});

describe("a turn's question and interpretation (migrations 001 and 008)", () => {
  it('the asking turn of a question goes through turns_by_question', () => {
    expect(plan("SELECT id, text FROM turns WHERE question_id = +? AND speaker_kind = 'reporter'")).toMatch(/USING INDEX turns_by_question/);
  });

  it("a turn list's supplementary column finds the question's earlier answers through turns_by_question", () => {
    const lines = plan('FROM turns t WHERE conference_id = +? AND deleted_at IS NULL ORDER BY seq');
    expect(lines).toMatch(/SEARCH t USING INDEX turns_by_conference \(conference_id=\?\)/);
    expect(lines).toMatch(/SEARCH e USING INDEX turns_by_question \(question_id=\?\)/);
    expect(scans(lines.split('\n'))).toEqual([]);
  });

  it('the interpretation of a turn goes through the partial index turns_by_interpreted', () => {
    expect(plan('SELECT id FROM turns WHERE interprets_turn_id = +? AND deleted_at IS NULL')).toMatch(/USING INDEX turns_by_interpreted/);
  });
});

describe('stage messages (migration 003)', () => {
  it('the message on screen is found through the unique partial index that keeps it single', () => {
    expect(plan('SELECT * FROM stage_messages WHERE conference_id = +? AND cleared_at IS NULL')).toMatch(/USING INDEX stage_messages_shown/);
    expect(plan('UPDATE stage_messages SET cleared_at = +@at')).toMatch(/USING INDEX stage_messages_shown/);
  });

  it("a conference's messages in order go through stage_messages_by_conference", () => {
    expect(plan('SELECT * FROM stage_messages WHERE conference_id = +? ORDER BY id')).toMatch(/USING INDEX stage_messages_by_conference/);
  });
});

describe('what the services read in a live action', () => {
  it('no statement the services keep reads the whole of a table the live actions write', () => {
    // a table a conference fills during the event: scanning it would slow every action as the archive grows
    const growing =
      /^SCAN (turns|questions|participants|segments|extensions|live_actions|turn_history|written_replies|search_docs|stage_messages|redactions|conference_time_history)\b/;
    const offenders = app.sources
      .map((sql) => ({ sql, scans: planOf(app.db, sql).filter((line) => growing.test(line)) }))
      .filter((found) => found.scans.length > 0);
    expect(offenders).toEqual([]);
  });
});
