/**
 * Which URLs the shell trusts: its own renderer (for IPC and navigation) and
 * which external links it hands to the system browser. No electron here, so
 * that it is tested in Node.
 */
import { BlockList, isIP } from 'node:net';
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
 * Loopback and "this host" in every spelling the URL parser leaves: 127/8, 0/8,
 * ::1 and :: (inside ::/96, with the old IPv4-compatible form), and IPv4-mapped
 * IPv6 (::ffff:127.0.0.1), which BlockList matches against the IPv4 rules.
 */
const LOCAL_ADDRESSES = new BlockList();
LOCAL_ADDRESSES.addSubnet('127.0.0.0', 8, 'ipv4');
LOCAL_ADDRESSES.addSubnet('0.0.0.0', 8, 'ipv4');
LOCAL_ADDRESSES.addSubnet('::', 96, 'ipv6');

/** True for a host name or address that reaches this machine. */
export function isLocalHost(hostname: string): boolean {
  // a trailing dot names the same host (localhost. is localhost)
  const host = hostname.toLowerCase().replace(/\.+$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const address = host.replace(/^\[|\]$/g, '');
  const family = isIP(address);
  return family !== 0 && LOCAL_ADDRESSES.check(address, family === 6 ? 'ipv6' : 'ipv4');
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
  return !isLocalHost(parsed.hostname);
}
