import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Conference } from '../../src/shared/domain';
import type { ServerMessage } from '../../src/shared/events';
import { post, startTestServer, valueOf, type TestServer } from './server-helpers';

let t: TestServer | null = null;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  await t?.close();
  t = null;
});

/** A socket and every message it has received; `next(type)` waits for the next one of a type. */
function listen(url: string) {
  const ws = new WebSocket(url);
  sockets.push(ws);
  const received: { message: ServerMessage; at: number }[] = [];
  const waiters: { type: ServerMessage['type']; from: number; resolve: (m: { message: ServerMessage; at: number }) => void }[] = [];
  ws.on('message', (data) => {
    const entry = { message: JSON.parse(String(data)) as ServerMessage, at: performance.now() };
    received.push(entry);
    for (const waiter of [...waiters]) {
      const index = received.findIndex((r, i) => i >= waiter.from && r.message.type === waiter.type);
      if (index >= 0) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(received[index]!);
      }
    }
  });
  return {
    received,
    /** the first message of `type` at or after position `from` of `received` */
    next(type: ServerMessage['type'], from = 0): Promise<{ message: ServerMessage; at: number }> {
      const found = received.find((r, i) => i >= from && r.message.type === type);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ type, from, resolve }));
    }
  };
}

describe('browser mode: the events socket', () => {
  it('says hello with the server clock and the revision', async () => {
    t = await startTestServer();
    t.app.router.invoke('conference.create', { title: 'before' });
    const before = Date.now();
    const client = listen(`ws://127.0.0.1:${t.server.port}/events`);
    const { message } = await client.next('hello');
    expect(message.type).toBe('hello');
    if (message.type !== 'hello') return;
    expect(message.serverNow).toBeGreaterThanOrEqual(before);
    expect(message.serverNow).toBeLessThanOrEqual(Date.now());
    expect(message.revision).toBe(1);
    expect(message.role).toBe('operator');
  });

  it('delivers a change made through the API to two sockets, quickly', async () => {
    t = await startTestServer();
    const url = `ws://127.0.0.1:${t.server.port}/events`;
    const a = listen(url);
    const b = listen(url);
    await Promise.all([a.next('hello'), b.next('hello')]);

    const latencies: number[] = [];
    let conferenceId = 0;
    for (let round = 0; round < 20; round++) {
      const fromA = a.received.length;
      const fromB = b.received.length;
      const sent = performance.now();
      const posted =
        round === 0
          ? await post<Conference>(t.base, 'conference.create', { title: '两个窗口' })
          : await post<Conference>(t.base, 'conference.update', { id: conferenceId, title: `第${round}次修改` });
      const conference = valueOf(posted);
      conferenceId = conference.id;
      const [gotA, gotB] = await Promise.all([a.next('change', fromA), b.next('change', fromB)]);
      for (const got of [gotA, gotB]) {
        expect(got.message).toMatchObject({
          type: 'change',
          event: { conferenceId, method: round === 0 ? 'conference.create' : 'conference.update' }
        });
        latencies.push(got.at - sent);
      }
    }
    latencies.sort((x, y) => x - y);
    const median = latencies[Math.floor(latencies.length / 2)]!;
    const worst = latencies[latencies.length - 1]!;
    console.log(`change → two sockets (POST sent to event received, 40 deliveries): median ${median.toFixed(2)} ms, max ${worst.toFixed(2)} ms`);
    // the issue asks two windows to agree within 100 ms of a change (median: one hiccup of a loaded machine is not a failure)
    expect(median).toBeLessThan(100);
  });

  it('keeps delivering to the others when one client goes away', async () => {
    t = await startTestServer();
    const url = `ws://127.0.0.1:${t.server.port}/events`;
    const stays = listen(url);
    const leaves = listen(url);
    await Promise.all([stays.next('hello'), leaves.next('hello')]);
    sockets[1]!.terminate();
    const from = stays.received.length;
    valueOf(await post(t.base, 'outlet.create', { name: '闪电新闻', category: 'provincial' }));
    const { message } = await stays.next('change', from);
    expect(message).toMatchObject({ type: 'change', event: { topic: 'directory', method: 'outlet.create' } });
  });
});
