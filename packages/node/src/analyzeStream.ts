import { fnv1a, getDefaultPipeline, type AnalysisOutcome, type Pipeline } from '@presslens/core';
import { isArticleFailure, toFailedAnalysis, type ArticleSource } from './failure.js';

export interface AnalyzeStreamOptions {
  /** The pipeline to run (default: the built-in extractors). */
  pipeline?: Pipeline;
  /** Most articles read ahead and in flight at once (default 4). Memory stays bounded by it. */
  concurrency?: number;
  /** Told about each article that fails, with the error itself (its stack, its cause). */
  onError?: (error: unknown, id: string) => void;
}

export const DEFAULT_CONCURRENCY = 4;

function idOf(item: ArticleSource, index: number): string {
  const input = item as { id?: unknown; text?: unknown };
  if (typeof input.id === 'string' && input.id !== '') return input.id;
  if (typeof input.id === 'number') return String(input.id);
  if (typeof input.text === 'string') return fnv1a(input.text);
  return `#${index + 1}`;
}

/**
 * Analyse a stream of articles, yielding one outcome per item in input order. At most
 * `concurrency` items are pulled from `source` ahead of the consumer, so a slow consumer slows
 * the reading (backpressure) and memory stays bounded. An article that cannot be analysed
 * (invalid input, too large, a crash) becomes a `FailedAnalysis` and the stream goes on; read
 * failures in `source` pass through as they are. An error thrown by `source` itself ends the
 * stream after the outcomes before it.
 */
export async function* analyzeStream(source: AsyncIterable<ArticleSource> | Iterable<ArticleSource>, options: AnalyzeStreamOptions = {}): AsyncGenerator<AnalysisOutcome> {
  const pipeline = options.pipeline ?? getDefaultPipeline();
  const limit = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const iterator: AsyncIterator<ArticleSource> | Iterator<ArticleSource> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const pending: Promise<AnalysisOutcome>[] = [];
  let index = 0;
  let exhausted = false;
  let sourceError: { error: unknown } | null = null;

  const run = async (item: ArticleSource, position: number): Promise<AnalysisOutcome> => {
    if (isArticleFailure(item)) return item;
    try {
      return await pipeline.analyze(item);
    } catch (error) {
      const id = idOf(item, position);
      options.onError?.(error, id);
      return toFailedAnalysis(id, error);
    }
  };

  try {
    for (;;) {
      while (!exhausted && sourceError === null && pending.length < limit) {
        try {
          const next = await iterator.next();
          if (next.done) exhausted = true;
          else pending.push(run(next.value, index++));
        } catch (error) {
          sourceError = { error };
        }
      }
      const head = pending.shift();
      if (head === undefined) break;
      yield await head;
    }
    if (sourceError) throw sourceError.error;
  } finally {
    if (!exhausted && sourceError === null) await iterator.return?.();
  }
}
