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
  /**
   * Where the conference's joined audio plays from (an <audio> src that seeks):
   * rostrum-audio:// in Electron, /api/audio/<id>?token=… in a browser.
   * `download` asks for it as a file named <title>-<date>.webm.
   */
  audioUrl(conferenceId: number, options?: { download?: boolean }): string;
}

/** The privileged scheme the Electron shell serves the joined audio on, to the moderator's window only. */
export const AUDIO_SCHEME = 'rostrum-audio';

/** The Electron address of a conference's audio (the shell's protocol handler parses it back). */
export function electronAudioUrl(conferenceId: number, download = false): string {
  return `${AUDIO_SCHEME}://conference/${conferenceId}${download ? '?download=1' : ''}`;
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
