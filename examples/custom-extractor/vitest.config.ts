import { defineConfig } from 'vitest/config';

// Read the presslens packages from source, so the example tests run without a build.
export default defineConfig({
  resolve: { conditions: ['@presslens/source'] },
  // tests run in Vite's SSR environment, which takes its own resolve conditions
  ssr: { resolve: { conditions: ['@presslens/source'] } },
  test: { include: ['*.test.ts'], testTimeout: 30_000 },
});
