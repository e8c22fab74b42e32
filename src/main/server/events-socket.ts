import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { TICK_MS, type ChangeEvent, type ServerMessage } from '../../shared/events';
import type { CallerRole } from '../core/router';

/** A display that stops reading must not make the server hold its messages forever. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
/** Dead peers (a laptop lid closed, a cable pulled) are found by ping and dropped. */
const HEARTBEAT_MS = 30_000;

export interface EventsSocketOptions {
  currentRevision(): number;
}

/**
 * The WebSocket at /events: `hello` on connect (the server's clock, the
 * revision, the role), then one `change` per change event, to every client.
 * Clients never send anything that matters; the socket is one-way.
 */
export function createEventsSocket(options: EventsSocketOptions) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const alive = new WeakMap<WebSocket, boolean>();

  const heartbeat = setInterval(() => {
    for (const client of wss.clients) {
      if (alive.get(client) === false) {
        client.terminate();
        continue;
      }
      alive.set(client, false);
      client.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  // Browsers cannot see pings: an application tick lets a stage display notice a lost link within seconds.
  const ticker = setInterval(() => {
    const text = JSON.stringify({ type: 'tick', serverNow: Date.now() } satisfies ServerMessage);
    for (const client of wss.clients) send(client, text);
  }, TICK_MS);
  ticker.unref();

  function send(client: WebSocket, message: ServerMessage | string): void {
    if (client.readyState !== client.OPEN) return;
    if (client.bufferedAmount > MAX_BUFFERED_BYTES) {
      client.terminate(); // it reconnects and refetches; better than unbounded memory
      return;
    }
    client.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  return {
    /** Completes an upgrade the server has already authorised. */
    accept(req: IncomingMessage, socket: Duplex, head: Buffer, role: CallerRole): void {
      wss.handleUpgrade(req, socket, head, (client) => {
        alive.set(client, true);
        client.on('pong', () => alive.set(client, true));
        client.on('error', () => client.terminate());
        wss.emit('connection', client, req);
        send(client, { type: 'hello', serverNow: Date.now(), revision: options.currentRevision(), role });
      });
    },

    broadcast(event: ChangeEvent): void {
      // serialised once, whatever the number of clients
      const text = JSON.stringify({ type: 'change', event, serverNow: Date.now() } satisfies ServerMessage);
      for (const client of wss.clients) send(client, text);
    },

    clientCount(): number {
      return wss.clients.size;
    },

    close(): Promise<void> {
      clearInterval(heartbeat);
      clearInterval(ticker);
      for (const client of wss.clients) client.terminate();
      return new Promise((resolve) => wss.close(() => resolve()));
    }
  };
}

/** Refuses an upgrade before it becomes a socket: a plain HTTP answer, then the connection is closed. */
export function refuseUpgrade(socket: Duplex, status: 400 | 401 | 403 | 404, reason: string): void {
  const body = JSON.stringify({
    ok: false,
    error: { code: status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : 'forbidden', message: reason }
  });
  const statusText = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[status];
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}
