import { fnv1a, getDefaultPipeline, type Analysis, type AnalysisOutcome, type ArticleInput, type Pipeline } from '@presslens/core';
import { isArticleFailure, toFailedAnalysis, type ArticleSource } from './failure.js';
import { createWorkerPool, type WorkerPool } from './workerPool.js';

export interface AnalyzeStreamOptions {
  /** The pipeline to run in this thread (default: the built-in extractors). Ignored with `workers`. */
  pipeline?: Pipeline;
  /**
   * Analyse in worker threads: a number of threads (a pool is made for this stream and closed at
   * its end) or a pool of your own (left open). Without it, articles are analysed in this thread.
   */
  workers?: number | WorkerPool;
  /**
   * Most articles read ahead and in flight at once (default 4 in this thread; twice the threads
   * with `workers`). Memory stays bounded by it, whatever the size of the source.
   */
  concurrency?: number;
  /** Yield outcomes as they finish instead of in input order (default false). */
  unordered?: boolean;
  /** Longest time one article may take in a worker thread, in ms (with `workers` only). */
  timeoutMs?: number;
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
 * Analyse a stream of articles, yielding one outcome per item, in input order (or as they finish
 * with `unordered`). At most `concurrency` items are pulled from `source` ahead of the consumer, so
 * a slow consumer slows the reading (backpressure) and memory stays bounded. With `workers` the
 * articles are analysed in worker threads, on every core. An article that cannot be analysed
 * (invalid input, too large, a crash, a crashed thread) becomes a `FailedAnalysis` and the stream
 * goes on; read failures in `source` pass through as they are. An error thrown by `source` itself
 * ends the stream after the outcomes before it.
 */
export async function* analyzeStream(source: AsyncIterable<ArticleSource> | Iterable<ArticleSource>, options: AnalyzeStreamOptions = {}): AsyncGenerator<AnalysisOutcome> {
  const ownPool = typeof options.workers === 'number' ? createWorkerPool({ size: options.workers }) : null;
  const pool = ownPool ?? (typeof options.workers === 'object' ? options.workers : null);
  const pipeline = pool ? null : (options.pipeline ?? getDefaultPipeline());
  const analyzeOne: (input: ArticleInput) => Promise<Analysis> = pool
    ? (input) => pool.analyze(input, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs })
    : (input) => pipeline!.analyze(input);
  const limit = Math.max(1, Math.floor(options.concurrency ?? (pool ? pool.size * 2 : DEFAULT_CONCURRENCY)));
  const iterator: AsyncIterator<ArticleSource> | Iterator<ArticleSource> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  // in order: a FIFO; unordered: whichever settles first
  const pending = new Map<number, Promise<{ index: number; outcome: AnalysisOutcome }>>();
  let index = 0;
  let head = 0;
  let exhausted = false;
  let sourceError: { error: unknown } | null = null;

  const run = async (item: ArticleSource, position: number): Promise<{ index: number; outcome: AnalysisOutcome }> => {
    if (isArticleFailure(item)) return { index: position, outcome: item };
    try {
      return { index: position, outcome: await analyzeOne(item) };
    } catch (error) {
      const id = idOf(item, position);
      options.onError?.(error, id);
      return { index: position, outcome: toFailedAnalysis(id, error) };
    }
  };

  try {
    for (;;) {
      while (!exhausted && sourceError === null && pending.size < limit) {
        try {
          const next = await iterator.next();
          if (next.done) exhausted = true;
          else {
            pending.set(index, run(next.value, index));
            index++;
          }
        } catch (error) {
          sourceError = { error };
        }
      }
      if (pending.size === 0) break;
      let settled: { index: number; outcome: AnalysisOutcome };
      if (options.unordered) settled = await Promise.race(pending.values());
      else {
        while (!pending.has(head)) head++;
        settled = await pending.get(head)!;
      }
      pending.delete(settled.index);
      yield settled.outcome;
    }
    if (sourceError) throw sourceError.error;
  } finally {
    if (!exhausted && sourceError === null) await iterator.return?.();
    await ownPool?.close();
  }
}
