import type { IpcRendererEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { IPC } from '../../src/shared/bridge';
import type { ChangeEvent } from '../../src/shared/events';
import { exposeBridge, type PreloadApi } from '../../src/preload/bridge';

// The preload's work (src/preload/bridge.ts; index.ts hands it the real Electron) against a typed double.

type Listener = (event: IpcRendererEvent, ...args: unknown[]) => void;

function preloadDouble() {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer: PreloadApi['ipcRenderer'] = {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: 'answer' };
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener as Listener);
      return this;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener as Listener);
      return this;
    }
  };
  const api = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value) },
    ipcRenderer
  } satisfies PreloadApi;
  const sender = { sender: 'the IPC event, which must not reach the page' } as unknown as IpcRendererEvent;
  return {
    api,
    exposed,
    invoked,
    emit: (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l(sender, ...args)),
    count: (channel: string) => listeners.get(channel)?.size ?? 0
  };
}

describe('the preload', () => {
  it('exposes one object, rostrum, with call, subscribe, onMenu and audioUrl, and never ipcRenderer', async () => {
    const d = preloadDouble();
    exposeBridge(d.api);
    expect([...d.exposed.keys()]).toEqual(['rostrum']);
    const rostrum = d.exposed.get('rostrum') as Record<string, unknown>;
    expect(Object.keys(rostrum).sort()).toEqual(['audioUrl', 'call', 'onMenu', 'subscribe']);
    expect(Object.values(rostrum).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(rostrum)).not.toContain(d.api.ipcRenderer);
  });

  it('names the audio of a conference on the shell’s rostrum-audio: scheme, asking nothing of main', () => {
    const d = preloadDouble();
    const rostrum = exposeBridge(d.api);
    expect(rostrum.audioUrl(12)).toBe('rostrum-audio://conference/12');
    expect(rostrum.audioUrl(12, { download: true })).toBe('rostrum-audio://conference/12?download=1');
    expect(d.invoked).toEqual([]);
  });

  it('calls through the one channel and passes changes on without the IPC event', async () => {
    const d = preloadDouble();
    const rostrum = exposeBridge(d.api);
    expect(await rostrum.call('conference.list', {})).toEqual({ ok: true, value: 'answer' });
    expect(d.invoked).toEqual([[IPC.call, 'conference.list', {}]]);

    const heard: unknown[][] = [];
    const stop = rostrum.subscribe((...args) => heard.push(args));
    const change = { topic: 'conference', conferenceId: 1, revision: 2, method: 'conference.create' } as unknown as ChangeEvent;
    d.emit(IPC.event, change);
    expect(heard).toEqual([[change]]);
    stop();
    expect(d.count(IPC.event)).toBe(0);
  });

  it('passes on only the known menu commands', () => {
    const d = preloadDouble();
    const rostrum = exposeBridge(d.api);
    const commands: unknown[] = [];
    const stop = rostrum.onMenu!((command) => commands.push(command));
    for (const command of ['export', 'import', 'rm -rf', { command: 'export' }]) d.emit(IPC.menu, command);
    expect(commands).toEqual(['export', 'import']);
    stop();
    expect(d.count(IPC.menu)).toBe(0);
  });
});
