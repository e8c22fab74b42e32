/**
 * The preload: the renderer's only door to main. It exposes exactly
 * `call(method, input)` and `subscribe(listener)`, typed from the contract;
 * ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, type RostrumBridge } from '../shared/bridge';
import type { ChangeEvent } from '../shared/events';

const rostrum: RostrumBridge = {
  call: ((method: string, input: unknown) => ipcRenderer.invoke(IPC.call, method, input)) as RostrumBridge['call'],
  subscribe(listener) {
    // a wrapper per listener, so the page never receives the IPC event object (and its sender)
    const wrapped = (_event: IpcRendererEvent, change: ChangeEvent) => listener(change);
    ipcRenderer.on(IPC.event, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC.event, wrapped);
    };
  }
};

contextBridge.exposeInMainWorld('rostrum', rostrum);
