import type { AnyExtractor } from '../pipeline/extractor.js';
import { attributions, type AttributionsOptions } from './attributions/attributions.js';
import { claims } from './claims/claims.js';
import { entities } from './entities/entities.js';
import { mentions } from './mentions/mentions.js';
import { segmentation } from './segmentation/segmentation.js';
import { signals } from './signals/signals.js';
import { times } from './times/times.js';

export { attributions, claims, entities, mentions, segmentation, signals, times };

export interface DefaultExtractorsOptions {
  /** Options of the attributions extractor (`scheme: 'quotes'` keeps only what someone said). */
  attributions?: AttributionsOptions;
}

/** The built-in extractors, in registration order: a fresh array, safe to edit. */
export function defaultExtractors(options: DefaultExtractorsOptions = {}): AnyExtractor[] {
  return [segmentation(), mentions(), times(), entities(), attributions(options.attributions), claims(), signals()];
}
