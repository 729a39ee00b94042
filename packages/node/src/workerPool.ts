import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PresslensError, fnv1a, type Analysis, type ArticleInput } from '@presslens/core';
import type { WorkerReply, WorkerRequest, WorkerSettings } from './workerProtocol.js';

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
  /** Longest time one article may take, in ms; then its thread is stopped and replaced (default: no limit). */
  timeoutMs?: number;
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
  /** Stop the threads; queued articles are rejected with `ABORTED`. */
  close(): Promise<void>;
}

interface Task {
  id: number;
  input: ArticleInput | string;
  label: string;
  timeoutMs: number | undefined;
  signal: AbortSignal | undefined;
  resolve: (analysis: Analysis) => void;
  reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  /** The thread has built its pipeline (time limits start only then). */
  ready: boolean;
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

function startWorker(settings: WorkerSettings): Worker {
  const { url, typescript } = workerSource();
  if (!typescript) return new Worker(url, { workerData: settings });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData: settings, execArgv: [...process.execArgv, '--conditions', '@presslens/source'] });
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
  if (options.extractors !== undefined) {
    const e = options.extractors;
    settings.extractorsModule = e instanceof URL ? e.href : /^[a-z][a-z+.-]*:/i.test(e) && !/^[a-z]:[\\/]/i.test(e) ? e : pathToFileURL(e).href;
  }
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (task: Task): void => {
    if (task.timer) clearTimeout(task.timer);
    if (task.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
  };

  const replace = (slot: Slot, why: string): void => {
    const task = slot.task;
    slot.task = null;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    if (task) {
      settle(task);
      task.reject(new PresslensError(why === 'timeout' || why === 'abort' ? 'ABORTED' : 'WORKER_FAILED', messageFor(task, why)));
    }
    dispatch();
  };

  const messageFor = (task: Task, why: string): string =>
    why === 'timeout'
      ? `${task.label} took longer than ${task.timeoutMs} ms; its analysis was stopped.`
      : why === 'abort'
        ? `${task.label}: the analysis was cancelled.`
        : `The worker thread crashed while analysing ${task.label} (${why}); the thread was replaced and the other articles go on.`;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(settings), task: null, ready: false };
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
      settle(task);
      if (reply.ok) task.resolve(reply.result);
      else {
        const error = new PresslensError(reply.error.code, reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        task.reject(error);
      }
      dispatch();
    });
    slot.worker.on('error', (error) => replace(slot, error instanceof Error ? error.message : String(error)));
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
    const request: WorkerRequest = { task: task.id, input: task.input };
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
      const slot = slots.find((s) => s.task === null) ?? (slots.length < size ? spawn() : null);
      if (!slot) return;
      run(slot, queue.shift()!);
    }
  }

  return {
    size,
    get pending() {
      return queue.length + slots.filter((s) => s.task !== null).length;
    },
    analyze(input, taskOptions = {}) {
      if (closed) return Promise.reject(new PresslensError('ABORTED', 'The worker pool is closed.'));
      const signal = taskOptions.signal;
      if (signal?.aborted) return Promise.reject(new PresslensError('ABORTED', `${labelOf(input)}: the analysis was cancelled.`));
      return new Promise<Analysis>((resolve, reject) => {
        const task: Task = { id: nextId++, input, label: labelOf(input), timeoutMs: taskOptions.timeoutMs ?? options.timeoutMs, signal, resolve, reject };
        if (signal) {
          // while queued, an abort just removes it
          task.onAbort = () => {
            const at = queue.indexOf(task);
            if (at >= 0) {
              queue.splice(at, 1);
              settle(task);
              reject(new PresslensError('ABORTED', messageFor(task, 'abort')));
            }
          };
          signal.addEventListener('abort', task.onAbort, { once: true });
        }
        queue.push(task);
        dispatch();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
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
