import fs from 'node:fs';

/**
 * The Chromium that prints PDFs in browser mode and drives the e2e suite and the
 * console bench: the one named by ROSTRUM_CHROMIUM, else Debian's
 * (`npx playwright install` cannot work offline).
 */
export function chromiumPath(): string {
  const candidates = [process.env.ROSTRUM_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error('Chromium not found. Install it with `apt-get install chromium fonts-wqy-zenhei`, or set ROSTRUM_CHROMIUM to its path.');
  }
  return found;
}

/** Headless, and quiet: nothing fetched from the network, no first-run work. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];
