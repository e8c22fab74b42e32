/**
 * The Electron shell: lifecycle, the windows and their security handlers, the
 * menu, and the IPC binding of the router. It is handed Electron's API
 * (src/main/index.ts passes the real one; tests a typed double), so its wiring
 * runs in Node. Everything else is in src/main/core and src/main/server.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC, type MenuCommand } from '../shared/bridge';
import type { Result } from '../shared/errors';
import { AUDIO_SCHEME_PRIVILEGES, audioProtocolHandler } from './audio-protocol';
import { contentSecurityPolicy } from './content-security-policy';
import { createBackupManager, type BackupManager } from './core/archive/backup-manager';
import { finishCall } from './core/finish-call';
import { openRostrum, type Rostrum } from './core/rostrum';
import { createElectronPrinter } from './electron-pdf';
import type { ElectronApi, ShellWindow } from './electron-api';
import { permissionHandlers, refuseAll } from './media-permission';
import { fill, shellStrings, type ShellStrings } from './menu-strings';
import { externalUrlAllowed, isOwnRenderer, type RendererLocation } from './navigation-policy';
import { chooseDataDir } from './server/data-dir';
import { startServer, type RunningServer } from './server/server';
import { menuTemplate } from './shell-menu';
import { attachStageWindows, STAGE_PARTITION, type StageWindows } from './stage-window';
import { windowOptions } from './window-options';

export interface ShellOptions {
  /** the folder of the built main script (out/main): the preload and the renderer are beside it */
  mainDir: string;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
}

/** The address a window of the renderer opens: always with a route (#/…), as the renderer's links have. */
export function rendererUrl(renderer: RendererLocation, hash: string): string {
  const base = renderer.devUrl ?? pathToFileURL(path.join(renderer.rendererDir, 'index.html')).href;
  return `${base.replace(/#.*$/, '')}#${hash}`;
}

export function startShell(electron: ElectronApi, options: ShellOptions) {
  const { app, BrowserWindow, ipcMain, session, shell, dialog, Menu } = electron;
  // before the app is ready, as Electron requires: the review player's audio comes from this scheme
  electron.protocol.registerSchemesAsPrivileged([AUDIO_SCHEME_PRIVILEGES]);
  const renderer: RendererLocation = {
    rendererDir: path.join(options.mainDir, '../renderer'),
    devUrl: !app.isPackaged && options.env.ELECTRON_RENDERER_URL ? options.env.ELECTRON_RENDERER_URL : null
  };
  const preloadPath = path.join(options.mainDir, '../preload/index.js');

  // Data: --data-dir, else ROSTRUM_DATA_DIR, else userData named "Rostrum" (what browser mode uses too).
  app.setPath('userData', path.join(app.getPath('appData'), 'Rostrum'));
  const dataChoice = chooseDataDir(options.argv, options.env, app.getPath('userData'));
  // A data folder of its own gets a profile of its own: the single-instance lock is then per data folder.
  if (dataChoice.source !== 'default') app.setPath('userData', path.join(dataChoice.dir, 'electron-profile'));

  let rostrum: Rostrum | null = null;
  let server: RunningServer | null = null;
  let mainWindow: ShellWindow | null = null;
  let stageWindows: StageWindows | null = null;
  let backups: BackupManager | null = null;
  const print = createElectronPrinter(electron);

  const strings = (): ShellStrings => shellStrings(app.getLocale());

  function openExternalChecked(url: string): void {
    if (externalUrlAllowed(url)) void shell.openExternal(url);
  }

  /** Every web contents (windows, and any that might appear) is held to the same rules. */
  function secureContents(): void {
    app.on('web-contents-created', (_event, contents) => {
      contents.on('will-navigate', (event, url) => {
        if (isOwnRenderer(url, renderer)) return;
        event.preventDefault();
        openExternalChecked(url);
      });
      contents.on('will-redirect', (event, url) => {
        if (!isOwnRenderer(url, renderer)) event.preventDefault();
      });
      contents.on('will-attach-webview', (event) => event.preventDefault());
      contents.setWindowOpenHandler(({ url }) => {
        openExternalChecked(url);
        return { action: 'deny' };
      });
    });
    const csp = contentSecurityPolicy({ dev: renderer.devUrl !== null });
    const stageSession = session.fromPartition(STAGE_PARTITION);
    for (const each of [session.defaultSession, stageSession]) {
      each.webRequest.onHeadersReceived((details, callback) => {
        callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
      });
    }
    // The microphone, for audio only, to the moderator's window on our own page; nothing else, to nobody else.
    const media = permissionHandlers({ moderator: () => mainWindow?.webContents ?? null, ownPage: (url) => isOwnRenderer(url, renderer) });
    session.defaultSession.setPermissionRequestHandler(media.request);
    session.defaultSession.setPermissionCheckHandler(media.check);
    stageSession.setPermissionRequestHandler(refuseAll.request);
    stageSession.setPermissionCheckHandler(refuseAll.check);
    // An export is saved through the OS save dialog, never silently into Downloads: the dialog opens with the file's name.
    session.defaultSession.on('will-download', (_event, item) => {
      item.setSaveDialogOptions({
        title: strings().saveExport,
        defaultPath: path.join(app.getPath('downloads'), item.getFilename())
      });
    });
  }

  function bindIpc(opened: Rostrum): void {
    ipcMain.handle(IPC.call, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isOwnRenderer(frameUrl, renderer)) {
        return { ok: false, error: { code: 'forbidden', message: strings().refusedCall } };
      }
      const name = String(method);
      // a PDF export's finishing step prints with Electron's own Chromium
      return finishCall(name, opened.router.call(name, input, { role: 'operator' }), { print, log: opened.log });
    });
    opened.subscribe((change) => {
      for (const window of BrowserWindow.getAllWindows()) {
        if (!window.isDestroyed()) window.webContents.send(IPC.event, change);
      }
    });
  }

  /** A menu command goes to the moderator's window, which opens the matching dialog. */
  function sendMenu(command: MenuCommand): void {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC.menu, command);
  }

  function buildMenu(): void {
    const template = menuTemplate(electron, {
      browserAddress: server ? `${server.url}/` : null,
      sendMenu,
      openDataFolder: () => rostrum && void shell.openPath(rostrum.dataDir),
      openStageDisplay: () => stageWindows?.openForLive()
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function createWindow(): void {
    const window = new BrowserWindow(windowOptions(preloadPath));
    mainWindow = window;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    // the console's home route, as every link in it names one
    void window.loadURL(rendererUrl(renderer, '/'));
  }

  async function start(): Promise<void> {
    const t = strings();
    try {
      rostrum = openRostrum({ dataDir: dataChoice.dir, logToTerminal: !app.isPackaged });
    } catch (error) {
      // e.g. a database from a newer Rostrum: say so and leave the file alone
      dialog.showErrorBox(t.startFailedTitle, error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    // a backup when a conference ends, and one a day while the app runs
    backups = createBackupManager({ rostrum });
    backups.start();
    secureContents();
    bindIpc(rostrum);
    // only in the moderator's session: the stage's has no such scheme
    session.defaultSession.protocol.handle(AUDIO_SCHEME_PRIVILEGES.scheme, audioProtocolHandler(rostrum));
    // Browser mode on loopback, for a stage display or a second operator on this computer.
    try {
      server = await startServer({ rostrum, host: '127.0.0.1', port: 0, staticDir: renderer.rendererDir });
    } catch (error) {
      rostrum.log.internal('browser mode', error);
    }
    buildMenu();
    createWindow();
    stageWindows = attachStageWindows(electron, {
      rostrum,
      preloadPath,
      stageUrl: (conferenceId) => rendererUrl(renderer, `/stage/${conferenceId}`),
      mainWindow: () => mainWindow
    });
    if (rostrum.movedAside) {
      void dialog.showMessageBox({
        type: 'warning',
        title: t.movedAsideTitle,
        message: t.movedAsideTitle,
        detail: fill(t.movedAsideBody, { path: rostrum.movedAside })
      });
    }
  }

  let started: Promise<void> = Promise.resolve();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    app.on('second-instance', () => {
      if (!mainWindow) return;
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    });
    app.on('window-all-closed', () => app.quit());
    app.on('activate', () => {
      if (rostrum && BrowserWindow.getAllWindows().length === 0) createWindow();
    });
    let closing = false;
    app.on('will-quit', (event) => {
      if (closing) return;
      closing = true;
      event.preventDefault();
      backups?.stop();
      stageWindows?.close();
      void (server?.close() ?? Promise.resolve())
        .then(() => backups?.idle())
        .finally(() => {
          rostrum?.close();
          app.quit();
        });
    });
    started = app.whenReady().then(start);
  }

  return {
    /** resolves once the app has started (or refused to) */
    started,
    renderer,
    dataDir: dataChoice.dir,
    rostrum: () => rostrum,
    server: () => server,
    mainWindow: () => mainWindow,
    stageWindows: () => stageWindows
  };
}
