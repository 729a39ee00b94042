import { getDefaultPipeline, isPresslensError, type Pipeline } from '@presslens/core';
import { isWorkerRequest, type SerializedError, type WorkerResponse } from './protocol.js';

/** What the handler needs of a pipeline: a default or a custom one from `createPipeline`. */
export type AnalyzerLike = Pick<Pipeline, 'analyze'>;

export function toSerializedError(error: unknown): SerializedError {
  if (isPresslensError(error)) return { code: error.code, message: error.message };
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'WORKER_FAILED', message: `The analysis failed inside the worker: ${reason}` };
}

/**
 * The worker side of the protocol, as a plain function: answer one message. Returns the
 * response to post back, or null for a message that is not a presslens request (left to
 * other listeners). Never rejects: a failed analysis becomes a `presslens:error` response.
 */
export async function handleWorkerMessage(data: unknown, pipeline: AnalyzerLike = getDefaultPipeline()): Promise<WorkerResponse | null> {
  if (!isWorkerRequest(data)) return null;
  try {
    const analysis = await pipeline.analyze(data.input);
    return { type: 'presslens:result', id: data.id, analysis };
  } catch (error) {
    return { type: 'presslens:error', id: data.id, error: toSerializedError(error) };
  }
}

/** The part of a worker's global scope (`self` in a dedicated worker) that `serveAnalyzer` uses. */
export interface WorkerScopeLike {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: WorkerResponse): void;
}

/**
 * Answer presslens requests arriving at `scope` (a dedicated worker's `self`) with `pipeline`
 * (default: the built-in extractors). Use it in your own worker file to run a custom pipeline:
 *
 * ```ts
 * // my-worker.ts
 * import { createPipeline, defaultExtractors, serveAnalyzer } from '@presslens/web';
 * serveAnalyzer(self, createPipeline([...defaultExtractors(), myExtractor()]));
 * ```
 *
 * Returns a function that stops serving.
 */
export function serveAnalyzer(scope: WorkerScopeLike, pipeline?: AnalyzerLike): () => void {
  const listener = (event: { data: unknown }): void => {
    void handleWorkerMessage(event.data, pipeline).then((response) => {
      if (!response) return;
      try {
        scope.postMessage(response);
      } catch (error) {
        // e.g. a custom layer holding a function or a DOM node: structured clone refuses it
        const reason = error instanceof Error ? error.message : String(error);
        scope.postMessage({
          type: 'presslens:error',
          id: response.id,
          error: { code: 'WORKER_FAILED', message: `The result could not be sent back from the worker (${reason}). Keep custom layers to plain data.` },
        });
      }
    });
  };
  scope.addEventListener('message', listener);
  return () => scope.removeEventListener('message', listener);
}
