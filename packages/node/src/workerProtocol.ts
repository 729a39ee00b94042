import type { Analysis, ArticleInput, PresslensErrorCode } from '@presslens/core';

/** What a pool gives each of its threads when it starts it. */
export interface WorkerSettings {
  /** Longest text accepted (see `PipelineOptions.maxTextLength`). */
  maxTextLength?: number;
  /** URL of a module that exports `extractors` (or a default export): the extractors, or a function returning them. */
  extractorsModule?: string;
}

export interface WorkerRequest {
  task: number;
  input: ArticleInput | string;
}

export type WorkerReply =
  | { ready: true }
  | { task: number; ok: true; result: Analysis }
  | { task: number; ok: false; error: { code: PresslensErrorCode; message: string; stack?: string | undefined } };
