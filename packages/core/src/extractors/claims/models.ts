import { loadWordClusters } from './clusters.js';
import { loadLinearModel } from './linear.js';
import type { ClaimModels } from './claims.js';

let loading: Promise<ClaimModels> | undefined;

/**
 * The shipped models of the claims extractor (trained by `scripts/train-claims.ts`), loaded
 * once and lazily: a page that never analyses claims does not load their weights. The opinion
 * model reads the NER model's word clusters when it was trained with the same table (its
 * fingerprint); with another table it goes without them rather than read wrong ids.
 */
export function loadClaimModels(): Promise<ClaimModels> {
  loading ??= import('./model.generated.js').then(async (m) => {
    const fingerprint = (m as { CLUSTER_FINGERPRINT?: number }).CLUSTER_FINGERPRINT;
    const clusters = fingerprint === undefined ? null : await loadWordClusters();
    return {
      opinion: loadLinearModel(m.OPINION_MODEL),
      opinionThreshold: m.OPINION_THRESHOLD,
      sentenceWeight: m.SENTENCE_WEIGHT,
      predictionOpinionThreshold: m.PREDICTION_OPINION_THRESHOLD,
      checkworthiness: loadLinearModel(m.CHECKWORTHINESS_MODEL),
      clusters: clusters && clusters.fingerprint === fingerprint ? clusters : null,
    };
  });
  return loading;
}
