import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { findSpanProblems, spanOf } from '../../testing/index.js';
import type { Analysis, MentionType } from '../../types/analysis.js';
import { entities } from '../entities/entities.js';
import { handMentions, type HandMention } from '../entities/handMentions.js';
import { segmentation } from '../segmentation/segmentation.js';
import { attributions } from './attributions.js';
import { boundaryHooks, boundaryModel, stopProbability, type TracedContent } from './boundaryModel.js';

async function run(text: string, specs: readonly HandMention[]): Promise<Analysis> {
  const pipeline = createPipeline([segmentation(), handMentions(specs, [] as readonly (readonly [string, MentionType])[]), entities(), attributions()]);
  const analysis = await pipeline.analyze(text);
  expect(findSpanProblems(analysis)).toEqual([]);
  return analysis;
}

/** Runs `f` with the hooks changed, and puts them back. */
async function withHooks<T>(change: Partial<typeof boundaryHooks>, f: () => Promise<T>): Promise<T> {
  const saved = { ...boundaryHooks };
  Object.assign(boundaryHooks, change);
  try {
    return await f();
  } finally {
    Object.assign(boundaryHooks, saved);
  }
}

describe('learned content boundaries', () => {
  it('loads the generated model: a participle after a comma ends a content far more often than not', async () => {
    const text = 'Smith said the plan would cut taxes for families, saying it was long overdue.';
    const traced: TracedContent[] = [];
    await withHooks({ trace: (t) => traced.push(t) }, () => run(text, [['Smith', 'PERSON']]));
    const m = boundaryModel();
    expect(m).not.toBeNull();
    const saying = traced.flatMap((t) => t.candidates).find((c) => c.features.includes('k=comma|n1=saying'));
    expect(saying).toBeDefined();
    expect(stopProbability(m!, saying!.hashes)).toBeGreaterThan(0.8);
  });

  it.each([
    {
      name: 'a participle clause after a comma ends the content',
      text: 'Smith said the plan would cut taxes for families, saying it was long overdue.',
      specs: [['Smith', 'PERSON']] as HandMention[],
      content: 'the plan would cut taxes for families',
      rules: 'the plan would cut taxes for families',
    },
    {
      name: '", and" + a subject and a verb of its own ends it',
      text: 'Jones said the deal was fair, and he urged critics to read it.',
      specs: [['Jones', 'PERSON']] as HandMention[],
      content: 'the deal was fair',
      rules: 'the deal was fair',
    },
    {
      name: 'an appositive after the content ends it (a new candidate: ", a")',
      text: 'Clinton said the attack was a tragedy, a view shared by most voters.',
      specs: [['Clinton', 'PERSON']] as HandMention[],
      content: 'the attack was a tragedy',
      rules: 'the attack was a tragedy, a view shared by most voters',
    },
    {
      name: 'a relative clause inside the subject goes on (the rule cut at ", which")',
      text: 'Jones said the new rules, which take effect in May, will help small firms.',
      specs: [['Jones', 'PERSON']] as HandMention[],
      content: 'the new rules, which take effect in May, will help small firms',
      rules: 'the new rules',
    },
    {
      name: 'an aside between two dashes is no boundary',
      text: 'The mayor said the bridge — a project delayed for years — will open in May.',
      specs: [] as HandMention[],
      content: 'the bridge — a project delayed for years — will open in May',
      rules: 'the bridge — a project delayed for years — will open in May',
    },
    {
      name: 'a rare boundary word stays a rule (", despite")',
      text: 'The company announced Wednesday it will close two plants, despite strong sales.',
      specs: [] as HandMention[],
      content: 'it will close two plants',
      rules: 'it will close two plants',
    },
  ])('$name', async ({ text, specs, content, rules }) => {
    const model = await run(text, specs);
    expect(model.attributions.map((a) => a.content)).toContainEqual(spanOf(text, content));
    const byRules = await withHooks({ mode: 'rules' }, () => run(text, specs));
    expect(byRules.attributions.map((a) => a.content)).toContainEqual(spanOf(text, rules));
  });

  it('traces every candidate up to the hard stop, and the output stays the rules’ while tracing', async () => {
    const text = 'Jones said the new rules, which take effect in May, will help small firms; critics disagree.';
    const traced: TracedContent[] = [];
    const a = await withHooks({ mode: 'rules', trace: (t) => traced.push(t) }, () => run(text, [['Jones', 'PERSON']]));
    expect(a.attributions.map((x) => x.content)).toContainEqual(spanOf(text, 'the new rules'));
    expect(traced).toHaveLength(1);
    const t = traced[0]!;
    // two commas before the ";" (hard stop), none after it
    expect(t.candidates.map((c) => c.end)).toEqual([spanOf(text, ', which').start, spanOf(text, ', will').start]);
    expect(t.hardEnd).toBe(spanOf(text, '; critics').start);
    expect(t.candidates[0]!.rule).toBe(true);
    expect(t.candidates[1]!.rule).toBe(false);
    expect(t.candidates[0]!.features).toContain('k=comma|n1=which');
    expect(t.candidates[0]!.features).toContain('cue=say');
  });
});
