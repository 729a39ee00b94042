import { describe, expect, expectTypeOf, it } from 'vitest';
import { PresslensError } from '../errors.js';
import { defineExtractor, type AnyExtractor } from './extractor.js';
import { createPipeline } from './createPipeline.js';
import { segmentation } from '../extractors/segmentation/segmentation.js';
import { defaultExtractors } from '../extractors/index.js';
import type { Span } from '../types/span.js';

interface Shout {
  word: string;
  span: Span;
}

declare module '../types/layers.js' {
  interface Layers {
    testShouts: Shout[];
    testA: number;
    testB: number;
  }
}

const make = (name: string, needs: string[], provides: string[], extra: Partial<AnyExtractor> = {}): AnyExtractor => ({
  name,
  needs,
  provides,
  run(ctx) {
    for (const p of provides) ctx.set(p, 0);
  },
  ...extra,
});

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof PresslensError ? error.code : 'not a PresslensError';
  }
  return undefined;
};

describe('planning', () => {
  it.each([
    {
      case: 'dependencies first, registration order among ties',
      extractors: [make('c', ['b'], []), make('a', [], ['a']), make('b', ['a'], ['b']), make('d', ['a'], [])],
      plan: ['a', 'b', 'c', 'd'],
    },
    {
      case: 'independent extractors keep registration order',
      extractors: [make('z', [], ['z']), make('y', [], ['y']), make('x', [], ['x'])],
      plan: ['z', 'y', 'x'],
    },
    {
      case: 'a modifier runs after the provider and before the other readers',
      extractors: [make('reader', ['a'], []), make('provider', [], ['a']), make('fixer', ['a'], [], { modifies: ['a'] })],
      plan: ['provider', 'fixer', 'reader'],
    },
    {
      case: 'replaces takes the place of the named extractor',
      extractors: [make('a', [], ['a']), make('b', ['a'], ['b']), make('better-a', [], ['a'], { replaces: 'a' })],
      plan: ['better-a', 'b'],
    },
  ])('$case', ({ extractors, plan }) => {
    expect(createPipeline(extractors).plan).toEqual(plan);
  });

  it.each([
    { case: 'missing provider', extractors: [make('needy', ['nothing'], [])], code: 'MISSING_PROVIDER', names: ['needy', 'nothing'] },
    { case: 'duplicate name', extractors: [make('twin', [], ['a']), make('twin', [], ['b'])], code: 'DUPLICATE_EXTRACTOR', names: ['twin'] },
    { case: 'two providers', extractors: [make('p1', [], ['a']), make('p2', [], ['a'])], code: 'DUPLICATE_PROVIDER', names: ['p1', 'p2', 'a'] },
    { case: 'cycle', extractors: [make('x', ['b'], ['a']), make('y', ['a'], ['b'])], code: 'CYCLE', names: ['x', 'y'] },
    { case: 'unknown replace', extractors: [make('a', [], ['a'], { replaces: 'ghost' })], code: 'UNKNOWN_REPLACE', names: ['ghost'] },
    { case: 'not an extractor', extractors: [{ name: 'bad' } as AnyExtractor], code: 'INVALID_EXTRACTOR', names: ['bad'] },
  ])('$case throws $code naming the extractor', ({ extractors, code, names }) => {
    expect(codeOf(() => createPipeline(extractors))).toBe(code);
    try {
      createPipeline(extractors);
    } catch (error) {
      for (const name of names) expect((error as Error).message).toContain(name);
    }
  });

  it('the built-in plan follows the data flow', () => {
    const plan = createPipeline(defaultExtractors()).plan;
    const at = (name: string) => plan.indexOf(name);
    expect(plan).toHaveLength(7);
    expect(at('segmentation')).toBe(0);
    for (const [before, after] of [['mentions', 'entities'], ['entities', 'attributions'], ['attributions', 'claims'], ['times', 'claims'], ['claims', 'signals']]) {
      expect(at(before!)).toBeLessThan(at(after!));
    }
  });
});

describe('running', () => {
  it('a custom extractor adds a typed layer that reaches the result under extensions', async () => {
    const shouts = defineExtractor({
      name: 'shouts',
      needs: ['tokens'],
      provides: ['testShouts'],
      run(ctx) {
        const tokens = ctx.get('tokens');
        const found: Shout[] = [];
        for (let i = 0; i < tokens.count; i++) {
          const span = ctx.span(tokens.start[i]!, tokens.end[i]!);
          if (span.text.length > 1 && span.text === span.text.toUpperCase() && /\p{L}/u.test(span.text)) found.push({ word: span.text, span });
        }
        ctx.set('testShouts', found);
      },
    });
    const result = await createPipeline([segmentation(), shouts]).analyze('Markets FELL sharply. NATO met.');
    expectTypeOf(result.extensions?.testShouts).toEqualTypeOf<Shout[] | undefined>();
    expect(result.extensions?.testShouts).toEqual([
      { word: 'FELL', span: { start: 8, end: 12, text: 'FELL' } },
      { word: 'NATO', span: { start: 22, end: 26, text: 'NATO' } },
    ]);
  });

  it('an extractor that throws becomes an error message; the rest of the pipeline runs', async () => {
    const broken = make('broken', ['segments'], ['testA'], {
      run() {
        throw new Error('boom');
      },
    });
    const after = make('after', ['segments'], ['testB']);
    const dependent = make('dependent', ['testA'], []);
    const result = await createPipeline([segmentation(), broken, after, dependent]).analyze('One sentence. Another one.');
    expect(result.article.sentences).toHaveLength(2);
    expect(result.extensions).toEqual({ testB: 0 });
    expect(result.messages).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'extractor-failed', producer: 'broken', text: expect.stringContaining('boom') }),
      expect.objectContaining({ severity: 'warning', rule: 'extractor-skipped', producer: 'dependent' }),
    ]);
  });

  it('a failing built-in layer falls back to its empty value so later extractors still run', async () => {
    const extractors = defaultExtractors();
    const failing = { ...extractors[1]!, run: () => Promise.reject(new Error('model missing')) };
    const pipeline = createPipeline([extractors[0]!, failing, ...extractors.slice(2)]);
    const result = await pipeline.analyze('Alice met Bob in Paris. “It went well,” she said.');
    expect(result.mentions.filter((m) => m.form === 'name')).toEqual([]);
    expect(result.messages.filter((m) => m.severity === 'error').map((m) => m.producer)).toEqual(['mentions']);
    expect(result.article.sentences.length).toBeGreaterThan(0);
  });

  it('undeclared reads, undeclared writes and bad spans are errors of that extractor', async () => {
    const cases: AnyExtractor[] = [
      make('reads', [], [], { run: (ctx) => void ctx.get('mentions') }),
      make('writes', [], [], { run: (ctx) => ctx.set('mentions', []) }),
      make('spans', [], [], { run: (ctx) => void ctx.span(0, 10_000) }),
    ];
    const result = await createPipeline(cases).analyze('short');
    expect(result.messages.map((m) => [m.producer, m.rule])).toEqual([
      ['reads', 'extractor-failed:LAYER_NOT_DECLARED'],
      ['writes', 'extractor-failed:LAYER_NOT_DECLARED'],
      ['spans', 'extractor-failed:INVALID_SPAN'],
    ]);
  });

  it('mints ids per kind, fresh for every article', async () => {
    const minted: string[] = [];
    const minter = make('minter', [], [], {
      run(ctx) {
        minted.push(ctx.mint('mention'), ctx.mint('mention'), ctx.mint('entity'), ctx.mint('claim'));
      },
    });
    const pipeline = createPipeline([minter]);
    await pipeline.analyze('a');
    await pipeline.analyze('b');
    expect(minted).toEqual(['m1', 'm2', 'e1', 'c1', 'm1', 'm2', 'e1', 'c1']);
  });

  it('runs setup once per pipeline', async () => {
    let setups = 0;
    const pipeline = createPipeline([make('s', [], [], { setup: () => void setups++ })]);
    await Promise.all([pipeline.analyze('a'), pipeline.analyze('b')]);
    await pipeline.analyze('c');
    expect(setups).toBe(1);
  });

  it('drops a finding whose span does not match the text, with a message', async () => {
    const liar = defineExtractor({
      name: 'liar',
      needs: [],
      provides: ['times'],
      run(ctx) {
        ctx.set('times', [{ id: ctx.mint('time'), start: 0, end: 3, text: 'xyz', type: 'date', value: null }]);
      },
    });
    const result = await createPipeline([liar]).analyze('abc');
    expect(result.times).toEqual([]);
    expect(result.messages).toEqual([expect.objectContaining({ rule: 'invalid-span', producer: 'times' })]);
  });
});

describe('input', () => {
  const pipeline = createPipeline([segmentation()]);
  it.each([
    { input: null, code: 'INVALID_INPUT' },
    { input: { text: 42 }, code: 'INVALID_INPUT' },
    { input: { title: 'no text' }, code: 'INVALID_INPUT' },
  ])('rejects $input with $code', async ({ input, code }) => {
    await expect(pipeline.analyze(input as never)).rejects.toMatchObject({ name: 'PresslensError', code });
  });

  it('rejects text over the limit with INPUT_TOO_LARGE', async () => {
    await expect(createPipeline([], { maxTextLength: 10 }).analyze('x'.repeat(11))).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
  });

  it.each([
    { input: '', sentences: 0 },
    { input: '   \n\n  \t ', sentences: 0 },
  ])('empty text gives an empty result', async ({ input, sentences }) => {
    const result = await pipeline.analyze(input);
    expect(result.article.sentences).toHaveLength(sentences);
    expect(result.messages).toEqual([]);
  });

  it('puts a separate title in front of the text and finds it as the headline', async () => {
    const result = await pipeline.analyze({ id: 'x', title: 'Big News', text: 'Something happened today.' });
    expect(result.article.text).toBe('Big News\n\nSomething happened today.');
    expect(result.article.title).toEqual({ start: 0, end: 8, text: 'Big News' });
    expect(result.article.id).toBe('x');
  });

  it.each([
    { publishedAt: '2025-05-15', expected: '2025-05-15', warnings: 0 },
    { publishedAt: '2025-05-15T10:30:00Z', expected: '2025-05-15T10:30:00Z', warnings: 0 },
    { publishedAt: 'May 15, 2025', expected: '2025-05-15', warnings: 0 },
    { publishedAt: '2025-02-30', expected: null, warnings: 1 },
    { publishedAt: 'soon', expected: null, warnings: 1 },
  ])('publishedAt $publishedAt → $expected', async ({ publishedAt, expected, warnings }) => {
    const result = await pipeline.analyze({ text: 'Hello.', publishedAt });
    expect(result.article.publishedAt).toBe(expected);
    expect(result.messages.filter((m) => m.rule === 'invalid-published-at')).toHaveLength(warnings);
  });

  it('mints a stable id from the text when none is given', async () => {
    const a = await pipeline.analyze('Same text.');
    const b = await pipeline.analyze('Same text.');
    const c = await createPipeline([], { hash: () => 'custom' }).analyze('Same text.');
    expect(a.article.id).toMatch(/^[0-9a-f]{8}$/);
    expect(b.article.id).toBe(a.article.id);
    expect(c.article.id).toBe('custom');
  });
});
