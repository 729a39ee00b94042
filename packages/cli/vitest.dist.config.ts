import { defineConfig } from 'vitest/config';

// End-to-end tests of the built command (`npm run build` first): they spawn `node bin/presslens.js`.
export default defineConfig({
  test: { include: ['test/dist/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
