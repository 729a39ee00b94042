import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@presslens/source'] },
  test: {
    // the generated model data (`*.generated.js`, megabytes of plain JS) is loaded by Node as it is
    server: { deps: { external: [/\.generated\.js$/] } },
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'core', environment: 'node', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
      },
      {
        // the same pipeline in a browser-like global environment (no Node globals expected by core)
        extends: true,
        test: { name: 'core:browser-like', environment: 'happy-dom', include: ['test/isomorphic.test.ts'] },
      },
    ],
  },
});
