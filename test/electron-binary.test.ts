import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinary, electronPackageDir } from '../scripts/electron-binary.mjs';
import { tempDir } from './helpers';

// `npm start` and the e2e fixtures find Electron through electron-binary.mjs.
// Here it is held against the electron package's own index.js, run on a copy
// of the package laid out each way Electron may be installed.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface Layout {
  pathTxt: string | null;
  /** files to create, relative to the layout's root ("pkg/dist/electron", "override/electron") */
  files: string[];
  override: boolean;
}

function lay(layout: Layout) {
  const root = tempDir('rostrum-electron-');
  dirs.push(root);
  const packageDir = path.join(root, 'pkg');
  fs.mkdirSync(packageDir, { recursive: true });
  fs.copyFileSync(path.join(electronPackageDir(), 'index.js'), path.join(packageDir, 'index.js'));
  if (layout.pathTxt !== null) fs.writeFileSync(path.join(packageDir, 'path.txt'), layout.pathTxt);
  for (const file of layout.files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
  }
  const env: NodeJS.ProcessEnv = layout.override ? { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'override') } : {};
  return { root, packageDir, env };
}

/** What Electron's own index.js answers (run only where the binary is present: elsewhere it would download). */
function electronsOwnAnswer(packageDir: string, env: NodeJS.ProcessEnv): string {
  return execFileSync(process.execPath, ['-p', `require(${JSON.stringify(path.join(packageDir, 'index.js'))})`], {
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8'
  }).trim();
}

describe('the one Electron-binary lookup', () => {
  const present: [string, Layout][] = [
    ['linux, from dist', { pathTxt: 'electron', files: ['pkg/dist/electron'], override: false }],
    [
      'macOS, from dist',
      { pathTxt: 'Electron.app/Contents/MacOS/Electron', files: ['pkg/dist/Electron.app/Contents/MacOS/Electron'], override: false }
    ],
    ['an override dist with path.txt', { pathTxt: 'electron', files: ['override/electron'], override: true }],
    // the old e2e lookup always looked for "electron" in the override
    [
      'an override dist, macOS layout',
      { pathTxt: 'Electron.app/Contents/MacOS/Electron', files: ['override/Electron.app/Contents/MacOS/Electron'], override: true }
    ],
    // the old start script gave up without path.txt, although Electron uses the override
    ['an override dist without path.txt', { pathTxt: null, files: ['override/electron'], override: true }],
    ['the override wins over dist', { pathTxt: 'electron', files: ['pkg/dist/electron', 'override/electron'], override: true }]
  ];
  for (const [name, layout] of present) {
    it(`finds what Electron finds: ${name}`, () => {
      const { packageDir, env } = lay(layout);
      const found = electronBinary(packageDir, env);
      expect(found).not.toBeNull();
      expect(found).toBe(electronsOwnAnswer(packageDir, env));
    });
  }

  it('answers null, and downloads nothing, where Electron would download', () => {
    for (const layout of [
      { pathTxt: null, files: [], override: false },
      { pathTxt: 'electron', files: [], override: false },
      { pathTxt: 'electron', files: ['pkg/dist/electron'], override: true } // the override names a missing file
    ]) {
      const { root, packageDir, env } = lay(layout);
      expect(electronBinary(packageDir, env)).toBeNull();
      expect(fs.readdirSync(packageDir).sort()).toEqual(
        layout.pathTxt === null ? ['index.js'] : ['dist', 'index.js', 'path.txt'].filter((f) => f !== 'dist' || layout.files.length > 0)
      );
      expect(fs.existsSync(path.join(root, 'pkg', 'node_modules'))).toBe(false);
    }
  });

  it('is the lookup both npm start and the e2e fixtures use', () => {
    const root = path.resolve(import.meta.dirname, '..');
    expect(fs.readFileSync(path.join(root, 'scripts/start.mjs'), 'utf8')).toContain(
      "import { electronBinary, electronPackageDir } from './electron-binary.mjs';"
    );
    expect(fs.readFileSync(path.join(root, 'e2e/electron-binary.ts'), 'utf8')).toContain(
      "import { electronBinary as lookUp, electronPackageDir } from '../scripts/electron-binary.mjs';"
    );
  });
});
