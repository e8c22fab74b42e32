/* global process -- plain Node ESM, imported by scripts/start.mjs and the e2e fixtures */
// The one lookup of Electron's executable. It resolves exactly as the electron
// package's own index.js (what `require('electron')` answers), but never starts
// the download that index.js starts when the binary is missing: an offline
// machine has none, and then the answer is null.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * node_modules/electron, as Node resolves it from `fromDir` (the project's
 * root). No import.meta here: Playwright loads this file as CommonJS.
 */
export function electronPackageDir(fromDir = process.cwd()) {
  return path.dirname(createRequire(path.join(fromDir, 'package.json')).resolve('electron/package.json'));
}

/**
 * Where Electron's index.js would say its executable is: path.txt names it
 * inside dist/, or inside ELECTRON_OVERRIDE_DIST_PATH when that is set (and
 * `electron` there when path.txt is missing). Null when no file is there.
 */
export function electronBinary(packageDir = electronPackageDir(), env = process.env) {
  const pathFile = path.join(packageDir, 'path.txt');
  // read as index.js reads it: not trimmed
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : null;
  let candidate = null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
  else if (executable) candidate = path.join(packageDir, 'dist', executable);
  return candidate && fs.existsSync(candidate) ? candidate : null;
}
