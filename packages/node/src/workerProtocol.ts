import type { Analysis, ArticleInput, AttributionScheme, NerTables, PresslensErrorCode } from '@presslens/core';

/** What a pool gives each of its threads when it starts it. */
export interface WorkerSettings {
  /** Longest text accepted (see `PipelineOptions.maxTextLength`). */
  maxTextLength?: number;
  /** URL of a module that exports `extractors` (or a default export): the extractors, or a function returning them. */
  extractorsModule?: string;
  /** The attributions extractor's scheme for the built-in extractors (ignored with `extractorsModule`). */
  attributionScheme?: AttributionScheme;
  /** The NER model's tables, decoded once for the whole pool: installed before the pipeline is built. */
  nerTables?: NerTables;
  /** The tables are being decoded: wait for a `NerTablesMessage` before building the pipeline. */
  awaitNerTables?: boolean;
  /** This thread only decodes the NER model's tables, posts them (`NerTablesMessage`) and ends. */
  exportNerTables?: boolean;
}

/** The NER model's tables, sent to a thread that waits for them (null: there are none, load the model yourself). */
export interface NerTablesMessage {
  nerTables: NerTables | null;
}

export interface WorkerRequest {
  task: number;
  input: ArticleInput | string;
  /** `line`: answer with the analysis already written as its JSON line (see `AnalysisLine`). */
  as?: 'analysis' | 'line';
}

/** An error message of an analysis (`severity: 'error'`): which extractor, and what. */
export interface AnalysisProblem {
  producer: string;
  text: string;
}

/**
 * An analysis written as its JSON line by the thread that made it, with what the caller needs to
 * report it. The line comes as UTF-8 bytes whose memory is handed over (transferred) from the
 * thread, not copied: the receiving thread writes it out without ever making a string of it.
 */
export interface AnalysisLine {
  /** The article's id. */
  id: string;
  /** `toJSONLine(analysis)` and a `\n`, as UTF-8: the output contract on one line, ready to write. */
  jsonl: Uint8Array;
  /** The analysis's error messages (an extractor that failed, an invalid date…), empty when none. */
  problems: AnalysisProblem[];
}

export type WorkerReply =
  | { ready: true }
  | { task: number; ok: true; result: Analysis }
  | { task: number; ok: true; line: AnalysisLine }
  | { task: number; ok: false; error: { code: PresslensErrorCode; message: string; stack?: string | undefined } };
