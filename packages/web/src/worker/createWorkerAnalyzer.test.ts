// @vitest-environment happy-dom
import { describe, expect, expectTypeOf, it } from 'vitest';
import { analyze, createPipeline, defineExtractor, isPresslensError, segmentation, type Analysis, type Pipeline } from '@presslens/core';
import { createWorkerAnalyzer, type WorkerLike } from './createWorkerAnalyzer.js';
import { handleWorkerMessage, serveAnalyzer, type AnalyzerLike, type WorkerScopeLike } from './handleWorkerMessage.js';
import type { WorkerResponse } from './protocol.js';

declare module '@presslens/core' {
  interface Layers {
    testUncloneable: { fn: () => void };
  }
}

type Listener = (event: { data?: unknown; message?: unknown }) => void;

/**
 * A `Worker`-shaped object wired to the real worker side (`serveAnalyzer`) in this process.
 * Messages cross a structured clone, as between a page and a real worker, and are delivered
 * asynchronously.
 */
function fakeWorker(pipeline?: AnalyzerLike) {
  const pageListeners = new Map<string, Set<Listener>>();
  const workerListeners = new Set<(event: { data: unknown }) => void>();
  const state = { terminated: false, sent: [] as unknown[] };
  const emit = (type: string, event: { data?: unknown; message?: unknown }) => {
    for (const l of pageListeners.get(type) ?? []) l(event);
  };
  const scope: WorkerScopeLike = {
    addEventListener: (_type, l) => workerListeners.add(l),
    removeEventListener: (_type, l) => workerListeners.delete(l),
    postMessage(message: WorkerResponse) {
      const data = structuredClone(message);
      setTimeout(() => {
        if (!state.terminated) emit('message', { data });
      });
    },
  };
  serveAnalyzer(scope, pipeline);
  const worker: WorkerLike = {
    postMessage(message) {
      const data = structuredClone(message); // throws DataCloneError as a real worker would
      state.sent.push(data);
      setTimeout(() => {
        if (!state.terminated) for (const l of workerListeners) l({ data });
      });
    },
    addEventListener(type, l) {
      if (!pageListeners.has(type)) pageListeners.set(type, new Set());
      pageListeners.get(type)!.add(l);
    },
    removeEventListener(type, l) {
      pageListeners.get(type)?.delete(l);
    },
    terminate() {
      state.terminated = true;
    },
  };
  return { worker, state, emit, listenerCount: () => [...pageListeners.values()].reduce((n, s) => n + s.size, 0) };
}

/** A pipeline whose answers arrive after the given delay per article id, to reorder responses. */
function delayedPipeline(delays: Record<string, number>): AnalyzerLike {
  const inner = createPipeline([segmentation()]);
  return {
    async analyze(input) {
      const id = typeof input === 'string' ? '' : (input.id ?? '');
      await new Promise((resolve) => setTimeout(resolve, delays[id] ?? 0));
      return inner.analyze(input);
    },
  };
}

/**
 * A pipeline whose call for each article id waits until the test opens that id's gate: the order the answers come back in
 * is set by the test, not by timers (timers raced with the first call's setup on a loaded machine).
 */
function gatedPipeline(ids: readonly string[]): { pipeline: AnalyzerLike; open(id: string): void } {
  const inner = createPipeline([segmentation()]);
  const gates = new Map<string, { opened: Promise<void>; open: () => void }>();
  for (const id of ids) {
    let open: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    gates.set(id, { opened, open });
  }
  return {
    pipeline: {
      async analyze(input) {
        const id = typeof input === 'string' ? '' : (input.id ?? '');
        await gates.get(id)?.opened;
        return inner.analyze(input);
      },
    },
    open: (id) => gates.get(id)!.open(),
  };
}

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: isPresslensError(error) ? error.code : undefined, message: (error as Error).message };
  }
  throw new Error('expected the promise to reject');
}

const SEED = 'Russian President Vladimir Putin said on Wednesday he will not attend the talks in Istanbul.';

describe('createWorkerAnalyzer + serveAnalyzer', () => {
  it('gives the same analysis as analyze() in the page', async () => {
    const { worker } = fakeWorker();
    const analyzer = createWorkerAnalyzer(worker);
    const input = { id: 'seed', text: SEED, publishedAt: '2025-05-15' };
    const [inWorker, inPage] = await Promise.all([analyzer.analyze(input), analyze(input)]);
    expect(inWorker).toEqual(inPage);
    expect(analyzer.pending).toBe(0);
  });

  it('matches responses to requests by id when they come back out of order', async () => {
    const { pipeline, open } = gatedPipeline(['slow', 'medium', 'fast']);
    const { worker, state } = fakeWorker(pipeline);
    const analyzer = createWorkerAnalyzer(worker);
    const order: string[] = [];
    const calls = ['slow', 'medium', 'fast'].map((id) =>
      analyzer.analyze({ id, text: `Article ${id}.` }).then((a) => {
        order.push(a.article.id);
        return a;
      }),
    );
    expect(analyzer.pending).toBe(3);
    // the worker answers the last request first, then the second, then the first
    open('fast');
    await calls[2];
    expect(analyzer.pending).toBe(2);
    open('medium');
    await calls[1];
    open('slow');
    const results = await Promise.all(calls);
    expect(results.map((a) => [a.article.id, a.article.text])).toEqual([
      ['slow', 'Article slow.'],
      ['medium', 'Article medium.'],
      ['fast', 'Article fast.'],
    ]);
    expect(order).toEqual(['fast', 'medium', 'slow']);
    expect(analyzer.pending).toBe(0);
    const ids = state.sent.map((m) => (m as { id: number }).id);
    expect(new Set(ids).size).toBe(3);
  });

  it.each([
    { case: 'an input without text', input: { title: 'No body' }, code: 'INVALID_INPUT' },
    { case: 'a text over the limit', input: { text: 'x'.repeat(101) }, code: 'INPUT_TOO_LARGE' },
  ])('rejects $case with the code from the worker ($code)', async ({ input, code }) => {
    const { worker } = fakeWorker(createPipeline([segmentation()], { maxTextLength: 100 }));
    const analyzer = createWorkerAnalyzer(worker);
    const error = await rejection(analyzer.analyze(input as never));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(20);
    // the analyzer still works after a failed call
    await expect(analyzer.analyze('Fine.')).resolves.toMatchObject({ article: { text: 'Fine.' } });
  });

  it('an unexpected error inside the worker becomes WORKER_FAILED', async () => {
    const { worker } = fakeWorker({ analyze: () => Promise.reject(new TypeError('cannot read x of undefined')) });
    const error = await rejection(createWorkerAnalyzer(worker).analyze('Text.'));
    expect(error).toEqual({ code: 'WORKER_FAILED', message: expect.stringContaining('cannot read x of undefined') });
  });

  it('an input that cannot be cloned is rejected as INVALID_INPUT without reaching the worker', async () => {
    const { worker, state } = fakeWorker();
    const analyzer = createWorkerAnalyzer(worker);
    const error = await rejection(analyzer.analyze({ text: 'Hi.', id: (() => 'x') as unknown as string }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(state.sent).toEqual([]);
    expect(analyzer.pending).toBe(0);
  });

  it('a result that cannot be cloned comes back as WORKER_FAILED', async () => {
    const uncloneable = defineExtractor({
      name: 'uncloneable',
      needs: [],
      provides: ['testUncloneable'],
      run(ctx) {
        ctx.set('testUncloneable', { fn: () => undefined });
      },
    });
    const { worker } = fakeWorker(createPipeline([segmentation(), uncloneable]));
    const error = await rejection(createWorkerAnalyzer(worker).analyze('Text.'));
    expect(error.code).toBe('WORKER_FAILED');
    expect(error.message).toContain('plain data');
  });

  it('terminate rejects pending calls with ABORTED, stops the worker and refuses later calls', async () => {
    const { worker, state, listenerCount } = fakeWorker(delayedPipeline({ a: 30 }));
    const analyzer = createWorkerAnalyzer(worker);
    const pending = analyzer.analyze({ id: 'a', text: 'Slow one.' });
    analyzer.terminate();
    analyzer.terminate(); // twice is fine
    expect(state.terminated).toBe(true);
    expect(listenerCount()).toBe(0);
    expect((await rejection(pending)).code).toBe('ABORTED');
    expect((await rejection(analyzer.analyze('Later.'))).code).toBe('ABORTED');
    expect(analyzer.pending).toBe(0);
  });

  it('an abort signal cancels one call and leaves the others', async () => {
    const { worker } = fakeWorker(delayedPipeline({ a: 20, b: 20 }));
    const analyzer = createWorkerAnalyzer(worker);
    const controller = new AbortController();
    const a = analyzer.analyze({ id: 'a', text: 'First.' }, { signal: controller.signal });
    const b = analyzer.analyze({ id: 'b', text: 'Second.' });
    controller.abort();
    expect((await rejection(a)).code).toBe('ABORTED');
    await expect(b).resolves.toMatchObject({ article: { id: 'b' } });
    expect((await rejection(analyzer.analyze('x', { signal: controller.signal }))).code).toBe('ABORTED');
  });

  it('a worker error event rejects pending calls with WORKER_FAILED', async () => {
    const { worker, emit } = fakeWorker(delayedPipeline({ a: 50 }));
    const analyzer = createWorkerAnalyzer(worker);
    const pending = analyzer.analyze({ id: 'a', text: 'Text.' });
    emit('error', { message: 'Uncaught SyntaxError: bad worker script' });
    expect(await rejection(pending)).toEqual({ code: 'WORKER_FAILED', message: expect.stringContaining('bad worker script') });
  });

  it('ignores messages that are not presslens responses or not pending', async () => {
    const { worker, emit } = fakeWorker(delayedPipeline({ a: 10 }));
    const analyzer = createWorkerAnalyzer(worker);
    const pending = analyzer.analyze({ id: 'a', text: 'Text.' });
    for (const data of [null, 'hello', { type: 'other', id: 1 }, { type: 'presslens:result', id: 999, analysis: {} }, { type: 'presslens:result', id: 1 }]) {
      emit('message', { data });
    }
    expect(analyzer.pending).toBe(1);
    await expect(pending).resolves.toMatchObject({ article: { id: 'a' } });
  });
});

describe('handleWorkerMessage', () => {
  it.each([
    { case: 'null', data: null },
    { case: 'a string', data: 'analyze' },
    { case: 'another protocol', data: { type: 'analyze', id: 1, input: 'x' } },
    { case: 'no id', data: { type: 'presslens:analyze', input: 'x' } },
  ])('answers $case with null (not ours)', async ({ data }) => {
    expect(await handleWorkerMessage(data)).toBeNull();
  });

  it('answers a request with a result carrying its id', async () => {
    const response = await handleWorkerMessage({ type: 'presslens:analyze', id: 7, input: 'One sentence.' });
    expect(response).toMatchObject({ type: 'presslens:result', id: 7, analysis: { schemaVersion: '1', article: { text: 'One sentence.' } } });
  });

  it('answers a bad request with an error carrying its id', async () => {
    expect(await handleWorkerMessage({ type: 'presslens:analyze', id: 8, input: 42 })).toEqual({
      type: 'presslens:error',
      id: 8,
      error: { code: 'INVALID_INPUT', message: expect.any(String) },
    });
  });
});

describe('types', () => {
  it('a real Worker fits WorkerLike, and analyze resolves to Analysis', () => {
    expectTypeOf<Worker>().toExtend<WorkerLike>();
    expectTypeOf<Pipeline>().toExtend<AnalyzerLike>();
    expectTypeOf<ReturnType<ReturnType<typeof createWorkerAnalyzer>['analyze']>>().toEqualTypeOf<Promise<Analysis>>();
  });
});
