import { createPipeline, defaultExtractors, fnv1a, getDefaultPipeline, toJSONLine, type Analysis, type AnalysisOutcome, type ArticleInput, type AttributionScheme, type FailedAnalysis, type Pipeline } from '@presslens/core';
import { isArticleFailure, toFailedAnalysis, type ArticleSource } from './failure.js';
import { createWorkerPool, type AnalysisLine, type AnalysisProblem, type WorkerPool } from './workerPool.js';

export interface AnalyzeStreamOptions {
  /** The pipeline to run in this thread (default: the built-in extractors). Ignored with `workers`. */
  pipeline?: Pipeline;
  /**
   * Analyse in worker threads: a number of threads (a pool is made for this stream and closed at
   * its end) or a pool of your own (left open). Without it, articles are analysed in this thread.
   */
  workers?: number | WorkerPool;
  /**
   * Which attributions the built-in extractors report (`parc`, the default, or `quotes`: see
   * `AttributionsOptions.scheme`), in this thread or in the pool the stream makes. Ignored with `pipeline` or a pool of your own.
   */
  attributionScheme?: AttributionScheme;
  /**
   * Most articles being analysed at once (default 4 in this thread; twice the threads with
   * `workers`, so that each thread has the next article waiting).
   */
  concurrency?: number;
  /**
   * In input order, finished outcomes wait for the one before them; this bounds how much waits,
   * in bytes (article texts in flight, plus finished JSON lines), so that one slow article does
   * not stop the other threads while memory stays bounded whatever the source (default 32 MiB;
   * at least one article is always let through).
   */
  maxBufferedBytes?: number;
  /** Yield outcomes as they finish instead of in input order (default false). */
  unordered?: boolean;
  /** Longest time one article may take in a worker thread, in ms (with `workers` only). */
  timeoutMs?: number;
  /** Told about each article that fails, with the error itself (its stack, its cause). */
  onError?: (error: unknown, id: string) => void;
}

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
/** Finished outcomes that may wait for a slower one before them, per article in flight. */
const WAITING_PER_SLOT = 8;

/** One outcome of `analyzeStreamLines`: the JSON line and what is needed to report it. */
export interface OutcomeLine {
  /** The article's id. */
  id: string;
  /** `toJSONLine(outcome)` (the output contract, or the failure line) and a `\n`, as UTF-8: ready to write. */
  jsonl: Uint8Array;
  /** Set when the article failed: the code and message of its failure line. */
  error: FailedAnalysis['error'] | null;
  /** The analysis's error messages (an extractor that failed…), empty when none. */
  problems: AnalysisProblem[];
}

function idOf(item: ArticleSource, index: number): string {
  const input = item as { id?: unknown; text?: unknown };
  if (typeof input.id === 'string' && input.id !== '') return input.id;
  if (typeof input.id === 'number') return String(input.id);
  if (typeof input.text === 'string') return fnv1a(input.text);
  return `#${index + 1}`;
}

/** Bytes an item holds while it is in flight (its text, UTF-16). */
function sizeOfInput(item: ArticleSource): number {
  const text = (item as { text?: unknown }).text;
  return typeof text === 'string' ? text.length * 2 : 64;
}

interface Engine<T> {
  analyze(input: ArticleInput): Promise<T>;
  failed(failure: FailedAnalysis): T;
  /** Bytes a finished outcome holds while it waits to be yielded (a guess is fine). */
  size(outcome: T): number;
  close(): Promise<void>;
  /** Articles analysed at once by default. */
  concurrency: number;
}

interface Entry<T> {
  done: boolean;
  outcome: T | null;
  bytes: number;
}

/**
 * The loop of `analyzeStream` and `analyzeStreamLines`: reads ahead while fewer than
 * `concurrency` articles are in flight and what waits (in flight, or finished but behind a
 * slower article) stays under the byte budget, then yields in order (or as finished).
 */
async function* run<T>(source: AsyncIterable<ArticleSource> | Iterable<ArticleSource>, engine: Engine<T>, options: AnalyzeStreamOptions): AsyncGenerator<T> {
  const limit = Math.max(1, Math.floor(options.concurrency ?? engine.concurrency));
  const maxWaiting = limit * WAITING_PER_SLOT;
  const budget = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const iterator: AsyncIterator<ArticleSource> | Iterator<ArticleSource> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const entries = new Map<number, Entry<T>>();
  const finished: number[] = []; // unordered: indices in the order they finished
  let inFlight = 0;
  let bytes = 0;
  let index = 0;
  let head = 0;
  let exhausted = false;
  let sourceError: { error: unknown } | null = null;
  let callbackError: { error: unknown } | null = null; // thrown by onError: ends the stream
  let wake: (() => void) | null = null;

  const start = (item: ArticleSource, position: number): void => {
    const entry: Entry<T> = { done: false, outcome: null, bytes: sizeOfInput(item) };
    entries.set(position, entry);
    bytes += entry.bytes;
    const finish = (outcome: T): void => {
      inFlight--;
      bytes -= entry.bytes;
      entry.bytes = engine.size(outcome);
      bytes += entry.bytes;
      entry.outcome = outcome;
      entry.done = true;
      finished.push(position);
      wake?.();
    };
    if (isArticleFailure(item)) {
      inFlight++;
      finish(engine.failed(item));
      return;
    }
    inFlight++;
    engine.analyze(item).then(finish, (error: unknown) => {
      const id = idOf(item, position);
      try {
        options.onError?.(error, id);
      } catch (thrown) {
        callbackError ??= { error: thrown };
      }
      finish(engine.failed(toFailedAnalysis(id, error)));
    });
  };

  const canRead = (): boolean =>
    !exhausted && sourceError === null && inFlight < limit && (entries.size === 0 || (entries.size < maxWaiting && bytes < budget));

  const take = (at: number): T => {
    const entry = entries.get(at)!;
    entries.delete(at);
    bytes -= entry.bytes;
    return entry.outcome!;
  };

  try {
    for (;;) {
      if (callbackError) throw (callbackError as { error: unknown }).error;
      while (canRead()) {
        try {
          const next = await iterator.next();
          if (next.done) exhausted = true;
          else start(next.value, index++);
        } catch (error) {
          sourceError = { error };
        }
      }
      if (entries.size === 0) break;
      if (options.unordered) {
        const at = finished.shift();
        if (at !== undefined) {
          yield take(at);
          continue;
        }
      } else if (entries.get(head)?.done) {
        finished.length = 0;
        yield take(head++);
        continue;
      }
      // nothing to yield yet: wait for the next article to finish (which may also free a slot to read into)
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
    if (sourceError) throw sourceError.error;
  } finally {
    if (!exhausted && sourceError === null) await iterator.return?.();
    await engine.close();
  }
}

function poolOf(options: AnalyzeStreamOptions): { pool: WorkerPool | null; own: boolean } {
  if (typeof options.workers === 'number') {
    return { pool: createWorkerPool(options.attributionScheme ? { size: options.workers, attributionScheme: options.attributionScheme } : { size: options.workers }), own: true };
  }
  return { pool: typeof options.workers === 'object' ? options.workers : null, own: false };
}

/** Built-in pipelines of this thread for the schemes other than the default, made once each. */
const schemePipelines = new Map<AttributionScheme, Pipeline>();

/** The pipeline of this thread: the caller's, or the built-in one (with the scheme asked for). */
function pipelineOf(options: AnalyzeStreamOptions): Pipeline {
  if (options.pipeline) return options.pipeline;
  const scheme = options.attributionScheme;
  if (!scheme || scheme === 'parc') return getDefaultPipeline();
  let pipeline = schemePipelines.get(scheme);
  if (!pipeline) schemePipelines.set(scheme, (pipeline = createPipeline(defaultExtractors({ attributions: { scheme } }))));
  return pipeline;
}

/**
 * Analyse a stream of articles, yielding one outcome per item, in input order (or as they finish
 * with `unordered`). Articles are pulled from `source` only while fewer than `concurrency` are
 * in flight and what waits stays under `maxBufferedBytes`, so a slow consumer slows the reading
 * (backpressure) and memory stays bounded. With `workers` the articles are analysed in worker
 * threads, on every core. An article that cannot be analysed (invalid input, too large, a crash,
 * a crashed thread) becomes a `FailedAnalysis` and the stream goes on; read failures in `source`
 * pass through as they are. An error thrown by `source` itself ends the stream after the outcomes
 * before it.
 */
export function analyzeStream(source: AsyncIterable<ArticleSource> | Iterable<ArticleSource>, options: AnalyzeStreamOptions = {}): AsyncGenerator<AnalysisOutcome> {
  const { pool, own } = poolOf(options);
  const pipeline = pool ? null : pipelineOf(options);
  const task = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  return run<AnalysisOutcome>(source, {
    analyze: pool ? (input) => pool.analyze(input, task) : (input): Promise<Analysis> => pipeline!.analyze(input),
    failed: (failure) => failure,
    size: (outcome) => ('error' in outcome ? 256 : outcome.article.text.length * 16), // a rough guess: an analysis is not measured
    close: async () => {
      if (own) await pool!.close();
    },
    concurrency: pool ? pool.size * 2 : DEFAULT_CONCURRENCY,
  }, options);
}

const encoder = new TextEncoder();

function failureLine(failure: FailedAnalysis): OutcomeLine {
  return { id: failure.article.id, jsonl: encoder.encode(`${toJSONLine(failure)}\n`), error: failure.error, problems: [] };
}

/**
 * `analyzeStream`, but each outcome comes as its JSON line (`toJSONLine`, UTF-8), written by the
 * thread that analysed it: with `workers`, this thread only passes bytes on (handed over by the
 * threads, not copied, and never turned into strings here), which keeps it free to feed the
 * threads and its heap small. The same order, bounds and failure handling.
 */
export function analyzeStreamLines(source: AsyncIterable<ArticleSource> | Iterable<ArticleSource>, options: AnalyzeStreamOptions = {}): AsyncGenerator<OutcomeLine> {
  const { pool, own } = poolOf(options);
  const pipeline = pool ? null : pipelineOf(options);
  const task = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  const inThread = async (input: ArticleInput): Promise<AnalysisLine> => {
    const result = await pipeline!.analyze(input);
    const problems: AnalysisProblem[] = [];
    for (const m of result.messages) if (m.severity === 'error') problems.push({ producer: m.producer, text: m.text });
    return { id: result.article.id, jsonl: encoder.encode(`${toJSONLine(result)}\n`), problems };
  };
  return run<OutcomeLine>(source, {
    analyze: async (input) => {
      const done = pool ? await pool.analyzeToLine(input, task) : await inThread(input);
      return { id: done.id, jsonl: done.jsonl, error: null, problems: done.problems };
    },
    failed: failureLine,
    size: (outcome) => outcome.jsonl.byteLength,
    close: async () => {
      if (own) await pool!.close();
    },
    concurrency: pool ? pool.size * 2 : DEFAULT_CONCURRENCY,
  }, options);
}
