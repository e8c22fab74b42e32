import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { E2E_LOCALE, E2E_TIME_ZONE, electronLaunchOptions } from '../e2e/environment';

// Where no system Chromium exists, looking it up throws: the config must load all the same.
vi.mock('../src/main/core/chromium', () => ({
  CHROMIUM_ARGS: [],
  chromiumPath: () => {
    throw new Error('Chromium not found (looked up while loading the config)');
  }
}));

describe('the e2e targets’ environment', () => {
  it('loads the Playwright config without looking Chromium up, and gives each project its target', async () => {
    const config = (await import('../playwright.config')).default;
    expect(config.projects?.map((p) => [p.name, (p.use as { target?: string } | undefined)?.target])).toEqual([
      ['browser', 'browser'],
      ['electron', 'electron']
    ]);
    expect(config.use?.launchOptions).toBeUndefined();
    expect(config.use?.locale).toBe(E2E_LOCALE);
    expect(config.use?.timezoneId).toBe(E2E_TIME_ZONE);
  });

  it('launches Electron in the browser project’s language and time zone, whatever the host’s', () => {
    const launch = electronLaunchOptions('/opt/electron/electron', '/tmp/data', {
      LANG: 'en_US.UTF-8',
      TZ: 'America/New_York',
      ELECTRON_RUN_AS_NODE: '1',
      PATH: '/usr/bin'
    });
    expect(launch.executablePath).toBe('/opt/electron/electron');
    expect(launch.args).toEqual([path.resolve(import.meta.dirname, '..', 'out', 'main', 'index.js'), '--lang=zh-CN', '--data-dir=/tmp/data']);
    expect(launch.env).toMatchObject({ TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', PATH: '/usr/bin' });
    // run as Node, Electron would open no window at all
    expect(launch.env.ELECTRON_RUN_AS_NODE).toBeUndefined();
  });
});
