/** The preload, kept to one line of work: bridge.ts exposes the API, given the real Electron (held to its shape by `satisfies`). */
import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge, type PreloadApi } from './bridge';

exposeBridge({ contextBridge, ipcRenderer } satisfies PreloadApi);
