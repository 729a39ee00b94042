import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@presslens/source'] },
  // tests run in Vite's SSR environment, which takes its own resolve conditions
  ssr: { resolve: { conditions: ['@presslens/source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['test/dist/**', '**/node_modules/**'], testTimeout: 30_000 },
});
