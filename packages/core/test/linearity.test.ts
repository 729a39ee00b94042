// Linear work on every bad input, checked without a clock: while an article is analysed, the
// string, regex and array built-ins the extractors call are counted with the amount of text or
// array each one touches (characters scanned by a regex, copied by slice, searched by indexOf;
// elements visited by map/filter/find…; one per charCodeAt). The count is deterministic, so the
// test is stable on a busy machine. Each extractor's count at 10n must stay within 12× its count
// at n (scaled by the exact lengths), and so must the size of the output. This is a proxy: plain
// `for` loops and `===` are not counted, so `scripts/linearity.mjs` also times the same inputs.
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCALABLE_BAD_INPUTS } from '../../../scripts/bad-inputs.mjs';
import { createPipeline, defaultExtractors, defineExtractor, type AnyExtractor, type Analysis } from '../src/index.js';
import { problemsOf } from './invariants.js';

const N = 1_000;
const FACTOR = 10;
/** Allowed growth of work per character from n to 10n: time(10n) ≤ 12 × time(n). */
const LIMIT = 1.2;
/** Work units forgiven, for counts that are near zero at n. */
const SLACK = 500;

// Work is booked to the extractor whose async context the call runs in, so that whatever else
// the test runner does while an extractor awaits is not counted.
const booking = new AsyncLocalStorage<{ name: string }>();
let work = new Map<string, number>();
const add = (units: number) => {
  const on = booking.getStore();
  if (on) work.set(on.name, (work.get(on.name) ?? 0) + units);
};

type Patch = [object, string, (original: (...args: never[]) => unknown) => (this: never, ...args: never[]) => unknown];
const lengthOf = (value: unknown) => (typeof value === 'string' || Array.isArray(value) ? value.length : 0);

const PATCHES: Patch[] = [
  [
    RegExp.prototype,
    'exec',
    (original) =>
      function (this: RegExp, input: string) {
        const from = this.global || this.sticky ? this.lastIndex : 0;
        const match = original.call(this, input as never) as RegExpExecArray | null;
        add(match ? match.index + match[0].length - from + 1 : this.sticky ? 1 : String(input).length - from + 1);
        return match;
      } as never,
  ],
  ...(['slice', 'substring', 'substr', 'toLowerCase', 'toUpperCase', 'normalize', 'trim', 'trimStart', 'trimEnd', 'padEnd', 'padStart', 'repeat'] as const).map(
    (name): Patch => [
      String.prototype,
      name,
      (original) =>
        function (this: string, ...args: never[]) {
          const out = original.apply(this, args) as string;
          add(out.length + 1);
          return out;
        } as never,
    ],
  ),
  ...(['indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'split', 'replace', 'replaceAll', 'localeCompare'] as const).map(
    (name): Patch => [
      String.prototype,
      name,
      (original) =>
        function (this: string, ...args: never[]) {
          add(this.length + 1);
          return original.apply(this, args);
        } as never,
    ],
  ),
  ...(['charCodeAt', 'codePointAt', 'charAt', 'at'] as const).map(
    (name): Patch => [
      String.prototype,
      name,
      (original) =>
        function (this: string, ...args: never[]) {
          add(1);
          return original.apply(this, args);
        } as never,
    ],
  ),
  ...(['indexOf', 'lastIndexOf', 'includes', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'map', 'flatMap', 'some', 'every', 'forEach', 'reduce', 'slice', 'splice', 'concat', 'join', 'sort', 'reverse', 'fill'] as const).map(
    (name): Patch => [
      Array.prototype,
      name,
      (original) =>
        function (this: unknown[], ...args: never[]) {
          add(lengthOf(this) + 1);
          return original.apply(this, args);
        } as never,
    ],
  ),
];

const restore: (() => void)[] = [];
beforeAll(() => {
  for (const [target, name, wrap] of PATCHES) {
    const original = (target as Record<string, (...args: never[]) => unknown>)[name]!;
    Object.defineProperty(target, name, { value: wrap(original), writable: true, configurable: true });
    restore.push(() => Object.defineProperty(target, name, { value: original, writable: true, configurable: true }));
  }
});
afterAll(() => {
  for (const undo of restore.reverse()) undo();
});

/** The extractor with its work booked under its name. */
const booked = (e: AnyExtractor): AnyExtractor => ({ ...e, run: (ctx) => booking.run({ name: e.name }, () => e.run(ctx)) });
const pipeline = createPipeline(defaultExtractors().map(booked));

async function measure(text: string, on = pipeline): Promise<{ work: Map<string, number>; result: Analysis }> {
  await on.ready();
  work = new Map();
  const result = await booking.run({ name: 'pipeline' }, () => on.analyze(text));
  return { work, result };
}

const outputSize = (r: Analysis) => JSON.stringify({ ...r, article: { ...r.article, text: '' } }).length;

describe(`work grows linearly: each extractor's counted work at ${FACTOR}n ≤ ${LIMIT * FACTOR}× its work at n (n = ${N.toLocaleString('en')})`, () => {
  it.each(SCALABLE_BAD_INPUTS)('$name', async ({ make }) => {
    const small = make(N);
    const large = make(N * FACTOR);
    const scale = large.length / small.length;
    const a = await measure(small);
    const b = await measure(large);
    expect(problemsOf(b.result, large)).toEqual([]);
    const tooMuch: string[] = [];
    const check = (what: string, at: number, at10: number) => {
      if (at10 > LIMIT * scale * at + SLACK) tooMuch.push(`${what}: ${at} at ${small.length} chars, ${at10} at ${large.length} chars (${(at10 / Math.max(1, at)).toFixed(1)}×)`);
    };
    for (const name of new Set([...a.work.keys(), ...b.work.keys()])) check(name, a.work.get(name) ?? 0, b.work.get(name) ?? 0);
    check('output size', outputSize(a.result), outputSize(b.result));
    expect(tooMuch).toEqual([]);
  }, 120_000);

  it('counts work: a quadratic extractor is caught', async () => {
    const quadratic = defineExtractor({
      name: 'quadratic',
      needs: ['tokens'],
      provides: [],
      run(ctx) {
        const { count, start } = ctx.get('tokens');
        for (let i = 0; i < count; i++) if (start[i]! >= 0) ctx.text.indexOf('zebra');
      },
    });
    const naive = createPipeline([...defaultExtractors().map(booked), booked(quadratic)]);
    const text = SCALABLE_BAD_INPUTS[0]!.make(N);
    const text10 = SCALABLE_BAD_INPUTS[0]!.make(N * FACTOR);
    const at = (await measure(text, naive)).work.get('quadratic') ?? 0;
    const at10 = (await measure(text10, naive)).work.get('quadratic') ?? 0;
    expect(at).toBeGreaterThan(0);
    expect(at10).toBeGreaterThan(LIMIT * (text10.length / text.length) * at + SLACK);
  }, 120_000);
});
