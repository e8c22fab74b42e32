import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES, methods } from '../src/shared/methods';
import { LIMITS } from '../src/shared/schemas';
import { openTestApp, type TestApp } from './helpers';
import { dump, expectRefused, recordEvents, rowCounts, startedConference } from './fixtures';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.cleanup());

describe('validation', () => {
  it('refuses an unknown method', () => {
    const error = expectRefused(app.router.call('person.explode', {}), 'unknown_method');
    expect(error.message).toContain('person.explode');
  });

  it('refuses wrong types naming the field, nested fields by their dotted path', () => {
    const { call } = app.router;
    expectRefused(call('person.create', { name: 5 }), 'invalid_input', 'name');
    expectRefused(call('person.create', {}), 'invalid_input', 'name');
    expectRefused(call('conference.get', { id: 'one' }), 'invalid_input', 'id');
    expectRefused(call('conference.get', { id: 0 }), 'invalid_input', 'id');
    expectRefused(call('conference.get', { id: 1.5 }), 'invalid_input', 'id');
    expectRefused(call('conference.create', { title: 'x', header: { source: 7 } }), 'invalid_input', 'header.source');
    expectRefused(call('conference.create', { title: 'x', scheduledStart: 'tomorrow' }), 'invalid_input', 'scheduledStart');
    expectRefused(call('question.close', { id: 1, status: 'done' }), 'invalid_input', 'status');
    expectRefused(call('person.create', 'name'), 'invalid_input', '');
  });

  it('lists every issue and names the first in the message', () => {
    const error = expectRefused(app.router.call('outlet.create', { name: '', category: 'x' }), 'invalid_input', 'name');
    expect(error.message).toMatch(/^name: /);
    expect(error.details?.issues?.map((i) => i.field)).toEqual(['name', 'category']);
  });

  it('refuses text over the documented limits and takes text at the limit', () => {
    const { call } = app.router;
    const over = expectRefused(call('person.create', { name: '朱'.repeat(LIMITS.name + 1) }), 'invalid_input', 'name');
    expect(over.message).toContain(String(LIMITS.name));
    expect(call('person.create', { name: '朱'.repeat(LIMITS.name) }).ok).toBe(true);
    expectRefused(call('conference.create', { title: 'x'.repeat(LIMITS.title + 1) }), 'invalid_input', 'title');
    expectRefused(call('conference.create', { title: 'x', topic: 'x'.repeat(LIMITS.line + 1) }), 'invalid_input', 'topic');
    const { conferenceId } = startedConference(app);
    expectRefused(call('turn.add', { conferenceId, speakerKind: 'note', text: '字'.repeat(LIMITS.text + 1) }), 'invalid_input', 'text');
    expect(call('turn.add', { conferenceId, speakerKind: 'note', text: '字'.repeat(LIMITS.text) }).ok).toBe(true);
    expectRefused(
      call('segment.add', { conferenceId, kind: 'statement', preparedText: 'x'.repeat(LIMITS.preparedText + 1) }),
      'invalid_input',
      'preparedText'
    );
    expectRefused(call('conference.create', { title: 'x', plannedSeconds: LIMITS.plannedSeconds + 1 }), 'invalid_input', 'plannedSeconds');
  });

  it('refuses control characters but keeps tabs and line breaks', () => {
    const { call } = app.router;
    for (const bad of ['\u0000', '\u0007', '\u001b[31m', '\u007f']) {
      const error = expectRefused(call('person.create', { name: `朱${bad}雷` }), 'invalid_input', 'name');
      expect(error.message).toMatch(/control characters/);
    }
    const { conferenceId } = startedConference(app);
    const turn = app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '一、\t第一\r\n二、第二' });
    expect(turn.text).toBe('一、\t第一\r\n二、第二');
  });
});

describe('roles', () => {
  const writes = METHOD_NAMES.filter((name) => methods[name].kind !== 'read');
  const reads = METHOD_NAMES.filter((name) => methods[name].kind === 'read');

  it('refuses every write and live method to a read-only caller, changing nothing', () => {
    startedConference(app);
    const before = dump(app.db);
    for (const name of writes) {
      expectRefused(app.router.call(name, { conferenceId: 1, id: 1 }, { role: 'readonly' }), 'forbidden');
    }
    expect(dump(app.db)).toEqual(before);
    expect(writes).toContain('live.undo');
  });

  it('lets a read-only caller read', () => {
    const { conferenceId } = startedConference(app);
    expect(reads).toContain('conference.get');
    expect(app.router.call('conference.get', { id: conferenceId }, { role: 'readonly' }).ok).toBe(true);
    expect(app.router.call('turn.list', { conferenceId }, { role: 'readonly' }).ok).toBe(true);
  });
});

describe('transactions', () => {
  /** A fault at the database, below our code: the insert of a turn saying "boom" fails. */
  function failTurnsSaying(text: string) {
    app.db.exec(`CREATE TEMP TRIGGER fail_turn BEFORE INSERT ON turns WHEN NEW.text = '${text}' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
  }

  it('a handler failing after it has written changes nothing, publishes nothing, and keeps the revision', () => {
    const { conferenceId, outlets, host } = startedConference(app);
    app.router.invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId: host.id, text: '请提问' });
    const q = app.router.invoke('question.register', { conferenceId, outletId: outlets.dzw.id, text: 'boom' });
    failTurnsSaying('boom');
    const events = recordEvents(app);
    const before = dump(app.db);
    const counts = rowCounts(app.db);

    // question.call marks the question live and ends the host's open turn before the insert fails
    const error = expectRefused(app.router.call('question.call', { conferenceId }), 'internal');
    // the caller is told only that it failed, and where to look; the log has the reason (see error-log.test.ts)
    expect(error.message).not.toContain('disk on fire');
    expect(fs.readFileSync(app.log.file!, 'utf8')).toContain(`question.call [${error.details?.incident}]\nSqliteError: disk on fire`);
    expectRefused(app.router.call('turn.add', { conferenceId, speakerKind: 'note', text: 'boom' }), 'internal');

    expect(rowCounts(app.db)).toEqual(counts);
    expect(dump(app.db)).toEqual(before);
    expect(events).toEqual([]);
    expect(app.router.invoke('question.list', { conferenceId })[0]).toMatchObject({ id: q.id, status: 'waiting' });
    // and the connection is usable afterwards
    expect(app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '掌声' }).text).toBe('掌声');
  });

  it('a refusal in the middle of a call leaves no trace either', () => {
    const { conferenceId } = startedConference(app);
    const before = dump(app.db);
    expectRefused(app.router.call('live.extend', { conferenceId, segmentId: 999, seconds: 60 }), 'not_found', 'segmentId');
    expect(dump(app.db)).toEqual(before);
  });
});

describe('change events', () => {
  it('publishes one event per topic after commit, with the same increasing revision for one call', () => {
    const { conferenceId, outlets } = startedConference(app);
    const q = app.router.invoke('question.register', { conferenceId, outletId: outlets.dzw.id, text: '请问？' });
    const reader = new Database(app.file, { readonly: true });
    try {
      const seen: { topic: string; committed: unknown }[] = [];
      const events = recordEvents(app);
      // a second connection sees the change when the event arrives: it was committed first
      app.subscribe((event) => seen.push({ topic: event.topic, committed: reader.prepare('SELECT status FROM questions WHERE id = ?').get(q.id) }));
      const revisionBefore = app.router.invoke('conference.get', { id: conferenceId }).conference.revision;
      const called = app.router.invoke('question.call', { conferenceId });

      expect(events.map((e) => e.topic).sort()).toEqual(['conference', 'turns']);
      const [turn] = app.router.invoke('turn.list', { conferenceId });
      const byTopic = Object.fromEntries(events.map((e) => [e.topic, e]));
      // each names its rows by table too, so a window fetches just them (issue 15, item 7)
      const rows = (table: string, id: number) => ({ [table]: [id] });
      expect(byTopic.conference).toEqual({
        topic: 'conference',
        conferenceId,
        ids: [called.id],
        rows: rows('questions', called.id),
        revision: revisionBefore + 1,
        method: 'question.call'
      });
      expect(byTopic.turns).toEqual({
        topic: 'turns',
        conferenceId,
        ids: [turn!.id],
        rows: rows('turns', turn!.id),
        revision: revisionBefore + 1,
        method: 'question.call'
      });
      expect(seen).toEqual([
        { topic: events[0]!.topic, committed: { status: 'live' } },
        { topic: events[1]!.topic, committed: { status: 'live' } }
      ]);
      expect(app.router.invoke('conference.get', { id: conferenceId }).conference.revision).toBe(revisionBefore + 1);
    } finally {
      reader.close();
    }
  });

  it('increases the revision with every write, across topics', () => {
    const events = recordEvents(app);
    const { invoke } = app.router;
    const person = invoke('person.create', { name: '朱雷' });
    const conference = invoke('conference.create', { title: '发布会' });
    invoke('participant.add', { conferenceId: conference.id, personId: person.id, role: 'spokesperson' });
    invoke('live.start', { conferenceId: conference.id });
    expect(events.map((e) => [e.topic, e.conferenceId, e.method])).toEqual([
      ['directory', null, 'person.create'],
      ['conferences', conference.id, 'conference.create'],
      ['conference', conference.id, 'participant.add'],
      ['conference', conference.id, 'live.start']
    ]);
    const revisions = events.map((e) => e.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(new Set(revisions).size).toBe(revisions.length);
    expect(revisions[3]! - revisions[0]!).toBe(3);
  });

  it('publishes nothing for reads, failures, or a write that changed nothing', () => {
    const { conferenceId } = startedConference(app);
    const turn = app.router.invoke('turn.add', { conferenceId, speakerKind: 'note', text: '甲' });
    const events = recordEvents(app);
    const revision = app.router.invoke('conference.get', { id: conferenceId }).conference.revision;
    for (const name of ['conference.get', 'conference.list', 'turn.list', 'question.list', 'person.list', 'outlet.list', 'app.info'] as const) {
      expect(app.router.call(name, { id: conferenceId, conferenceId }).ok).toBe(true);
    }
    expectRefused(app.router.call('live.start', { conferenceId }), 'invalid_state');
    expectRefused(app.router.call('person.create', {}), 'invalid_input');
    expectRefused(app.router.call('live.start', { conferenceId }, { role: 'readonly' }), 'forbidden');
    app.router.invoke('turn.update', { id: turn.id, text: '甲', kind: 'correction' });
    expect(events).toEqual([]);
    expect(app.router.invoke('conference.get', { id: conferenceId }).conference.revision).toBe(revision);
  });

  it('keeps publishing to the other listeners when one throws', () => {
    const events = recordEvents(app);
    app.subscribe(() => {
      throw new Error('closed window');
    });
    const after = recordEvents(app);
    app.router.invoke('person.create', { name: '朱雷' });
    expect(events.length).toBe(1);
    expect(after.length).toBe(1);
  });
});
