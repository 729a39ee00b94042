import { defineExtractor } from '../../pipeline/extractor.js';

/** TEMPORARY SKELETON — to be replaced by the real implementation. */
export function attributions() {
  return defineExtractor({
    name: 'attributions',
    needs: ['segments', 'tokens', 'mentions', 'entities'],
    provides: ['attributions'],
    run(ctx) {
      ctx.set('attributions', []);
    },
  });
}
