/**
 * The application menu, and the browser-mode address dialog it opens. Labels
 * come from the main string table (menu-strings.ts).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge';
import type { ElectronApi } from './electron-api';
import { fill, shellStrings } from './menu-strings';

export interface MenuContext {
  /** browser mode's address, or null when it did not start */
  browserAddress: string | null;
  /** sends a command to the moderator's window */
  sendMenu(command: MenuCommand): void;
  openDataFolder(): void;
  openStageDisplay(): void;
}

function showBrowserAddress(electron: ElectronApi, url: string): void {
  const t = shellStrings(electron.app.getLocale());
  void electron.clipboard.writeText(url);
  void electron.dialog
    .showMessageBox({
      type: 'info',
      title: t.browserAddressTitle,
      message: t.browserAddressTitle,
      detail: fill(t.browserAddressBody, { url }),
      buttons: [t.ok, t.openInBrowser],
      defaultId: 0
    })
    .then(({ response }) => {
      if (response === 1) void electron.shell.openExternal(url); // our own loopback server: not an untrusted link
    });
}

export function menuTemplate(electron: ElectronApi, context: MenuContext, platform = process.platform): MenuItemConstructorOptions[] {
  const t = shellStrings(electron.app.getLocale());
  const isMac = platform === 'darwin';
  const address = context.browserAddress;
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        { label: t.exportTranscript, accelerator: 'CmdOrCtrl+E', click: () => context.sendMenu('export') },
        { label: t.importConference, click: () => context.sendMenu('import') },
        { type: 'separator' },
        { label: t.dataFolder, click: () => context.openDataFolder() },
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
        ...(electron.app.isPackaged ? [] : [{ label: t.devTools, role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { label: t.actualSize, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: t.fullScreen, role: 'togglefullscreen' },
        { type: 'separator' },
        { label: t.stageDisplay, accelerator: 'CmdOrCtrl+Shift+D', click: () => context.openStageDisplay() }
      ]
    },
    {
      label: t.window,
      submenu: [
        { label: t.minimize, role: 'minimize' },
        { label: t.close, role: 'close' }
      ]
    },
    {
      label: t.help,
      submenu: [
        address
          ? { label: fill(t.browserAddress, { url: address }), click: () => showBrowserAddress(electron, address) }
          : { label: t.browserUnavailable, enabled: false }
      ]
    }
  ];
  if (isMac) template.unshift({ label: electron.app.name, submenu: [{ label: t.quit, role: 'quit' }] });
  return template;
}
