import type { ChangeEvent } from '../../shared/events';
import path from 'node:path';
import type { AudioIo } from './audio/audio-files';
import { repairAudio } from './audio/audio-repair';
import { createJoinedAudio } from './audio/joined-audio';
import { openDatabase } from './db/connection';
import { createErrorLog, LOG_FILE, type ErrorLog } from './error-log';
import { createServices } from './services';
import { createRouter } from './router';

export interface RostrumOptions {
  dataDir: string;
  now?: () => number;
  /** Also print internal errors to the terminal (development, and browser mode's terminal). */
  logToTerminal?: boolean;
  /** Where internal errors go; by default logs/rostrum.log in the data folder, size-capped. */
  log?: ErrorLog;
  /** The recording's file writes (tests stand in a full disk); the data folder's disk by default. */
  audioIo?: AudioIo;
}

/**
 * The whole of Rostrum that needs no Electron: the database, the services and
 * the router, with one stream of change events. The shell and the HTTP server
 * are transports on top of this.
 */
export function openRostrum(options: RostrumOptions) {
  const log = options.log ?? createErrorLog({ file: path.join(options.dataDir, LOG_FILE), echo: options.logToTerminal });
  const opened = openDatabase(options.dataDir);
  const listeners = new Set<(event: ChangeEvent) => void>();
  // a recording torn by a crash is cut to its last whole block before anything reads it
  const audioRepair = repairAudio(opened.db, options.dataDir);
  const services = createServices(opened.db, options.dataDir, { audioIo: options.audioIo });
  // whatever a crash left queued is indexed before the first search needs it
  services.searchIndex.catchUp();
  const publish = (event: ChangeEvent) => {
    services.searchIndex.schedule();
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        // a failing listener (a closed window) must not stop the others, but is not forgotten
        log.listener(error);
      }
    }
  };
  const router = createRouter(opened.db, services, { now: options.now, onChange: publish, onInternalError: log.internal });
  return {
    db: opened.db,
    file: opened.file,
    dataDir: options.dataDir,
    /** internal errors, with method and stack: see error-log.ts */
    log,
    /** the path an unreadable database was moved to at start, to tell the user */
    movedAside: opened.movedAside,
    /** what opening did to recordings a crash left torn or open (audio/audio-repair.ts) */
    audioRepair,
    services,
    router,
    /** the conference's recording joined into one seekable file (core/audio/joined-audio.ts) */
    joinedAudio: createJoinedAudio(services.audio, services.conferences),
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
