import type { AnalysisOutcome } from '../types/analysis.js';

export interface JsonOptions {
  /** Indent with two spaces (default true). */
  pretty?: boolean;
}

/** The output contract as JSON text (the CLI's `--format json`). */
export function toJSON(analysis: AnalysisOutcome, options: JsonOptions = {}): string {
  return JSON.stringify(analysis, null, options.pretty === false ? undefined : 2);
}

/** One line of JSONL: the contract on a single line, no trailing newline. */
export function toJSONLine(analysis: AnalysisOutcome): string {
  return JSON.stringify(analysis);
}
