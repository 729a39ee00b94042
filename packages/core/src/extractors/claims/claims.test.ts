import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis, Attribution, Entity, Mention, NameType, Quoted, SourceKind, TimeExpression } from '../../types/analysis.js';
import type { EntityId, MentionId } from '../../types/ids.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { findSpanProblems, spanOf } from '../../testing/index.js';
import { segmentation } from '../segmentation/segmentation.js';
import { signals } from '../signals/signals.js';
import { tightenSpan } from './claims.js';
import { claims } from './claims.js';

const seed = readFileSync(new URL('../../../../../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');

/** Hand-made layers for a fixture: names (every whole-word occurrence), times and attributions. */
export interface FakeLayers {
  entities?: { name: string; type: NameType; surfaces: string[] }[];
  times?: { text: string; nth?: number; value: string }[];
  attributions?: { source: { text: string; nth?: number; entity?: string; kind?: SourceKind } | null; cue?: { text: string; nth?: number }; content: { text: string; nth?: number }; quoted?: Quoted }[];
}

const WORD = /[\p{L}\p{N}]/u;
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if ((at > 0 && WORD.test(text[at - 1]!)) || WORD.test(text[at + needle.length] ?? ' ')) continue;
    out.push(at);
  }
  return out;
}

/** A test-only extractor that provides mentions, times, entities and attributions from `spec`. */
export function fakeLayers(spec: FakeLayers) {
  return defineExtractor({
    name: 'fake-layers',
    needs: ['segments'],
    provides: ['mentions', 'times', 'entities', 'attributions'],
    run(ctx) {
      const text = ctx.text;
      const mentions: Mention[] = [];
      const entities: Entity[] = [];
      const byName = new Map<string, EntityId>();
      for (const e of spec.entities ?? []) {
        const id = ctx.mint('entity');
        byName.set(e.name, id);
        const taken: [number, number][] = [];
        const ids: MentionId[] = [];
        for (const surface of [...e.surfaces].sort((a, b) => b.length - a.length)) {
          for (const at of occurrences(text, surface)) {
            if (taken.some(([s, t]) => at < t && s < at + surface.length)) continue;
            taken.push([at, at + surface.length]);
            const m: Mention = { id: ctx.mint('mention'), ...ctx.span(at, at + surface.length), type: e.type, form: 'name', entity: id };
            mentions.push(m);
            ids.push(m.id);
          }
        }
        entities.push({ id, type: e.type, name: e.name, aliases: [], titles: [], mentions: ids, salience: 0.5 });
      }
      const times: TimeExpression[] = (spec.times ?? []).map((t) => {
        const s = spanOf(text, t.text, t.nth);
        return { id: ctx.mint('time'), ...ctx.span(s.start, s.end), type: 'date', value: t.value };
      });
      const attributions: Attribution[] = (spec.attributions ?? []).map((a) => {
        const source = a.source ? spanOf(text, a.source.text, a.source.nth) : null;
        const cue = a.cue ? spanOf(text, a.cue.text, a.cue.nth) : null;
        const content = spanOf(text, a.content.text, a.content.nth);
        return {
          id: ctx.mint('attribution'),
          quoted: a.quoted ?? 'none',
          source: source && a.source ? { ...source, entity: a.source.entity ? byName.get(a.source.entity)! : null, kind: a.source.kind ?? (a.source.entity ? 'named' : 'vague') } : null,
          cue,
          content,
          confidence: 0.9,
          rule: 'fixture',
        };
      });
      ctx.set('mentions', mentions);
      ctx.set('times', times);
      ctx.set('entities', entities);
      ctx.set('attributions', attributions);
    },
  });
}

export function analyzeWith(text: string, spec: FakeLayers = {}): Promise<Analysis> {
  return createPipeline([segmentation(), fakeLayers(spec), claims(), signals()]).analyze({ text, publishedAt: '2025-05-15' });
}

/** The same with the hand-written rules alone (no learned models): clause splitting and the rule kinds. */
export function analyzeWithRules(text: string, spec: FakeLayers = {}): Promise<Analysis> {
  return createPipeline([segmentation(), fakeLayers(spec), claims({ models: null }), signals()]).analyze({ text, publishedAt: '2025-05-15' });
}

const SEED_LAYERS: FakeLayers = {
  entities: [
    { name: 'Vladimir Putin', type: 'PERSON', surfaces: ['Vladimir Putin', 'Putin'] },
    { name: 'Volodymyr Zelensky', type: 'PERSON', surfaces: ['Volodymyr Zelensky', 'Zelensky'] },
    { name: 'Donald Trump', type: 'PERSON', surfaces: ['Donald Trump', 'Trump'] },
    { name: 'Marco Rubio', type: 'PERSON', surfaces: ['Marco Rubio', 'Rubio'] },
    { name: 'Vladimir Medinsky', type: 'PERSON', surfaces: ['Vladimir Medinsky'] },
    { name: 'Andriy Yermak', type: 'PERSON', surfaces: ['Andriy Yermak'] },
    { name: 'Kremlin', type: 'ORG', surfaces: ['Kremlin'] },
    { name: 'Russia', type: 'LOC', surfaces: ['Russia'] },
    { name: 'Ukraine', type: 'LOC', surfaces: ['Ukraine'] },
    { name: 'United States', type: 'LOC', surfaces: ['U.S.', 'America'] },
    { name: 'Istanbul', type: 'LOC', surfaces: ['Istanbul'] },
  ],
  times: [
    { text: 'Wednesday', value: '2025-05-14' },
    { text: 'December 2019', value: '2019-12' },
  ],
  attributions: [
    { source: { text: 'Trump', nth: seed.slice(0, seed.indexOf('” Trump said')).split('Trump').length - 1, entity: 'Donald Trump' }, cue: { text: 'said' }, content: { text: 'I know he would like me to be there, and that’s a possibility,' }, quoted: 'direct' },
    { source: { text: 'the Kremlin', entity: 'Kremlin' }, cue: { text: 'announced', nth: 1 }, content: { text: 'Putin would not attend' } },
    { source: { text: 'Andriy Yermak', entity: 'Andriy Yermak' }, cue: { text: 'emphasized' }, content: { text: 'anything that contributes to long and lasting peace,' }, quoted: 'partial' },
    { source: { text: 'Conservatives', kind: 'vague' }, cue: { text: 'arguing' }, content: { text: 'America’s direct involvement under Trump’s leadership offers the best chance at resolving the brutal conflict' } },
  ],
};

describe('claims on the seed article (hand-made layers)', async () => {
  const analysis = await analyzeWith(seed, SEED_LAYERS);
  const entity = (name: string) => analysis.entities.find((e) => e.name === name)!.id;
  const claimAt = (needle: string) => {
    const at = spanOf(seed, needle);
    const found = analysis.claims.find((c) => c.start <= at.start && at.end <= c.end);
    if (!found) throw new Error(`no claim covers "${needle}"`);
    return found;
  };

  it('keeps every span and id consistent', () => {
    expect(findSpanProblems(analysis)).toEqual([]);
    expect(analysis.messages).toEqual([]);
  });

  it('makes no claim of the headline', () => {
    const title = analysis.article.title!;
    expect(analysis.claims.some((c) => c.start < title.end)).toBe(false);
  });

  it('finds the dated meeting as a check-worthy author fact', () => {
    const c = claimAt('Putin and Zelensky last met in person in December 2019');
    expect(c.text).toBe('Putin and Zelensky last met in person in December 2019');
    expect(c.kind).toBe('factual');
    expect(c.claimant).toEqual({ kind: 'author' });
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0.7);
    expect(c.evidence).toEqual(expect.arrayContaining(['names two people', 'past event with a date']));
    expect(c.entities).toEqual([entity('Vladimir Putin'), entity('Volodymyr Zelensky')]);
    expect(c.times).toEqual([analysis.times.find((t) => t.text === 'December 2019')!.id]);
  });

  it.each([
    { needle: 'Only through continued strong leadership', kind: 'opinion', claimant: { kind: 'author' }, maxScore: 0.4 },
    // the learned model reads "proactive approach" as the writer's evaluative wording
    { needle: 'Conservatives widely back Trump’s proactive approach', kind: 'opinion', claimant: { kind: 'vague', text: 'Conservatives' } },
    { needle: 'Trump’s supporters see Putin’s unexpected decision', kind: 'opinion', claimant: { kind: 'vague', text: 'Trump’s supporters' } },
    { needle: 'Conservative voices urge Trump', kind: 'factual', claimant: { kind: 'vague', text: 'Conservative voices' } },
    { needle: 'Trump’s decisive and active role is essential', kind: 'opinion', claimant: { kind: 'vague', text: 'conservatives' } },
    // about the future, but in the author's voice with loaded wording ("this historic opportunity"): the model reads an opinion (p ≥ 0.75)
    { needle: 'Trump’s next moves will determine', kind: 'opinion', claimant: { kind: 'author' } },
    { needle: 'The planned summit in Istanbul was seen as', kind: 'opinion', claimant: { kind: 'author' } },
  ])('$needle → $kind', ({ needle, kind, claimant, maxScore }) => {
    const c = claimAt(needle);
    expect(c.kind).toBe(kind);
    expect(c.claimant).toEqual(claimant);
    if (maxScore !== undefined) {
      expect(c.checkworthiness).toBeLessThan(maxScore);
      expect(c.evidence).toContain('opinion wording');
    }
  });

  it('gives the quote to Trump, split into its two clauses', () => {
    const trump = { kind: 'entity', entity: entity('Donald Trump') };
    const quote = analysis.attributions[0]!.id;
    const first = claimAt('I know he would like me to be there');
    const second = claimAt('that’s a possibility');
    expect([first.text, second.text]).toEqual(['I know he would like me to be there', 'that’s a possibility']);
    for (const c of [first, second]) {
      expect(c.claimant).toEqual(trump);
      expect(c.attribution).toBe(quote);
    }
    // the outlet's own gloss on the quote stays the author's
    expect(claimAt('underscoring his serious commitment').claimant).toEqual({ kind: 'author' });
  });

  it('narrows reported speech to its content', () => {
    const c = claimAt('Putin would not attend');
    expect(c.text).toBe('Putin would not attend');
    expect(c.claimant).toEqual({ kind: 'entity', entity: entity('Kremlin') });
    expect(c.modality.negated).toBe(true);
  });

  it('keeps a partial quote inside its paraphrase', () => {
    const c = claimAt('emphasized Ukraine’s readiness');
    expect(c.text.startsWith('Zelensky’s chief of staff, Andriy Yermak, emphasized')).toBe(true);
    expect(c.claimant).toEqual({ kind: 'entity', entity: entity('Andriy Yermak') });
  });

  it('gives a vague source its own text as claimant', () => {
    const c = claimAt('offers the best chance');
    expect(c.claimant).toEqual({ kind: 'vague', text: 'Conservatives' });
    expect(c.attribution).toBe(analysis.attributions[3]!.id);
    expect(c.kind).toBe('opinion');
  });

  it('marks the conditional offer as hedged and conditional', () => {
    const c = claimAt('might attend personally if Putin participated');
    expect(c.modality).toEqual({ hedged: true, negated: false, conditional: true });
    expect(c.text.startsWith('prompting Trump')).toBe(true);
  });

  it('keeps claims tight and in text order', () => {
    for (const c of analysis.claims) {
      expect(c.text).toBe(c.text.trim());
      expect(c.text.endsWith('.')).toBe(false);
    }
    const starts = analysis.claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('claims on generic text', () => {
  it.each([
    { text: 'Will the talks go ahead?', claims: [{ text: 'Will the talks go ahead?', kind: 'question' }] },
    { text: 'The central bank is expected to raise rates next month.', claims: [{ text: 'The central bank is expected to raise rates next month', kind: 'prediction' }] },
    { text: 'The government must act now.', claims: [{ text: 'The government must act now', kind: 'opinion' }] },
    { text: 'Ministers say that will not happen.', claims: [{ text: 'Ministers say that will not happen', kind: 'prediction' }] },
    { text: 'The court upheld the will of the voters.', claims: [{ text: 'The court upheld the will of the voters', kind: 'factual' }] },
    { text: 'Students will not have to pay fees.', claims: [{ text: 'Students will not have to pay fees', kind: 'prediction' }] },
    { text: 'The factory closed in 2010.', claims: [{ text: 'The factory closed in 2010', kind: 'factual' }] },
    {
      text: 'Prices rose sharply, and wages fell.',
      claims: [
        { text: 'Prices rose sharply', kind: 'factual' },
        { text: 'wages fell', kind: 'factual' },
      ],
    },
    {
      text: 'The company cut 200 jobs; its rivals hired new staff.',
      claims: [
        { text: 'The company cut 200 jobs', kind: 'factual' },
        { text: 'its rivals hired new staff', kind: 'factual' },
      ],
    },
    {
      text: 'The minister resigned on Monday, but her deputy will stay.',
      claims: [
        { text: 'The minister resigned on Monday', kind: 'factual' },
        { text: 'her deputy will stay', kind: 'prediction' },
      ],
    },
    { text: 'She smiled, and waved to the crowd.', claims: [{ text: 'She smiled, and waved to the crowd', kind: 'factual' }] },
    { text: 'He met the mayor, the governor, and the president.', claims: [{ text: 'He met the mayor, the governor, and the president', kind: 'factual' }] },
    { text: 'The envoy arrived on Tuesday, while in Qatar.', claims: [{ text: 'The envoy arrived on Tuesday, while in Qatar', kind: 'factual' }] },
    { text: 'Photo: Reuters', claims: [] },
    { text: 'Reporting by Jane Doe and John Roe', claims: [] },
    { text: '', claims: [] },
    { text: '   \n\n  ', claims: [] },
  ])('$text (rules alone)', async ({ text, claims: expected }) => {
    const analysis = await analyzeWithRules(text);
    expect(findSpanProblems(analysis)).toEqual([]);
    expect(analysis.claims.map((c) => ({ text: c.text, kind: c.kind }))).toEqual(expected);
    for (const c of analysis.claims) expect(c).toMatchObject(spanOf(text, c.text));
  });

  it.each([
    // the rules' strong cues stand
    { text: 'Will the talks go ahead?', kind: 'question' },
    { text: 'The government must act now.', kind: 'opinion' },
    { text: 'The bill was widely seen as a betrayal.', kind: 'opinion' },
    { text: 'The central bank is expected to raise rates next month.', kind: 'prediction' },
    // the model decides between opinion and fact
    { text: 'This is a disgraceful and shameful decision by a reckless government.', kind: 'opinion' },
    { text: 'Frankly, the whole scheme is a ridiculous waste of everyone’s time.', kind: 'opinion' },
    { text: 'The company reported revenue of $3.2 billion for the quarter ending in March.', kind: 'factual' },
    { text: 'The factory closed in 2010 after 40 years of production.', kind: 'factual' },
  ])('$text → $kind (learned model)', async ({ text, kind }) => {
    const analysis = await analyzeWith(text);
    expect(analysis.claims.map((c) => c.kind)).toEqual([kind]);
  });

  it.each([
    { text: 'The talks may reportedly resume.', modality: { hedged: true, negated: false, conditional: false } },
    { text: 'The minister did not resign.', modality: { hedged: false, negated: true, conditional: false } },
    { text: 'The minister hasn’t resigned.', modality: { hedged: false, negated: true, conditional: false } },
    { text: 'The White House has yet to respond.', modality: { hedged: false, negated: true, conditional: false } },
    { text: 'Unions will strike if the deal collapses.', modality: { hedged: false, negated: false, conditional: true } },
    { text: 'Aid keeps flowing unless the border closes.', modality: { hedged: false, negated: false, conditional: true } },
    { text: 'Officials asked if the border was open.', modality: { hedged: false, negated: false, conditional: false } },
    { text: 'In May the council approved the budget.', modality: { hedged: false, negated: false, conditional: false } },
    { text: 'It was not only cheap but fast.', modality: { hedged: false, negated: false, conditional: false } },
  ])('$text', async ({ text, modality }) => {
    const analysis = await analyzeWith(text);
    expect(analysis.claims).toHaveLength(1);
    expect(analysis.claims[0]!.modality).toEqual(modality);
  });

  it.each([
    { text: 'Critics say the plan is flawed.', claimant: { kind: 'vague', text: 'Critics' } },
    { text: 'Many analysts believe the deal will fail.', claimant: { kind: 'vague', text: 'Many analysts' } },
    { text: 'The analysts met on Friday.', claimant: { kind: 'author' } },
    { text: 'The minister resigned on Friday.', claimant: { kind: 'author' } },
  ])('claimant of "$text"', async ({ text, claimant }) => {
    const analysis = await analyzeWith(text);
    expect(analysis.claims[0]!.claimant).toEqual(claimant);
  });

  // a claim is a proposition: content that is no clause leaves the whole clause as the claim
  it.each([
    { text: 'Just days ago, Jane Smith called for direct talks with the rebels.', cue: 'called for', content: 'direct talks with the rebels', claim: 'Just days ago, Jane Smith called for direct talks with the rebels', by: 'author' },
    { text: 'Jane Smith urged the council to release the funds.', cue: 'urged', content: 'the council to release the funds', claim: 'Jane Smith urged the council to release the funds', by: 'author' },
    { text: 'Jane Smith reaffirmed her commitment to the reform.', cue: 'reaffirmed', content: 'her commitment to the reform', claim: 'Jane Smith reaffirmed her commitment to the reform', by: 'author' },
    { text: 'Jane Smith promised to rebuild the bridge.', cue: 'promised', content: 'to rebuild the bridge', claim: 'Jane Smith promised to rebuild the bridge', by: 'author' },
    { text: 'Critics urged the council to resign.', cue: 'urged', content: 'the council to resign', claim: 'Critics urged the council to resign', by: 'vague' },
    { text: 'Jane Smith said the bridge will reopen in May.', cue: 'said', content: 'the bridge will reopen in May', claim: 'the bridge will reopen in May', by: 'entity' },
    { text: 'Jane Smith said that the bridge reopened in May.', cue: 'said', content: 'that the bridge reopened in May', claim: 'that the bridge reopened in May', by: 'entity' },
  ])('“$cue” + “$content” → claim “$claim” by $by', async ({ text, cue, content, claim, by }) => {
    const source = text.startsWith('Critics') ? { text: 'Critics', kind: 'vague' as const } : { text: 'Jane Smith', entity: 'Jane Smith' };
    const analysis = await analyzeWith(text, {
      entities: [{ name: 'Jane Smith', type: 'PERSON', surfaces: ['Jane Smith'] }],
      attributions: [{ source, cue: { text: cue }, content: { text: content } }],
    });
    expect(findSpanProblems(analysis)).toEqual([]);
    expect(analysis.claims.map((c) => c.text)).toEqual([claim]);
    const c = analysis.claims[0]!;
    expect(c.claimant.kind).toBe(by);
    expect(c.attribution).toBe(analysis.attributions[0]!.id);
    if (by === 'author') expect(c.kind).toBe('factual');
  });

  // reports of what named actors did, and hedged conditionals, are no opinion
  it.each([
    { text: 'The Kremlin announced that Anna Berg would not attend, delegating the talks instead to presidential aide Ivan Petrov.', kinds: ['prediction', 'factual'] },
    { text: 'Anna Berg had actively promoted the summit, urging Ivan Petrov to accept the offer.', kinds: ['factual', 'factual'] },
    { text: 'Anna Berg himself has reaffirmed his commitment to the negotiations.', kinds: ['factual'] },
    { text: 'The Kremlin has drawn criticism from Ivan Petrov.', kinds: ['factual'] },
    { text: 'Anna Berg said she might attend personally if Ivan Petrov participated.', kinds: ['prediction'] },
    { text: 'Ivan Petrov dispatched Anna Berg to Istanbul on Tuesday.', kinds: ['factual'] },
  ])('$text → $kinds', async ({ text, kinds }) => {
    const said = text.includes(' said ');
    const analysis = await analyzeWith(text, {
      entities: [
        { name: 'Anna Berg', type: 'PERSON', surfaces: ['Anna Berg'] },
        { name: 'Ivan Petrov', type: 'PERSON', surfaces: ['Ivan Petrov'] },
        { name: 'Kremlin', type: 'ORG', surfaces: ['Kremlin'] },
        { name: 'Istanbul', type: 'LOC', surfaces: ['Istanbul'] },
      ],
      attributions: said
        ? [{ source: { text: 'Anna Berg', entity: 'Anna Berg' }, cue: { text: 'said' }, content: { text: 'she might attend personally if Ivan Petrov participated' } }]
        : text.startsWith('The Kremlin announced')
          ? [{ source: { text: 'The Kremlin', entity: 'Kremlin' }, cue: { text: 'announced' }, content: { text: 'that Anna Berg would not attend' } }]
          : [],
    });
    expect(analysis.claims.map((c) => c.kind)).toEqual(kinds);
  });

  it('attributes a claim inside a quote to its named source', async () => {
    const text = 'The mayor spoke on Monday. “We will rebuild the bridge,” Jane Smith said.';
    const analysis = await analyzeWith(text, {
      entities: [{ name: 'Jane Smith', type: 'PERSON', surfaces: ['Jane Smith'] }],
      attributions: [{ source: { text: 'Jane Smith', entity: 'Jane Smith' }, cue: { text: 'said' }, content: { text: 'We will rebuild the bridge,' }, quoted: 'direct' }],
    });
    expect(findSpanProblems(analysis)).toEqual([]);
    const c = analysis.claims.at(-1)!;
    expect(c).toMatchObject({ ...spanOf(text, 'We will rebuild the bridge'), kind: 'prediction', attribution: analysis.attributions[0]!.id });
    expect(c.claimant).toEqual({ kind: 'entity', entity: analysis.entities[0]!.id });
    expect(analysis.signals.summary.attributedClaimShare).toBe(0.5);
  });

  it('scores a claim with numbers above the same claim hedged', async () => {
    const plain = (await analyzeWith('Unemployment fell to 4.2% in March.')).claims[0]!;
    const hedged = (await analyzeWith('Unemployment might fall to some degree.')).claims[0]!;
    expect(plain.evidence).toContain('contains a number');
    expect(hedged.evidence).toContain('hedged');
    expect(plain.checkworthiness).toBeGreaterThan(hedged.checkworthiness);
  });
});

describe('tightenSpan', () => {
  it.each([
    { text: '  Prices rose. ', tight: 'Prices rose' },
    { text: '“that’s a possibility,” Trump', tight: '“that’s a possibility,” Trump' },
    { text: 'that’s a possibility,”', tight: 'that’s a possibility' },
    { text: '“I know he would like me to be there', tight: 'I know he would like me to be there' },
    { text: 'Is it?', tight: 'Is it?' },
    { text: '"We are going to extend the pay."', tight: 'We are going to extend the pay' },
    { text: '“We will win,” he said', tight: '“We will win,” he said' },
    { text: '— currently in Qatar —', tight: 'currently in Qatar' },
    { text: '...', tight: '' },
  ])('$text', ({ text, tight }) => {
    const [s, e] = tightenSpan(text, 0, text.length);
    expect(text.slice(s, e)).toBe(tight);
  });
});

describe('the seed with the default pipeline', async () => {
  const { analyze } = await import('../../pipeline/analyze.js');
  const analysis = await analyze({ text: seed, publishedAt: '2025-05-15' });
  const trump = analysis.entities.find((e) => e.name === 'Donald Trump')?.id;
  const claimAt = (needle: string) => {
    const at = spanOf(seed, needle);
    return analysis.claims.find((c) => c.start <= at.start && at.end <= c.end);
  };

  it('meets the seed expectations', () => {
    expect(findSpanProblems(analysis)).toEqual([]);
    expect(claimAt('Putin and Zelensky last met in person in December 2019')).toMatchObject({ kind: 'factual', claimant: { kind: 'author' }, text: 'Putin and Zelensky last met in person in December 2019' });
    expect(claimAt('Putin and Zelensky last met in person in December 2019')!.checkworthiness).toBeGreaterThanOrEqual(0.7);
    expect(claimAt('Only through continued strong leadership')).toMatchObject({ kind: 'opinion', claimant: { kind: 'author' } });
    expect(claimAt('Only through continued strong leadership')!.checkworthiness).toBeLessThan(0.4);
    expect(claimAt('Conservatives widely back')!.claimant).toEqual({ kind: 'vague', text: 'Conservatives' });
    expect(claimAt('I know he would like me to be there')!.claimant).toEqual({ kind: 'entity', entity: trump });
    expect(claimAt('Trump’s next moves will determine')!.kind).toBe('opinion');
    expect(claimAt('Trump had actively promoted the summit')!.kind).toBe('factual');
    expect(claimAt('Trump initially dispatched Secretary of State Marco Rubio')!.checkworthiness).toBeGreaterThanOrEqual(0.5);
    expect(claimAt('might attend personally if Putin participated')!.modality).toMatchObject({ hedged: true, conditional: true });
    // a call for talks is no proposition of Putin's: the claim is the author's report of it
    expect(claimAt('called for direct talks')).toMatchObject({ text: 'Just days ago, Putin himself called for direct talks with Zelensky', kind: 'factual', claimant: { kind: 'author' } });
    expect(claimAt('might attend personally if Putin participated')!.kind).toBe('prediction');
    for (const needle of ['delegating responsibility instead to presidential aide', 'Trump himself has reaffirmed his commitment']) expect(claimAt(needle)!.kind, needle).toBe('factual');
    for (const needle of ['offers the best chance', 'represents a significant setback', 'role is essential']) expect(claimAt(needle)!.kind, needle).toBe('opinion');
    // reported content is checked with its frame: the announcement is what can be checked
    expect(claimAt('Putin would not attend')).toMatchObject({ text: 'Putin would not attend', claimant: { kind: 'entity' } });
    expect(claimAt('Putin would not attend')!.checkworthiness).toBeGreaterThanOrEqual(0.5);
    const texts = (spans: { text: string }[]) => spans.map((s) => s.text);
    expect(texts(analysis.signals.vagueSources)).toEqual(expect.arrayContaining(['observers', 'Conservative voices']));
    expect(texts(analysis.signals.loaded)).toEqual(expect.arrayContaining(['Shock', 'brutal']));
  });
});
