import type { ChangeEvent } from '../../shared/events';
import { openDatabase } from './db/connection';
import { createServices } from './handlers';
import { createRouter } from './router';

export interface RostrumOptions {
  dataDir: string;
  now?: () => number;
}

/**
 * The whole of Rostrum that needs no Electron: the database, the services and
 * the router, with one stream of change events. The shell and the HTTP server
 * are transports on top of this.
 */
export function openRostrum(options: RostrumOptions) {
  const opened = openDatabase(options.dataDir);
  const listeners = new Set<(event: ChangeEvent) => void>();
  const services = createServices(opened.db, options.dataDir);
  // whatever a crash left queued is indexed before the first search needs it
  services.searchIndex.catchUp();
  const publish = (event: ChangeEvent) => {
    services.searchIndex.schedule();
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // a failing listener (a closed window) must not stop the others
      }
    }
  };
  const router = createRouter(opened.db, services, { now: options.now, onChange: publish });
  return {
    db: opened.db,
    file: opened.file,
    dataDir: options.dataDir,
    /** the path an unreadable database was moved to at start, to tell the user */
    movedAside: opened.movedAside,
    services,
    router,
    /** Sends a change made outside a router call (a finished backup, a restore) to every listener. */
    publish,
    subscribe(listener: (event: ChangeEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close(): void {
      listeners.clear();
      services.searchIndex.cancel();
      if (!opened.db.open) return;
      try {
        services.searchIndex.catchUp();
      } finally {
        opened.db.close();
      }
    }
  };
}

export type Rostrum = ReturnType<typeof openRostrum>;
