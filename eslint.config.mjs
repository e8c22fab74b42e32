// Lint rules that keep each folder in its process (see STYLE.md):
// src/shared runs everywhere, src/main/core and src/main/server run in plain
// Node, and the renderer runs in a browser.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const electron = { name: 'electron', message: 'electron belongs to the Electron shell only (src/main outside core/ and server/, and src/preload).' };
const builtins = nodeBuiltins.map((name) => ({
  name,
  message: 'Node builtins are not available here.'
}));
const nodeProtocol = { group: ['node:*'], message: 'Node builtins are not available here.' };

export default defineConfig([
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_'
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended
  },
  {
    files: ['src/shared/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, ...builtins, { name: 'react', message: 'src/shared is UI-free.' }],
          patterns: [nodeProtocol, { group: ['react/*', 'react-dom', 'react-dom/*'], message: 'src/shared is UI-free.' }]
        }
      ]
    }
  },
  {
    // Only the two entry points load Electron itself. Everything else in the shell is
    // handed its API (src/main/electron-api.ts, src/preload/bridge.ts) and may only
    // name its types, so the tests run that code in Node against a typed double.
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts', 'test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/preload/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message:
                'Only src/main/index.ts and src/preload/index.ts load electron; take its API as a parameter (see src/main/electron-api.ts) and import its types with `import type`.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/core/**', 'src/main/server/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electron] }]
    }
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, ...builtins, { name: 'better-sqlite3', message: 'The renderer reaches the database only through the API.' }],
          patterns: [nodeProtocol]
        }
      ]
    }
  }
]);
