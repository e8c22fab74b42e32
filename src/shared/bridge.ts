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
  /**
   * The application menu's commands (Electron only; absent in a browser).
   * Returns a function that stops listening.
   */
  onMenu?(listener: (command: MenuCommand) => void): () => void;
}

/** What the shell's application menu asks the console to do. */
export const MENU_COMMANDS = ['export', 'import'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The IPC channel names shared by the shell and the preload. */
export const IPC = {
  call: 'rostrum:call',
  event: 'rostrum:event',
  menu: 'rostrum:menu'
} as const;
