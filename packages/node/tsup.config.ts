import { defineConfig } from 'tsup';

export default defineConfig({
  // analyzeWorker: the code of each worker-pool thread, loaded by path (dist/analyzeWorker.js) from either bundle
  entry: ['src/index.ts', 'src/analyzeWorker.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  // import.meta.url (where the worker file is) in the CJS bundle
  shims: true,
  // node-redis, the Redis client BullMQ drives (a dependency: never bundled)
  external: ['redis'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
});
