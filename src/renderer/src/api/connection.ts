import type { CallerRole } from '../../../shared/roles';
/**
 * The state of the link to the server, for what a screen must show about it:
 * "connection lost" on the stage display, and the server's clock, so that
 * timers on a second device agree with the moderator's.
 */
export type ConnectionStatus = 'connecting' | 'open' | 'closed';

export interface ConnectionState {
  status: ConnectionStatus;
  /** serverNow - Date.now(), measured at the last hello or change; 0 inside Electron */
  clockOffsetMs: number;
  /** what the server lets this client do: the role of its token (shared/roles.ts) */
  role: CallerRole;
  /** the database revision last seen from the server (0 before the first hello) */
  revision: number;
  /** 'ipc' inside Electron, 'http' in a browser */
  transport: 'ipc' | 'http';
}

export interface Connection {
  readonly state: ConnectionState;
  /** Date.now() corrected to the server's clock. */
  serverNow(): number;
  /** Called on every change of state (status, clock offset, role); returns a function that stops listening. */
  subscribe(listener: (state: ConnectionState) => void): () => void;
}

/** A connection whose state the transport updates; what the UI sees is the read-only Connection. */
export class ConnectionStore implements Connection {
  private current: ConnectionState;
  private readonly listeners = new Set<(state: ConnectionState) => void>();

  constructor(initial: ConnectionState) {
    this.current = initial;
  }

  get state(): ConnectionState {
    return this.current;
  }

  serverNow(): number {
    return Date.now() + this.current.clockOffsetMs;
  }

  subscribe(listener: (state: ConnectionState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Replaces the state (a new object, so React's useSyncExternalStore sees the change). */
  update(patch: Partial<ConnectionState>): void {
    const next = { ...this.current, ...patch };
    const changed = (Object.keys(patch) as (keyof ConnectionState)[]).some((key) => next[key] !== this.current[key]);
    if (!changed) return;
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }
}
