import type { Database } from 'better-sqlite3';
import os from 'node:os';
import type { SubmissionLinks } from '../../shared/submission';
import { setSubmissionLinks } from '../core/submissions/share-links';
import { isLoopback, type Tokens } from './auth';

/** This computer's addresses on its networks (IPv4, not loopback): where phones on the same Wi-Fi reach it. */
export function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((info) => info && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

/** A page's address with its token: "http://10.0.0.5:4310/?token=…#/submit". */
export function pageUrl(origin: string, token: string | undefined, route = ''): string {
  return `${origin}/${token ? `?token=${encodeURIComponent(token)}` : ''}${route}`;
}

export interface ServedAt {
  host: string;
  port: number;
  tokens: Tokens | null;
}

/**
 * Where phones open the submission page, or why none can: a server on loopback is out of reach of
 * every phone, and one without tokens would hand the operator's powers to the room.
 */
export function submissionLinks({ host, port, tokens }: ServedAt, addresses: () => string[] = lanAddresses): SubmissionLinks {
  if (isLoopback(host)) return { urls: [], unreachable: 'loopback' };
  if (!tokens) return { urls: [], unreachable: 'no-token' };
  const hosts = host === '0.0.0.0' || host === '::' ? addresses() : [host.includes(':') ? `[${host}]` : host];
  if (hosts.length === 0) return { urls: [], unreachable: 'no-network' };
  return { urls: hosts.map((address) => pageUrl(`http://${address}:${port}`, tokens.submit, '#/submit')), unreachable: null };
}

/** Tells core where this server serves the page (submission.links); answers the function that takes it back. */
export function publishSubmissionLinks(db: Database, servedAt: ServedAt): () => void {
  setSubmissionLinks(db, () => submissionLinks(servedAt));
  return () => setSubmissionLinks(db, null);
}
