import { createPresslensServer, type AttributionScheme } from '@presslens/node';
import { UsageError, attributionScheme, parseStrict, serveArgs } from './args.js';
import { whenStopped, type CliIO } from './io.js';

export interface ServeOptions {
  port: number;
  host: string;
  concurrency: number | undefined;
  maxBodyBytes: number | undefined;
  timeoutMs: number | undefined;
  allowFetch: boolean;
  attributionScheme: AttributionScheme;
  quiet: boolean;
  debug: boolean;
}

/** A whole number from `min` to `max`, or a `UsageError` naming the option. */
export function wholeNumber(values: Record<string, unknown>, name: string, min: number, max: number, command: UsageError['command']): number | undefined {
  const text = values[name] as string | undefined;
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} "${text}" is not a whole number from ${min} to ${max}.`, command);
  return n;
}

/** Check the arguments of `presslens serve`; null for `--help`. */
export function parseServeArgs(rawArgs: readonly string[]): ServeOptions | null {
  const { positionals, values } = parseStrict(rawArgs, serveArgs, 'serve');
  if (values['help']) return null;
  if (positionals.length > 0) throw new UsageError(`serve takes no arguments, got "${positionals[0]}".`, 'serve');
  return {
    port: wholeNumber(values, 'port', 0, 65535, 'serve') ?? 8080,
    host: (values['host'] as string | undefined) ?? '127.0.0.1',
    concurrency: wholeNumber(values, 'concurrency', 1, 1024, 'serve'),
    maxBodyBytes: wholeNumber(values, 'max-body', 1, 2 ** 31, 'serve'),
    timeoutMs: wholeNumber(values, 'timeout', 1, 3_600_000, 'serve'),
    allowFetch: values['allow-fetch'] === true,
    attributionScheme: attributionScheme(values, 'serve'),
    quiet: values['quiet'] === true,
    debug: values['debug'] === true,
  };
}

/** `presslens serve`: the HTTP API until SIGTERM/SIGINT (or `io.signal`), then a graceful shutdown. */
export async function runServe(options: ServeOptions, io: CliIO): Promise<number> {
  const api = createPresslensServer({
    ...(options.concurrency === undefined ? {} : { workers: options.concurrency }),
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    allowFetch: options.allowFetch,
    attributionScheme: options.attributionScheme,
    onError: (error) => io.stderr.write(`presslens: server error: ${options.debug && error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  });
  const { stopped, dispose } = whenStopped(io, io.signal === undefined);
  try {
    const address = await api.listen(options.port, options.host);
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    if (!options.quiet) {
      io.stderr.write(`presslens: listening on http://${host}:${address.port} (POST /analyze, POST /analyze/batch, GET /health, GET /openapi.json)${options.allowFetch ? '; fetching URLs for clients is ON' : ''}\n`);
    }
    const why = await stopped;
    if (!options.quiet) io.stderr.write(`presslens: ${why === 'abort' ? 'stopping' : `${why}: stopping`}; finishing the requests in progress…\n`);
  } finally {
    dispose();
    await api.close();
  }
  if (!options.quiet) io.stderr.write('presslens: stopped.\n');
  return 0;
}
