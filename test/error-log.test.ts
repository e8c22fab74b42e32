import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createErrorLog, LOG_FILE } from '../src/main/core/error-log';
import { expectRefused, startedConference } from './fixtures';
import { openTestApp, tempDir, type TestApp } from './helpers';
import { post, startTestServer, type TestServer } from './server/server-helpers';

let app: TestApp | null = null;
let t: TestServer | null = null;
const dirs: string[] = [];
afterEach(async () => {
  app?.cleanup();
  app = null;
  await t?.close();
  t = null;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function logDir(): string {
  const dir = tempDir('rostrum-log-');
  dirs.push(dir);
  return dir;
}

describe('the error log', () => {
  it('rotates at its cap and keeps only the newest files', () => {
    const file = path.join(logDir(), 'logs', 'rostrum.log');
    const log = createErrorLog({ file, maxBytes: 2_000, keep: 2 });
    for (let i = 0; i < 60; i++) log.internal(`method.${i}`, new Error(`failure number ${i}`));
    const files = fs.readdirSync(path.dirname(file)).sort();
    expect(files).toEqual(['rostrum.log', 'rostrum.log.1', 'rostrum.log.2']);
    for (const name of files) expect(fs.statSync(path.join(path.dirname(file), name)).size).toBeLessThanOrEqual(2_000);
    // the newest entry is in the live file, the oldest are gone
    expect(fs.readFileSync(file, 'utf8')).toContain('failure number 59');
    const all = files.map((name) => fs.readFileSync(path.join(path.dirname(file), name), 'utf8')).join('');
    expect(all).not.toContain('failure number 0\n');
  });

  it('cuts an entry larger than the cap instead of growing past it', () => {
    const file = path.join(logDir(), 'rostrum.log');
    const log = createErrorLog({ file, maxBytes: 1_000, keep: 1 });
    log.internal('big', new Error('x'.repeat(5_000)));
    log.internal('big', new Error('y'.repeat(5_000)));
    expect(fs.statSync(file).size).toBeLessThanOrEqual(1_000);
    expect(fs.statSync(`${file}.1`).size).toBeLessThanOrEqual(1_000);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^\S+ internal big \[[0-9a-f]{8}\]\nError: y+…\n$/);
  });

  it('records an internal error with its method and stack in the data folder, and answers the caller generically', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    app.db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON turns WHEN NEW.text = 'boom' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    const error = expectRefused(app.router.call('turn.add', { conferenceId, speakerKind: 'note', text: 'boom' }), 'internal');
    const incident = error.details?.incident as string;
    expect(incident).toMatch(/^[0-9a-f]{8}$/);
    expect(error.message).toBe(`Something went wrong inside Rostrum (incident ${incident} in Rostrum's log).`);
    expect(app.log.file).toBe(path.join(app.dataDir, LOG_FILE));
    const text = fs.readFileSync(app.log.file!, 'utf8');
    expect(text).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z internal turn\\.add \\[${incident}\\]\\nSqliteError: disk on fire\\n\\s+at `));
    // a refusal the handler meant is an answer, not an incident
    expectRefused(app.router.call('live.start', { conferenceId }), 'invalid_state');
    expect(fs.readFileSync(app.log.file!, 'utf8')).toBe(text);
  });

  it('logs a failing change listener, and the other listeners still hear the change', () => {
    app = openTestApp();
    const heard: string[] = [];
    app.subscribe(() => {
      throw new Error('the window is gone');
    });
    app.subscribe((event) => heard.push(event.method));
    app.router.invoke('conference.create', { title: '发布会' });
    expect(heard).toEqual(['conference.create']);
    expect(fs.readFileSync(app.log.file!, 'utf8')).toMatch(/ listener change-event \[[0-9a-f]{8}\]\nError: the window is gone\n\s+at /);
  });

  it('echoes to the terminal when asked (development), and to the terminal alone when the file cannot be written', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const dir = logDir();
    createErrorLog({ file: path.join(dir, 'rostrum.log'), echo: true }).internal('echoed', new Error('seen'));
    expect(written.join('')).toMatch(/internal echoed \[[0-9a-f]{8}\]\nError: seen/);
    written.length = 0;
    createErrorLog({ file: path.join(dir, 'rostrum.log') }).internal('quiet', new Error('only in the file'));
    expect(written).toEqual([]);
    // a file where the log's folder should be: nothing throws, the entry reaches the terminal
    fs.writeFileSync(path.join(dir, 'blocked'), '');
    expect(() => createErrorLog({ file: path.join(dir, 'blocked', 'rostrum.log') }).internal('lost', new Error('no disk'))).not.toThrow();
    expect(written.join('')).toMatch(/internal lost .*\nError: no disk[\s\S]*could not write its log/);
  });

  it('over HTTP: a failure inside answers 500 with no detail, and is logged with its method', async () => {
    t = await startTestServer();
    t.app.db.close();
    const broken = await post(t.base, 'conference.list', {});
    expect(broken.status).toBe(500);
    const error = broken.body.ok ? null : broken.body.error;
    expect(error?.message).not.toMatch(/database|connection/i);
    expect(fs.readFileSync(t.app.log.file!, 'utf8')).toContain(
      `internal conference.list [${error?.details?.incident}]\nTypeError: The database connection is not open`
    );
  });
});
