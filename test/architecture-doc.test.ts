import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE.md names files and the symbols in them at every step of a
 * keypress. A renamed or moved file, or a symbol that left its file, makes the
 * note wrong without anyone noticing; this test notices.
 */
const root = path.resolve(import.meta.dirname, '..');
const note = fs.readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

/** Files the note names that a command writes (ignored by git), not the sources. */
const WRITTEN_AT_RUN_TIME = new Set(['bench/results.json']);

/** `locales/{zh,en}/main.json` stands for both; the first is enough to check. */
const text = note.replace(/\{(\w+),\w+\}/g, '$1');

/** Every tracked file whose path is `name` or ends with `/name` (the note often names a path from its folder). */
function filesNamed(name: string): string[] {
  return tracked.filter((file) => file === name || file.endsWith(`/${name}`));
}

function namedPaths(): string[] {
  const found = new Set<string>();
  const pattern = /(?<=^|[\s`(])((?:[\w.-]+\/)*[\w-][\w.-]*\.(?:ts|tsx|mts|mjs|json|css|md))(?![\w/])/gm;
  for (const match of text.matchAll(pattern)) {
    const name = match[1]!;
    // a placeholder such as migrations/NNN-name.ts names a file to be written
    if (!name.includes('NNN')) found.add(name);
  }
  return [...found];
}

describe('ARCHITECTURE.md', () => {
  it('names only files that exist', () => {
    const paths = namedPaths();
    expect(paths.length).toBeGreaterThan(60);
    const missing = paths.filter((name) => !WRITTEN_AT_RUN_TIME.has(name) && filesNamed(name).length === 0);
    expect(missing).toEqual([]);
  });

  it('finds each symbol in the file it is said to be in', () => {
    const claims = [...text.matchAll(/`([A-Za-z_$][\w$]*)(?:\([^)`]*\))?`\s+(?:in|of)\s+`([\w./-]+\.\w+)`/g)];
    expect(claims.length).toBeGreaterThan(8);
    const wrong = claims
      .map(([, symbol, file]) => ({ symbol: symbol!, file: file! }))
      .filter(({ symbol, file }) => !filesNamed(file).some((f) => fs.readFileSync(path.join(root, f), 'utf8').includes(symbol)));
    expect(wrong).toEqual([]);
  });

  it('is linked from the README', () => {
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('(ARCHITECTURE.md)');
  });
});
