import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PresslensError, createPipeline, isFailedAnalysis, segmentation, type AnalysisOutcome, type ArticleInput, type Pipeline } from '@presslens/core';
import { analyzeStream, analyzeStreamLines, type OutcomeLine } from './analyzeStream.js';
import { toFailedAnalysis, type ArticleSource } from './failure.js';
import { writeJsonl } from './writeJsonl.js';

const base = createPipeline([segmentation()]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A pipeline that finishes later articles first, and crashes on request. */
const slowFirst: Pipeline = {
  ...base,
  async analyze(input) {
    const article = input as ArticleInput;
    if (article.text.includes('CRASH')) throw new TypeError('boom');
    await sleep(article.id === 'a0' ? 30 : 1);
    return base.analyze(input);
  },
};

async function collect(iterable: AsyncIterable<AnalysisOutcome>): Promise<AnalysisOutcome[]> {
  const out: AnalysisOutcome[] = [];
  for await (const o of iterable) out.push(o);
  return out;
}

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('analyzeStream', () => {
  it('yields outcomes in input order, whatever order they finish in', async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, text: `Article number ${i}. It has text.` }));
    const outcomes = await collect(analyzeStream(from(inputs), { pipeline: slowFirst, concurrency: 5 }));
    expect(outcomes.map((o) => o.article.id)).toEqual(inputs.map((i) => i.id));
    expect(outcomes.every((o) => !isFailedAnalysis(o))).toBe(true);
  });

  it('turns failing articles into failure lines and goes on', async () => {
    const errors: string[] = [];
    const readFailure = toFailedAnalysis('broken.txt', new PresslensError('UNREADABLE', 'broken.txt looks like a binary file'));
    const source: ArticleSource[] = [
      { id: 'ok1', text: 'Fine.' },
      readFailure,
      { id: 'crash', text: 'CRASH now.' },
      { id: 'too-big', text: 'x'.repeat(50) },
      { text: 42 } as unknown as ArticleInput,
      { id: 'ok2', text: 'Fine again.' },
    ];
    const tooSmall = createPipeline([segmentation()], { maxTextLength: 40 });
    const pipeline: Pipeline = { ...tooSmall, analyze: (input) => ((input as ArticleInput).id === 'crash' ? slowFirst.analyze(input) : tooSmall.analyze(input)) };
    const outcomes = await collect(analyzeStream(source, { pipeline, onError: (e, id) => errors.push(`${id}: ${(e as Error).message}`) }));
    expect(outcomes.map((o) => (isFailedAnalysis(o) ? `${o.article.id} ${o.error.code}` : o.article.id))).toEqual([
      'ok1',
      'broken.txt UNREADABLE',
      'crash EXTRACTOR_FAILED',
      'too-big INPUT_TOO_LARGE',
      '#5 INVALID_INPUT',
      'ok2',
    ]);
    expect(outcomes[1]).toBe(readFailure);
    expect(errors).toEqual(['crash: boom', expect.stringMatching(/^too-big: The article is 50 characters long/), expect.stringMatching(/^#5: An article must be/)]);
  });

  it.each([
    { case: 'in flight: at most `concurrency`, whatever waits', options: { concurrency: 3 }, inFlight: 3, ahead: 3 * 8 },
    { case: 'a byte budget of one article: one at a time', options: { concurrency: 3, maxBufferedBytes: 1 }, inFlight: 1, ahead: 1 },
  ])('bounds what it reads ahead of a slow consumer ($case)', async ({ options, inFlight, ahead }) => {
    let pulled = 0;
    let active = 0;
    let mostActive = 0;
    async function* counting(): AsyncGenerator<ArticleInput> {
      for (let i = 0; i < 200; i++) {
        pulled++;
        yield { id: `c${i}`, text: 'Short text.' };
      }
    }
    const counted: Pipeline = {
      ...base,
      async analyze(input) {
        mostActive = Math.max(mostActive, ++active);
        await sleep(1);
        active--;
        return base.analyze(input);
      },
    };
    const seen: number[] = [];
    for await (const outcome of analyzeStream(counting(), { pipeline: counted, ...options })) {
      seen.push(pulled - Number(outcome.article.id.slice(1)));
      await sleep(2);
      if (seen.length === 10) break;
    }
    expect(mostActive).toBe(inFlight);
    expect(Math.max(...seen)).toBeLessThanOrEqual(ahead);
    expect(pulled).toBeLessThanOrEqual(10 + ahead);
  });

  it('keeps analysing after a slow article while the ones behind it wait (in order)', async () => {
    const started: string[] = [];
    const slowHead: Pipeline = {
      ...base,
      async analyze(input) {
        const article = input as ArticleInput;
        started.push(article.id!);
        await sleep(article.id === 'h0' ? 60 : 1);
        return base.analyze(input);
      },
    };
    const inputs = Array.from({ length: 12 }, (_, i) => ({ id: `h${i}`, text: `Article ${i}.` }));
    const order: string[] = [];
    let startedBeforeHead = 0;
    for await (const outcome of analyzeStream(inputs, { pipeline: slowHead, concurrency: 2 })) {
      if (outcome.article.id === 'h0') startedBeforeHead = started.length;
      order.push(outcome.article.id);
    }
    expect(order).toEqual(inputs.map((i) => i.id));
    // with 2 in flight and a count bound of 2, only h1 could have run beside h0; now the rest do
    expect(startedBeforeHead).toBeGreaterThan(4);
  });

  it('ends the source when the consumer stops early', async () => {
    let finished = false;
    async function* source(): AsyncGenerator<ArticleInput> {
      try {
        for (let i = 0; ; i++) yield { id: `s${i}`, text: 'Text.' };
      } finally {
        finished = true;
      }
    }
    for await (const _ of analyzeStream(source(), { pipeline: base })) break;
    expect(finished).toBe(true);
  });

  it('ends with the error an onError callback throws', async () => {
    const source = [{ id: 'c1', text: 'CRASH one.' }, { id: 'ok', text: 'Fine.' }];
    const stream = analyzeStream(source, {
      pipeline: slowFirst,
      onError: () => {
        throw new Error('callback broke');
      },
    });
    await expect(collect(stream)).rejects.toThrow('callback broke');
  });

  it('gives the outcomes before an error in the source, then the error', async () => {
    async function* source(): AsyncGenerator<ArticleInput> {
      yield { id: 'first', text: 'Text.' };
      throw new Error('disk gone');
    }
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const o of analyzeStream(source(), { pipeline: base })) seen.push(o.article.id);
      })(),
    ).rejects.toThrow('disk gone');
    expect(seen).toEqual(['first']);
  });
});

describe('analyzeStreamLines', () => {
  it('gives the JSON lines of analyzeStream, failures included, with their ids and errors', async () => {
    const source: ArticleSource[] = [
      { id: 'l1', text: 'One.' },
      toFailedAnalysis('gone.txt', new PresslensError('UNREADABLE', 'gone.txt: no such file')),
      { id: 'crash', text: 'CRASH now.' },
      { id: 'l2', text: 'Two.' },
    ];
    const lines: OutcomeLine[] = [];
    for await (const line of analyzeStreamLines(source, { pipeline: slowFirst })) lines.push(line);
    const outcomes = await collect(analyzeStream(source, { pipeline: slowFirst }));
    const utf8 = new TextDecoder();
    expect(lines.map((l) => utf8.decode(l.jsonl))).toEqual(outcomes.map((o) => `${JSON.stringify(o)}\n`));
    expect(lines.map((l) => [l.id, l.error?.code ?? null])).toEqual([
      ['l1', null],
      ['gone.txt', 'UNREADABLE'],
      ['crash', 'EXTRACTOR_FAILED'],
      ['l2', null],
    ]);
    expect(lines.every((l) => l.problems.length === 0)).toBe(true);
  });
});

describe('writeJsonl', () => {
  it('writes one line per outcome and counts failures', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const outcomes = await collect(analyzeStream(from([{ id: 'w1', text: 'One.' }, { id: 'w2', text: 'Two.' }]), { pipeline: base }));
    const summary = await writeJsonl([...outcomes, toFailedAnalysis('w3', new PresslensError('INVALID_INPUT', 'no text'))], out);
    const lines = chunks.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as AnalysisOutcome).article.id)).toEqual(['w1', 'w2', 'w3']);
    expect(JSON.parse(lines[2]!)).toEqual({ schemaVersion: '1', article: { id: 'w3' }, error: { code: 'INVALID_INPUT', message: 'no text' } });
    expect(summary).toEqual({ written: 3, failed: 1 });
  });

  it('waits for drain and rejects when the destination fails', async () => {
    let calls = 0;
    const sink = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, done) {
        calls++;
        if (calls === 3) done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        else setTimeout(done, 1);
      },
    });
    const many = Array.from({ length: 10 }, (_, i) => toFailedAnalysis(`x${i}`, new Error('x')));
    await expect(writeJsonl(many, sink)).rejects.toMatchObject({ code: 'EPIPE' });
    expect(calls).toBeLessThan(10);
  });
});
