import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PresslensError, createPipeline, isFailedAnalysis, segmentation, type AnalysisOutcome, type ArticleInput, type Pipeline } from '@presslens/core';
import { analyzeStream } from './analyzeStream.js';
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

  it('reads at most `concurrency` articles ahead of the consumer', async () => {
    let pulled = 0;
    async function* counting(): AsyncGenerator<ArticleInput> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield { id: `c${i}`, text: 'Short text.' };
      }
    }
    const stream = analyzeStream(counting(), { pipeline: base, concurrency: 3 });
    const seen: number[] = [];
    for await (const outcome of stream) {
      seen.push(pulled - Number(outcome.article.id.slice(1)));
      await sleep(0);
      if (seen.length === 10) break;
    }
    expect(Math.max(...seen)).toBeLessThanOrEqual(3);
    expect(pulled).toBeLessThanOrEqual(13);
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
