import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the specs' screenshots go. A plain test run writes them to the ignored
 * test-results/screenshots, so `npm test` leaves the tree clean; `npm run
 * screenshots` (scripts/screenshots.mjs) sets ROSTRUM_SCREENSHOTS=docs and
 * they refresh the README's pictures in docs/screenshots.
 */
export const README_SHOTS = process.env.ROSTRUM_SCREENSHOTS === 'docs';

const ROOT = path.resolve(__dirname, '..', '..');
export const SHOTS_DIR = README_SHOTS ? path.join(ROOT, 'docs', 'screenshots') : path.join(ROOT, 'test-results', 'screenshots');

/** The path of a screenshot named `name` (no extension), its folder made. */
export function shotPath(name: string): string {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  return path.join(SHOTS_DIR, `${name}.png`);
}

/** Where a spec's working pictures go (every size it checks): always the ignored folder. */
export function workShotPath(name: string): string {
  const dir = path.join(ROOT, 'test-results', 'layout');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
