import { describe, expect, it } from 'vitest';
import { buildWordClusters } from './clusters.js';
import { encodeBase64 } from './linear.js';
import { W_CONDITIONAL, W_FIRST_PERSON, W_FUTURE, W_HEDGE, W_LY, W_NEGATION, W_NORMATIVE, W_REPORTED_PAST, W_SUPERLATIVE, tokenInfos, wordInfoOf } from './wordInfo.js';

describe('wordInfoOf', () => {
  it.each([
    { word: 'might', flag: W_HEDGE },
    { word: 'didn’t', flag: W_NEGATION },
    { word: 'unless', flag: W_CONDITIONAL },
    { word: 'must', flag: W_NORMATIVE },
    { word: 'would', flag: W_FUTURE },
    { word: 'announced', flag: W_REPORTED_PAST },
    { word: 'said', flag: W_REPORTED_PAST },
    { word: 'we', flag: W_FIRST_PERSON },
    { word: 'sharply', flag: W_LY },
    { word: 'biggest', flag: W_SUPERLATIVE },
  ])('$word has its flag', ({ word, flag }) => {
    expect(wordInfoOf(word).flags & flag).toBe(flag);
  });

  it.each(['table', 'bridge', 'latest', 'interest', 'walked'])('%s has no cue flag', (word) => {
    expect(wordInfoOf(word).flags & (W_HEDGE | W_NEGATION | W_NORMATIVE | W_FUTURE | W_SUPERLATIVE | W_REPORTED_PAST)).toBe(0);
  });

  it('carries the evaluative weight and the loaded reason', () => {
    expect(wordInfoOf('brutal').loaded).not.toBeNull();
    expect(wordInfoOf('bridge')).toMatchObject({ evaluative: 0, loaded: null });
  });
});

describe('tokenInfos', () => {
  // a table of three words: "Putin" → 7, "slammed" → 3, "criticised" → 3
  const ids = new Uint8Array([7, 0, 3, 0, 3, 0]);
  const clusters = buildWordClusters('Putin\nslammed\ncriticised', encodeBase64(ids));

  it.each([
    { raw: ['Putin', 'slammed', 'it'], cluster: [7, 3, -1] },
    { raw: ['Slammed', 'PUTIN'], cluster: [3, -1] },
  ])('clusters of $raw (as written, else lowercased)', ({ raw, cluster }) => {
    const lower = raw.map((w) => w.toLowerCase());
    const out = tokenInfos(raw, lower, clusters);
    expect([...out.clusters!]).toEqual(cluster);
    expect(out.infos.map((x) => x.flags)).toEqual(lower.map((w) => wordInfoOf(w).flags));
  });

  it('gives no clusters without a table', () => {
    expect(tokenInfos(['Putin'], ['putin'], null).clusters).toBeNull();
  });

  it('names each cluster feature once, with its hash', () => {
    expect(clusters.features[3]).toBe('c=3');
    expect(clusters.hashes.length).toBe(8);
  });
});
