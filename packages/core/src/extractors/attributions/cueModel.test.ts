import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { findSpanProblems, spanOf } from '../../testing/index.js';
import type { Analysis, MentionType } from '../../types/analysis.js';
import { loadLinearModel, sigmoid } from '../claims/linear.js';
import { entities } from '../entities/entities.js';
import { handMentions, type HandMention } from '../entities/handMentions.js';
import { segmentation } from '../segmentation/segmentation.js';
import { attributions } from './attributions.js';
import { CUE_MODEL } from './cueModel.generated.js';
import { CUE_DRAFT_MODEL } from './cueDraftModel.generated.js';
import { candidateFeatures, cueModelThreshold, isCandidate, scoreCandidates, setCueDraftModel, setCueModel, setCueModelTap, type CueModelInput } from './cueModel.js';

async function run(text: string, specs: readonly HandMention[] = [], all: readonly (readonly [string, MentionType])[] = []): Promise<Analysis> {
  const pipeline = createPipeline([segmentation(), handMentions(specs, all), entities(), attributions()]);
  const analysis = await pipeline.analyze(text);
  expect(findSpanProblems(analysis)).toEqual([]);
  return analysis;
}

/** The model's input for one text (read from inside the extractor). */
async function inputOf(text: string, specs: readonly HandMention[] = []): Promise<CueModelInput> {
  let input: CueModelInput | null = null;
  setCueModelTap({ input: (x) => (input = x), drafted: () => {} });
  try {
    await run(text, specs);
  } finally {
    setCueModelTap(null);
  }
  return input!;
}

afterEach(() => {
  setCueModel(undefined);
  setCueDraftModel(undefined);
});

describe('learned cue model: cues the lexicon does not know (round six)', () => {
  // the token model's drafts as such: the draft scorer (round nine) is tested below
  beforeEach(() => setCueDraftModel(null));

  it.each<{ name: string; text: string; specs?: HandMention[]; source: string; cue: string; content: string }>([
    { name: 'voted against (particle in the cue)', text: 'Senator John Doe voted against the bill on Tuesday.', specs: [['John Doe', 'PERSON']], source: 'John Doe', cue: 'voted against', content: 'the bill on Tuesday' },
    { name: 'backed, a group as source', text: 'The group backed Hillary Clinton in the primary.', specs: [['Hillary Clinton', 'PERSON']], source: 'The group', cue: 'backed', content: 'Hillary Clinton in the primary' },
    { name: 'is planning to, a pronoun source', text: 'John Doe arrived late. He is planning to sue the city.', specs: [['John Doe', 'PERSON']], source: 'He', cue: 'planning', content: 'to sue the city' },
    { name: 'focused on', text: 'Jane Smith focused on jobs and wages.', specs: [['Jane Smith', 'PERSON']], source: 'Jane Smith', cue: 'focused on', content: 'jobs and wages' },
  ])('$name', async ({ text, specs, source, cue, content }) => {
    const a = await run(text, specs ?? []);
    const got = a.attributions.find((x) => x.rule.includes('+model'));
    expect(got, JSON.stringify(a.attributions)).toBeDefined();
    expect(got!.source?.text).toBe(source);
    expect(got!.cue?.text).toBe(cue);
    expect(got!.content).toEqual(spanOf(text, content));
    expect(got!.confidence).toBeGreaterThan(0);
    expect(got!.confidence).toBeLessThan(1);
  });

  it.each([
    { name: 'no source before the cue word', text: 'Voted against the bill on Tuesday.' },
    { name: 'a passive with its agent', text: 'The bill was backed by the group.' },
  ])('drafts nothing: $name', async ({ text }) => {
    const a = await run(text);
    expect(a.attributions.filter((x) => x.rule.includes('+model'))).toEqual([]);
  });

  it('with the model off, the rules alone find nothing in a sentence of unknown cues', async () => {
    setCueModel(null);
    const a = await run('Senator John Doe voted against the bill on Tuesday.', [['John Doe', 'PERSON']]);
    expect(a.attributions).toEqual([]);
  });

  it('a draft of the model above the threshold uses its probability, and none is drafted at a threshold over 1', async () => {
    const text = 'The group backed Hillary Clinton in the primary.';
    setCueModel(undefined, 1.01);
    expect((await run(text, [['Hillary Clinton', 'PERSON']])).attributions).toEqual([]);
    setCueModel(undefined);
    const drafted: number[] = [];
    setCueModelTap({ input: () => {}, drafted: (_c, _s, _e, p) => drafted.push(p) });
    try {
      await run(text, [['Hillary Clinton', 'PERSON']]);
    } finally {
      setCueModelTap(null);
    }
    expect(drafted).toHaveLength(1);
    expect(drafted[0]).toBeGreaterThanOrEqual(cueModelThreshold());
  });
});

describe('learned cue model: features', () => {
  it('scores from hashes exactly what the training strings give (same features, same weights)', async () => {
    const drafted = await inputOf('Senator John Doe voted against the bill, and the group backed Hillary Clinton in the primary.', [['John Doe', 'PERSON'], ['Hillary Clinton', 'PERSON']]);
    // as before the model drafted: no token used as a cue yet
    const x = { ...drafted, usedCue: new Uint8Array(drafted.v.count) };
    const model = loadLinearModel(CUE_MODEL);
    const fromStrings = candidateFeatures(x).map((c) => ({ token: c.token, p: sigmoid(model.logit(c.features)) }));
    const fromHashes = scoreCandidates(x, 0);
    expect(fromHashes.map((h) => x.v.raw(h.token))).toEqual(expect.arrayContaining(['voted', 'backed']));
    for (const h of fromHashes) {
      const s = fromStrings.find((c) => c.token === h.token);
      expect(s).toBeDefined();
      expect(h.p).toBeCloseTo(s!.p, 9);
    }
  });

  it.each([
    ['function words', 'the', false],
    ['names', 'Doe', false],
    ['a verb form', 'voted', true],
    ['"according"', 'according', false],
    ['-ly adverbs', 'repeatedly', false],
    ['negated auxiliaries', 'wouldn’t', false],
  ])('candidates: %s', async (_name, word, want) => {
    const text = 'John Doe repeatedly voted against the bill, according to aides, and wouldn’t back it.';
    const x = await inputOf(text, [['John Doe', 'PERSON']]);
    const k = x.v.tokenAtOrAfter(text.indexOf(word));
    expect(x.v.raw(k)).toBe(word);
    expect(isCandidate(x, k)).toBe(want);
  });

  it('a word inside a quote is no candidate', async () => {
    const text = 'John Doe said: “They voted against us.”';
    const x = await inputOf(text, [['John Doe', 'PERSON']]);
    const k = x.v.tokenAtOrAfter(text.indexOf('voted'));
    expect(isCandidate(x, k)).toBe(false);
  });
});

describe('draft scorer (round nine)', () => {
  const text = 'The group backed Hillary Clinton in the primary.';
  const specs: HandMention[] = [['Hillary Clinton', 'PERSON']];
  const modelDrafts = async () => (await run(text, specs)).attributions.filter((x) => x.rule.includes('+model'));
  /** The draft features the scorer reads for each model draft of `text`. */
  const draftFeatures = async (): Promise<string[][]> => {
    const seen: string[][] = [];
    setCueModelTap({ input: () => {}, drafted: () => {}, draft: (_c, f) => seen.push(f) });
    try {
      await run(text, specs);
    } finally {
      setCueModelTap(null);
    }
    return seen;
  };

  it('reads the draft: source kind, content shape and length, particles, token probability', async () => {
    setCueDraftModel(null);
    const seen = await draftFeatures();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual(expect.arrayContaining(['d:shape=object', 'd:len=6', 'd:part=0', 'd:shape+len=object|6', 'd:l=back', 'd:nc=name']));
    expect(seen[0]!.some((f) => f.startsWith('d:src=') && f !== 'd:src=')).toBe(true);
    expect(seen[0]!.some((f) => /^d:p=\d$/.test(f))).toBe(true);
  });

  it.runIf(CUE_DRAFT_MODEL !== null)('keeps a draft from exactly the probability its training strings give (hashes at run time)', async () => {
    setCueModel(undefined, 0.01);
    setCueDraftModel(null);
    const seen = await draftFeatures();
    const p = sigmoid(loadLinearModel(CUE_DRAFT_MODEL!).logit(seen[0]!));
    setCueDraftModel(undefined, p - 1e-9);
    expect(await modelDrafts()).toHaveLength(1);
    setCueDraftModel(undefined, p + 1e-9);
    expect(await modelDrafts()).toHaveLength(0);
  });

  it.each([
    { name: 'no scorer: the draft is kept', scorer: null, threshold: 0, kept: 1 },
    { name: 'the shipped scorer at threshold 0 keeps it', scorer: undefined, threshold: 0, kept: 1 },
    { name: 'the shipped scorer over 1 drops it', scorer: undefined, threshold: 1.01, kept: 0 },
  ])('$name', async ({ scorer, threshold, kept }) => {
    setCueModel(undefined, 0.01);
    setCueDraftModel(scorer, threshold);
    expect(await modelDrafts()).toHaveLength(kept);
  });
});
