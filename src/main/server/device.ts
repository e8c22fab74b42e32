import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Which phone a submission comes from, for one-waiting-question-per-device and the rate limit:
 * an HttpOnly cookie set when the submission page loads, else the remote address (a phone that
 * refuses cookies, or a script). Only a hash of it is kept, so the database holds no address.
 */
function cookieName(port: number): string {
  return `rostrum_device_${port}`;
}

const DEVICE_ID = /^[\w-]{22,64}$/;

function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** The Set-Cookie header for a phone that has no device cookie yet; null when it has one. */
export function deviceCookieFor(req: IncomingMessage, port: number): string | null {
  const current = cookieValue(req, cookieName(port));
  if (current && DEVICE_ID.test(current)) return null;
  // a year: the same phone at next month's conference is the same device
  return `${cookieName(port)}=${randomBytes(16).toString('base64url')}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000`;
}

/** A hash naming the calling device. */
export function deviceOf(req: IncomingMessage, port: number): string {
  const cookie = cookieValue(req, cookieName(port));
  const source = cookie && DEVICE_ID.test(cookie) ? `cookie:${cookie}` : `address:${req.socket.remoteAddress ?? 'unknown'}`;
  return createHash('sha256').update(source).digest('base64url').slice(0, 32);
}
