import { defineExtractor } from '../../pipeline/extractor.js';

/** TEMPORARY SKELETON — to be replaced by the real implementation. */
export function entities() {
  return defineExtractor({
    name: 'entities',
    needs: ['segments', 'tokens', 'mentions'],
    modifies: ['mentions'],
    provides: ['entities'],
    run(ctx) {
      ctx.set('entities', []);
    },
  });
}
