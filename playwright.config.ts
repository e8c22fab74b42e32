import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './src/main/core/chromium';

/**
 * One suite, two targets: browser mode in Chromium everywhere, and the Electron
 * app wherever its binary exists (elsewhere those tests are skipped with the reason).
 * The suite runs against the built app (`npm run build` runs first in `npm test`).
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure'
  },
  projects: [
    { name: 'browser', metadata: { target: 'browser' } },
    { name: 'electron', metadata: { target: 'electron' } }
  ]
});
