/** Where the CLI reads and writes: the process's streams by default, others in tests. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The folder relative paths start from (default `process.cwd()`). */
  cwd: string;
}

export function defaultIO(partial: Partial<CliIO> = {}): CliIO {
  return {
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    stdin: partial.stdin ?? process.stdin,
    cwd: partial.cwd ?? process.cwd(),
  };
}

/** True for the error a pipe gives when its reader has gone (`presslens … | head -1`). */
export function isBrokenPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}
