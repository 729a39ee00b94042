import { defineConfig } from 'tsup';

export default defineConfig({
  // `worker` is the Web Worker entry (`@presslens/web/worker`): a module that serves the pipeline when loaded in a worker
  entry: { index: 'src/index.ts', worker: 'src/worker.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  clean: true,
});
