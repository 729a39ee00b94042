import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@presslens/source'] },
  // tests run in Vite's SSR environment, which takes its own resolve conditions
  ssr: { resolve: { conditions: ['@presslens/source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000 },
});
