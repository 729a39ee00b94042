import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ATTRIBUTION_SCHEMES, PresslensError, fnv1a, type Analysis, type ArticleInput, type AttributionScheme, type NerTables } from '@presslens/core';
import type { AnalysisLine, NerTablesMessage, WorkerReply, WorkerRequest, WorkerSettings } from './workerProtocol.js';

export type { AnalysisLine, AnalysisProblem } from './workerProtocol.js';

/**
 * Each thread's young generation (the V8 nursery where new objects are made), in MB. V8's own
 * default (up to 32–48 MB a thread on 64-bit) is sized for throughput on one big heap; the
 * pipeline makes many short-lived objects per article and few survive, so a small nursery costs
 * little time (scavenges are cheap when little survives) and saves tens of MB of RSS per thread.
 */
export const DEFAULT_YOUNG_GENERATION_MB = 8;

/**
 * Each thread's old generation (what survives), in MB. Without a limit V8 lets a heap grow to two
 * or three times what is live before it collects; with it, V8 collects sooner. What is live in a
 * thread after the 2,225 BBC articles is ~68 MB (models ~40 MB, per-word caches the rest, each
 * cache bounded), so the limit must leave room above that: at 64 MB the thread spent half its CPU
 * in garbage collection (the BBC batch took 18.4 s on one thread against 9.8 s at 80 MB, same
 * build). An article that needs more than this (hundreds of thousands of characters) runs out of
 * heap: it is then tried once more in a thread of its own without the limit, so the limit costs
 * memory spikes, never results.
 */
export const DEFAULT_OLD_GENERATION_MB = 80;

export interface WorkerPoolOptions {
  /** Threads (default: `os.availableParallelism()`). They start when work arrives, not before. */
  size?: number;
  /** Longest text accepted, in UTF-16 code units (see `PipelineOptions.maxTextLength`). */
  maxTextLength?: number;
  /**
   * A module (path or URL) that exports `extractors` — an array of extractors or a function that
   * returns one — for a custom pipeline. Each thread imports it once (default: the built-ins).
   */
  extractors?: string | URL;
  /**
   * Which attributions the built-in extractors report (see `AttributionsOptions.scheme`): `parc` (default) or
   * `quotes`. Ignored with `extractors`.
   */
  attributionScheme?: AttributionScheme;
  /** Longest time one article may take, in ms; then its thread is stopped and replaced (default: no limit). */
  timeoutMs?: number;
  /**
   * V8 heap limits of each thread (see `Worker`'s `resourceLimits`). Default: a young generation of
   * `DEFAULT_YOUNG_GENERATION_MB` and an old generation of `DEFAULT_OLD_GENERATION_MB`. An article
   * that runs its thread out of heap is tried once more in a thread of its own without the
   * old-generation limit; if that one fails too, the article fails with `WORKER_FAILED`.
   */
  resourceLimits?: ResourceLimits;
  /**
   * Decode the NER model once, in a short-lived thread of its own, and give its tables to every
   * thread (the weight rows on `SharedArrayBuffer`s: one copy in memory, however many threads),
   * instead of each thread importing and decoding the weights module (~200 ms and tens of MB
   * each; with one thread too: the short-lived thread's copy of the model is gone once it has
   * made the tables, and the thread's smaller heap takes the larger nursery of
   * `SHARED_NER_YOUNG_GENERATION_MB`). Default: true with the built-in extractors, false with
   * `extractors` (which may not use the model).
   */
  shareNerModel?: boolean;
}

export interface AnalyzeTaskOptions {
  /** Overrides the pool's `timeoutMs` for this article. */
  timeoutMs?: number;
  /** Gives up on the article (it is dropped from the queue, or its thread is replaced). */
  signal?: AbortSignal;
}

/** Threads that each run the pipeline; articles queue for the next free one. */
export interface WorkerPool {
  /** Number of threads. */
  readonly size: number;
  /** Articles queued or being analysed. */
  readonly pending: number;
  /**
   * Analyse one article in a thread. Rejects with a `PresslensError` as `pipeline.analyze` does
   * (`INVALID_INPUT`, `INPUT_TOO_LARGE`…), with `WORKER_FAILED` when the thread crashed on it
   * (the thread is replaced), or `ABORTED` on time-out or abort.
   */
  analyze(input: ArticleInput | string, options?: AnalyzeTaskOptions): Promise<Analysis>;
  /**
   * Analyse one article in a thread and have the thread write it as its JSON line
   * (`toJSONLine`): the cheapest way to stream JSONL, since this thread then only handles a
   * string instead of rebuilding the whole analysis. Rejects as `analyze` does.
   */
  analyzeToLine(input: ArticleInput | string, options?: AnalyzeTaskOptions): Promise<AnalysisLine>;
  /** Stop the threads; queued articles are rejected with `ABORTED`. */
  close(): Promise<void>;
}

interface Task {
  id: number;
  input: ArticleInput | string;
  as: 'analysis' | 'line';
  /** Already ran a thread out of heap: runs in a thread of its own, without the old-generation limit. */
  roomy?: boolean;
  label: string;
  timeoutMs: number | undefined;
  signal: AbortSignal | undefined;
  resolve: (result: Analysis | AnalysisLine) => void;
  reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  /** The thread has built its pipeline (time limits start only then). */
  ready: boolean;
  /** A thread without the old-generation limit, for one article that needed more: stopped after it. */
  roomy: boolean;
  /** Started before the NER tables were decoded: is sent them (or null) when they are. */
  awaitingTables: boolean;
}

function labelOf(input: ArticleInput | string): string {
  if (typeof input === 'string') return fnv1a(input);
  if (input && typeof input === 'object' && input.id != null && String(input.id) !== '') return String(input.id);
  return typeof input?.text === 'string' ? fnv1a(input.text) : 'the article';
}

/**
 * Where the thread's code is: `dist/analyzeWorker.js` beside the built bundle; in the source tree
 * (tests, run by vitest) `src/analyzeWorker.ts`, which needs a TypeScript loader (tsx, a dev
 * dependency) in the thread.
 */
function workerSource(): { url: URL; typescript: boolean } {
  const here = import.meta.url;
  const typescript = here.endsWith('.ts');
  return { url: new URL(typescript ? './analyzeWorker.ts' : './analyzeWorker.js', here), typescript };
}

function startWorker(settings: WorkerSettings, resourceLimits: ResourceLimits): Worker {
  const { url, typescript } = workerSource();
  if (!typescript) return new Worker(url, { workerData: settings, resourceLimits });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData: settings, resourceLimits, execArgv: [...process.execArgv, '--conditions', '@presslens/source'] });
}

/**
 * A pool of worker threads that analyse articles in parallel, each with its own pipeline built
 * once. One article at a time per thread; the rest wait in order. A thread that crashes (or runs
 * past `timeoutMs`) fails only the article it was on and is replaced. Idle threads do not keep the
 * process alive; call `close()` when done.
 */
export function createWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  const size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
  const settings: WorkerSettings = {};
  if (options.maxTextLength !== undefined) settings.maxTextLength = options.maxTextLength;
  if (options.attributionScheme !== undefined) {
    if (!ATTRIBUTION_SCHEMES.includes(options.attributionScheme)) {
      throw new PresslensError('INVALID_EXTRACTOR', `Unknown attribution scheme "${String(options.attributionScheme)}". Use one of: ${ATTRIBUTION_SCHEMES.join(', ')}.`);
    }
    settings.attributionScheme = options.attributionScheme;
  }
  if (options.extractors !== undefined) {
    const e = options.extractors;
    settings.extractorsModule = e instanceof URL ? e.href : /^[a-z][a-z+.-]*:/i.test(e) && !/^[a-z]:[\\/]/i.test(e) ? e : pathToFileURL(e).href;
  }
  const share = options.shareNerModel ?? options.extractors === undefined;
  const resourceLimits: ResourceLimits = { maxYoungGenerationSizeMb: DEFAULT_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: DEFAULT_OLD_GENERATION_MB, ...options.resourceLimits };
  const { maxOldGenerationSizeMb: _old, ...roomyLimits } = resourceLimits;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  // The NER tables: undefined until the first thread is started, then the thread decoding them,
  // then the tables (null when they could not be made: each thread then loads the model itself).
  let nerTables: NerTables | null | undefined = share ? undefined : null;
  let tableMaker: Worker | null = null;
  const tablesDone = (tables: NerTables | null): void => {
    if (nerTables !== undefined) return;
    nerTables = tables;
    tableMaker?.removeAllListeners();
    tableMaker?.on('error', () => undefined);
    tableMaker = null;
    for (const slot of slots) {
      if (!slot.awaitingTables) continue;
      slot.awaitingTables = false;
      slot.worker.postMessage({ nerTables: tables } satisfies NerTablesMessage);
    }
  };
  const makeTables = (): void => {
    if (nerTables !== undefined || tableMaker) return;
    const maker = startWorker({ exportNerTables: true }, {});
    tableMaker = maker;
    maker.unref();
    maker.on('message', (message: NerTablesMessage) => tablesDone(message.nerTables));
    maker.on('error', () => tablesDone(null));
    maker.on('exit', () => tablesDone(null));
  };
  const settingsOfThread = (): WorkerSettings => {
    if (nerTables) return { ...settings, nerTables };
    if (nerTables === null) return settings;
    makeTables();
    return { ...settings, awaitNerTables: true };
  };

  const settle = (task: Task): void => {
    if (task.timer) clearTimeout(task.timer);
    if (task.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
  };

  const retire = (slot: Slot): void => {
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
  };

  const replace = (slot: Slot, why: string, outOfMemory = false): void => {
    const task = slot.task;
    slot.task = null;
    retire(slot);
    if (task && outOfMemory && !task.roomy && !closed && task.signal?.aborted !== true && resourceLimits.maxOldGenerationSizeMb !== undefined) {
      // once more, first in line, in a thread with room for it
      settle(task);
      task.timer = undefined;
      task.roomy = true;
      watchWhileQueued(task);
      queue.unshift(task);
    } else if (task) {
      settle(task);
      task.reject(new PresslensError(why === 'timeout' || why === 'abort' ? 'ABORTED' : 'WORKER_FAILED', messageFor(task, why)));
    }
    dispatch();
  };

  /** While queued, an abort just removes the task. */
  const watchWhileQueued = (task: Task): void => {
    if (!task.signal) return;
    task.onAbort = () => {
      const at = queue.indexOf(task);
      if (at >= 0) {
        queue.splice(at, 1);
        settle(task);
        task.reject(new PresslensError('ABORTED', messageFor(task, 'abort')));
      }
    };
    task.signal.addEventListener('abort', task.onAbort, { once: true });
  };

  const messageFor = (task: Task, why: string): string =>
    why === 'timeout'
      ? `${task.label} took longer than ${task.timeoutMs} ms; its analysis was stopped.`
      : why === 'abort'
        ? `${task.label}: the analysis was cancelled.`
        : `The worker thread crashed while analysing ${task.label} (${why}); the thread was replaced and the other articles go on.`;

  const spawn = (roomy = false): Slot => {
    const threadSettings = settingsOfThread();
    const slot: Slot = { worker: startWorker(threadSettings, roomy ? roomyLimits : resourceLimits), task: null, ready: false, roomy, awaitingTables: threadSettings.awaitNerTables === true };
    slot.worker.unref();
    slot.worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        if (slot.task) startClock(slot, slot.task);
        return;
      }
      const task = slot.task;
      if (!task || task.id !== reply.task) return;
      slot.task = null;
      slot.worker.unref();
      if (slot.roomy) retire(slot);
      settle(task);
      if (reply.ok) task.resolve('line' in reply ? reply.line : reply.result);
      else {
        const error = new PresslensError(reply.error.code, reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        task.reject(error);
      }
      dispatch();
    });
    slot.worker.on('error', (error) =>
      replace(slot, error instanceof Error ? error.message : String(error), (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY'),
    );
    slot.worker.on('exit', (code) => replace(slot, `it exited with code ${code}`));
    slots.push(slot);
    return slot;
  };

  const startClock = (slot: Slot, task: Task): void => {
    if (task.timer || task.timeoutMs === undefined || task.timeoutMs <= 0) return;
    task.timer = setTimeout(() => {
      if (slot.task === task) replace(slot, 'timeout');
    }, task.timeoutMs);
  };

  const run = (slot: Slot, task: Task): void => {
    slot.task = task;
    slot.worker.ref();
    if (slot.ready) startClock(slot, task);
    if (task.signal) {
      if (task.onAbort) task.signal.removeEventListener('abort', task.onAbort);
      task.onAbort = () => {
        if (slot.task === task) replace(slot, 'abort');
      };
      task.signal.addEventListener('abort', task.onAbort, { once: true });
    }
    const request: WorkerRequest = task.as === 'line' ? { task: task.id, input: task.input, as: 'line' } : { task: task.id, input: task.input };
    try {
      slot.worker.postMessage(request);
    } catch (error) {
      slot.task = null;
      slot.worker.unref();
      settle(task);
      task.reject(new PresslensError('INVALID_INPUT', `${task.label} cannot be sent to a worker thread: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
      dispatch();
    }
  };

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      let slot: Slot | null;
      if (queue[0]!.roomy) {
        // a thread of its own: an idle one gives up its place
        const idle = slots.length >= size ? slots.find((s) => s.task === null) : undefined;
        if (idle) retire(idle);
        slot = slots.length < size ? spawn(true) : null;
      } else slot = slots.find((s) => s.task === null && !s.roomy) ?? (slots.length < size ? spawn() : null);
      if (!slot) return;
      run(slot, queue.shift()!);
    }
  }

  function submit(input: ArticleInput | string, as: Task['as'], taskOptions: AnalyzeTaskOptions): Promise<Analysis | AnalysisLine> {
    if (closed) return Promise.reject(new PresslensError('ABORTED', 'The worker pool is closed.'));
    const signal = taskOptions.signal;
    if (signal?.aborted) return Promise.reject(new PresslensError('ABORTED', `${labelOf(input)}: the analysis was cancelled.`));
    return new Promise<Analysis | AnalysisLine>((resolve, reject) => {
      const task: Task = { id: nextId++, input, as, label: labelOf(input), timeoutMs: taskOptions.timeoutMs ?? options.timeoutMs, signal, resolve, reject };
      watchWhileQueued(task);
      queue.push(task);
      dispatch();
    });
  }

  return {
    size,
    get pending() {
      return queue.length + slots.filter((s) => s.task !== null).length;
    },
    analyze(input, taskOptions = {}) {
      return submit(input, 'analysis', taskOptions) as Promise<Analysis>;
    },
    analyzeToLine(input, taskOptions = {}) {
      return submit(input, 'line', taskOptions) as Promise<AnalysisLine>;
    },
    async close() {
      if (closed) return;
      closed = true;
      const maker = tableMaker;
      tablesDone(null);
      if (maker) void maker.terminate();
      for (const task of queue.splice(0)) {
        settle(task);
        task.reject(new PresslensError('ABORTED', 'The worker pool was closed before this article was analysed.'));
      }
      const running = slots.splice(0);
      await Promise.all(
        running.map(async (slot) => {
          slot.worker.removeAllListeners();
          slot.worker.on('error', () => undefined);
          if (slot.task) {
            settle(slot.task);
            slot.task.reject(new PresslensError('ABORTED', 'The worker pool was closed while this article was being analysed.'));
          }
          await slot.worker.terminate();
        }),
      );
    },
  };
}
