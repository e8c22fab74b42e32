import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The renderer reads data one way (the change-fed store: store/conference-store.ts,
// store/directory-store.ts and, for every other read, store/reads.ts's useRead) and
// writes through one helper (store/request.ts). Views never call the bridge.

const ROOT = path.resolve(__dirname, '..');
const RENDERER = 'src/renderer/src';
const ALLOWED = new Set(['store/request.ts', 'store/reads.ts', 'store/sync.ts']);

function rendererSources(): string[] {
  return fs
    .readdirSync(path.join(ROOT, RENDERER), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('api/'));
}

describe('one way to read data in the renderer', () => {
  it('calls the bridge only from the store (reads, sync and the one write helper)', () => {
    const files = rendererSources();
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => {
      const text = fs.readFileSync(path.join(ROOT, RENDERER, file), 'utf8');
      return /\bbridge\.(call|subscribe)\(/.test(text) && !ALLOWED.has(file.split(path.sep).join('/'));
    });
    expect(offenders).toEqual([]);
  });

  it('has no hand-made query hook beside the store', () => {
    expect(fs.existsSync(path.join(ROOT, RENDERER, 'views/archive/use-call.ts'))).toBe(false);
  });
});
