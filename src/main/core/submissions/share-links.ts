import type { Database } from 'better-sqlite3';
import type { SubmissionLinks } from '../../../shared/submission';

/**
 * Where phones open the submission page is known to the HTTP server, not to core: the server
 * says it here when it starts (and takes it back when it stops), keyed by the database it serves,
 * as backup-manager.ts does. Without a server (Electron before its server starts) nothing serves the page.
 */
const linksByDb = new WeakMap<Database, () => SubmissionLinks>();

export function setSubmissionLinks(db: Database, links: (() => SubmissionLinks) | null): void {
  if (links) linksByDb.set(db, links);
  else linksByDb.delete(db);
}

export function submissionLinksOf(db: Database): SubmissionLinks {
  return linksByDb.get(db)?.() ?? { urls: [], unreachable: 'no-server' };
}
