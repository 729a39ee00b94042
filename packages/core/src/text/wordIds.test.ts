import { describe, expect, it } from 'vitest';
import { tokenize, toTokenTable } from './tokenize.js';
import { wordIdsOf, wordIdsOfTexts, wordVocabularyGeneration, wordVocabularySize } from './wordIds.js';

const tableOf = (text: string) => toTokenTable(tokenize(text), [{ start: 0, end: text.length }]);

describe('wordIdsOf', () => {
  it.each([
    { text: 'The cat saw the cat.', same: [[1, 4]], different: [[0, 3], [1, 2], [4, 5]] },
    { text: 'Naïve naïve NAÏVE', same: [], different: [[0, 1], [1, 2], [0, 2]] },
    { text: 'a “quote” and a “quote”', same: [[0, 5], [1, 6], [2, 7], [3, 8]], different: [[1, 3], [0, 1]] },
  ])('gives one id per token text as written: $text', ({ text, same, different }) => {
    const tokens = tableOf(text);
    const ids = wordIdsOf(text, tokens);
    expect(ids.length).toBe(tokens.count);
    for (const [a, b] of same) expect(ids[a!]).toBe(ids[b!]);
    for (const [a, b] of different) expect(ids[a!]).not.toBe(ids[b!]);
  });

  it('gives the same ids across articles and to the sliced texts', () => {
    const a = 'Ministers said the plan would fail.';
    const b = 'The plan, ministers said, would fail.';
    const ta = tableOf(a);
    const tb = tableOf(b);
    const ia = wordIdsOf(a, ta);
    const ib = wordIdsOf(b, tb);
    const text = (s: string, t: ReturnType<typeof tableOf>, i: number) => s.slice(t.start[i], t.end[i]);
    const idOf = new Map<string, number>();
    for (let i = 0; i < ta.count; i++) idOf.set(text(a, ta, i), ia[i]!);
    for (let i = 0; i < tb.count; i++) if (idOf.has(text(b, tb, i))) expect(ib[i]).toBe(idOf.get(text(b, tb, i)));
    const raw = Array.from({ length: tb.count }, (_, i) => text(b, tb, i));
    expect([...wordIdsOfTexts(raw)]).toEqual([...ib]);
    expect(wordIdsOf(b, tb)).toBe(ib); // cached per token table
  });

  it('empties the vocabulary when it grows past its limit, between articles', () => {
    const before = wordVocabularyGeneration();
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    const ids = wordIdsOfTexts(words);
    expect(new Set(ids).size).toBe(words.length);
    expect(wordIdsOfTexts(['w1', 'w2'])).toEqual(new Int32Array([0, 1]));
    expect(wordVocabularyGeneration()).toBeGreaterThan(before);
    expect(wordVocabularySize()).toBe(2);
  });
});
