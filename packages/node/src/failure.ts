import { SCHEMA_VERSION, isPresslensError, type ArticleInput, type FailedAnalysis } from '@presslens/core';

/** What an article source yields: an article to analyse, or one that could not even be read. */
export type ArticleSource = ArticleInput | FailedAnalysis;

/** The failure line for an article: the error's code (`EXTRACTOR_FAILED` for an unexpected error) and message. */
export function toFailedAnalysis(id: string, error: unknown): FailedAnalysis {
  const code = isPresslensError(error) ? error.code : 'EXTRACTOR_FAILED';
  const message = error instanceof Error ? error.message : String(error);
  return { schemaVersion: SCHEMA_VERSION, article: { id }, error: { code, message } };
}

/** Tells a read failure from an article in an `ArticleSource` stream. */
export function isArticleFailure(value: ArticleSource): value is FailedAnalysis {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as FailedAnalysis).error === 'object' &&
    (value as FailedAnalysis).error !== null &&
    'schemaVersion' in value
  );
}
