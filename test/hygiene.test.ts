import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

describe('the tree', () => {
  it('holds no log and ignores every *.log (a V8 profile, the error log of a data folder)', () => {
    expect(git('ls-files', '*.log').trim()).toBe('');
    expect(git('check-ignore', 'isolate-0x1-2-v8.log', 'logs/rostrum.log').trim().split('\n')).toEqual(['isolate-0x1-2-v8.log', 'logs/rostrum.log']);
  });

  it('configures no import alias that nothing uses', () => {
    for (const file of [
      'tsconfig.json',
      'tsconfig.node.json',
      'tsconfig.web.json',
      'tsconfig.e2e.json',
      'vitest.config.mts',
      'electron.vite.config.ts'
    ]) {
      expect(fs.readFileSync(path.join(root, file), 'utf8'), file).not.toContain('@shared');
    }
  });
});
