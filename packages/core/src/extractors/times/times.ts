import { defineExtractor } from '../../pipeline/extractor.js';

/** TEMPORARY SKELETON — to be replaced by the real implementation. */
export function times() {
  return defineExtractor({
    name: 'times',
    needs: ['segments', 'tokens', 'mentions'],
    provides: ['times'],
    run(ctx) {
      ctx.set('times', []);
    },
  });
}
