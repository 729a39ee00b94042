import { defineExtractor } from '../../pipeline/extractor.js';

/** TEMPORARY SKELETON — to be replaced by the real implementation. */
export function mentions() {
  return defineExtractor({
    name: 'mentions',
    needs: ['segments', 'tokens'],
    provides: ['mentions'],
    run(ctx) {
      ctx.set('mentions', []);
    },
  });
}
