import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, isFailedAnalysis, toJSONLine, type AnalysisOutcome } from '@presslens/core';
import { analyzeStream } from './analyzeStream.js';
import { createWorkerPool } from './workerPool.js';

// The pool runs src/analyzeWorker.ts in real threads, through tsx (see workerSource in
// workerPool.ts); the built dist/analyzeWorker.js is exercised by the CLI's end-to-end tests.
const FIXTURE = new URL('../test/fixtures/crashingExtractors.ts', import.meta.url);
const SEED = new URL('../../../examples/articles/putin-istanbul-talks.txt', import.meta.url);

async function collect(iterable: AsyncIterable<AnalysisOutcome>): Promise<AnalysisOutcome[]> {
  const out: AnalysisOutcome[] = [];
  for await (const o of iterable) out.push(o);
  return out;
}

describe('createWorkerPool with the built-in pipeline', () => {
  const pool = createWorkerPool({ size: 2 });
  afterAll(() => pool.close());

  it('gives the same analysis as the pipeline in this thread', async () => {
    const text = await readFile(SEED, 'utf8');
    const [inThread, inWorker] = await Promise.all([analyze({ id: 'seed', text, publishedAt: '2025-05-15' }), pool.analyze({ id: 'seed', text, publishedAt: '2025-05-15' })]);
    expect(inWorker).toEqual(inThread);
    expect(inWorker.entities.length).toBeGreaterThan(3);
  });

  it('writes the JSON line in the thread (analyzeToLine): the same as toJSONLine here', async () => {
    const text = await readFile(SEED, 'utf8');
    const article = { id: 'seed', text, publishedAt: '2025-05-15' };
    const [inThread, line] = await Promise.all([analyze(article), pool.analyzeToLine(article)]);
    expect({ ...line, jsonl: new TextDecoder().decode(line.jsonl) }).toEqual({ id: 'seed', jsonl: `${toJSONLine(inThread)}\n`, problems: [] });
    await expect(pool.analyzeToLine({ id: 'x' } as never)).rejects.toMatchObject({ name: 'PresslensError', code: 'INVALID_INPUT' });
  });

  it.each([
    { case: 'no text', input: { id: 'x' } as never, code: 'INVALID_INPUT' },
    { case: 'a function in the input', input: { id: 'f', text: 'A text.', extra: () => 1 } as never, code: 'INVALID_INPUT' },
  ])('rejects $case with $code and stays usable', async ({ input, code }) => {
    await expect(pool.analyze(input)).rejects.toMatchObject({ name: 'PresslensError', code });
    await expect(pool.analyze({ id: 'after', text: 'The mayor said on Monday the bridge would open.' })).resolves.toMatchObject({ article: { id: 'after' } });
  });
});

describe('createWorkerPool sharing the NER model between threads (shareNerModel)', () => {
  // shared: one short-lived thread decodes the model and the others install its tables (promised
  // to those started before they are made, given at start to the later ones); not shared: each
  // thread imports the weights module itself. Either way the same analysis as in this thread.
  it.each([
    { case: 'shared by 3 threads', size: 3, shareNerModel: true },
    { case: 'shared, one thread', size: 1, shareNerModel: true },
    { case: 'not shared', size: 2, shareNerModel: false },
  ])('gives the same analyses as this thread: $case', async ({ size, shareNerModel }) => {
    const text = await readFile(SEED, 'utf8');
    const articles = Array.from({ length: 4 }, (_, i) => ({ id: `seed${i}`, text: i % 2 ? text : text.slice(0, 1500), publishedAt: '2025-05-15' }));
    const pool = createWorkerPool({ size, shareNerModel });
    try {
      const first = await Promise.all(articles.map((a) => pool.analyze(a)));
      const later = await pool.analyze(articles[1]!); // a thread started after the tables were made, or the same threads again
      const inThread = await Promise.all(articles.map((a) => analyze(a)));
      expect(first).toEqual(inThread);
      expect(later).toEqual(inThread[1]);
      expect(inThread[1]!.entities.length).toBeGreaterThan(3);
    } finally {
      await pool.close();
    }
  });

  it('gives the tables to the threads that replace crashed ones', async () => {
    const pool = createWorkerPool({ size: 2, extractors: FIXTURE, shareNerModel: true });
    try {
      const results = await Promise.allSettled([pool.analyze({ id: 'boom', text: 'This one says CRASH.' }), pool.analyze({ id: 'ok', text: 'Fine. After.' })]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
      await expect(pool.analyze({ id: 'next', text: 'Next. Fine.' })).resolves.toMatchObject({ article: { id: 'next' } });
    } finally {
      await pool.close();
    }
  });
});

describe('createWorkerPool when a thread crashes or hangs', () => {
  const pool = createWorkerPool({ size: 2, extractors: FIXTURE, timeoutMs: 5_000 });
  afterAll(() => pool.close());

  it('fails only the article that crashed its thread, and replaces the thread', async () => {
    const results = await Promise.allSettled([
      pool.analyze({ id: 'ok1', text: 'First. Fine.' }),
      pool.analyze({ id: 'boom', text: 'This one says CRASH.' }),
      pool.analyze({ id: 'ok2', text: 'Second. Fine.' }),
      pool.analyze({ id: 'ok3', text: 'Third. Fine.' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const crash = (results[1] as PromiseRejectedResult).reason as { code: string; message: string };
    expect(crash.code).toBe('WORKER_FAILED');
    expect(crash.message).toContain('boom');
  });

  it('stops an article that runs past its time-out with ABORTED, and goes on', async () => {
    await expect(pool.analyze({ id: 'stuck', text: 'HANG forever.' }, { timeoutMs: 300 })).rejects.toMatchObject({ code: 'ABORTED', message: 'stuck took longer than 300 ms; its analysis was stopped.' });
    await expect(pool.analyze({ id: 'next', text: 'Next. Fine.' })).resolves.toMatchObject({ article: { id: 'next' } });
  });

  it.each([
    { case: 'the default limits', limits: {} },
    { case: 'a 32 MB old generation', limits: { maxOldGenerationSizeMb: 32 } },
  ])('tries an article that runs its thread out of heap once more, in a thread without the old-generation limit ($case)', async ({ limits }) => {
    // HOG keeps 96 MB alive: over the limit, so only the retry can analyse it
    const small = createWorkerPool({ size: 1, extractors: FIXTURE, resourceLimits: limits });
    try {
      const results = await Promise.allSettled([small.analyze({ id: 'hog', text: 'This one is a HOG.' }), small.analyze({ id: 'after', text: 'Fine. After.' })]);
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value.article.id : (r.reason as Error).message))).toEqual(['hog', 'after']);
    } finally {
      await small.close();
    }
  });

  it('cancels an article on abort', async () => {
    const controller = new AbortController();
    const running = pool.analyze({ id: 'cancel-me', text: 'HANG here.' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(running).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('rejects what is still queued when closed', async () => {
    const other = createWorkerPool({ size: 1, extractors: FIXTURE });
    const first = other.analyze({ id: 'a', text: 'SLOW one.' });
    const queued = other.analyze({ id: 'b', text: 'Queued.' });
    expect(other.pending).toBe(2);
    const checks = [expect(first).rejects.toMatchObject({ code: 'ABORTED' }), expect(queued).rejects.toMatchObject({ code: 'ABORTED' })];
    await other.close();
    await Promise.all(checks);
    await expect(other.analyze('late')).rejects.toMatchObject({ code: 'ABORTED', message: 'The worker pool is closed.' });
  });
});

describe('analyzeStream with workers', () => {
  const pool = createWorkerPool({ size: 2, extractors: FIXTURE });
  afterAll(() => pool.close());
  const inputs = Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, text: i === 0 ? 'SLOW first article.' : i === 4 ? 'A CRASH here.' : `Article ${i}. Fine.` }));

  it('keeps input order, reports the crashed article as a failure line, and goes on', async () => {
    const outcomes = await collect(analyzeStream(inputs, { workers: pool }));
    expect(outcomes.map((o) => o.article.id)).toEqual(inputs.map((i) => i.id));
    expect(outcomes.filter(isFailedAnalysis).map((o) => [o.article.id, o.error.code])).toEqual([['a4', 'WORKER_FAILED']]);
  });

  it('with unordered, yields every article once, the slow one not first', async () => {
    // both threads started and warm first: on a loaded machine a cold thread's first article can take
    // longer than the slow one's 150 ms, which is not what this test is about
    await Promise.all([pool.analyze({ id: 'warm-1', text: 'Warm. One.' }), pool.analyze({ id: 'warm-2', text: 'Warm. Two.' })]);
    const outcomes = await collect(analyzeStream(inputs, { workers: pool, unordered: true }));
    expect(outcomes.map((o) => o.article.id).sort()).toEqual(inputs.map((i) => i.id).sort());
    expect(outcomes[0]!.article.id).not.toBe('a0');
  });

  it('reads ahead a bounded number of articles, whatever the size of the source', async () => {
    let pulled = 0;
    let maxAhead = 0;
    let consumed = 0;
    function* source() {
      for (let i = 0; i < 40; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - consumed);
        yield { id: `s${i}`, text: `Short article ${i}.` };
      }
    }
    for await (const outcome of analyzeStream(source(), { workers: pool, concurrency: 3 })) {
      expect(isFailedAnalysis(outcome)).toBe(false);
      consumed++;
      await new Promise((r) => setTimeout(r, 5)); // a slow consumer
    }
    expect(consumed).toBe(40);
    expect(maxAhead).toBeLessThanOrEqual(3 * 8 + 1); // 3 in flight, 8 per slot finished and waiting, + the one handed over
  });

  it('makes and closes its own pool when given a number of threads', async () => {
    const outcomes = await collect(analyzeStream([{ id: 'n1', text: 'One.' }, { id: 'n2', text: 'Two.' }], { workers: 2 }));
    expect(outcomes.map((o) => [o.article.id, isFailedAnalysis(o)])).toEqual([
      ['n1', false],
      ['n2', false],
    ]);
  });
});
