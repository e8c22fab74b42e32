/**
 * Which URLs the shell trusts: its own renderer (for IPC and navigation) and
 * which external links it hands to the system browser. No electron here, so
 * that it is tested in Node.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RendererLocation {
  /** the folder of the built renderer (out/renderer) */
  rendererDir: string;
  /** the dev server's URL during `electron-vite dev`, else null */
  devUrl: string | null;
}

/** True only for a page of our own renderer: a file under out/renderer, or the dev server's origin. */
export function isOwnRenderer(url: string, location: RendererLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.devUrl) {
    try {
      if (parsed.origin === new URL(location.devUrl).origin) return true;
    } catch {
      // a malformed dev URL trusts nothing
    }
  }
  if (parsed.protocol !== 'file:') return false;
  const file = path.resolve(fileURLToPath(parsed));
  const root = path.resolve(location.rendererDir);
  return file.startsWith(root + path.sep);
}

/**
 * A link the moderator may open in the system browser: plain http(s) with a
 * host, no credentials, and not a loopback address (which could reach local
 * services, browser mode included, from a pasted link).
 */
export function externalUrlAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password || !parsed.hostname) return false;
  const host = parsed.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host.startsWith('127.') || host === '0.0.0.0') {
    return false;
  }
  return true;
}
