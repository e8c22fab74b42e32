import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src/shared/events';
import { createHttpBridge, RESYNC_METHOD } from '../../src/renderer/src/api/http-bridge';
import type { ConnectionState } from '../../src/renderer/src/api/connection';
import { startServer } from '../../src/main/server/server';
import { startTestServer, type TestServer } from './server-helpers';

// The renderer's HTTP/WebSocket bridge, run in Node (which has fetch and WebSocket) against the real server.

let t: TestServer | null = null;
const disposers: (() => void)[] = [];
afterEach(async () => {
  for (const dispose of disposers.splice(0)) dispose();
  await t?.close();
  t = null;
});

function open(baseUrl: string, token?: string) {
  const made = createHttpBridge({ baseUrl, token });
  disposers.push(made.dispose);
  return made;
}

function waitFor<T>(subscribe: (listener: (value: T) => void) => () => void, test: (value: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const stop = subscribe((value) => {
      if (test(value)) {
        stop();
        resolve(value);
      }
    });
  });
}

describe('the renderer’s HTTP bridge', () => {
  it('calls methods and answers Results, errors included', async () => {
    t = await startTestServer();
    const { bridge } = open(t.base);
    const created = await bridge.call('conference.create', { title: '菏泽' });
    expect(created.ok && created.value.title).toBe('菏泽');
    const invalid = await bridge.call('conference.create', { title: '' });
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.error.details?.field).toBe('title');
  });

  it('answers a network failure as an internal error, never a throw', async () => {
    t = await startTestServer();
    const base = t.base;
    await t.close();
    t = null;
    const { bridge } = open(base);
    const result = await bridge.call('conference.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', details: { reason: 'network' } } });
  });

  it('sends the token, and learns its role and the server clock from hello', async () => {
    t = await startTestServer({ token: true });
    const denied = open(t.base, 'wrong');
    expect(await denied.bridge.call('conference.list', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const display = open(t.base, t.server.tokens!.readonly);
    const state = await waitFor<ConnectionState>(
      (l) => display.connection.subscribe(l),
      (s) => s.status === 'open'
    );
    expect(state.role).toBe('readonly');
    expect(Math.abs(state.clockOffsetMs)).toBeLessThan(1000); // same machine: nearly no offset
    expect(Math.abs(display.connection.serverNow() - Date.now())).toBeLessThan(1000);
    expect((await display.bridge.call('conference.create', { title: 'x' })).ok).toBe(false);
  });

  it('delivers change events, and after a lost connection reconnects and asks for a refetch', async () => {
    t = await startTestServer();
    const port = t.server.port;
    const { bridge, connection } = open(t.base);
    const events: ChangeEvent[] = [];
    bridge.subscribe((event) => events.push(event));
    await waitFor<ConnectionState>(
      (l) => connection.subscribe(l),
      (s) => s.status === 'open'
    );
    const first = waitFor<ChangeEvent>(
      (l) => bridge.subscribe(l),
      () => true
    );
    await bridge.call('conference.create', { title: 'one' });
    expect(await first).toMatchObject({ method: 'conference.create', revision: 1 });

    // the server goes away: the stage display must be able to say so
    const closed = waitFor<ConnectionState>(
      (l) => connection.subscribe(l),
      (s) => s.status === 'closed'
    );
    await t.server.close();
    expect((await closed).status).toBe('closed');

    // a change happens while the socket is down, then the server is back on the same port
    t.app.router.invoke('conference.create', { title: 'made while away' });
    const again = await startServer({ rostrum: t.app, port, staticDir: t.staticDir });
    t.server = again;
    const reopened = waitFor<ConnectionState>(
      (l) => connection.subscribe(l),
      (s) => s.status === 'open'
    );
    expect((await reopened).revision).toBe(2);
    const resync = events.filter((e) => e.method === RESYNC_METHOD);
    expect(resync.map((e) => e.topic)).toContain('conference');
    expect(resync.every((e) => e.conferenceId === null && e.revision === 2)).toBe(true);
  });
});
