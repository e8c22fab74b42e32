import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { contentSecurityPolicy } from '../content-security-policy';
import { internalError } from '../core/router';
import type { Rostrum } from '../core/rostrum';
import { pdfPrinter } from '../core/exports/pdf';
import { generateTokens, hostAllowed, isLoopback, originAllowed, roleOf, tokenCookie, tokenOf, type Tokens } from './auth';
import { handleAudioDownload } from './audio-transfer';
import { handleBackupDownload, handleBackupUpload } from './backup-transfer';
import { createEventsSocket, refuseUpgrade } from './events-socket';
import { handleCall, listMethods, sendError, sendJson } from './http-api';
import { deviceCookieFor, deviceOf } from './device';
import { createRateLimiter } from './rate-limit';
import { publishSubmissionLinks } from './submission-links';
import { specOf } from '../../shared/methods';
import type { Caller } from '../core/router';
import { serveStatic } from './static-files';
import { prepareOpaque } from '../core/db/opaque-bindings';

export interface ServerOptions {
  rostrum: Rostrum;
  /** 127.0.0.1 unless told otherwise; any other address makes tokens compulsory */
  host?: string;
  /** 0 picks a free port */
  port?: number;
  /** the built renderer; default out/renderer under the working directory */
  staticDir?: string;
  /** true: tokens even on loopback (generated); a Tokens object: these tokens */
  token?: boolean | Tokens;
}

export interface RunningServer {
  /** the server's origin, without a trailing slash or a token: "http://127.0.0.1:4310" */
  url: string;
  host: string;
  port: number;
  /** null when the server is open to anyone on this machine (loopback, no --token) */
  tokens: Tokens | null;
  close(): Promise<void>;
}

/** The page may talk only to its own server; nothing may frame it. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin'
};

const UNAUTHORIZED = {
  code: 'unauthorized' as const,
  message:
    'A valid token is required: open the address Rostrum printed, with its ?token=. / ' +
    '需要有效的令牌：请打开 Rostrum 打印的地址（包含 ?token=）。'
};
const WRONG_HOST = {
  code: 'forbidden' as const,
  message: 'This server answers only to localhost, 127.0.0.1 or [::1]. / 此服务器只接受 localhost、127.0.0.1 或 [::1] 的请求。'
};
const SUBMIT_ONLY = {
  code: 'forbidden' as const,
  message: 'The submission page may only send a question. / 提问页面只能提交问题。'
};
const WRONG_ORIGIN = {
  code: 'forbidden' as const,
  message: 'Requests from other sites are refused. / 拒绝来自其他网站的请求。'
};

function methodOf(pathname: string): string {
  const raw = pathname.slice('/api/'.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // malformed escapes name no method: the router answers unknown_method
  }
}

/** The request's URL; a path like "//x" stays a path (new URL would read it as a host). */
function requestUrl(req: IncomingMessage): URL | null {
  try {
    return new URL(`http://rostrum.invalid${(req.url ?? '/').startsWith('/') ? req.url : '/'}`);
  } catch {
    return null;
  }
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts browser mode: the router over HTTP, its events over a WebSocket, and the built renderer. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { rostrum } = options;
  const host = options.host ?? '127.0.0.1';
  const loopback = isLoopback(host);
  const tokens: Tokens | null = typeof options.token === 'object' ? options.token : options.token || !loopback ? generateTokens() : null;
  const staticDir = path.resolve(options.staticDir ?? 'out/renderer');
  const listing = listMethods();
  const readRevision = prepareOpaque<[], { value: string }>(rostrum.db, "SELECT value FROM meta WHERE key = 'revision'");
  const events = createEventsSocket({
    currentRevision: () => Number(readRevision.get()?.value ?? 0)
  });
  const limiter = createRateLimiter();
  let port = 0;

  /**
   * A method with a per-device limit (a phone's submission) is refused with 429 past it, before
   * the router and so before SQLite. A device is held to its limit, its address to ten times it
   * (a phone that drops its cookie to start afresh still shares its address). The operator is never limited.
   */
  function retryAfter(req: IncomingMessage, method: string, role: Caller['role'], device: string): number {
    const perMinute = specOf(method)?.perDevicePerMinute;
    if (perMinute === undefined || role === 'operator') return 0;
    const byAddress = limiter.take(`address:${req.socket.remoteAddress ?? ''}`, perMinute * 10);
    return byAddress || limiter.take(`device:${device}`, perMinute);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!hostAllowed(req, loopback)) return sendError(res, 403, WRONG_HOST);
    if (!originAllowed(req)) return sendError(res, 403, WRONG_ORIGIN);
    const url = requestUrl(req);
    if (!url) return sendError(res, 400, { code: 'invalid_input', message: 'The address could not be read.' });
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    const isData = isApi || url.pathname === '/healthz';
    const isBackup = url.pathname === '/backups' || url.pathname.startsWith('/backups/');
    // A download link cannot carry a header, so a GET of a backup may use the
    // SameSite=Strict cookie like the page's files; an upload (a write) may not.
    const token = tokenOf(req, url, port, !isData && !(isBackup && req.method === 'POST'));
    const role = roleOf(token, tokens);
    if (role === null) return sendError(res, 401, UNAUTHORIZED);

    if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true, value: { status: 'ok', role } });
    if (url.pathname === '/api' || url.pathname === '/api/') {
      if (role === 'submit') return sendError(res, 403, SUBMIT_ONLY);
      return sendJson(res, 200, { ok: true, value: { methods: listing } });
    }
    // an <audio> element cannot send a header: its token comes as ?token=, as the socket's does
    if (url.pathname.startsWith('/api/audio/')) return handleAudioDownload(req, res, rostrum, url, role);
    if (isApi) {
      const method = methodOf(url.pathname);
      const caller: Caller = role === 'submit' ? { role, device: deviceOf(req, port) } : { role };
      const wait = retryAfter(req, method, role, caller.device ?? '');
      if (wait > 0) {
        res.setHeader('retry-after', String(wait));
        return sendError(res, 429, {
          code: 'rate_limited',
          message: `Too many questions from this device; try again in ${wait} s.`,
          details: { retryAfterSeconds: wait }
        });
      }
      return handleCall(req, res, rostrum.router, method, caller, rostrum.log);
    }
    if (url.pathname === '/backups') return handleBackupUpload(req, res, rostrum, role);
    if (isBackup) return handleBackupDownload(req, res, rostrum, url.pathname.slice('/backups/'.length), role);
    // the token came in the address: let the page's scripts and styles load without it
    const cookies = tokens && token ? [tokenCookie(port, token)] : [];
    // a phone gets its device cookie with the page, before it sends anything
    const device = role === 'submit' ? deviceCookieFor(req, port) : null;
    if (device) cookies.push(device);
    const indexHeaders: Record<string, string[]> = cookies.length > 0 ? { 'set-cookie': cookies } : {};
    serveStatic(req, res, url, { root: staticDir, indexHeaders });
  }

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const url = requestUrl(req);
    if (!url || url.pathname !== '/events') return refuseUpgrade(socket, 404, 'The only socket is /events.');
    if (!hostAllowed(req, loopback)) return refuseUpgrade(socket, 403, WRONG_HOST.message);
    // browsers always send Origin on a socket; a page of another site must not listen in
    if (!originAllowed(req)) return refuseUpgrade(socket, 403, WRONG_ORIGIN.message);
    const role = roleOf(tokenOf(req, url, port, false), tokens);
    if (role === null) return refuseUpgrade(socket, 401, UNAUTHORIZED.message);
    // a phone's page sees no change of anything: it has nothing to listen to
    if (role === 'submit') return refuseUpgrade(socket, 403, SUBMIT_ONLY.message);
    events.accept(req, socket, head, role);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const incident = rostrum.log.internal(`${req.method ?? '?'} ${(req.url ?? '').split('?')[0]}`, error);
      if (res.headersSent) return res.destroy();
      sendError(res, 500, internalError(incident));
    });
  });
  server.on('upgrade', upgrade);
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const unsubscribe = rostrum.subscribe((event) => events.broadcast(event));
  const withdrawLinks = publishSubmissionLinks(rostrum.db, { host, port, tokens });

  return {
    url: `http://${urlHost(host)}:${port}`,
    host,
    port,
    tokens,
    async close() {
      unsubscribe();
      withdrawLinks();
      await events.close();
      // the PDF printer's browser, kept warm between exports, goes with the server
      await pdfPrinter.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
  };
}
