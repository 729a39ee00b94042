/**
 * The worker entry, `@presslens/web/worker`: loaded as a dedicated worker, it answers presslens
 * requests with the built-in pipeline.
 *
 * ```ts
 * const worker = new Worker(new URL('@presslens/web/worker', import.meta.url), { type: 'module' });
 * const analyzer = createWorkerAnalyzer(worker);
 * ```
 *
 * Imported anywhere else (a page, a test) it only exports the handler and starts nothing.
 */
import { serveAnalyzer, type WorkerScopeLike } from './worker/handleWorkerMessage.js';

export { handleWorkerMessage, serveAnalyzer, toSerializedError, type AnalyzerLike, type WorkerScopeLike } from './worker/handleWorkerMessage.js';
export type { AnalyzeFailure, AnalyzeRequest, AnalyzeResult, SerializedError, WorkerRequest, WorkerResponse } from './worker/protocol.js';

/** True in a dedicated worker (not a page, not Node, not a test environment). */
function inDedicatedWorker(): boolean {
  const scope = globalThis as { DedicatedWorkerGlobalScope?: abstract new () => unknown };
  return typeof scope.DedicatedWorkerGlobalScope === 'function' && globalThis instanceof scope.DedicatedWorkerGlobalScope;
}

if (inDedicatedWorker()) serveAnalyzer(globalThis as unknown as WorkerScopeLike);
