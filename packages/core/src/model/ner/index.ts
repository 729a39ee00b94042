/**
 * The statistical NER model: CoNLL-2003 types (PER, ORG, LOC, MISC) over a sentence's
 * words, with document-level features when a whole document is tagged at once.
 * See README.md in this folder for the design and the measured figures.
 */
export { loadNerModel } from './loadNerModel.js';
export { createNerModel, fromWeightsModule, FEATURE_VERSION, type NerModel, type NerModelData } from './NerModel.js';
export { NER_TYPES, type NerSpan, type NerType } from './labels.js';
export { isNationalityWord } from './nationalities.js';
