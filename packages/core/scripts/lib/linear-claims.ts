/**
 * Features of a sentence analysed alone, as the claims models see them: the built-in
 * pipeline up to attributions, then `findClaims` with the whole sentence as one unit.
 */
import { defineExtractor } from '../../src/pipeline/extractor.js';
import { createPipeline } from '../../src/pipeline/createPipeline.js';
import { attributions, entities, mentions, segmentation, times } from '../../src/extractors/index.js';
import { claimInputOf, findClaims, type FoundClaim } from '../../src/extractors/claims/claims.js';
import { loadWordClusters, type WordClusters } from '../../src/extractors/claims/clusters.js';

export type SentenceFeatures = (text: string) => Promise<{ features: string[]; claims: FoundClaim[] }>;

/** `clusters`: also the word-cluster features (`c=`), as the shipped opinion model reads them. */
export function createFeatureCollector(options: { clusters?: boolean } = {}): SentenceFeatures {
  let last: FoundClaim[] = [];
  let clusters: WordClusters | null = null;
  const collect = defineExtractor({
    name: 'collect-features',
    needs: ['segments', 'tokens', 'mentions', 'entities', 'times', 'attributions'],
    provides: [],
    run(ctx) {
      last = findClaims({ wholeSentences: true, clusters, ...claimInputOf(ctx) });
    },
  });
  const pipeline = createPipeline([segmentation(), mentions(), times(), entities(), attributions(), collect]);
  return async (text) => {
    if (options.clusters && clusters === null) clusters = await loadWordClusters();
    last = [];
    await pipeline.analyze({ id: 'x', text });
    const features = last.flatMap((c) => c.features);
    return { features, claims: last };
  };
}
