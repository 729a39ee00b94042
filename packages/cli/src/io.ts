/** Where the CLI reads and writes: the process's streams by default, others in tests. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The folder relative paths start from (default `process.cwd()`). */
  cwd: string;
  /** Stops the long-running commands (serve, worker), as SIGTERM and SIGINT do. */
  signal?: AbortSignal | undefined;
}

export function defaultIO(partial: Partial<CliIO> = {}): CliIO {
  return {
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    stdin: partial.stdin ?? process.stdin,
    cwd: partial.cwd ?? process.cwd(),
    signal: partial.signal,
  };
}

/** True for the error a pipe gives when its reader has gone (`presslens … | head -1`). */
export function isBrokenPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

/**
 * Resolves when the command should stop: `io.signal` aborts, or (for the real process) SIGTERM
 * or SIGINT arrives. Call the returned `dispose` when done.
 */
export function whenStopped(io: CliIO, useProcessSignals: boolean): { stopped: Promise<string>; dispose: () => void } {
  let dispose = (): void => undefined;
  const stopped = new Promise<string>((done) => {
    const onSignal = (name: string) => () => done(name);
    const term = onSignal('SIGTERM');
    const int = onSignal('SIGINT');
    const abort = onSignal('abort');
    if (useProcessSignals) {
      process.once('SIGTERM', term);
      process.once('SIGINT', int);
    }
    if (io.signal?.aborted) done('abort');
    io.signal?.addEventListener('abort', abort, { once: true });
    dispose = () => {
      process.off('SIGTERM', term);
      process.off('SIGINT', int);
      io.signal?.removeEventListener('abort', abort);
    };
  });
  return { stopped, dispose: () => dispose() };
}
