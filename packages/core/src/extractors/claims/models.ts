import { loadLinearModel } from './linear.js';
import type { ClaimModels } from './claims.js';

let loading: Promise<ClaimModels> | undefined;

/**
 * The shipped models of the claims extractor (trained by `scripts/train-claims.ts`), loaded
 * once and lazily: a page that never analyses claims does not load their weights.
 */
export function loadClaimModels(): Promise<ClaimModels> {
  loading ??= import('./model.generated.js').then((m) => ({
    opinion: loadLinearModel(m.OPINION_MODEL),
    opinionThreshold: m.OPINION_THRESHOLD,
    sentenceWeight: m.SENTENCE_WEIGHT,
    predictionOpinionThreshold: m.PREDICTION_OPINION_THRESHOLD,
    checkworthiness: loadLinearModel(m.CHECKWORTHINESS_MODEL),
  }));
  return loading;
}
