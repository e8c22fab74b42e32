import type { RostrumBridge } from '../../../shared/bridge';
import type { AppError, Result } from '../../../shared/errors';
import { SILENCE_LIMIT_MS, TOPICS, type ChangeEvent, type ServerMessage } from '../../../shared/events';
import { specOf } from '../../../shared/methods';
import { ConnectionStore } from './connection';

export interface HttpBridgeOptions {
  /** the server's origin, e.g. "http://127.0.0.1:4310"; the page's own origin in a browser */
  baseUrl: string;
  /** sent as a Bearer header on calls and as ?token= on the socket (browsers cannot set socket headers) */
  token?: string | null;
  /** a call that takes longer than this answers an error instead of hanging the UI */
  timeoutMs?: number;
}

/** The method a synthetic event carries after a reconnect: anything may have changed meanwhile. */
export const RESYNC_METHOD = 'rostrum.resync';

const BACKOFF_FIRST_MS = 250;
const BACKOFF_MAX_MS = 5_000;

function networkError(reason: 'network' | 'bad_response' | 'timeout', message: string): AppError {
  return { code: 'internal', message, details: { reason } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * The RostrumBridge over HTTP (calls) and a WebSocket (change events), for a
 * browser or for Node (tests): both have fetch and WebSocket built in.
 * A call never throws: a network failure answers `{ ok: false, error: { code: 'internal' } }`.
 */
export function createHttpBridge(options: HttpBridgeOptions) {
  const base = options.baseUrl.replace(/\/$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const listeners = new Set<(event: ChangeEvent) => void>();
  let socket: WebSocket | null = null;
  let started = false;
  let disposed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let backoff = BACKOFF_FIRST_MS;
  let everOpened = false;
  let lastMessageAt = 0;
  let watchdog: ReturnType<typeof setInterval> | null = null;

  // The socket starts with the first listener (of events or of the connection), not at import.
  const connection = new ConnectionStore({
    status: 'connecting',
    clockOffsetMs: 0,
    role: 'operator',
    revision: 0,
    transport: 'http'
  });
  const subscribeConnection = connection.subscribe.bind(connection);
  connection.subscribe = (listener) => {
    start();
    return subscribeConnection(listener);
  };

  // A finishing step (printing a long transcript to PDF) takes seconds; everything else answers in milliseconds.
  const limitFor = (method: string) => (specOf(method)?.finish ? Math.max(timeoutMs, 120_000) : timeoutMs);

  const call = (async (method: string, input: unknown): Promise<Result<unknown>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let response: Response;
    try {
      response = await fetch(`${base}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        signal: AbortSignal.timeout(limitFor(method))
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return {
        ok: false,
        error: timedOut
          ? networkError('timeout', `The Rostrum server did not answer within ${limitFor(method) / 1000} s.`)
          : networkError('network', `Cannot reach the Rostrum server: ${error instanceof Error ? error.message : String(error)}`)
      };
    }
    try {
      const body: unknown = await response.json();
      if (isResult(body)) return body;
    } catch {
      // fall through: not JSON (a proxy's error page, a cut connection)
    }
    return { ok: false, error: networkError('bad_response', `The Rostrum server answered HTTP ${response.status} without a result.`) };
  }) as RostrumBridge['call'];

  function socketUrl(): string {
    const url = new URL('/events', base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (options.token) url.searchParams.set('token', options.token);
    return url.toString();
  }

  function deliver(event: ChangeEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('A change listener failed', error);
      }
    }
  }

  function onMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: ServerMessage;
    try {
      message = JSON.parse(data) as ServerMessage;
    } catch {
      return;
    }
    lastMessageAt = Date.now();
    const offset = message.serverNow - Date.now();
    if (message.type === 'tick') {
      connection.update({ clockOffsetMs: offset });
    } else if (message.type === 'hello') {
      const before = connection.state.revision;
      const wasReconnect = everOpened;
      everOpened = true;
      backoff = BACKOFF_FIRST_MS;
      connection.update({ status: 'open', clockOffsetMs: offset, role: message.role, revision: message.revision });
      // Events sent while the socket was down are lost: tell every listener to refetch.
      if (wasReconnect && message.revision !== before) {
        for (const topic of TOPICS) {
          deliver({ topic, conferenceId: null, ids: [], revision: message.revision, method: RESYNC_METHOD });
        }
      }
    } else if (message.type === 'change') {
      connection.update({ clockOffsetMs: offset, revision: Math.max(connection.state.revision, message.event.revision) });
      deliver(message.event);
    }
  }

  function scheduleReconnect(): void {
    if (disposed || retryTimer) return;
    connection.update({ status: everOpened ? 'closed' : 'connecting' });
    // jitter, so that several displays do not reconnect in lockstep after a restart
    const delay = backoff * (0.75 + Math.random() * 0.5);
    backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      open();
    }, delay);
  }

  function open(): void {
    if (disposed) return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(socketUrl());
    } catch {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.onmessage = (message) => onMessage(message.data);
    ws.onclose = () => {
      if (socket === ws) socket = null;
      scheduleReconnect();
    };
    // an error is always followed by close, which reconnects
    ws.onerror = () => undefined;
  }

  /** A socket that has gone silent past the server's tick is dead, even if TCP has not noticed yet. */
  function checkSilence(): void {
    if (!socket || connection.state.status !== 'open') return;
    if (Date.now() - lastMessageAt <= SILENCE_LIMIT_MS) return;
    const dead = socket;
    socket = null;
    dead.onclose = null;
    dead.close();
    scheduleReconnect();
  }

  function start(): void {
    if (started || disposed) return;
    started = true;
    watchdog = setInterval(checkSilence, 1_000);
    open();
  }

  const bridge: RostrumBridge = {
    call,
    subscribe(listener) {
      listeners.add(listener);
      start();
      return () => {
        listeners.delete(listener);
      };
    },
    audioUrl(conferenceId, audioOptions) {
      // an <audio> element cannot send a header: the token rides in the address, as on the socket
      const query = new URLSearchParams();
      if (options.token) query.set('token', options.token);
      if (audioOptions?.download) query.set('download', '1');
      const search = query.size > 0 ? `?${query.toString()}` : '';
      return `${base}/api/audio/${conferenceId}${search}`;
    }
  };

  return {
    bridge,
    connection,
    /** Stops reconnecting and closes the socket (tests; a page never needs it). */
    dispose(): void {
      disposed = true;
      if (watchdog) clearInterval(watchdog);
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      socket?.close();
      socket = null;
      connection.update({ status: 'closed' });
    }
  };
}
