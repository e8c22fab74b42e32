/**
 * The parts of Electron's main-process API the shell uses, and nothing more.
 * The shell is written against this, so that tests run it in Node against a
 * double (test/shell/electron-double.ts). It is typed from electron.d.ts
 * (type imports only): src/main/index.ts hands the real module in with
 * `satisfies ElectronApi`, so a change in Electron's API that the shell relies
 * on fails the type check instead of drifting from the double.
 */
import type {
  BrowserWindowConstructorOptions,
  Clipboard,
  Dialog,
  HandlerDetails,
  HeadersReceivedResponse,
  CallbackResponse,
  LoadFileOptions,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OnBeforeRequestListenerDetails,
  OnHeadersReceivedListenerDetails,
  PowerSaveBlocker,
  PrintToPDFOptions,
  Protocol,
  Rectangle,
  SaveDialogOptions,
  Session,
  Shell,
  WindowOpenHandlerResponse
} from 'electron';
import type { DisplayLike } from './stage-display';

/** An event the shell may cancel. */
export interface Cancellable {
  preventDefault(): void;
}

export interface ShellWebContents {
  on(event: 'will-navigate', listener: (event: Cancellable, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: Cancellable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Cancellable) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
  send(channel: string, ...args: unknown[]): void;
  printToPDF(options: PrintToPDFOptions): Promise<Buffer>;
}

export interface ShellWindow {
  readonly webContents: ShellWebContents;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  show(): void;
  showInactive(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  setBounds(bounds: Partial<Rectangle>): void;
  getBounds(): Rectangle;
  setMenuBarVisibility(visible: boolean): void;
  loadURL(url: string): Promise<void>;
  loadFile(filePath: string, options?: LoadFileOptions): Promise<void>;
  close(): void;
  destroy(): void;
}

export interface ShellDownloadItem {
  getFilename(): string;
  setSaveDialogOptions(options: SaveDialogOptions): void;
}

export interface ShellSession {
  readonly webRequest: {
    onHeadersReceived(listener: (details: OnHeadersReceivedListenerDetails, callback: (response: HeadersReceivedResponse) => void) => void): void;
    onBeforeRequest(listener: (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void): void;
  };
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  /** the session's own custom schemes (rostrum-audio: in the moderator's session only) */
  readonly protocol: Pick<Protocol, 'handle'>;
  on(event: 'will-download', listener: (event: Cancellable, item: ShellDownloadItem) => void): unknown;
}

/** What `event` of an ipcMain.handle listener tells about its sender. */
export interface ShellInvokeEvent {
  readonly senderFrame: { readonly url: string } | null;
}

export interface ElectronApi {
  app: {
    readonly isPackaged: boolean;
    readonly name: string;
    getLocale(): string;
    getPath(name: 'appData' | 'userData' | 'downloads'): string;
    setPath(name: 'userData', path: string): void;
    requestSingleInstanceLock(): boolean;
    quit(): void;
    exit(exitCode?: number): void;
    whenReady(): Promise<void>;
    on(event: 'web-contents-created', listener: (event: Cancellable, contents: ShellWebContents) => void): unknown;
    on(event: 'second-instance' | 'window-all-closed' | 'activate', listener: () => void): unknown;
    on(event: 'will-quit', listener: (event: Cancellable) => void): unknown;
  };
  BrowserWindow: {
    new (options: BrowserWindowConstructorOptions): ShellWindow;
    getAllWindows(): ShellWindow[];
  };
  ipcMain: {
    handle(channel: string, listener: (event: ShellInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  };
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>;
  session: {
    readonly defaultSession: ShellSession;
    fromPartition(partition: string): ShellSession;
  };
  shell: Pick<Shell, 'openExternal' | 'openPath'>;
  dialog: Pick<Dialog, 'showErrorBox'> & { showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue> };
  clipboard: Pick<Clipboard, 'writeText'>;
  Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): object;
    setApplicationMenu(menu: object | null): void;
  };
  screen: {
    getAllDisplays(): DisplayLike[];
    getDisplayMatching(rect: Rectangle): DisplayLike;
    on(event: 'display-added' | 'display-removed', listener: () => void): unknown;
  };
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>;
}
