import { defineConfig } from 'vitest/config';

// The tests drive the built playground in Debian's Chromium; they build it themselves.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 180_000 },
});
