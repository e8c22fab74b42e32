import { defineConfig } from '@playwright/test';
import { E2E_LOCALE, E2E_TIME_ZONE } from './e2e/environment';
import type { Target } from './e2e/fixtures';

/**
 * One suite, two targets: browser mode in Chromium everywhere, and the Electron
 * app wherever its binary exists (elsewhere those tests are skipped with the reason).
 * The suite runs against the built app (`npm run build` runs first in `npm test`).
 */
export default defineConfig<object, { target: Target }>({
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
    // the Electron app is launched with the same language and zone (e2e/environment.ts)
    locale: E2E_LOCALE,
    timezoneId: E2E_TIME_ZONE,
    // Chromium is looked up by the fixtures when a browser is first used, never here:
    // loading this file must work where only Electron is installed.
    trace: 'off',
    screenshot: 'only-on-failure'
  },
  projects: [
    { name: 'browser', use: { target: 'browser' satisfies Target } },
    { name: 'electron', use: { target: 'electron' satisfies Target } }
  ]
});
