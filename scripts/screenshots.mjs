/* global process, console -- plain Node script; the lint config targets TypeScript */
// `npm run screenshots`: refreshes the README's pictures in docs/screenshots.
// The specs that take them write to the ignored test-results/screenshots on an
// ordinary test run (so `npm test` leaves the tree clean); here
// ROSTRUM_SCREENSHOTS=docs sends them to docs/screenshots instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

const SPECS = ['e2e/screenshots.spec.ts', 'e2e/layout.spec.ts', 'e2e/stage.spec.ts', 'e2e/export.spec.ts', 'e2e/prepared-layout.spec.ts'];

if (!buildIfStale()) process.exit(1);
const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'playwright.cmd' : 'playwright');
const result = spawnSync(bin, ['test', ...SPECS, '--project', 'browser'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ROSTRUM_SCREENSHOTS: 'docs' }
});
if (result.status === 0) console.log('Screenshots written to docs/screenshots. / 截图已写入 docs/screenshots。');
process.exit(result.status ?? 1);
