import path from 'node:path';
import { electronBinary as lookUp, electronPackageDir } from '../scripts/electron-binary.mjs';

/** Electron's executable, or null: the lookup `npm start` uses too, which follows Electron's own rule. */
export function electronBinary(): string | null {
  return lookUp(electronPackageDir(path.resolve(__dirname, '..')));
}

export const NO_ELECTRON_REASON =
  'Electron binary absent (node_modules/electron/dist is empty: it cannot be downloaded on this offline machine); ' +
  'the same specs ran against browser mode in Chromium.';
