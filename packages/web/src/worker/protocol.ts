import type { Analysis, ArticleInput, PresslensErrorCode } from '@presslens/core';

/**
 * The messages between `createWorkerAnalyzer` (the page) and `serveAnalyzer` (the worker).
 * Every message is plain data (structured-clone safe) and carries the request id, so many
 * calls can be in flight at once. Types are namespaced (`presslens:`) so a worker can carry
 * other messages too: anything else is ignored on both sides.
 */
/** Page → worker: analyse one article. */
export interface AnalyzeRequest {
  type: 'presslens:analyze';
  /** Chosen by the page, unique among its pending requests; echoed in the response. */
  id: number;
  input: ArticleInput | string;
}

/** Worker → page: the analysis of request `id`. */
export interface AnalyzeResult {
  type: 'presslens:result';
  id: number;
  analysis: Analysis;
}

/** An error as it crosses the worker boundary (an `Error` does not survive structured clone with its code). */
export interface SerializedError {
  code: PresslensErrorCode;
  message: string;
}

/** Worker → page: request `id` failed. */
export interface AnalyzeFailure {
  type: 'presslens:error';
  id: number;
  error: SerializedError;
}

export type WorkerRequest = AnalyzeRequest;
export type WorkerResponse = AnalyzeResult | AnalyzeFailure;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isWorkerRequest(value: unknown): value is WorkerRequest {
  return isRecord(value) && value.type === 'presslens:analyze' && Number.isSafeInteger(value.id);
}

export function isWorkerResponse(value: unknown): value is WorkerResponse {
  if (!isRecord(value) || !Number.isSafeInteger(value.id)) return false;
  if (value.type === 'presslens:result') return isRecord(value.analysis);
  if (value.type === 'presslens:error') return isRecord(value.error) && typeof value.error.message === 'string';
  return false;
}
