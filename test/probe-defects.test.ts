import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { externalUrlAllowed } from '../src/main/navigation-policy';
import { dump, expectRefused, setupConference, startedConference } from './fixtures';
import { openTestApp, type TestApp } from './helpers';
import { countRows, post, startTestServer, type TestServer } from './server/server-helpers';

// The five defects the attacker-and-fuzzer probe of issue #14 found, each pinned.

let app: TestApp | null = null;
let t: TestServer | null = null;
afterEach(async () => {
  app?.cleanup();
  app = null;
  await t?.close();
  t = null;
});

describe('defects found by probing', () => {
  it('archive.search with a NUL in the query is refused naming the field, over HTTP too (not a 500)', async () => {
    t = await startTestServer();
    setupConference(t.app);
    const before = dump(t.app.db);
    for (const query of ['党建\u0000工作', '\u0000', 'ab\u0000', '"\u0000"']) {
      const answer = await post(t.base, 'archive.search', { query });
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expectRefused(answer.body, 'invalid_input', 'query');
      expect(answer.body.ok ? '' : answer.body.error.message).toMatch(/^query: .*control characters/);
    }
    // archive.list's title filter takes the same text rule
    expectRefused(t.app.router.call('archive.list', { query: 'a\u0000b' }), 'invalid_input', 'query');
    expect(dump(t.app.db)).toEqual(before);
  });

  it('conference.createFromTemplate refuses control characters in the title, like every text field', () => {
    app = openTestApp();
    const { conferenceId } = setupConference(app);
    const before = dump(app.db);
    for (const title of ['新闻\u0000发布会', 'a\u0007b', 'x\u001bY', '\u007f']) {
      const error = expectRefused(app.router.call('conference.createFromTemplate', { sourceId: conferenceId, title }), 'invalid_input', 'title');
      expect(error.message).toBe('title: must not contain control characters');
    }
    expect(dump(app.db)).toEqual(before);
    // tabs and line breaks are text; a clean title still works
    expect(app.router.call('conference.createFromTemplate', { sourceId: conferenceId, title: '下一场' }).ok).toBe(true);
  });

  it('refuses every spelling of loopback and "this host" as an external link', () => {
    for (const url of [
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:7f00:1]/',
      'http://localhost./',
      'http://LOCALHOST../',
      'http://[::]/',
      'http://[0:0:0:0:0:0:0:1]/',
      'http://0x7f.1/',
      'http://2130706433/',
      'http://127.1/',
      'http://0.0.0.0:4310/',
      'http://0/',
      'http://[::7f00:1]/',
      'http://app.localhost./'
    ]) {
      expect(externalUrlAllowed(url), url).toBe(false);
    }
    for (const url of ['https://www.dzwww.com/', 'http://[2001:db8::1]/', 'http://128.0.0.1/', 'https://localhost.example.org/']) {
      expect(externalUrlAllowed(url), url).toBe(true);
    }
  });

  it('invalid_state from live.start and live.end names the field and the current state', () => {
    app = openTestApp();
    const { conferenceId } = startedConference(app);
    const started = expectRefused(app.router.call('live.start', { conferenceId }), 'invalid_state', 'conferenceId');
    expect(started.details).toMatchObject({ field: 'conferenceId', status: 'live' });
    expect(started.message).toMatch(/live/);

    const draft = setupConference(app, { title: '第二场' });
    const ended = expectRefused(app.router.call('live.end', { conferenceId: draft.conferenceId }), 'invalid_state', 'conferenceId');
    expect(ended.details).toMatchObject({ field: 'conferenceId', status: 'draft' });

    app.router.invoke('live.end', { conferenceId });
    const again = expectRefused(app.router.call('live.end', { conferenceId }), 'invalid_state', 'conferenceId');
    expect(again.details).toMatchObject({ field: 'conferenceId', status: 'ended' });
  });

  it('answers 413 to a 50 MB body with a declared length every time, never a connection reset', async () => {
    t = await startTestServer();
    const port = t.server.port;
    const body = Buffer.alloc(50 * 1024 * 1024, 0x61);
    // Sent a megabyte at a time, as a real network delivers it: the server has
    // refused the body long before the last byte arrives.
    const send = () =>
      new Promise<string>((resolve) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/conference.create',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': body.length }
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(String(res.statusCode)));
          }
        );
        req.on('error', (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
        let at = 0;
        const step = () => {
          if (at >= body.length) return void req.end();
          req.write(body.subarray(at, (at += 1 << 20)));
          setTimeout(step, 1);
        };
        step();
      });
    for (let i = 0; i < 3; i++) expect(await send()).toBe('413');
    // the server still answers afterwards
    expect((await post(t.base, 'conference.list', {})).status).toBe(200);
    expect(countRows(t.app, 'conferences')).toBe(0);
  }, 60_000);
});
