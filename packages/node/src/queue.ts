import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
// bullmq and redis are loaded when a queue is used, not with the package (~30 MB of RSS saved for the
// CLI's analyze and serve, and for every program that imports @presslens/node without a queue)
import type { ConnectionOptions, Job, Queue } from 'bullmq';
import { PresslensError, SCHEMA_VERSION, fnv1a, isPresslensError, toJSONLine, type AnalysisOutcome, type ArticleInput, type AttributionScheme, type FailedAnalysis } from '@presslens/core';
import { isArticleFailure, toFailedAnalysis, type ArticleSource } from './failure.js';
import { createInterface } from 'node:readline';
import { createWorkerPool } from './workerPool.js';

/*
 * Distributed analysis on BullMQ (a Redis-backed job queue): `enqueueArticles` puts one job per
 * article on a queue, any number of `startQueueWorker`s on any machines analyse them (retries with
 * exponential backoff; a job whose worker dies is taken over once its lock expires), and
 * `collectResults` appends each article's result to a JSON Lines file exactly once: ids already in
 * the file are skipped, and a job leaves Redis only after its line is on disk (fsync), so an
 * interrupted collect can simply be run again. Each article is analysed at least once; its result
 * is written exactly once.
 */

export const DEFAULT_QUEUE_NAME = 'presslens';
export const DEFAULT_ATTEMPTS = 3;

export interface QueueConnection {
  /** Redis URL: `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS. */
  redis: string;
  /** Queue name (default `presslens`). */
  queue?: string;
}

/** Checks a Redis URL (`redis://` or `rediss://`); a bad one is an `INVALID_INPUT` error that says what to write. */
export function checkRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new PresslensError('INVALID_INPUT', `"${url}" is not a Redis URL. Write redis://host:port, e.g. redis://127.0.0.1:6379.`, { cause: error });
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new PresslensError('INVALID_INPUT', `"${url}" is not a Redis URL (redis:// or rediss://).`);
  }
  return url;
}

interface Redis {
  connection: ConnectionOptions;
  /** Close the client (BullMQ closes only the connections it made itself). */
  close(): Promise<void>;
}

/**
 * A connected Redis client for BullMQ: node-redis (`redis`), which BullMQ drives through its
 * node-redis adapter (it duplicates it for blocking commands). BullMQ does not close a client it
 * was given. A server that cannot be reached at first is an `UNREADABLE` error within a few
 * seconds; once connected, the client reconnects for as long as it takes.
 */
async function openRedis(url: string): Promise<Redis> {
  let connected = false;
  const { createClient } = await import('redis');
  const client = createClient({
    url: checkRedisUrl(url),
    socket: {
      connectTimeout: 5_000,
      reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(100 * 2 ** retries, 5_000) : retries >= 2 ? cause : 200),
    },
  });
  client.on('error', () => undefined); // reconnects by itself; BullMQ reports what matters
  try {
    await client.connect();
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    throw new PresslensError('UNREADABLE', `Cannot reach Redis at ${url} (${reason}). Is redis-server running there?`, { cause: error });
  }
  connected = true;
  return {
    connection: client as unknown as ConnectionOptions,
    async close() {
      if (client.isOpen) await client.close().catch(() => client.destroy());
    },
  };
}

/** The job id of an article: its id, made safe for BullMQ (no `:`, never a bare integer). */
export function jobIdOf(articleId: string): string {
  return `a-${encodeURIComponent(articleId)}`;
}

async function openQueue(connection: QueueConnection): Promise<Queue & { done(): Promise<void> }> {
  const redis = await openRedis(connection.redis);
  const { Queue } = await import('bullmq');
  const queue = new Queue(connection.queue ?? DEFAULT_QUEUE_NAME, { connection: redis.connection });
  queue.on('error', () => undefined); // connection trouble: the client reconnects
  return Object.assign(queue, {
    async done() {
      await queue.close();
      await redis.close();
    },
  });
}

export interface EnqueueOptions extends QueueConnection {
  /** Tries per article before it counts as failed (default 3), with exponential backoff from `backoffMs`. */
  attempts?: number;
  /** First wait before a retry, in ms (default 1,000; then doubling). */
  backoffMs?: number;
  /** Told about each article that could not even be read (it is not queued). */
  onFailure?: (failure: FailedAnalysis) => void;
}

export interface EnqueueSummary {
  /** Articles sent to the queue (an id already queued is not queued again). */
  queued: number;
  /** Articles that could not be read, not queued. */
  failed: number;
}

/**
 * Put articles on the queue, one job per article, the job id made from the article id — so
 * enqueuing the same article twice does not analyse it twice. An article without an id gets the
 * hash of its text. Read failures in the source are reported to `onFailure` and not queued.
 */
export async function enqueueArticles(source: AsyncIterable<ArticleSource> | Iterable<ArticleSource>, options: EnqueueOptions): Promise<EnqueueSummary> {
  const queue = await openQueue(options);
  const summary: EnqueueSummary = { queued: 0, failed: 0 };
  const jobOptions = {
    attempts: options.attempts ?? DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 1_000 },
    removeOnComplete: false,
    removeOnFail: false,
  };
  let batch: { name: string; data: ArticleInput; opts: typeof jobOptions & { jobId: string } }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await queue.addBulk(batch);
    summary.queued += batch.length;
    batch = [];
  };
  try {
    for await (const item of source) {
      if (isArticleFailure(item)) {
        summary.failed++;
        options.onFailure?.(item);
        continue;
      }
      const id = item.id != null && String(item.id) !== '' ? String(item.id) : fnv1a(item.text);
      batch.push({ name: 'analyze', data: { ...item, id }, opts: { ...jobOptions, jobId: jobIdOf(id) } });
      if (batch.length >= 200) await flush();
    }
    await flush();
  } finally {
    await queue.done();
  }
  return summary;
}

export interface QueueWorkerOptions extends QueueConnection {
  /** Articles analysed at once, each in its own thread (default: the number of cores). */
  concurrency?: number;
  /** Longest analysis of one article, in ms (default 60 s); then the try fails and is retried. */
  timeoutMs?: number;
  /** How long a job stays locked without a heartbeat before another worker takes it over, in ms (default 30 s). */
  lockDurationMs?: number;
  /** Which attributions the built-in extractors report: `parc` (default) or `quotes` (see `AttributionsOptions.scheme`). */
  attributionScheme?: AttributionScheme;
  /** Told when an article is done, or a try fails. */
  onEvent?: (event: { kind: 'completed' | 'retry' | 'failed'; id: string; error?: string }) => void;
}

export interface QueueWorker {
  /** Stop taking jobs, finish those in progress, close the threads and the connection. */
  close(): Promise<void>;
}

/** Errors in the article itself: trying again would give the same; they become a failure result at once. */
const PERMANENT: readonly string[] = ['INVALID_INPUT', 'INPUT_TOO_LARGE', 'UNSUPPORTED_FORMAT', 'PARSE_ERROR'];

/**
 * Analyse the articles of a queue until closed, `concurrency` at a time in worker threads. A job
 * that fails for a passing reason (a crashed thread, a time-out) is retried with backoff; an
 * article that cannot be analysed (invalid, too large) completes at once with a failure result.
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const redis = await openRedis(options.redis);
  const pool = createWorkerPool({ ...(options.concurrency === undefined ? {} : { size: options.concurrency }), ...(options.attributionScheme ? { attributionScheme: options.attributionScheme } : {}) });
  const lockDuration = options.lockDurationMs ?? 30_000;
  const { Worker } = await import('bullmq');
  const worker = new Worker<ArticleInput, AnalysisOutcome>(
    options.queue ?? DEFAULT_QUEUE_NAME,
    async (job: Job<ArticleInput, AnalysisOutcome>) => {
      const id = String(job.data.id);
      try {
        return await pool.analyze(job.data, { timeoutMs: options.timeoutMs ?? 60_000 });
      } catch (error) {
        if (isPresslensError(error) && PERMANENT.includes(error.code)) return toFailedAnalysis(id, error);
        throw error instanceof Error ? error : new Error(String(error));
      }
    },
    {
      connection: redis.connection,
      concurrency: pool.size,
      lockDuration,
      stalledInterval: Math.max(1_000, Math.floor(lockDuration / 2)),
      // a job whose worker was killed goes back to the queue; only a job that kills workers again and again fails
      maxStalledCount: 5,
      autorun: false,
    },
  );
  worker.on('completed', (job) => options.onEvent?.({ kind: 'completed', id: String(job.data.id) }));
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    options.onEvent?.({ kind: final ? 'failed' : 'retry', id: String(job.data.id), error: error.message });
  });
  worker.on('error', () => undefined); // connection trouble: BullMQ reconnects by itself
  void worker.run();
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      await redis.close();
      await pool.close();
    },
  };
}

export interface CollectOptions extends QueueConnection {
  /** The JSON Lines file results are appended to. */
  out: string;
  /** Keep collecting until no article is waiting, delayed or in progress (default false: collect what is done now). */
  wait?: boolean;
  /** Pause between looks at the queue while waiting, in ms (default 500). */
  pollMs?: number;
  /** Told after each batch is written. */
  onProgress?: (summary: CollectSummary) => void;
  /** Stops waiting (what was collected stays written). */
  signal?: AbortSignal;
}

export interface CollectSummary {
  /** Result lines written by this run. */
  written: number;
  /** Of those, failures (articles that failed every try, or could not be analysed). */
  failed: number;
  /** Finished jobs whose article id was already in the file (not written again). */
  skipped: number;
}

/** The article ids already in a results file (none when it does not exist). */
async function idsIn(path: string): Promise<Set<string>> {
  const ids = new Set<string>();
  try {
    await stat(path);
  } catch {
    return ids;
  }
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const id = (JSON.parse(line) as { article?: { id?: unknown } }).article?.id;
      if (id != null) ids.add(String(id));
    } catch {
      // a line cut short by a crash while writing: its job is still in Redis and is written again
    }
  }
  return ids;
}

function failureOf(job: Job<ArticleInput>): FailedAnalysis {
  const reason = job.failedReason || 'failed';
  return { schemaVersion: SCHEMA_VERSION, article: { id: String(job.data.id) }, error: { code: 'WORKER_FAILED', message: `${String(job.data.id)} failed ${job.attemptsMade} tr${job.attemptsMade === 1 ? 'y' : 'ies'}: ${reason}` } };
}

/**
 * Append the results of finished jobs to `out`, each article exactly once: ids already in the
 * file are skipped; each batch is written and flushed to disk (fsync) before its jobs are removed
 * from Redis. Articles that failed every try get a failure line. With `wait`, goes on until no
 * article is waiting, delayed or in progress.
 */
export async function collectResults(options: CollectOptions): Promise<CollectSummary> {
  const path = resolve(options.out);
  const summary: CollectSummary = { written: 0, failed: 0, skipped: 0 };
  const seen = await idsIn(path);
  const file = await open(path, 'a+');
  let queue: Awaited<ReturnType<typeof openQueue>> | null = null;
  try {
    queue = await openQueue(options);
    // a line cut short by an earlier crash is ended, so that the next line starts on its own
    const { size } = await file.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await file.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) await file.appendFile('\n');
    }
    let idle = false;
    for (;;) {
      const jobs = (await queue.getJobs(['completed', 'failed'], 0, 499, true)) as Job<ArticleInput, AnalysisOutcome>[];
      const finished = jobs.filter((job): job is Job<ArticleInput, AnalysisOutcome> => job != null);
      if (finished.length > 0) {
        const lines: string[] = [];
        for (const job of finished) {
          const id = String(job.data.id);
          if (seen.has(id)) {
            summary.skipped++;
            continue;
          }
          const outcome: AnalysisOutcome = job.finishedOn && !job.failedReason && job.returnvalue ? job.returnvalue : failureOf(job);
          if ('error' in outcome) summary.failed++;
          seen.add(id);
          lines.push(`${toJSONLine(outcome)}\n`);
        }
        if (lines.length > 0) {
          await file.appendFile(lines.join(''));
          await file.sync();
          summary.written += lines.length;
        }
        await Promise.all(finished.map((job) => job.remove().catch(() => undefined)));
        options.onProgress?.({ ...summary });
        continue;
      }
      if (idle || !options.wait || options.signal?.aborted) break;
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      // nothing left to do: one more look at the finished jobs first, since a job that was
      // active when they were listed may have completed since
      if (Object.values(counts).every((n) => n === 0)) idle = true;
      else await new Promise((done) => setTimeout(done, options.pollMs ?? 500));
    }
  } finally {
    await file.close();
    await queue?.done();
  }
  return summary;
}

export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  /** Workers connected now. */
  workers: number;
}

/** How many articles are waiting, in progress, done (not yet collected) and failed; how many workers are connected. */
export async function queueStatus(connection: QueueConnection): Promise<QueueStatus> {
  const queue = await openQueue(connection);
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const workers = await queue.getWorkersCount();
    return {
      queue: queue.name,
      waiting: (counts['waiting'] ?? 0) + (counts['prioritized'] ?? 0),
      active: counts['active'] ?? 0,
      delayed: counts['delayed'] ?? 0,
      completed: counts['completed'] ?? 0,
      failed: counts['failed'] ?? 0,
      workers,
    };
  } finally {
    await queue.done();
  }
}
