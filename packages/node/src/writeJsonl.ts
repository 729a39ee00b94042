import { once } from 'node:events';
import { isFailedAnalysis, toJSONLine, type AnalysisOutcome } from '@presslens/core';

export interface WriteSummary {
  /** Lines written. */
  written: number;
  /** Of those, failure lines. */
  failed: number;
}

/** Write one chunk, waiting for `drain` when the destination's buffer is full (backpressure). */
export async function writeChunk(destination: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  if (!destination.write(chunk)) await once(destination, 'drain');
}

/**
 * Write outcomes as JSON Lines (the output contract on one line each, failures as
 * `{"schemaVersion","article":{"id"},"error"}` lines), respecting the destination's
 * backpressure. Rejects when the destination fails (for example `EPIPE` when a reader such as
 * `head` has gone); the caller decides what that means.
 */
export async function writeJsonl(outcomes: AsyncIterable<AnalysisOutcome> | Iterable<AnalysisOutcome>, destination: NodeJS.WritableStream): Promise<WriteSummary> {
  let failure: { error: unknown } | null = null;
  const onError = (error: unknown): void => {
    failure ??= { error };
  };
  destination.on('error', onError);
  const summary: WriteSummary = { written: 0, failed: 0 };
  try {
    for await (const outcome of outcomes) {
      if (failure) break;
      await writeChunk(destination, `${toJSONLine(outcome)}\n`);
      summary.written++;
      if (isFailedAnalysis(outcome)) summary.failed++;
    }
  } finally {
    destination.off('error', onError);
  }
  if (failure) throw (failure as { error: unknown }).error;
  return summary;
}
