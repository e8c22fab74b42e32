import os from 'node:os';
import path from 'node:path';

/** The folder name Electron's userData uses for the app; browser mode uses the same, so both open one database. */
export const APP_DIR_NAME = 'Rostrum';

/** Where Electron keeps userData on each platform, without asking Electron (browser mode has none). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir()
): string {
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_DIR_NAME);
}

export interface DataDirChoice {
  dir: string;
  source: 'flag' | 'env' | 'default';
}

/** --data-dir D (or --data-dir=D), else ROSTRUM_DATA_DIR, else the fallback. */
export function chooseDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): DataDirChoice {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir' && argv[i + 1]) return { dir: path.resolve(argv[i + 1]!), source: 'flag' };
    if (arg.startsWith('--data-dir=')) return { dir: path.resolve(arg.slice('--data-dir='.length)), source: 'flag' };
  }
  if (env.ROSTRUM_DATA_DIR) return { dir: path.resolve(env.ROSTRUM_DATA_DIR), source: 'env' };
  return { dir: fallback, source: 'default' };
}
