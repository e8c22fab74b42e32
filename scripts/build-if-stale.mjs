/* global process, console -- plain Node script; the lint config targets TypeScript */
// Runs `electron-vite build` unless out/ is newer than every source file.
// `npm run serve` and `npm start` call it, so a second start takes no build time;
// pass --force to build anyway. Plain Node ESM: it runs before anything is built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const OUTPUTS = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];
const INPUTS = [
  'src',
  'resources',
  'electron.vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.node.json',
  'tsconfig.web.json'
];

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder's mtime
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** The reason to build, or null when out/ is up to date. */
export function staleReason() {
  let oldestOutput = Infinity;
  for (const output of OUTPUTS) {
    const file = path.join(root, output);
    if (!fs.existsSync(file)) return `${output} is missing`;
    oldestOutput = Math.min(oldestOutput, fs.statSync(file).mtimeMs);
  }
  for (const input of INPUTS) {
    if (newestMtime(path.join(root, input)) > oldestOutput) return `${input} changed since the last build`;
  }
  return null;
}

/** Builds when needed; returns true when out/ is usable. */
export function buildIfStale({ force = false } = {}) {
  const reason = force ? 'forced' : staleReason();
  if (reason === null) {
    console.log('Build is up to date (out/). / 构建已是最新。');
    return true;
  }
  console.log(`Building (${reason})… / 正在构建…`);
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const result = spawnSync(bin, ['build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(buildIfStale({ force: process.argv.includes('--force') }) ? 0 : 1);
}
