import { describe, expect, it } from 'vitest';
import { cueOf } from './cues.js';
import { knownLemma, lemmaCandidates } from './lemma.js';

const LEMMAS = new Set(['say', 'note', 'add', 'admit', 'argue', 'try', 'push', 'claim', 'plan', 'tell', 'ad', 'not']);

describe('lemmaCandidates / knownLemma', () => {
  it.each([
    ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['noted', 'note'], ['noting', 'note'], ['added', 'add'], ['adding', 'add'],
    ['admitted', 'admit'], ['admitting', 'admit'], ['argues', 'argue'], ['arguing', 'argue'], ['tries', 'try'], ['tried', 'try'],
    ['pushes', 'push'], ['claims', 'claim'], ['planned', 'plan'], ['say', 'say'],
  ])('%s → %s', (form, lemma) => {
    expect(knownLemma(form, (l) => LEMMAS.has(l))).toBe(lemma);
  });

  it.each(['zebra', 'xylophones', 'running'])('%s has no known lemma here', (form) => {
    expect(knownLemma(form, (l) => LEMMAS.has(l))).toBeUndefined();
  });

  it('proposes a handful of candidates even for long forms', () => {
    expect(lemmaCandidates('a'.repeat(10_000) + 'ing').length).toBeLessThanOrEqual(6);
    expect(lemmaCandidates('criticising').length).toBeLessThanOrEqual(12);
  });
});

describe('cueOf (learned lexicon with the hand-written fallback)', () => {
  it.each([
    ['said', 'say', 'speech'], ['criticized', 'criticize', 'speech'], ['tweeted', 'tweet', 'speech'], ['believes', 'believe', 'belief'],
    ['hopes', 'hope', 'belief'], ['wants', 'want', 'belief'], ['reiterates', 'reiterate', 'speech'],
    // British spellings of -ize verbs
    ['criticised', 'criticize', 'speech'], ['apologising', 'apologize', 'speech'], ['characterises', 'characterize', 'speech'],
  ])('%s is a cue (%s, %s)', (form, lemma, kind) => {
    const cue = cueOf(form);
    expect(cue?.lemma).toBe(lemma);
    expect(cue?.kind).toBe(kind);
    expect(cue!.weight).toBeGreaterThan(0);
  });

  it.each(['the', 'table', 'constructor', 'toString', 'made', '"', ''])('%j is not a cue', (form) => {
    expect(cueOf(form)).toBeUndefined();
  });
});
