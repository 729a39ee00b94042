import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PresslensError, SCHEMA_VERSION } from '@presslens/core';
import { checkRedisUrl, collectResults, enqueueArticles, jobIdOf, queueStatus, startQueueWorker } from './queue.js';
import { toFailedAnalysis } from './failure.js';

// A real redis-server (Debian package) on a free loopback port, started by scripts/redis.mjs. No mocks.
const REDIS_SCRIPT = new URL('../../../scripts/redis.mjs', import.meta.url).href;
interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}
const { hasRedisServer, startRedis } = (await import(REDIS_SCRIPT)) as { hasRedisServer: () => boolean; startRedis: () => Promise<RedisHandle> };
const redisInstalled = hasRedisServer();
if (!redisInstalled) console.warn('queue tests skipped: redis-server is not installed (apt-get install redis-server)');

describe('checkRedisUrl and jobIdOf', () => {
  it.each(['redis://127.0.0.1:6390', 'redis://user:p%40ss@cache.local/2', 'rediss://cache.local:6380'])('takes %s', (url) => {
    expect(checkRedisUrl(url)).toBe(url);
  });

  it.each(['http://127.0.0.1:6379', 'localhost:6379', ''])('refuses %j', (url) => {
    expect(() => checkRedisUrl(url)).toThrow(PresslensError);
  });

  it.each([
    ['news/a.txt', 'a-news%2Fa.txt'],
    ['stdin:3', 'a-stdin%3A3'],
    ['42', 'a-42'],
  ])('job id of %s is %s (no colon, never an integer)', (id, jobId) => {
    expect(jobIdOf(id)).toBe(jobId);
  });
});

describe('an unreachable Redis', () => {
  it.each([
    { name: 'queueStatus', call: (redis: string) => queueStatus({ redis }) },
    { name: 'enqueueArticles', call: (redis: string) => enqueueArticles([{ id: 'x', text: 'Text.' }], { redis }) },
    { name: 'startQueueWorker', call: (redis: string) => startQueueWorker({ redis }) },
  ])('$name fails fast with UNREADABLE, naming the URL', async ({ call }) => {
    // port 1 on loopback: nothing listens there
    await expect(call('redis://127.0.0.1:1')).rejects.toMatchObject({ code: 'UNREADABLE', message: expect.stringMatching(/^Cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(.*ECONNREFUSED.*\)/) });
  });
});

describe.runIf(redisInstalled)('queue on a real Redis', () => {
  let redis: RedisHandle;
  let dir: string;
  beforeAll(async () => {
    redis = await startRedis();
    dir = await mkdtemp(join(tmpdir(), 'presslens-queue-'));
  });
  afterAll(async () => {
    await redis?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const articles = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, text: `Minister Ana Ruiz said on Monday that ${i} schools would open in Lisbon.` }));

  it('enqueues, works and collects every article exactly once; collecting again writes nothing', async () => {
    const queue = 'once';
    const failures: string[] = [];
    const source = [...articles, toFailedAnalysis('broken.txt', new PresslensError('UNREADABLE', 'broken'))];
    expect(await enqueueArticles(source, { redis: redis.url, queue, onFailure: (f) => failures.push(f.article.id) })).toEqual({ queued: 40, failed: 1 });
    expect(failures).toEqual(['broken.txt']);
    // the same articles again: same job ids, not queued twice
    await enqueueArticles(articles.slice(0, 10), { redis: redis.url, queue });
    expect(await queueStatus({ redis: redis.url, queue })).toMatchObject({ queue, waiting: 40, active: 0, completed: 0, workers: 0 });

    const worker = await startQueueWorker({ redis: redis.url, queue, concurrency: 2 });
    const out = join(dir, 'once.jsonl');
    const first = await collectResults({ redis: redis.url, queue, out, wait: true, pollMs: 100 });
    await worker.close();
    expect(first).toEqual({ written: 40, failed: 0, skipped: 0 });
    const ids = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as { article: { id: string } }).article.id);
    expect(ids.sort()).toEqual(articles.map((a) => a.id).sort());
    expect(await collectResults({ redis: redis.url, queue, out })).toEqual({ written: 0, failed: 0, skipped: 0 });
    expect(await queueStatus({ redis: redis.url, queue })).toMatchObject({ waiting: 0, completed: 0, failed: 0 });
  });

  it('never writes an id twice, even when an article is analysed again after it was collected', async () => {
    const queue = 'again';
    const out = join(dir, 'again.jsonl');
    // a file from an earlier, interrupted collect: q0 and q1 are there, the last line cut short
    await writeFile(out, `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, article: { id: 'q0' } })}\n${JSON.stringify({ schemaVersion: SCHEMA_VERSION, article: { id: 'q1' } })}\n{"schemaVers`);
    await enqueueArticles(articles.slice(0, 5), { redis: redis.url, queue });
    const worker = await startQueueWorker({ redis: redis.url, queue, concurrency: 1 });
    const summary = await collectResults({ redis: redis.url, queue, out, wait: true, pollMs: 100 });
    await worker.close();
    expect(summary).toEqual({ written: 3, failed: 0, skipped: 2 });
    const lines = (await readFile(out, 'utf8')).trimEnd().split('\n');
    const ids = lines.flatMap((l) => {
      try {
        return [(JSON.parse(l) as { article: { id: string } }).article.id];
      } catch {
        return [];
      }
    });
    expect(ids.sort()).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
  });

  it('gives an article that cannot be analysed a failure line at once, without retries', async () => {
    const queue = 'bad';
    await enqueueArticles([{ id: 'huge', text: 'x'.repeat(5_000_001) }, { id: 'fine', text: 'A fine article.' }], { redis: redis.url, queue });
    const events: string[] = [];
    const worker = await startQueueWorker({ redis: redis.url, queue, concurrency: 1, onEvent: (e) => events.push(`${e.kind} ${e.id}`) });
    const out = join(dir, 'bad.jsonl');
    expect(await collectResults({ redis: redis.url, queue, out, wait: true, pollMs: 100 })).toEqual({ written: 2, failed: 1, skipped: 0 });
    await worker.close();
    const byId = Object.fromEntries((await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as { article: { id: string }; error?: { code: string } }).map((r) => [r.article.id, r.error?.code ?? 'ok']));
    expect(byId).toEqual({ huge: 'INPUT_TOO_LARGE', fine: 'ok' });
    expect(events.sort()).toEqual(['completed fine', 'completed huge']);
  });
});
