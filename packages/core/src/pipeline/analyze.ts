import type { Analysis, ArticleInput } from '../types/analysis.js';
import { defaultExtractors } from '../extractors/index.js';
import { createPipeline, type Pipeline } from './createPipeline.js';

let shared: Pipeline | undefined;

/** The pipeline of built-in extractors, created once and shared. */
export function getDefaultPipeline(): Pipeline {
  shared ??= createPipeline(defaultExtractors());
  return shared;
}

/** Analyse one article with the built-in extractors. */
export function analyze(input: ArticleInput | string): Promise<Analysis> {
  return getDefaultPipeline().analyze(input);
}
