import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../src/shared/methods';

// The method spec is the one place a method is described: the transports and
// the renderer read it, and none of them decides anything from a method's name.

const ROOT = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

const TRANSPORTS = ['src/main/shell.ts', 'src/main/index.ts', ...sources('src/main/server'), ...sources('src/preload')];
const RENDERER = sources('src/renderer/src');
const NAMESPACES = [...new Set(METHOD_NAMES.map((name) => name.split('.')[0]!))];
const quoted = (text: string) => `['"\`]${text.replace(/\./g, '\\.')}['"\`]`;
const anyName = `(?:${METHOD_NAMES.map(quoted).join('|')})`;

/** Code that branches on a method's name: a comparison, a case, a prefix test, a table keyed by name. */
const SWITCHES: RegExp[] = [
  new RegExp(`[=!]==\\s*${anyName}`),
  new RegExp(`${anyName}\\s*[=!]==`),
  new RegExp(`case\\s+${anyName}`),
  new RegExp(`\\.startsWith\\(\\s*['"\`](?:${NAMESPACES.join('|')})\\.`),
  new RegExp(`^\\s*${anyName}\\s*:`, 'm')
];

function offences(files: string[], patterns: RegExp[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (patterns.some((pattern) => pattern.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('nothing switches on method names', () => {
  it('finds what it looks for (the patterns would catch the old special cases)', () => {
    const old = [
      "if (!result.ok || method !== 'transcript.export') return result;",
      "return method.startsWith('question.') ? QUESTION_RULE : undefined;",
      "  'live.undo': { apply: applyRestored, showsChange: true },",
      "case 'turn.add':"
    ];
    for (const line of old)
      expect(
        SWITCHES.some((pattern) => pattern.test(line)),
        line
      ).toBe(true);
    // calling a method by its name is what the name is for
    expect(SWITCHES.some((pattern) => pattern.test("await act('question.call', { conferenceId });"))).toBe(false);
  });

  it('in the transports, which name no method at all', () => {
    expect(TRANSPORTS.length).toBeGreaterThan(5);
    expect(offences(TRANSPORTS, [new RegExp(anyName)])).toEqual([]);
  });

  it('in the renderer, which calls methods by name but reads what they do from the spec', () => {
    expect(RENDERER.length).toBeGreaterThan(50);
    expect(offences(RENDERER, SWITCHES)).toEqual([]);
  });
});
