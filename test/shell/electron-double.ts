/**
 * A small double of the parts of Electron's API the shell uses
 * (src/main/electron-api.ts), typed from electron.d.ts: the object is checked
 * with `satisfies ElectronApi`, and index.ts checks the real module against the
 * same type, so the two cannot drift apart. It records what the shell does and
 * lets a test fire the events Electron would (ready-to-show, will-navigate…).
 * Type imports of electron only: there is no Electron binary here.
 */
import type {
  BrowserWindowConstructorOptions,
  CallbackResponse,
  CustomScheme,
  HandlerDetails,
  HeadersReceivedResponse,
  LoadFileOptions,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OnBeforeRequestListenerDetails,
  OnHeadersReceivedListenerDetails,
  Rectangle,
  SaveDialogOptions,
  Session,
  WindowOpenHandlerResponse
} from 'electron';
import type {
  Cancellable,
  ElectronApi,
  ShellDownloadItem,
  ShellInvokeEvent,
  ShellSession,
  ShellWebContents,
  ShellWindow
} from '../../src/main/electron-api';
import type { DisplayLike } from '../../src/main/stage-display';

type Listener = (...args: never[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  protected add(event: string, listener: Listener, once = false): void {
    const wrapped: Listener = once
      ? (...args) => {
          this.listeners.set(
            event,
            (this.listeners.get(event) ?? []).filter((l) => l !== wrapped)
          );
          return listener(...args);
        }
      : listener;
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), wrapped]);
  }
  /** Fires an event as Electron would; answers whether a listener called preventDefault. */
  fire(event: string, ...args: unknown[]): { prevented: boolean } {
    let prevented = false;
    const cancellable: Cancellable = { preventDefault: () => void (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(cancellable, ...args);
    return { prevented };
  }
  /** Fires an event whose listeners take no event object. */
  fireBare(event: string): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as () => unknown)();
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class DoubleWebContents extends Emitter implements ShellWebContents {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  on(event: 'will-navigate', listener: (event: Cancellable, url: string) => void): this;
  on(event: 'will-redirect', listener: (event: Cancellable, url: string) => void): this;
  on(event: 'will-attach-webview', listener: (event: Cancellable) => void): this;
  on(event: string, listener: Listener): this {
    this.add(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  async printToPDF(): Promise<Buffer> {
    return Buffer.from('%PDF-1.7 double');
  }
  /** What window.open(url) would get. */
  open(url: string): WindowOpenHandlerResponse | null {
    return this.openHandler?.({ url } as HandlerDetails) ?? null;
  }
}

export class DoubleWindow extends Emitter implements ShellWindow {
  readonly webContents = new DoubleWebContents();
  /** every call that shows, focuses or places the window, in order */
  readonly calls: string[] = [];
  loaded: string | null = null;
  shown = false;
  focused = false;
  fullScreen = false;
  destroyed = false;
  bounds: Rectangle = { x: 0, y: 0, width: 800, height: 600 };

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  once(event: 'ready-to-show', listener: () => void): this {
    this.add(event, listener, true);
    return this;
  }
  on(event: 'closed', listener: () => void): this {
    this.add(event, listener);
    return this;
  }
  show(): void {
    this.calls.push('show');
    this.shown = this.focused = true;
  }
  showInactive(): void {
    this.calls.push('showInactive');
    this.shown = true;
  }
  focus(): void {
    this.calls.push('focus');
    this.focused = true;
  }
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  setFullScreen(flag: boolean): void {
    this.calls.push(`setFullScreen:${flag}`);
    // as on the real platforms: a hidden window made full screen is shown, and takes the focus
    if (flag && !this.shown) this.shown = this.focused = true;
    this.fullScreen = flag;
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.calls.push('setBounds');
    this.bounds = { ...this.bounds, ...bounds };
  }
  getBounds(): Rectangle {
    return this.bounds;
  }
  setMenuBarVisibility(): void {}
  async loadURL(url: string): Promise<void> {
    this.loaded = url;
  }
  async loadFile(filePath: string, options?: LoadFileOptions): Promise<void> {
    this.loaded = `file://${filePath}${options?.hash ? `#${options.hash}` : ''}`;
  }
  close(): void {
    this.destroy();
  }
  destroy(): void {
    this.destroyed = true;
    this.fireBare('closed');
  }
  /** Electron's ready-to-show: the page has painted. */
  readyToShow(): void {
    this.fireBare('ready-to-show');
  }
}

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

export class DoubleSession extends Emitter implements ShellSession {
  headersListener: ((details: OnHeadersReceivedListenerDetails, callback: (r: HeadersReceivedResponse) => void) => void) | null = null;
  requestListener: ((details: OnBeforeRequestListenerDetails, callback: (r: CallbackResponse) => void) => void) | null = null;
  requestHandler: RequestHandler = null;
  checkHandler: CheckHandler = null;
  readonly webRequest = {
    onHeadersReceived: (listener: NonNullable<DoubleSession['headersListener']>) => void (this.headersListener = listener),
    onBeforeRequest: (listener: NonNullable<DoubleSession['requestListener']>) => void (this.requestListener = listener)
  };
  setPermissionRequestHandler(handler: RequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler): void {
    this.checkHandler = handler;
  }
  /** the schemes this session handles, as protocol.handle was given them */
  readonly schemes = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => void this.schemes.set(scheme, handler)
  };
  on(event: 'will-download', listener: (event: Cancellable, item: ShellDownloadItem) => void): this {
    this.add(event, listener);
    return this;
  }
}

export class DoubleDownload implements ShellDownloadItem {
  saveOptions: SaveDialogOptions | null = null;
  constructor(private readonly name: string) {}
  getFilename(): string {
    return this.name;
  }
  setSaveDialogOptions(options: SaveDialogOptions): void {
    this.saveOptions = options;
  }
}

export interface DoubleOptions {
  locale?: string;
  isPackaged?: boolean;
  displays?: DisplayLike[];
  /** false: another instance holds the lock */
  lock?: boolean;
}

export function createElectronDouble(options: DoubleOptions = {}) {
  const windows: DoubleWindow[] = [];
  const paths = new Map<string, string>([
    ['appData', '/double/appData'],
    ['downloads', '/double/Downloads']
  ]);
  const appEvents = new (class extends Emitter {
    on(event: string, listener: Listener): this {
      this.add(event, listener);
      return this;
    }
  })();
  const handlers = new Map<string, (event: ShellInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const partitions = new Map<string, DoubleSession>();
  const record = {
    opened: [] as string[],
    openedPaths: [] as string[],
    menus: [] as MenuItemConstructorOptions[][],
    errorBoxes: [] as string[],
    messageBoxes: [] as MessageBoxOptions[],
    /** schemes registered as privileged, with whether the app was ready by then (Electron requires not) */
    privilegedSchemes: [] as { schemes: CustomScheme[]; beforeReady: boolean }[],
    clipboard: [] as string[],
    quit: 0,
    exitCode: null as number | null,
    blockers: new Set<number>()
  };
  const displays = options.displays ?? [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, internal: true }];
  let ready: () => void = () => undefined;
  let isReady = false;
  const whenReady = new Promise<void>((resolve) => (ready = resolve)).then(() => void (isReady = true));

  class BrowserWindow extends DoubleWindow {
    constructor(windowOptions: BrowserWindowConstructorOptions) {
      super(windowOptions);
      windows.push(this);
      // as Electron does for every new web contents
      appEvents.fire('web-contents-created', this.webContents);
    }
    static getAllWindows(): DoubleWindow[] {
      return windows.filter((w) => !w.destroyed);
    }
  }

  const electron = {
    app: {
      isPackaged: options.isPackaged ?? false,
      name: 'Rostrum',
      getLocale: () => options.locale ?? 'zh-CN',
      getPath: (name: 'appData' | 'userData' | 'downloads') => paths.get(name) ?? `/double/${name}`,
      setPath: (name: 'userData', value: string) => void paths.set(name, value),
      requestSingleInstanceLock: () => options.lock ?? true,
      quit: () => void record.quit++,
      exit: (code?: number) => void (record.exitCode = code ?? 0),
      whenReady: () => whenReady,
      on: ((event: string, listener: Listener) => appEvents.on(event, listener)) as ElectronApi['app']['on']
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: CustomScheme[]) => void record.privilegedSchemes.push({ schemes, beforeReady: !isReady })
    },
    ipcMain: {
      handle: (channel: string, listener: (event: ShellInvokeEvent, ...args: unknown[]) => Promise<unknown>) => void handlers.set(channel, listener)
    },
    session: {
      defaultSession: new DoubleSession(),
      fromPartition(partition: string): DoubleSession {
        if (!partitions.has(partition)) partitions.set(partition, new DoubleSession());
        return partitions.get(partition)!;
      }
    },
    shell: {
      openExternal: async (url: string) => void record.opened.push(url),
      openPath: async (p: string) => {
        record.openedPaths.push(p);
        return '';
      }
    },
    dialog: {
      showErrorBox: (title: string, content: string) => void record.errorBoxes.push(`${title}: ${content}`),
      showMessageBox: async (box: MessageBoxOptions) => {
        record.messageBoxes.push(box);
        return { response: 0, checkboxChecked: false };
      }
    },
    clipboard: { writeText: async (text: string) => void record.clipboard.push(text) },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
      setApplicationMenu: (menu: object | null) => {
        if (menu && 'template' in menu) record.menus.push(menu.template as MenuItemConstructorOptions[]);
      }
    },
    screen: {
      getAllDisplays: () => displays,
      getDisplayMatching: (rect: Rectangle) => displays.find((d) => rect.x >= d.bounds.x && rect.x < d.bounds.x + d.bounds.width) ?? displays[0]!,
      on: (event: 'display-added' | 'display-removed', listener: () => void) => void appEvents.on(`screen:${event}`, listener)
    },
    powerSaveBlocker: {
      start: () => {
        const id = record.blockers.size + 1;
        record.blockers.add(id);
        return id;
      },
      stop: (id: number) => record.blockers.delete(id),
      isStarted: (id: number) => record.blockers.has(id)
    }
  } satisfies ElectronApi;

  return {
    electron,
    windows,
    handlers,
    partitions,
    record,
    app: appEvents,
    /** Electron's ready event. */
    ready: () => ready(),
    /** invokes an ipcMain handler as a frame at `frameUrl` would (null: no frame) */
    invoke(channel: string, frameUrl: string | null, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`nothing handles ${channel}`);
      return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
    }
  };
}

export type ElectronDouble = ReturnType<typeof createElectronDouble>;

/**
 * Ends a shell a test started: fires will-quit when its Rostrum is open and waits
 * until the shell asks the app to quit (it closes the database first).
 */
export async function quitShell(double: ElectronDouble, shell: { rostrum(): unknown } | null): Promise<void> {
  if (!shell?.rostrum()) return;
  double.app.fire('will-quit');
  await new Promise<void>((resolve) => {
    const wait = () => (double.record.quit > 0 ? resolve() : setTimeout(wait, 5));
    wait();
  });
}
