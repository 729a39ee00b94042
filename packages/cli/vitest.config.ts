import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@presslens/source'] },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000 },
});
