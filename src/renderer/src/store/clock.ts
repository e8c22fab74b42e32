import { useSyncExternalStore } from 'react';
import { connection } from '../api/bridge';

/**
 * The console's clock: the server's time (Date.now() corrected by the offset
 * the connection measured). Timers are always computed from stored start times
 * and this clock, never by counting ticks, so a reload or a sleeping laptop
 * shows the right time. The interval below only decides when to redraw.
 */
const TICK_MS = 250;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let snapshot = quantize(connection.serverNow());

function quantize(ms: number): number {
  return Math.floor(ms / TICK_MS) * TICK_MS;
}

function tick(): void {
  const next = quantize(connection.serverNow());
  if (next === snapshot) return;
  snapshot = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  // React re-reads the snapshot after subscribing: a first timer on screen starts from the true time
  if (listeners.size === 0) snapshot = quantize(connection.serverNow());
  listeners.add(listener);
  if (!timer) timer = setInterval(tick, TICK_MS / 2);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

function getSnapshot(): number {
  return snapshot;
}

/** The server's now, redrawn four times a second. Use only in the small components that show time. */
export function useServerNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

export function serverNow(): number {
  return connection.serverNow();
}
