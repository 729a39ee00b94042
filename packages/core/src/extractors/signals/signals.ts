import { defineExtractor } from '../../pipeline/extractor.js';

/** TEMPORARY SKELETON — to be replaced by the real implementation. */
export function signals() {
  return defineExtractor({
    name: 'signals',
    needs: ['segments', 'tokens', 'mentions', 'entities', 'attributions', 'claims'],
    provides: ['signals'],
    run(ctx) {
      ctx.set('signals', { loaded: [], vagueSources: [], hedges: [], summary: { attributedClaimShare: 0, namedSourceShare: 0, voices: [] } });
    },
  });
}
