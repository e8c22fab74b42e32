import { test as base, expect, _electron, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../src/shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '../src/shared/methods';
import { createBackupManager } from '../src/main/core/archive/backup-manager';
import { openRostrum, type Rostrum } from '../src/main/core/rostrum';
import { startServer, type RunningServer } from '../src/main/server/server';
import { NO_ELECTRON_REASON, electronBinary } from './electron-binary';

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
  const app = await _electron.launch({
    executablePath,
    args: [path.resolve(__dirname, '..', 'out', 'main', 'index.js'), `--data-dir=${dataDir}`]
  });
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

export const test = base.extend<{ rostrum: RostrumFixture }>({
  rostrum: async ({ page }, use, testInfo) => {
    const target = (testInfo.project.metadata.target ?? 'browser') as Target;
    if (target === 'electron' && !electronBinary()) {
      console.log(`[electron] ${testInfo.title}: skipped — ${NO_ELECTRON_REASON}`);
      testInfo.skip(true, NO_ELECTRON_REASON);
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-e2e-'));
    try {
      if (target === 'electron') await electronTarget(dataDir, use);
      else await browserTarget(page, dataDir, use);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
});

export { expect };
