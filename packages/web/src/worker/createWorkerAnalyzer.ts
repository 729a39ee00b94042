import { PresslensError, type Analysis, type ArticleInput, type PresslensErrorCode } from '@presslens/core';
import { isWorkerResponse, type WorkerRequest } from './protocol.js';

type Listener = (event: { data?: unknown; message?: unknown }) => void;

/** The part of a `Worker` the analyzer uses; a real `Worker` fits, and so does a test double. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: Listener): void;
  removeEventListener(type: 'message' | 'messageerror' | 'error', listener: Listener): void;
  terminate(): void;
}

export interface WorkerAnalyzeOptions {
  /** Abort this call: it rejects with `ABORTED` (the worker may still finish it; the result is dropped). */
  signal?: AbortSignal;
}

export interface WorkerAnalyzer {
  /** Analyse one article in the worker. Rejects with a `PresslensError` (same codes as `analyze`, plus `ABORTED` and `WORKER_FAILED`). */
  analyze(input: ArticleInput | string, options?: WorkerAnalyzeOptions): Promise<Analysis>;
  /** Stop the worker; pending and later calls reject with `ABORTED`. Safe to call twice. */
  terminate(): void;
  /** Calls sent and not yet answered. */
  readonly pending: number;
}

interface Pending {
  resolve(analysis: Analysis): void;
  reject(error: PresslensError): void;
}

/**
 * Run the pipeline off the main thread. `worker` runs `@presslens/web/worker` (or your own
 * worker calling `serveAnalyzer`):
 *
 * ```ts
 * const analyzer = createWorkerAnalyzer(new Worker(new URL('@presslens/web/worker', import.meta.url), { type: 'module' }));
 * const analysis = await analyzer.analyze({ text, publishedAt: '2025-05-15' });
 * ```
 */
export function createWorkerAnalyzer(worker: WorkerLike): WorkerAnalyzer {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let terminated = false;

  const settleAll = (code: PresslensErrorCode, message: string): void => {
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) call.reject(new PresslensError(code, message));
  };

  const onMessage: Listener = (event) => {
    const data = event.data;
    if (!isWorkerResponse(data)) return;
    const call = pending.get(data.id);
    if (!call) return; // aborted or not ours
    pending.delete(data.id);
    if (data.type === 'presslens:result') call.resolve(data.analysis);
    else {
      const code = (typeof data.error.code === 'string' ? data.error.code : 'WORKER_FAILED') as PresslensErrorCode;
      call.reject(new PresslensError(code, data.error.message));
    }
  };
  const onMessageError: Listener = () => {
    settleAll('WORKER_FAILED', 'A message from the worker could not be read (structured clone failed). Keep custom layers to plain data.');
  };
  const onError: Listener = (event) => {
    const detail = typeof event.message === 'string' && event.message !== '' ? `: ${event.message}` : '';
    settleAll('WORKER_FAILED', `The worker failed${detail}. Check that it loads @presslens/web/worker (or calls serveAnalyzer) and see the console.`);
  };

  worker.addEventListener('message', onMessage);
  worker.addEventListener('messageerror', onMessageError);
  worker.addEventListener('error', onError);

  const analyze = (input: ArticleInput | string, options: WorkerAnalyzeOptions = {}): Promise<Analysis> => {
    const { signal } = options;
    if (terminated) {
      return Promise.reject(new PresslensError('ABORTED', 'This analyzer was terminated. Create a new one with createWorkerAnalyzer().'));
    }
    if (signal?.aborted) return Promise.reject(new PresslensError('ABORTED', 'The analysis was aborted before it started.', { cause: signal.reason }));
    const id = ++nextId;
    return new Promise<Analysis>((resolve, reject) => {
      const onAbort = (): void => {
        if (!pending.delete(id)) return;
        reject(new PresslensError('ABORTED', 'The analysis was aborted.', { cause: signal?.reason }));
      };
      const done = (): void => signal?.removeEventListener('abort', onAbort);
      pending.set(id, {
        resolve: (analysis) => {
          done();
          resolve(analysis);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        worker.postMessage({ type: 'presslens:analyze', id, input });
      } catch (error) {
        pending.delete(id);
        done();
        reject(
          new PresslensError('INVALID_INPUT', 'The article could not be sent to the worker: give a string or an object of plain data ({ text, title?, publishedAt?, … }).', {
            cause: error,
          }),
        );
      }
    });
  };

  const terminate = (): void => {
    if (terminated) return;
    terminated = true;
    worker.removeEventListener('message', onMessage);
    worker.removeEventListener('messageerror', onMessageError);
    worker.removeEventListener('error', onError);
    worker.terminate();
    settleAll('ABORTED', 'The analyzer was terminated before this analysis finished.');
  };

  return {
    analyze,
    terminate,
    get pending() {
      return pending.size;
    },
  };
}
