/**
 * The language and time zone every e2e target runs in, so Chinese texts and
 * times asserted by the specs do not depend on the host. The browser project
 * sets them on its context (playwright.config.ts); the Electron app gets them
 * at launch: Chromium's --lang switch (navigator.language, app.getLocale()) and
 * TZ for both of Electron's processes. No @playwright/test here: a unit test reads it.
 */
import path from 'node:path';

export const E2E_LOCALE = 'zh-CN';
export const E2E_TIME_ZONE = 'Asia/Shanghai';

export interface ElectronLaunch {
  executablePath: string;
  args: string[];
  env: Record<string, string>;
}

/** How the fixtures launch the built Electron app on a data folder of its own. */
export function electronLaunchOptions(executablePath: string, dataDir: string, env: NodeJS.ProcessEnv = process.env): ElectronLaunch {
  const inherited = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  delete inherited.ELECTRON_RUN_AS_NODE;
  return {
    executablePath,
    args: [path.resolve(__dirname, '..', 'out', 'main', 'index.js'), `--lang=${E2E_LOCALE}`, `--data-dir=${dataDir}`],
    env: { ...inherited, TZ: E2E_TIME_ZONE, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' }
  };
}
