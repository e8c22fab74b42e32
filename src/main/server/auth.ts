import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CALLER_ROLES, type CallerRole } from '../../shared/roles';

/** One token per role: the console, the stage display, the spokesperson's desk, the reporters' submission page. */
export type Tokens = Record<CallerRole, string>;

function randomToken(): string {
  // 32 random bytes, URL-safe: long enough that guessing is hopeless, short enough to paste.
  return randomBytes(32).toString('base64url');
}

export function generateTokens(): Tokens {
  return { operator: randomToken(), readonly: randomToken(), desk: randomToken(), submit: randomToken() };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  // 127.0.0.0/8 as a literal only: "127.0.0.1.evil.example" is a name anyone can point anywhere
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieName(port: number): string {
  // Cookies ignore the port: two Rostrum servers on one machine must not share one.
  return `rostrum_token_${port}`;
}

/** The token a request carries: the Bearer header, else ?token=, else (static files only) the cookie. */
export function tokenOf(req: IncomingMessage, url: URL, port: number, allowCookie: boolean): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const query = url.searchParams.get('token');
  if (query) return query;
  if (allowCookie) {
    const name = cookieName(port);
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [key, ...rest] = part.trim().split('=');
      if (key === name) return rest.join('=');
    }
  }
  return null;
}

/**
 * The role a token grants, or null when it grants nothing.
 * Without tokens (loopback, no --token) every caller is the operator.
 */
export function roleOf(token: string | null, tokens: Tokens | null): CallerRole | null {
  if (!tokens) return 'operator';
  if (token === null) return null;
  // every token is compared, so the time taken says nothing about which one matched
  let role: CallerRole | null = null;
  for (const candidate of CALLER_ROLES) if (sameToken(token, tokens[candidate]) && role === null) role = candidate;
  return role;
}

/**
 * Set when index.html is fetched with a valid token, so that the page's own
 * scripts and styles (which cannot carry a header) load too. HttpOnly and
 * SameSite=Strict; the API and the socket never accept it (no CSRF through it).
 */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

function hostnameOf(hostHeader: string): string {
  // "[::1]:4310" → "[::1]", "localhost:4310" → "localhost"
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.split(':')[0]!;
}

/**
 * Against DNS rebinding: a server bound to loopback answers only requests
 * addressed to a loopback name, never "evil.example" resolved to 127.0.0.1.
 * A server bound elsewhere is protected by its tokens instead.
 */
export function hostAllowed(req: IncomingMessage, boundToLoopback: boolean): boolean {
  const host = req.headers.host;
  if (!host) return false;
  if (!boundToLoopback) return true;
  return isLoopback(hostnameOf(host.toLowerCase()));
}

/**
 * Against cross-site requests: a browser names the page that sent a request
 * in Origin; it must be this server itself. Requests without Origin (curl,
 * same-origin GETs of some browsers) pass: they are not a page's doing.
 */
export function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (!req.headers.host) return false;
  try {
    const parsed = new URL(origin);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host === req.headers.host.toLowerCase();
  } catch {
    return false; // "null" and other opaque origins
  }
}
