/** Every error presslens throws carries one of these codes. */
export type PresslensErrorCode =
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'INVALID_SPAN'
  | 'MISSING_PROVIDER'
  | 'DUPLICATE_EXTRACTOR'
  | 'DUPLICATE_PROVIDER'
  | 'UNKNOWN_REPLACE'
  | 'CYCLE'
  | 'INVALID_EXTRACTOR'
  | 'LAYER_NOT_DECLARED'
  | 'EXTRACTOR_FAILED'
  | 'UNREADABLE'
  | 'UNSUPPORTED_FORMAT'
  | 'PARSE_ERROR'
  | 'USAGE'
  | 'ABORTED'
  | 'WORKER_FAILED';

/** The one error class of presslens: a code to switch on, a message that says what to do, a kept cause. */
export class PresslensError extends Error {
  override readonly name = 'PresslensError';
  readonly code: PresslensErrorCode;

  constructor(code: PresslensErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isPresslensError(value: unknown): value is PresslensError {
  return value instanceof PresslensError || (value instanceof Error && value.name === 'PresslensError' && 'code' in value);
}
