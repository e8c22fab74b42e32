import type { Result } from './errors';
import type { ChangeEvent } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';

/**
 * The one API the renderer sees: over IPC inside Electron (the preload),
 * over HTTP and WebSocket in a browser.
 */
export interface RostrumBridge {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /** Returns a function that stops listening. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}

/** The IPC channel names shared by the shell and the preload. */
export const IPC = {
  call: 'rostrum:call',
  event: 'rostrum:event'
} as const;
