import { defaultClientConditions, defineConfig } from 'vite';

// A static site: relative asset paths (serve `dist/` from any folder), no CDN, no web fonts.
// The presslens packages resolve to their sources (the `@presslens/source` condition), so the
// playground builds without building the packages first.
export default defineConfig({
  base: './',
  resolve: { conditions: [...defaultClientConditions, '@presslens/source'] },
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: 'dist', sourcemap: true },
});
