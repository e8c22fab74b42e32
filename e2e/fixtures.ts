import { test as base, expect, _electron, type Browser, type Page, type TestInfo } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../src/shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '../src/shared/methods';
import { createBackupManager } from '../src/main/core/archive/backup-manager';
import { openRostrum, type Rostrum } from '../src/main/core/rostrum';
import { startServer, type RunningServer } from '../src/main/server/server';
import { CHROMIUM_ARGS, chromiumPath } from '../src/main/core/chromium';
import { NO_ELECTRON_REASON, electronBinary } from './electron-binary';
import { electronLaunchOptions } from './environment';

export type Target = 'browser' | 'electron';

export interface RostrumFixture {
  target: Target;
  /** the console window */
  page: Page;
  dataDir: string;
  /** calls the same API the console uses; throws on an error Result */
  api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** opens the console again in a second window (browser mode only) */
  openSecondWindow(hash?: string): Promise<Page>;
  /** reloads the console and waits until it is ready */
  reload(): Promise<void>;
  /** goes to a hash route and waits until the app is ready */
  goto(hash: string): Promise<void>;
}

export async function waitReady(page: Page): Promise<void> {
  await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
}

const STATIC_DIR = path.resolve(__dirname, '..', 'out', 'renderer');

async function browserTarget(page: Page, dataDir: string, use: (f: RostrumFixture) => Promise<void>) {
  const rostrum: Rostrum = openRostrum({ dataDir });
  // as `npm run serve` does, so the backups view works (its timer is not started: tests need no daily backup)
  createBackupManager({ rostrum });
  const server: RunningServer = await startServer({ rostrum, port: 0, staticDir: STATIC_DIR });
  const extraPages: Page[] = [];
  // A fresh document for every route: a hash change alone keeps the ready marker of the
  // previous view, so a test could act before the new view has its data.
  const goto = async (hash: string) => {
    await page.goto('about:blank');
    await page.goto(`${server.url}/#${hash.replace(/^#/, '')}`);
    await waitReady(page);
  };
  try {
    await goto('/');
    await use({
      target: 'browser',
      page,
      dataDir,
      async api(method, input) {
        const response = await fetch(`${server.url}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input)
        });
        const result = (await response.json()) as Result<never>;
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        return result.value;
      },
      async openSecondWindow(hash = '/') {
        const second = await page.context().newPage();
        extraPages.push(second);
        await second.goto(`${server.url}/#${hash.replace(/^#/, '')}`);
        await waitReady(second);
        return second;
      },
      async reload() {
        await page.reload();
        await waitReady(page);
      },
      goto
    });
  } finally {
    for (const p of extraPages) await p.close().catch(() => undefined);
    await server.close();
    rostrum.close();
  }
}

async function electronTarget(dataDir: string, use: (f: RostrumFixture) => Promise<void>) {
  const executablePath = electronBinary();
  if (!executablePath) throw new Error(NO_ELECTRON_REASON);
  const app = await _electron.launch(electronLaunchOptions(executablePath, dataDir));
  try {
    const page = await app.firstWindow();
    await waitReady(page);
    await use({
      target: 'electron',
      page,
      dataDir,
      async api(method, input) {
        const result = (await page.evaluate(
          ([m, i]) => (globalThis as unknown as { rostrum: { call(m: string, i: unknown): Promise<unknown> } }).rostrum.call(m, i),
          [method, input] as const
        )) as Result<never>;
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        return result.value;
      },
      async openSecondWindow() {
        throw new Error('A second console window is tested in browser mode.');
      },
      async reload() {
        await page.reload();
        await waitReady(page);
      },
      async goto(hash: string) {
        await page.evaluate((h) => {
          (globalThis as unknown as { location: { hash: string } }).location.hash = h;
        }, hash);
        await waitReady(page);
      }
    });
  } finally {
    await app.close();
  }
}

/** What the browser target's page gets from the config's `use` (the built-in page fixture is not used: see below). */
type ContextOptions = Pick<Parameters<Browser['newContext']>[0] & object, 'viewport' | 'locale' | 'timezoneId'>;

async function browserPage(browser: Browser, options: ContextOptions, testInfo: TestInfo, use: (page: Page) => Promise<void>) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  try {
    await use(page);
  } finally {
    if (testInfo.status !== testInfo.expectedStatus) {
      const shot = await page.screenshot().catch(() => null);
      if (shot) await testInfo.attach('screenshot', { body: shot, contentType: 'image/png' });
    }
    await context.close();
  }
}

export const test = base.extend<{ rostrum: RostrumFixture }, { target: Target; chromium: Browser | null; chromiumArgs: readonly string[] }>({
  /** which app the specs drive: set per project in playwright.config.ts */
  target: ['browser', { scope: 'worker', option: true }],
  /** switches a spec adds to the browser's launch (the audio specs' fake microphone); a spec that sets it gets a worker of its own */
  chromiumArgs: [[], { scope: 'worker', option: true }],
  /**
   * The system Chromium, looked up and launched only where a browser is used:
   * the electron project never needs one, so it runs where no Chromium is installed.
   */
  chromium: [
    async ({ target, playwright, chromiumArgs }, use) => {
      if (target === 'electron') return use(null);
      const browser = await playwright.chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...chromiumArgs] });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' }
  ],
  // specs that use the built-in browser fixture get the same Chromium, resolved as late
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter
  launchOptions: [async ({}, use) => use({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }), { scope: 'worker' }],
  rostrum: async ({ target, chromium, viewport, locale, timezoneId }, use, testInfo) => {
    if (target === 'electron' && !electronBinary()) {
      console.log(`[electron] ${testInfo.title}: skipped — ${NO_ELECTRON_REASON}`);
      testInfo.skip(true, NO_ELECTRON_REASON);
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-e2e-'));
    try {
      if (target === 'electron') await electronTarget(dataDir, use);
      else await browserPage(chromium!, { viewport, locale, timezoneId }, testInfo, (page) => browserTarget(page, dataDir, use));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
});

export { expect };
