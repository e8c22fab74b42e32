/**
 * The Electron shell, kept thin: lifecycle, the window and its security
 * handlers, the menu, and the IPC binding of the router. Everything else is
 * in src/main/core and src/main/server, which run (and are tested) in Node.
 */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, session, shell, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { IPC, type MenuCommand } from '../shared/bridge';
import type { Result } from '../shared/errors';
import type { ExportFile } from '../shared/methods-export';
import { completeExport } from './core/exports/pdf';
import { createBackupManager, type BackupManager } from './core/archive/backup-manager';
import type { ErrorLog } from './core/error-log';
import { openRostrum, type Rostrum } from './core/rostrum';
import { printWithElectron } from './electron-pdf';
import { attachStageWindows, type StageWindows } from './stage-window';
import { fill, shellStrings, type ShellStrings } from './menu-strings';
import { externalUrlAllowed, isOwnRenderer, type RendererLocation } from './navigation-policy';
import { chooseDataDir } from './server/data-dir';
import { startServer, type RunningServer } from './server/server';
import { contentSecurityPolicy } from './content-security-policy';
import { windowOptions } from './window-options';

const renderer: RendererLocation = {
  rendererDir: path.join(__dirname, '../renderer'),
  devUrl: !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null
};

// Data: --data-dir, else ROSTRUM_DATA_DIR, else userData named "Rostrum" (what browser mode uses too).
app.setPath('userData', path.join(app.getPath('appData'), 'Rostrum'));
const dataChoice = chooseDataDir(process.argv, process.env, app.getPath('userData'));
// A data folder of its own gets a profile of its own: the single-instance lock is then per data folder.
if (dataChoice.source !== 'default') app.setPath('userData', path.join(dataChoice.dir, 'electron-profile'));

let rostrum: Rostrum | null = null;
let server: RunningServer | null = null;
let mainWindow: BrowserWindow | null = null;
let stageWindows: StageWindows | null = null;
let backups: BackupManager | null = null;

function strings(): ShellStrings {
  return shellStrings(app.getLocale());
}

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
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  // no camera, microphone, notifications, geolocation…: the console needs none
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // An export is saved through the OS save dialog, never silently into Downloads: the dialog opens with the file's name.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({
      title: strings().saveExport,
      defaultPath: path.join(app.getPath('downloads'), item.getFilename())
    });
  });
}

/** A PDF export leaves the router as print-ready HTML; Electron's Chromium prints it, outside the transaction. */
async function finishExport(method: string, result: Result<unknown>, log: ErrorLog): Promise<Result<unknown>> {
  if (!result.ok || method !== 'transcript.export') return result;
  try {
    return { ok: true, value: await completeExport(result.value as ExportFile, printWithElectron) };
  } catch (error) {
    const incident = log.internal(method, error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Printing the PDF failed: ${message}`, details: { incident } } };
  }
}

function bindIpc(app: Rostrum): void {
  ipcMain.handle(IPC.call, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isOwnRenderer(frameUrl, renderer)) {
      return { ok: false, error: { code: 'forbidden', message: strings().refusedCall } };
    }
    return finishExport(String(method), app.router.call(String(method), input, { role: 'operator' }), app.log);
  });
  app.subscribe((change) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(IPC.event, change);
    }
  });
}

function showBrowserAddress(url: string): void {
  const t = strings();
  clipboard.writeText(url);
  void dialog
    .showMessageBox({
      type: 'info',
      title: t.browserAddressTitle,
      message: t.browserAddressTitle,
      detail: fill(t.browserAddressBody, { url }),
      buttons: [t.ok, t.openInBrowser],
      defaultId: 0
    })
    .then(({ response }) => {
      if (response === 1) void shell.openExternal(url); // our own loopback server: not an untrusted link
    });
}

/** A menu command goes to the moderator's window, which opens the matching dialog. */
function sendMenu(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC.menu, command);
}

function buildMenu(): void {
  const t = strings();
  const isMac = process.platform === 'darwin';
  const address = server ? `${server.url}/` : null;
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        { label: t.exportTranscript, accelerator: 'CmdOrCtrl+E', click: () => sendMenu('export') },
        { label: t.importConference, click: () => sendMenu('import') },
        { type: 'separator' },
        { label: t.dataFolder, click: () => rostrum && void shell.openPath(rostrum.dataDir) },
        // on macOS, Quit lives in the app menu
        ...(isMac ? [] : [{ type: 'separator' } as const, { label: t.quit, role: 'quit' } as const])
      ]
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' }
      ]
    },
    {
      label: t.view,
      submenu: [
        { label: t.reload, role: 'reload' },
        ...(app.isPackaged ? [] : [{ label: t.devTools, role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { label: t.actualSize, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: t.fullScreen, role: 'togglefullscreen' },
        { type: 'separator' },
        { label: t.stageDisplay, accelerator: 'CmdOrCtrl+Shift+D', click: () => stageWindows?.openForLive() }
      ]
    },
    { label: t.window, submenu: [{ label: t.minimize, role: 'minimize' }, { label: t.close, role: 'close' }] },
    {
      label: t.help,
      submenu: [
        address
          ? { label: fill(t.browserAddress, { url: address }), click: () => showBrowserAddress(address) }
          : { label: t.browserUnavailable, enabled: false }
      ]
    }
  ];
  if (isMac) template.unshift({ label: app.name, submenu: [{ label: t.quit, role: 'quit' }] });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(path.join(__dirname, '../preload/index.js')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (renderer.devUrl) void mainWindow.loadURL(renderer.devUrl);
  else void mainWindow.loadFile(path.join(renderer.rendererDir, 'index.html'));
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
  // Browser mode on loopback, for a stage display or a second operator on this computer.
  try {
    server = await startServer({ rostrum, host: '127.0.0.1', port: 0, staticDir: renderer.rendererDir });
  } catch (error) {
    console.error('Browser mode could not start:', error);
  }
  buildMenu();
  createWindow();
  stageWindows = attachStageWindows({
    rostrum,
    preloadPath: path.join(__dirname, '../preload/index.js'),
    rendererDir: renderer.rendererDir,
    devUrl: renderer.devUrl,
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
    void (server?.close() ?? Promise.resolve())
      .then(() => backups?.idle())
      .finally(() => {
        rostrum?.close();
        app.quit();
      });
  });
  void app.whenReady().then(start);
}
