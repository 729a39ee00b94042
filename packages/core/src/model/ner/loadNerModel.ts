import { PresslensError } from '../../errors.js';
import { createNerModel, fromWeightsModule, type NerModel } from './NerModel.js';

let loading: Promise<NerModel> | null = null;

/**
 * Load the bundled NER model. The weights live in a generated module imported lazily, so
 * code that never calls this does not load (or, in a browser bundle, download) them. The
 * model is decoded once and shared by every later call.
 */
export function loadNerModel(): Promise<NerModel> {
  loading ??= import('./weights.generated.js').then(
    (m) => createNerModel(fromWeightsModule(m.NER_WEIGHTS)),
    (cause: unknown) => {
      loading = null;
      throw new PresslensError('UNREADABLE', 'Could not load the NER weights module: rebuild the package or rerun scripts/train-ner.ts.', { cause });
    },
  );
  return loading;
}
