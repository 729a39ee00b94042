import type { AnalysisOutcome, PresslensError } from '@presslens/core';
import { analyzeStream, type AnalyzeStreamOptions } from './analyzeStream.js';
import { expandInputs } from './expandInputs.js';
import { readArticles, type ReadArticlesOptions } from './readArticles.js';

export interface AnalyzeFilesOptions extends AnalyzeStreamOptions, ReadArticlesOptions {
  /** Told about each input that names nothing; without it the first one throws. */
  onMissing?: (error: PresslensError) => void;
}

/**
 * Analyse the articles in files, folders and globs, all at once: the outcomes in order, failed
 * articles included as `FailedAnalysis`. A missing path throws (or goes to `onMissing`). For
 * large batches, stream instead: `analyzeStream(readArticles(await expandInputs(patterns)))`.
 */
export async function analyzeFiles(patterns: string | readonly string[], options: AnalyzeFilesOptions = {}): Promise<AnalysisOutcome[]> {
  const files = await expandInputs(typeof patterns === 'string' ? [patterns] : patterns, { cwd: options.cwd, onError: options.onMissing });
  const outcomes: AnalysisOutcome[] = [];
  for await (const outcome of analyzeStream(readArticles(files, options), options)) outcomes.push(outcome);
  return outcomes;
}
