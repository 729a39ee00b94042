import { describe, expect, it } from 'vitest';
import { WordIdBytes } from './wordIdBytes.js';
import { wordIdsOfTexts, wordVocabularyGeneration } from './wordIds.js';

describe('WordIdBytes', () => {
  it('keeps a byte per word id, grows past its first size, and reads 0 for ids never set', () => {
    const table = new WordIdBytes();
    table.sync();
    expect(table.get(7)).toBe(0);
    table.set(7, 3);
    table.set(100_000, 255);
    expect(table.get(7)).toBe(3);
    expect(table.get(100_000)).toBe(255);
    expect(table.get(99_999)).toBe(0);
    table.sync(); // the same vocabulary: nothing is lost
    expect(table.get(7)).toBe(3);
  });

  it('empties itself when the shared vocabulary starts again', () => {
    const table = new WordIdBytes();
    table.sync();
    table.set(1, 9);
    const before = wordVocabularyGeneration();
    wordIdsOfTexts(Array.from({ length: 70_000 }, (_, i) => `v${i}`));
    wordIdsOfTexts(['next']); // the vocabulary passed its limit: emptied before this call
    expect(wordVocabularyGeneration()).toBeGreaterThan(before);
    table.sync();
    expect(table.get(1)).toBe(0);
  });
});
