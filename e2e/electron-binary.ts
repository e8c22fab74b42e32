import fs from 'node:fs';
import path from 'node:path';

/**
 * The Electron executable when it is already on disk, else null. Never triggers
 * the download that `require('electron')` would start: offline machines have no binary.
 */
export function electronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return fs.existsSync(candidate) ? candidate : null;
  }
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(executable) ? executable : null;
}

export const NO_ELECTRON_REASON =
  'Electron binary absent (node_modules/electron/dist is empty: it cannot be downloaded on this offline machine); ' +
  'the same specs ran against browser mode in Chromium.';
