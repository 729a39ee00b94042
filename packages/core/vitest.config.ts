import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@presslens/source'] },
  test: {
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
