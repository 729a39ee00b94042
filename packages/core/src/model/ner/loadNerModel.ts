import { PresslensError } from '../../errors.js';
import type { NerModel } from './NerModel.js';

let loading: Promise<NerModel> | null = null;

/**
 * Load the bundled NER model. The model code (features, gazetteer, decoder) and the weights
 * live in modules imported lazily, so code that never calls this does not load (or, in a
 * browser bundle, download) them. The model is decoded once and shared by every later call.
 */
export function loadNerModel(): Promise<NerModel> {
  loading ??= Promise.all([import('./NerModel.js'), import('./weights.generated.js')]).then(
    ([code, weights]) => code.createNerModel(code.fromWeightsModule(weights.NER_WEIGHTS)),
    (cause: unknown) => {
      loading = null;
      throw new PresslensError('UNREADABLE', 'Could not load the NER model modules: rebuild the package or rerun scripts/train-ner.ts.', { cause });
    },
  );
  return loading;
}
