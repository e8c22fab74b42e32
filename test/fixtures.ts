import type { Database } from 'better-sqlite3';
import { expect } from 'vitest';
import type { AgendaTemplate, Language } from '../src/shared/domain';
import type { AppError, ErrorCode, Result } from '../src/shared/errors';
import type { ChangeEvent } from '../src/shared/events';
import type { TestApp } from './helpers';

/** Asserts that a call was refused with `code` (and, when given, naming `field`), and returns the error. */
export function expectRefused(result: Result<unknown>, code: ErrorCode, field?: string): AppError {
  if (result.ok) throw new Error(`expected a ${code} refusal, got ok: ${JSON.stringify(result.value)}`);
  expect(result.error.code, result.error.message).toBe(code);
  if (field !== undefined) expect(result.error.details?.field, result.error.message).toBe(field);
  expect(result.error.message.length).toBeGreaterThan(0);
  return result.error;
}

/** Row count of every table of the schema. */
export function rowCounts(db: Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

/**
 * Every row of every table (search indexes included), in a stable order:
 * what "nothing changed" compares. Sorted in JS because some tables have no rowid.
 */
export function dump(db: Database): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      db
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort()
    ])
  );
}

/**
 * The rows undo restores (the tables a live action may change), without the
 * columns that only move forward (revision, updated_at).
 */
export function liveState(db: Database): Record<string, unknown[]> {
  const tables = ['conferences', 'segments', 'questions', 'turns', 'extensions', 'submissions'];
  return Object.fromEntries(
    tables.map((name) => [
      name,
      (db.prepare(`SELECT * FROM ${name} ORDER BY id`).all() as Record<string, unknown>[]).map((row) => {
        const copy = { ...row };
        delete copy.revision;
        delete copy.updated_at;
        return copy;
      })
    ])
  );
}

/** Collects the change events the app publishes. */
export function recordEvents(app: TestApp): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  app.subscribe((event) => events.push(event));
  return events;
}

export interface SetupOptions {
  language?: Language;
  template?: AgendaTemplate;
  title?: string;
}

/**
 * A draft conference with a host and two spokespeople on the roster and two
 * outlets in the directory, shaped after the Heze fixture.
 */
export function setupConference(app: TestApp, options: SetupOptions = {}) {
  const { invoke } = app.router;
  const conference = invoke('conference.create', {
    title: options.title ?? '菏泽市市直机关2023年度党的建设工作情况新闻发布会',
    language: options.language ?? 'zh',
    template: options.template ?? 'standard'
  });
  const people = {
    host: invoke('person.create', { name: '王主持', honorific: '先生', organisation: `会务组 ${conference.id}` }),
    zhu: invoke('person.create', {
      name: '朱雷',
      honorific: '先生',
      position: '中共菏泽市委市直机关工委书记',
      organisation: `市直机关工委 ${conference.id}`
    }),
    li: invoke('person.create', { name: '李琦', honorific: '先生', organisation: `市直机关工委 ${conference.id}` })
  };
  const host = invoke('participant.add', { conferenceId: conference.id, personId: people.host.id, role: 'host' });
  const zhu = invoke('participant.add', { conferenceId: conference.id, personId: people.zhu.id, role: 'spokesperson' });
  const li = invoke('participant.add', { conferenceId: conference.id, personId: people.li.id, role: 'spokesperson' });
  const outlets = {
    dzw: invoke('outlet.create', { name: `大众网 ${conference.id}`, category: 'provincial' }),
    xinhua: invoke('outlet.create', { name: `新华社 ${conference.id}`, category: 'central' })
  };
  return { conference, conferenceId: conference.id, people, host, zhu, li, outlets };
}

export type Setup = ReturnType<typeof setupConference>;

/** The conference, started: its first segment is live. */
export function startedConference(app: TestApp, options: SetupOptions = {}): Setup {
  const setup = setupConference(app, options);
  app.router.invoke('live.start', { conferenceId: setup.conferenceId });
  return setup;
}
