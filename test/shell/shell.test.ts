import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC } from '../../src/shared/bridge';
import type { Conference } from '../../src/shared/domain';
import type { Result } from '../../src/shared/errors';
import { contentSecurityPolicy } from '../../src/main/content-security-policy';
import { createElectronPrinter } from '../../src/main/electron-pdf';
import { startShell } from '../../src/main/shell';
import { tempDir } from '../helpers';
import { createElectronDouble, quitShell, DoubleDownload, type DoubleWindow, type ElectronDouble } from './electron-double';

// The shell's wiring (src/main/shell.ts, which index.ts hands the real Electron)
// run in Node against the typed double, over a real database and server.

const MAIN_DIR = '/app/out/main';
const CONSOLE_URL = 'file:///app/out/renderer/index.html';

const SECURE = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false
};

let double: ElectronDouble;
let shell: ReturnType<typeof startShell> | null = null;
let dataDir = '';

afterEach(async () => {
  await quitShell(double, shell);
  shell = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof createElectronDouble>[0] = {}) {
  double = createElectronDouble(options);
  dataDir = tempDir('rostrum-shell-');
  shell = startShell(double.electron, { mainDir: MAIN_DIR, argv: ['electron', '.', `--data-dir=${dataDir}`], env: {} });
  double.ready();
  await shell.started;
  const main = double.windows[0]!;
  return { shell, main };
}

const call = <T>(frameUrl: string | null, method: string, input: unknown) => double.invoke(IPC.call, frameUrl, method, input) as Promise<Result<T>>;

/** Every rule of secureContents, checked on one window's web contents. */
function expectHeldToTheRules(window: DoubleWindow): void {
  const contents = window.webContents;
  const before = double.record.opened.length;
  expect(contents.fire('will-navigate', 'https://www.dzwww.com/news').prevented).toBe(true);
  expect(double.record.opened.slice(before)).toEqual(['https://www.dzwww.com/news']); // opened in the system browser instead
  for (const url of ['http://[::ffff:127.0.0.1]:4310/', 'file:///etc/passwd', 'javascript:alert(1)']) {
    expect(contents.fire('will-navigate', url).prevented, url).toBe(true);
  }
  expect(double.record.opened.slice(before)).toEqual(['https://www.dzwww.com/news']);
  expect(contents.fire('will-navigate', `${CONSOLE_URL}#/archive`).prevented).toBe(false);
  expect(contents.fire('will-redirect', 'https://evil.example/').prevented).toBe(true);
  expect(contents.fire('will-attach-webview').prevented).toBe(true);
  expect(contents.open('https://www.dzwww.com/')).toEqual({ action: 'deny' });
  expect(contents.open(`${CONSOLE_URL}#/`)).toEqual({ action: 'deny' });
}

describe('the Electron shell, run against a typed double', () => {
  it('opens the console isolated and sandboxed, at its home route, shown once painted', async () => {
    const { main } = await start();
    expect(main.options.webPreferences).toMatchObject({ ...SECURE, preload: '/app/out/preload/index.js' });
    expect(main.options.show).toBe(false);
    expect(main.loaded).toBe(`${CONSOLE_URL}#/`);
    expect(main.loaded).toMatch(/#\/$/);
    expect(main.shown).toBe(false);
    main.readyToShow();
    expect(main.calls).toEqual(['show']);
  });

  it('adds the one CSP to every response, keeping the other headers', async () => {
    await start();
    const listener = double.electron.session.defaultSession.headersListener!;
    let answer: { responseHeaders?: Record<string, string | string[]> } | null = null;
    listener({ responseHeaders: { 'Content-Type': ['text/html'] } } as never, (response) => (answer = response));
    expect(answer).toEqual({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });

  it('grants no permission and saves downloads through the save dialog', async () => {
    await start();
    const session = double.electron.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal'] as const) {
      let granted: boolean | null = null;
      session.requestHandler!({} as never, permission, (ok) => (granted = ok), {} as never);
      expect(granted, permission).toBe(false);
      expect(session.checkHandler!(null, permission, 'file://', {} as never), permission).toBe(false);
    }
    const item = new DoubleDownload('2024-01-02 发布会.docx');
    session.fire('will-download', item);
    expect(item.saveOptions).toEqual({ title: '保存导出文件', defaultPath: '/double/Downloads/2024-01-02 发布会.docx' });
  });

  it('denies navigation away, redirects, webviews and new windows, and opens only safe links outside', async () => {
    const { main } = await start();
    expectHeldToTheRules(main);
  });

  it('answers calls only from its own page, and sends every change to every window', async () => {
    const { main } = await start();
    for (const frame of ['https://evil.example/', 'file:///tmp/other/index.html', null]) {
      const refused = await call(frame, 'conference.create', { title: '不应创建' });
      expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: '此窗口不是 Rostrum 自己的页面，不能调用它。' } });
    }
    expect((await call<Conference[]>(`${CONSOLE_URL}#/`, 'conference.list', {})).ok && true).toBe(true);
    const created = await call<Conference>(`${CONSOLE_URL}#/`, 'conference.create', { title: '菏泽发布会' });
    expect(created.ok).toBe(true);
    expect(
      shell!
        .rostrum()!
        .router.invoke('conference.list', {})
        .map((c) => c.title)
    ).toEqual(['菏泽发布会']);
    expect(main.webContents.sent.filter((m) => m.channel === IPC.event).map((m) => (m.args[0] as { method: string }).method)).toContain(
      'conference.create'
    );
  });

  it('builds the menu in the system language, with browser mode’s address', async () => {
    const { shell } = await start({ locale: 'en-US' });
    const labels = double.record.menus.at(-1)!.map((item) => item.label);
    expect(labels).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const help = double.record.menus.at(-1)!.at(-1)!.submenu as { label: string }[];
    expect(help[0]!.label).toBe(`Browser mode address: ${shell.server()!.url}/`);
  });

  it('puts the stage window on the second display only once shown, without taking the focus', async () => {
    const { shell, main } = await start({
      displays: [
        { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, internal: true },
        { id: 2, bounds: { x: 1920, y: 0, width: 3840, height: 2160 } }
      ]
    });
    main.readyToShow();
    const conference = shell.rostrum()!.router.invoke('conference.create', { title: '台上显示' });
    shell.stageWindows()!.open(conference.id);
    const stage = double.windows.at(-1)!;
    expect(stage).not.toBe(main);
    expect(stage.options.webPreferences).toMatchObject({ ...SECURE, preload: '/app/out/preload/index.js', backgroundThrottling: false });
    expect(stage.loaded).toBe(`${CONSOLE_URL}#/stage/${conference.id}`);
    // hidden until painted: nothing made it full screen (which would show and focus it)
    expect(stage.shown).toBe(false);
    expect(stage.calls).toEqual([]);
    stage.readyToShow();
    expect(stage.calls).toEqual(['showInactive', 'setFullScreen:false', 'setBounds', 'setFullScreen:true']);
    expect(stage.focused).toBe(false);
    expect(stage.bounds).toMatchObject({ x: 1920, width: 3840 });
    expectHeldToTheRules(stage);
  });

  it('prints in a hidden window without script, in a session that grants and loads nothing else', async () => {
    double = createElectronDouble();
    dataDir = tempDir('rostrum-shell-');
    const print = createElectronPrinter(double.electron);
    const pdf = await print('<!doctype html><p>实录</p>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 double');
    const window = double.windows[0]!;
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: {
        partition: 'rostrum-print',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        webviewTag: false
      }
    });
    expect(window.loaded).toMatch(/^file:\/\/.*rostrum-print-.*\/transcript\.html$/);
    expect(window.destroyed).toBe(true);
    const printing = double.partitions.get('rostrum-print')!;
    let granted: boolean | null = null;
    printing.requestHandler!({} as never, 'media', (ok) => (granted = ok), {} as never);
    expect(granted).toBe(false);
    const cancels = (url: string) => {
      let cancel: boolean | undefined;
      printing.requestListener!({ url } as never, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(cancels('file:///tmp/rostrum-print-x/transcript.html')).toBe(false);
    expect(cancels('https://evil.example/beacon')).toBe(true);
  });

  it('quits at once when another instance holds the lock, and opens nothing', async () => {
    double = createElectronDouble({ lock: false });
    dataDir = tempDir('rostrum-shell-');
    shell = startShell(double.electron, { mainDir: MAIN_DIR, argv: ['electron', '.', `--data-dir=${dataDir}`], env: {} });
    double.ready();
    await shell.started;
    expect(double.record.quit).toBe(1);
    expect(double.windows).toEqual([]);
    expect(shell.rostrum()).toBeNull();
  });
});
