import { resolve } from 'node:path';
import { collectResults, enqueueArticles, expandInputs, isHttpUrl, normalizePublishedAt, queueStatus, readArticles, startQueueWorker, fetchArticle, toFailedAnalysis, type ArticleSource } from '@presslens/node';
import { UsageError, attributionScheme, collectArgs, enqueueArgs, parseStrict, queueArgs, workerArgs, type Command } from './args.js';
import { whenStopped, type CliIO } from './io.js';
import { readStdin, type StdinMode } from './stdin.js';
import { wholeNumber } from './serve.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function requireRedis(values: Record<string, unknown>, command: Command): string {
  const redis = values['redis'] as string | undefined;
  if (!redis) throw new UsageError('Give the Redis URL: --redis redis://host:port.', command);
  if (!/^rediss?:\/\//i.test(redis)) throw new UsageError(`--redis "${redis}" is not a Redis URL. Write redis://host:port, e.g. redis://127.0.0.1:6379.`, command);
  return redis;
}

function noArguments(positionals: string[], command: Command): void {
  if (positionals.length > 0) throw new UsageError(`${command} takes no arguments, got "${positionals[0]}".`, command);
}

/** `presslens enqueue <inputs> --redis URL [--queue name]`: exit 0, or 1 if an input could not be read. */
export async function runEnqueue(rawArgs: readonly string[], io: CliIO, help: () => string): Promise<number> {
  const { positionals, values } = parseStrict(rawArgs, enqueueArgs, 'enqueue');
  if (values['help']) {
    io.stdout.write(help());
    return 0;
  }
  const redis = requireRedis(values, 'enqueue');
  if (positionals.length === 0) throw new UsageError('Give at least one file, folder, glob or http(s) URL to enqueue, or - for stdin.', 'enqueue');
  const published = values['published'] as string | undefined;
  if (published !== undefined && (!DATE.test(published) || normalizePublishedAt(published) !== published)) {
    throw new UsageError(`--published "${published}" is not a date. Use YYYY-MM-DD, e.g. 2025-05-15.`, 'enqueue');
  }
  const attempts = wholeNumber(values, 'attempts', 1, 100, 'enqueue');
  const quiet = values['quiet'] === true;
  const warn = (text: string): void => {
    if (!quiet) io.stderr.write(`presslens: warning: ${text}\n`);
  };
  let problems = 0;
  const urls = positionals.filter(isHttpUrl);
  const files = await expandInputs(
    positionals.filter((p) => p !== '-' && !isHttpUrl(p)),
    {
      cwd: io.cwd,
      onError: (error) => {
        problems++;
        io.stderr.write(`presslens: ${error.message}\n`);
      },
    },
  );
  const stdin = positionals.includes('-') ? await readStdin(io.stdin, ((values['input'] as string | undefined) ?? 'auto') as StdinMode, { onWarning: warn }) : null;
  async function* source(): AsyncGenerator<ArticleSource> {
    if (stdin) yield* stdin.articles;
    for (const url of urls) {
      try {
        yield await fetchArticle(url, { onWarning: warn });
      } catch (error) {
        yield toFailedAnalysis(url, error);
      }
    }
    yield* readArticles(files, { cwd: io.cwd, onWarning: warn, ...(published ? { publishedAt: published } : {}) });
  }
  const summary = await enqueueArticles(source(), {
    redis,
    ...(values['queue'] ? { queue: values['queue'] as string } : {}),
    ...(attempts === undefined ? {} : { attempts }),
    onFailure: (failure) => io.stderr.write(`presslens: ${failure.article.id}: ${failure.error.message} [${failure.error.code}] (not queued)\n`),
  });
  if (!quiet) io.stderr.write(`presslens: queued ${summary.queued} article${summary.queued === 1 ? '' : 's'}${summary.failed ? `; ${summary.failed} could not be read` : ''}\n`);
  return summary.failed > 0 || problems > 0 ? 1 : 0;
}

/** `presslens worker --redis URL [--concurrency N]`: runs until SIGTERM/SIGINT, finishing the jobs in hand. */
export async function runWorker(rawArgs: readonly string[], io: CliIO, help: () => string): Promise<number> {
  const { positionals, values } = parseStrict(rawArgs, workerArgs, 'worker');
  if (values['help']) {
    io.stdout.write(help());
    return 0;
  }
  noArguments(positionals, 'worker');
  const redis = requireRedis(values, 'worker');
  const concurrency = wholeNumber(values, 'concurrency', 1, 1024, 'worker');
  const timeoutMs = wholeNumber(values, 'timeout', 1, 3_600_000, 'worker');
  const lockDurationMs = wholeNumber(values, 'lock-ms', 1_000, 3_600_000, 'worker');
  const scheme = attributionScheme(values, 'worker');
  const quiet = values['quiet'] === true;
  const { stopped, dispose } = whenStopped(io, io.signal === undefined);
  let done = 0;
  let failed = 0;
  const worker = await startQueueWorker({
    redis,
    ...(values['queue'] ? { queue: values['queue'] as string } : {}),
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(lockDurationMs === undefined ? {} : { lockDurationMs }),
    attributionScheme: scheme,
    onEvent: (event) => {
      if (event.kind === 'completed') done++;
      else if (event.kind === 'failed') {
        failed++;
        io.stderr.write(`presslens: ${event.id}: failed every try: ${event.error ?? ''}\n`);
      } else if (!quiet) io.stderr.write(`presslens: ${event.id}: ${event.error ?? 'failed'}; will retry\n`);
    },
  });
  try {
    if (!quiet) io.stderr.write(`presslens: worker ${process.pid} taking articles from ${redis} (queue ${(values['queue'] as string | undefined) ?? 'presslens'})\n`);
    const why = await stopped;
    if (!quiet) io.stderr.write(`presslens: ${why === 'abort' ? 'stopping' : `${why}: stopping`}; finishing the articles in hand…\n`);
  } finally {
    dispose();
    await worker.close();
  }
  if (!quiet) io.stderr.write(`presslens: worker stopped after ${done} article${done === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}\n`);
  return 0;
}

/** `presslens collect --redis URL --out results.jsonl [--wait]`: exit 0, or 1 if an article failed. */
export async function runCollect(rawArgs: readonly string[], io: CliIO, help: () => string): Promise<number> {
  const { positionals, values } = parseStrict(rawArgs, collectArgs, 'collect');
  if (values['help']) {
    io.stdout.write(help());
    return 0;
  }
  noArguments(positionals, 'collect');
  const redis = requireRedis(values, 'collect');
  const out = values['out'] as string | undefined;
  if (!out) throw new UsageError('Give the results file: --out results.jsonl.', 'collect');
  const quiet = values['quiet'] === true;
  const controller = new AbortController();
  const { stopped, dispose } = whenStopped(io, io.signal === undefined);
  void stopped.then(() => controller.abort());
  try {
    const summary = await collectResults({
      redis,
      out: resolve(io.cwd, out),
      ...(values['queue'] ? { queue: values['queue'] as string } : {}),
      wait: values['wait'] === true,
      signal: controller.signal,
    });
    if (!quiet) {
      io.stderr.write(`presslens: wrote ${summary.written} result${summary.written === 1 ? '' : 's'} to ${out}${summary.failed ? ` (${summary.failed} failed)` : ''}${summary.skipped ? `; ${summary.skipped} already there` : ''}\n`);
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    dispose();
  }
}

/** `presslens queue status --redis URL`: the counts as one JSON object on stdout. */
export async function runQueue(rawArgs: readonly string[], io: CliIO, help: () => string): Promise<number> {
  const { positionals, values } = parseStrict(rawArgs, queueArgs, 'queue');
  if (values['help']) {
    io.stdout.write(help());
    return 0;
  }
  if (positionals[0] !== 'status' || positionals.length > 1) throw new UsageError(positionals.length === 0 ? 'Give a queue command: status.' : `Unknown queue command "${positionals.join(' ')}". Use: status.`, 'queue');
  const redis = requireRedis(values, 'queue');
  const status = await queueStatus({ redis, ...(values['queue'] ? { queue: values['queue'] as string } : {}) });
  io.stdout.write(`${JSON.stringify(status)}\n`);
  if (io.stderr.isTTY) {
    io.stderr.write(`presslens: queue ${status.queue}: ${status.waiting} waiting, ${status.active} in progress, ${status.delayed} to retry, ${status.completed} done (not collected), ${status.failed} failed; ${status.workers} worker${status.workers === 1 ? '' : 's'} connected\n`);
  }
  return 0;
}
