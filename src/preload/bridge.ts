/**
 * The preload's work, given Electron's renderer API: the renderer's only door
 * to main. It exposes exactly `call(method, input)`, `subscribe(listener)` and
 * `onMenu(listener)`, typed from the contract; ipcRenderer itself never
 * reaches the page. Type imports only, so a test runs it against a double.
 */
import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron';
import { electronAudioUrl, IPC, MENU_COMMANDS, type MenuCommand, type RostrumBridge } from '../shared/bridge';
import type { ChangeEvent } from '../shared/events';

/** Electron's own listener type (its `this`-returning methods are narrowed to what the preload uses). */
type IpcListener = Parameters<IpcRenderer['on']>[1];

export interface PreloadApi {
  contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>;
  ipcRenderer: {
    invoke: IpcRenderer['invoke'];
    on(channel: string, listener: IpcListener): unknown;
    removeListener(channel: string, listener: IpcListener): unknown;
  };
}

export function exposeBridge({ contextBridge, ipcRenderer }: PreloadApi): RostrumBridge {
  const rostrum: RostrumBridge = {
    call: ((method: string, input: unknown) => ipcRenderer.invoke(IPC.call, method, input)) as RostrumBridge['call'],
    subscribe(listener) {
      // a wrapper per listener, so the page never receives the IPC event object (and its sender)
      const wrapped = (_event: IpcRendererEvent, change: ChangeEvent) => listener(change);
      ipcRenderer.on(IPC.event, wrapped);
      return () => {
        ipcRenderer.removeListener(IPC.event, wrapped);
      };
    },
    onMenu(listener) {
      // only the known commands pass: the page never acts on whatever else might arrive on the channel
      const wrapped = (_event: IpcRendererEvent, command: unknown) => {
        if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
      };
      ipcRenderer.on(IPC.menu, wrapped);
      return () => {
        ipcRenderer.removeListener(IPC.menu, wrapped);
      };
    },
    audioUrl: (conferenceId, options) => electronAudioUrl(conferenceId, options?.download ?? false)
  };
  contextBridge.exposeInMainWorld('rostrum', rostrum);
  return rostrum;
}
