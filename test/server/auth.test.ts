import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Conference } from '../../src/shared/domain';
import type { ServerMessage } from '../../src/shared/events';
import { countRows, errorOf, post, rawRequest, startTestServer, valueOf, type TestServer } from './server-helpers';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** The HTTP status a socket upgrade was refused with, or 101 when it opened (then closed). */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<{ status: number; hello?: ServerMessage }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.on('message', (data) => {
      resolve({ status: 101, hello: JSON.parse(String(data)) as ServerMessage });
      ws.close();
    });
    ws.on('error', (error) => {
      if (!String(error.message).includes('Unexpected server response')) reject(error);
    });
  });
}

describe('browser mode: tokens', () => {
  it('without --token on loopback, needs no token', async () => {
    t = await startTestServer();
    expect(t.server.tokens).toBeNull();
    expect(valueOf(await post(t.base, 'conference.list', {}))).toEqual([]);
  });

  it('refuses a missing or wrong token with 401 and does nothing', async () => {
    t = await startTestServer({ token: true });
    const tokens = t.server.tokens!;
    expect(tokens.operator).toMatch(/^[\w-]{43}$/);
    expect(tokens.readonly).not.toBe(tokens.operator);

    const none = await post(t.base, 'conference.create', { title: 'no token' });
    expect(none.status).toBe(401);
    expect(errorOf(none).code).toBe('unauthorized');
    const wrong = await post(t.base, 'conference.create', { title: 'wrong token' }, tokens.operator.slice(0, -1) + 'x');
    expect(wrong.status).toBe(401);
    const wrongQuery = await fetch(`${t.base}/api/conference.create?token=nope`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'wrong query token' })
    });
    expect(wrongQuery.status).toBe(401);
    expect(countRows(t.app, 'conferences')).toBe(0);

    for (const path of ['/api', '/healthz', '/', '/assets/index-abc123.js']) {
      expect((await rawRequest(t.server.port, path)).status, path).toBe(401);
    }
  });

  it('lets the operator token write, by header or by ?token=', async () => {
    t = await startTestServer({ token: true });
    const { operator } = t.server.tokens!;
    valueOf(await post(t.base, 'conference.create', { title: 'by header' }, operator));
    const byQuery = await fetch(`${t.base}/api/conference.create?token=${operator}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'by query' })
    });
    expect(byQuery.status).toBe(200);
    expect(countRows(t.app, 'conferences')).toBe(2);
  });

  it('lets the read-only token read, and refuses its writes with 403', async () => {
    t = await startTestServer({ token: true });
    const { operator, readonly } = t.server.tokens!;
    const conf = valueOf(await post<Conference>(t.base, 'conference.create', { title: '发布会' }, operator));
    const read = await post<{ conference: Conference }>(t.base, 'conference.get', { id: conf.id }, readonly);
    expect(valueOf(read).conference.title).toBe('发布会');

    const write = await post(t.base, 'conference.update', { id: conf.id, title: '改了' }, readonly);
    expect(write.status).toBe(403);
    expect(errorOf(write).code).toBe('forbidden');
    const live = await post(t.base, 'live.start', { conferenceId: conf.id }, readonly);
    expect(live.status).toBe(403);
    const after = t.app.router.invoke('conference.get', { id: conf.id });
    expect(after.conference.title).toBe('发布会');
    expect(after.conference.status).toBe('draft');
  });

  it('checks the token on the socket upgrade, and tells the socket its role', async () => {
    t = await startTestServer({ token: true });
    const { operator, readonly } = t.server.tokens!;
    const ws = `ws://127.0.0.1:${t.server.port}/events`;
    expect((await upgradeStatus(ws)).status).toBe(401);
    expect((await upgradeStatus(`${ws}?token=wrong`)).status).toBe(401);
    const asOperator = await upgradeStatus(`${ws}?token=${operator}`);
    expect(asOperator.hello).toMatchObject({ type: 'hello', role: 'operator' });
    const asDisplay = await upgradeStatus(ws, { authorization: `Bearer ${readonly}` });
    expect(asDisplay.hello).toMatchObject({ type: 'hello', role: 'readonly' });
    expect((await upgradeStatus(`ws://127.0.0.1:${t.server.port}/other?token=${operator}`)).status).toBe(404);
  });

  it('sets a cookie with index.html so the page’s assets load, but the API never accepts the cookie', async () => {
    t = await startTestServer({ token: true });
    const { operator } = t.server.tokens!;
    const page = await rawRequest(t.server.port, `/?token=${operator}`);
    expect(page.status).toBe(200);
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await rawRequest(t.server.port, '/assets/index-abc123.js', { headers: { cookie } })).status).toBe(200);
    const api = await rawRequest(t.server.port, '/api/conference.create', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'cookie only' })
    });
    expect(api.status).toBe(401);
    expect(countRows(t.app, 'conferences')).toBe(0);
  });

  it('requires tokens on any address other than loopback', async () => {
    t = await startTestServer({ host: '0.0.0.0' });
    expect(t.server.tokens).not.toBeNull();
    expect((await post(t.base, 'conference.list', {})).status).toBe(401);
    expect((await post(t.base, 'conference.list', {}, t.server.tokens!.readonly)).status).toBe(200);
  });
});
