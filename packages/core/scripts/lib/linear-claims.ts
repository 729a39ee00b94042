/**
 * Features of a sentence analysed alone, as the claims models see them: the built-in
 * pipeline up to attributions, then `findClaims` with the whole sentence as one unit.
 */
import { defineExtractor } from '../../src/pipeline/extractor.js';
import { createPipeline } from '../../src/pipeline/createPipeline.js';
import { attributions, entities, mentions, segmentation, times } from '../../src/extractors/index.js';
import { claimInputOf, findClaims, type FoundClaim } from '../../src/extractors/claims/claims.js';

export type SentenceFeatures = (text: string) => Promise<{ features: string[]; claims: FoundClaim[] }>;

export function createFeatureCollector(): SentenceFeatures {
  let last: FoundClaim[] = [];
  const collect = defineExtractor({
    name: 'collect-features',
    needs: ['segments', 'tokens', 'mentions', 'entities', 'times', 'attributions'],
    provides: [],
    run(ctx) {
      last = findClaims({ wholeSentences: true, ...claimInputOf(ctx) });
    },
  });
  const pipeline = createPipeline([segmentation(), mentions(), times(), entities(), attributions(), collect]);
  return async (text) => {
    last = [];
    await pipeline.analyze({ id: 'x', text });
    const features = last.flatMap((c) => c.features);
    return { features, claims: last };
  };
}
