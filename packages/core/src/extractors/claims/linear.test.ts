import { describe, expect, it } from 'vitest';
import { continueHash, continueHashCode, encodeBase64, hashFeature, hashFeatures, loadLinearModel, type LinearModelModule } from './linear.js';
import { HEDGE_PHRASES, NEGATION_PHRASES, indexPhrases, phraseAt, phraseAtIndex } from './lexicon.js';
import { tokenize, toTokenTable } from '../../text/tokenize.js';
import { FeatureMemo, claimFeatures, type ClaimCues } from './features.js';
import { toWords } from './words.js';

/** A model module as the training script writes it: sorted buckets as varint deltas, int8 weights. */
function moduleOf(bits: number, weights: Record<string, number>, scale = 0.01, bias = -0.5): LinearModelModule {
  const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
  const byBucket = new Map<number, number>();
  for (const [f, q] of Object.entries(weights)) byBucket.set((hashFeature(f) & mask) >>> 0, q);
  const buckets = [...byBucket.keys()].sort((a, b) => a - b);
  const deltas: number[] = [];
  let last = 0;
  for (const b of buckets) {
    let v = b - last;
    last = b;
    while (v >= 0x80) {
      deltas.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    deltas.push(v);
  }
  const raw = Uint8Array.from(buckets.map((b) => byBucket.get(b)! & 0xff));
  return { bits, bias, scale, count: buckets.length, buckets: encodeBase64(Uint8Array.from(deltas)), weights: encodeBase64(raw) };
}

const WEIGHTS = { 'w=must': 100, 'b=<s>_the': -7, 'lex:hedge': 1, 'kind:opinion': -128, 'w=’s': 127 };
const UNKNOWN = ['w=absent', '', 'b=the_<Cap>', 'w=mustn’t'];

describe('linear model', () => {
  it.each([
    { a: 'w=', b: 'must' },
    { a: 'b=<s>_', b: 'the' },
    { a: '', b: 'lex:hedge' },
    { a: 'w=', b: '’s' },
    { a: 'x', b: '' },
  ])('continueHash($a, $b) is the hash of the whole string', ({ a, b }) => {
    expect(continueHash(hashFeature(a), b)).toBe(hashFeature(a + b));
    expect(continueHashCode(hashFeature(a), 95)).toBe(hashFeature(`${a}_`));
  });

  // bits 4: a dense table; 20: an open-addressing table; 31: the Map fallback
  it.each([{ bits: 4 }, { bits: 20 }, { bits: 31 }])('reads back every weight at $bits bits, 0 for unknown features', ({ bits }) => {
    const m = loadLinearModel(moduleOf(bits, WEIGHTS));
    const mask = (1 << bits) - 1;
    const expected = new Map<number, number>();
    for (const [f, q] of Object.entries(WEIGHTS)) expected.set(hashFeature(f) & mask, q * 0.01);
    for (const f of [...Object.keys(WEIGHTS), ...UNKNOWN]) {
      const want = expected.get(hashFeature(f) & mask) ?? 0;
      expect(m.weight(f)).toBe(want);
      expect(m.weightOfHash(hashFeature(f))).toBe(want);
    }
    const features = [...Object.keys(WEIGHTS), ...UNKNOWN, 'w=must'];
    expect(m.logitOfHashes(hashFeatures(features))).toBe(m.logit(features));
    let sum = -0.5;
    for (const f of features) sum += expected.get(hashFeature(f) & mask) ?? 0;
    expect(m.logit(features)).toBe(sum);
  });
});

describe('indexed phrases', () => {
  const words = 'it may well be that he is not at all sure , if not more'.split(' ');
  it.each([
    { name: 'hedges', phrases: HEDGE_PHRASES },
    { name: 'negations', phrases: NEGATION_PHRASES },
    { name: 'overlapping', phrases: [['not'], ['not', 'at', 'all'], ['not', 'at'], ['if', 'not']] },
  ])('phraseAtIndex gives phraseAt at every token and end ($name)', ({ phrases }) => {
    const index = indexPhrases(phrases);
    for (let end = 0; end <= words.length; end++) {
      for (let i = 0; i <= words.length; i++) {
        let naive = 0;
        for (const p of phrases) if (p.length > naive && i + p.length <= end && p.every((w, k) => words[i + k] === w)) naive = p.length;
        expect(phraseAtIndex(words, i, index, end)).toBe(naive);
        expect(phraseAt(words, i, phrases, end)).toBe(naive);
      }
    }
  });
});

describe('claimFeatures with a memo', () => {
  const text = 'The Kremlin said Putin would “not attend” talks in Istanbul on 15 May. Critics say it is a shameful, deeply cynical move! Aren\'t we all tired of 3 more years?';
  const tokens = toTokenTable(tokenize(text), [{ start: 0, end: text.length }]);
  const words = toWords(text, tokens);
  const cues: ClaimCues = { people: 1, otherNames: true, number: true, date: true, past: true, future: true, normative: false, evaluative: 1, view: false, comparison: false, causal: true, question: true, hedged: false, negated: true, conditional: false, vague: true, attributed: true, quoted: true, words: 30 };
  const nameAt = (i: number) => words.raw[i] === 'Putin';
  const memo = new FeatureMemo(tokens.count);
  // overlapping ranges in an order that reuses and overwrites the memo's entries
  const ranges = [
    [0, tokens.count],
    [2, 9],
    [3, tokens.count - 2],
    [0, tokens.count],
    [5, 6],
    [1, tokens.count],
  ];
  it.each(ranges.map(([ts, te]) => ({ ts: ts!, te: te! })))('tokens [$ts, $te): the same features, and their hashes', ({ ts, te }) => {
    const plain = claimFeatures(words, ts, te, cues, nameAt);
    const hashes: number[] = [];
    expect(claimFeatures(words, ts, te, cues, nameAt, memo, hashes)).toEqual(plain);
    expect(hashes).toEqual(Array.from(hashFeatures(plain)));
    expect(plain.length).toBeGreaterThan(5);
  });
});
