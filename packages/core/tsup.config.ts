import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  clean: true,
  // CommonJS too: without it esbuild inlines every lazy chunk (the 8 MB NER weights) into index.cjs
  splitting: true,
  treeshake: true,
  minify: true,
});
