import { defineConfig } from 'vitest/config';

// Read the presslens packages from source, so the example tests run without a build.
// The generated model data (`*.generated.js`, megabytes of plain JS) is loaded by Node as it is,
// not transformed by Vite; a first analysis loads the NER model, hence the generous timeout.
export default defineConfig({
  resolve: { conditions: ['@presslens/source'] },
  // tests run in Vite's SSR environment, which takes its own resolve conditions
  ssr: { resolve: { conditions: ['@presslens/source'] } },
  test: { include: ['*.test.ts'], testTimeout: 120_000, server: { deps: { external: [/\.generated\.js$/] } } },
});
