import type { RostrumBridge } from '../../../shared/bridge';
import { ConnectionStore, type Connection } from './connection';
import { createHttpBridge } from './http-bridge';

export type { Connection, ConnectionState, ConnectionStatus } from './connection';

const TOKEN_KEY = 'rostrum.token';

/**
 * The token of browser mode arrives once in the address (?token=…), is kept
 * for this tab in sessionStorage (so a reload keeps working) and is taken out
 * of the address bar, so that it is not shown on a projected screen or copied
 * by accident.
 */
function takeToken(): string | null {
  let token: string | null = null;
  try {
    const url = new URL(window.location.href);
    token = url.searchParams.get('token');
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', url.toString());
    } else {
      token = sessionStorage.getItem(TOKEN_KEY);
    }
  } catch {
    // storage disabled: the token from the address still works for this page
  }
  return token;
}

function choose(): { bridge: RostrumBridge; connection: Connection; token?: string | null } {
  if (typeof window !== 'undefined' && window.rostrum) {
    // Inside Electron: IPC, always connected, same clock as the database.
    const connection = new ConnectionStore({
      status: 'open',
      clockOffsetMs: 0,
      role: 'operator',
      revision: 0,
      transport: 'ipc'
    });
    return { bridge: window.rostrum, connection };
  }
  const token = takeToken();
  const { bridge, connection } = createHttpBridge({ baseUrl: window.location.origin, token });
  return { bridge, connection, token };
}

const chosen = choose();

/**
 * The one API of the renderer: `bridge.call(method, input)` answers a Result
 * (never throws), `bridge.subscribe(listener)` delivers change events.
 * After a dropped socket reconnects, listeners get one event per topic with
 * `conferenceId: null` and `method: RESYNC_METHOD` (http-bridge.ts): refetch what is shown.
 */
export const bridge: RostrumBridge = chosen.bridge;

/** The link's status ('connecting' | 'open' | 'closed'), the server clock offset and the role. */
export const connection: Connection = chosen.connection;

/** Browser mode's token, for the few requests that are not method calls (an archive upload); null in Electron or without one. */
export function httpToken(): string | null {
  return chosen.token ?? null;
}
