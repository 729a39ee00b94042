import { PresslensError } from '../../errors.js';
import type { NerModel } from './NerModel.js';
import { loadNerSource, nerModelDataOf } from './shared.js';

let loading: Promise<NerModel> | null = null;

/**
 * Load the bundled NER model. The model code (features, gazetteer, decoder) and the weights
 * live in modules imported lazily, so code that never calls this does not load (or, in a
 * browser bundle, download) them. The model is decoded once and shared by every later call.
 * Tables installed with `installNerTables` (shared.ts) are used instead of the weights module.
 */
export function loadNerModel(): Promise<NerModel> {
  loading ??= Promise.all([import('./NerModel.js'), loadNerSource()]).then(
    ([code, source]) => code.createNerModel('weights' in source ? nerModelDataOf(source, code.fromWeightsModule) : code.fromWeightsModule(source)),
    (cause: unknown) => {
      loading = null;
      throw new PresslensError('UNREADABLE', 'Could not load the NER model modules: rebuild the package or rerun scripts/train-ner.ts.', { cause });
    },
  );
  return loading;
}
