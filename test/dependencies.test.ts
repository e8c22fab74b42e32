import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What runs in the packaged app is a dependency; what vite bundles into the
// renderer is a dev dependency; no run-time path loads a dev dependency.

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(root, dir, file));
}

/** The packages a file loads at run time: value imports and dynamic imports, not `import type`. */
function packagesLoadedBy(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found = [
    ...text.matchAll(/^import (?!type )[^;]*?from '([^'.][^']*)'/gm),
    ...text.matchAll(/^export (?!type )[^;]*?from '([^'.][^']*)'/gm),
    ...text.matchAll(/(?<!typeof )\bimport\(\s*'([^'.][^']*)'\s*\)/g),
    // a dynamic import through a variable, which keeps bundlers from pulling the package in (exports/pdf.ts)
    ...text.matchAll(/\bconst specifier = '([^'.][^']*)'/g)
  ].map((m) => m[1]!);
  const builtins = new Set(builtinModules);
  return found
    .filter((name) => !name.startsWith('node:') && !builtins.has(name) && name !== 'electron')
    .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!));
}

const runtime = new Set([...sources('src/main'), ...sources('src/preload'), ...sources('src/shared')].flatMap(packagesLoadedBy));
const renderer = new Set(sources('src/renderer').flatMap(packagesLoadedBy));

describe('dependencies where they belong', () => {
  it('lists every package main and the preload load at run time as a dependency', () => {
    expect(runtime.size).toBeGreaterThan(3);
    const notDependencies = [...runtime].filter((name) => !(name in pkg.dependencies));
    expect(notDependencies).toEqual([]);
    // the PDF printer of browser mode loads it when it prints
    expect(runtime.has('playwright-core')).toBe(true);
  });

  it('keeps as dependencies only what runs in main: renderer libraries are bundled, so dev dependencies', () => {
    const unusedAtRunTime = Object.keys(pkg.dependencies).filter((name) => !runtime.has(name));
    expect(unusedAtRunTime).toEqual([]);
    for (const name of renderer) {
      expect(name in pkg.dependencies || name in pkg.devDependencies, name).toBe(true);
      if (!runtime.has(name)) expect(name in pkg.devDependencies, `${name} is used only by the bundled renderer`).toBe(true);
    }
    expect(renderer.has('mammoth')).toBe(true);
  });
});
