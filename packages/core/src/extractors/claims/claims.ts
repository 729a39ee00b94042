import { defineExtractor } from '../../pipeline/extractor.js';

/** TEMPORARY SKELETON — to be replaced by the real implementation. */
export function claims() {
  return defineExtractor({
    name: 'claims',
    needs: ['segments', 'tokens', 'mentions', 'entities', 'times', 'attributions'],
    provides: ['claims'],
    run(ctx) {
      ctx.set('claims', []);
    },
  });
}
