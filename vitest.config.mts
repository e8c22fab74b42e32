import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Renderer tests opt in to a DOM with `// @vitest-environment happy-dom`.
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: ['e2e/**', 'node_modules/**', 'out/**', 'dist/**'],
    testTimeout: 30_000
  }
});
