import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

export default defineConfig({
  resolve: {
    alias: { '@shared': resolve(root, 'src/shared') },
  },
  test: {
    // Renderer tests opt in to a DOM with `// @vitest-environment happy-dom`.
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: ['e2e/**', 'node_modules/**', 'out/**', 'dist/**'],
    testTimeout: 30_000,
  },
})
