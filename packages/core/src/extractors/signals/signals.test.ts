import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis, Attribution, Entity, Mention, SourceKind } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import type { TokenTable } from '../../types/layers.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { findSpanProblems, spanOf } from '../../testing/index.js';
import { claims } from '../claims/claims.js';
import { segmentation } from '../segmentation/segmentation.js';
import { LOADED, compileLoaded } from './loaded.js';
import { findLoadedSpans, keepsLexiconWord, loadLoadedModel, loadedTokenFeatures, tokenLogit } from './loadedModel.js';
import { toWords } from '../claims/words.js';
import { signals, type SignalsOptions } from './signals.js';
import { wordBits, wordBitsOf } from '../../text/wordBits.js';

const seed = readFileSync(new URL('../../../../../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');

/** A needle and which occurrence of it (0-based). */
type Needle = string | [string, number];
const find = (text: string, n: Needle) => (typeof n === 'string' ? spanOf(text, n) : spanOf(text, n[0], n[1]));

interface Spec {
  /** PERSON names, each one entity, every occurrence a mention. */
  people?: string[];
  attributions?: { source: Needle | null; entity?: string; kind?: SourceKind; cue: Needle; content: Needle }[];
}

/** A test-only extractor with hand-made mentions, entities and attributions. */
function fakeLayers(spec: Spec) {
  return defineExtractor({
    name: 'fake-layers',
    needs: ['segments'],
    provides: ['mentions', 'times', 'entities', 'attributions'],
    run(ctx) {
      const mentions: Mention[] = [];
      const entities: Entity[] = [];
      const ids = new Map<string, EntityId>();
      for (const name of spec.people ?? []) {
        const id = ctx.mint('entity');
        ids.set(name, id);
        const entity: Entity = { id, type: 'PERSON', name, aliases: [], titles: [], mentions: [], salience: 0.5 };
        for (let at = ctx.text.indexOf(name); at >= 0; at = ctx.text.indexOf(name, at + 1)) {
          const m: Mention = { id: ctx.mint('mention'), ...ctx.span(at, at + name.length), type: 'PERSON', form: 'name', entity: id };
          mentions.push(m);
          entity.mentions.push(m.id);
        }
        entities.push(entity);
      }
      const attributions: Attribution[] = (spec.attributions ?? []).map((a) => ({
        id: ctx.mint('attribution'),
        quoted: 'none',
        source: a.source === null ? null : { ...find(ctx.text, a.source), entity: a.entity ? ids.get(a.entity)! : null, kind: a.kind ?? (a.entity ? 'named' : 'vague') },
        cue: find(ctx.text, a.cue),
        content: find(ctx.text, a.content),
        confidence: 0.9,
        rule: 'fixture',
      }));
      ctx.set('mentions', mentions);
      ctx.set('times', []);
      ctx.set('entities', entities);
      ctx.set('attributions', attributions);
    },
  });
}

function analyzeWith(text: string, spec: Spec = {}, options: SignalsOptions = {}): Promise<Analysis> {
  return createPipeline([segmentation(), fakeLayers(spec), claims(), signals(options)]).analyze(text);
}

describe('signals on the seed article', async () => {
  const analysis = await analyzeWith(seed, { people: ['Putin', 'Trump', 'Zelensky', 'Marco Rubio', 'Vladimir Medinsky', 'Andriy Yermak'] });
  const texts = (spans: { text: string }[]) => spans.map((s) => s.text);

  it('keeps every span consistent', () => {
    expect(findSpanProblems(analysis)).toEqual([]);
  });

  it('flags the loaded words of the headline and body', () => {
    expect(analysis.signals.loaded).toEqual(
      expect.arrayContaining([
        { ...spanOf(seed, 'Shock'), reason: 'emotive' },
        { ...spanOf(seed, 'brutal'), reason: 'emotive' },
        { ...spanOf(seed, 'relentless'), reason: 'emotive' },
        { ...spanOf(seed, 'devastating'), reason: 'emotive' },
      ]),
    );
  });

  it('flags the vague sources', () => {
    expect(analysis.signals.vagueSources).toEqual(
      expect.arrayContaining([spanOf(seed, 'observers'), spanOf(seed, 'Conservative voices'), spanOf(seed, 'Trump’s supporters'), spanOf(seed, 'Conservatives'), spanOf(seed, 'Ukrainian officials')]),
    );
    // a named aide is not vague
    expect(texts(analysis.signals.vagueSources).some((t) => t.includes('aide'))).toBe(false);
  });

  it('flags the hedges', () => {
    expect(texts(analysis.signals.hedges)).toEqual(expect.arrayContaining(['might', 'cautiously', 'suggest']));
    expect(analysis.signals.hedges).toContainEqual(spanOf(seed, 'might'));
  });
});

describe('vague sources', () => {
  it.each([
    { text: 'Critics say the plan is flawed.', vague: ['Critics'] },
    { text: 'Sources familiar with the matter said the deal was close.', vague: ['Sources familiar with the matter'] },
    { text: 'People close to the president said he was angry.', vague: ['People close to the president'] },
    { text: 'It is widely believed that the vote was rigged.', vague: ['It is widely believed'] },
    { text: 'Some say the tax is unfair.', vague: ['Some'] },
    { text: 'A senior official said talks would resume.', vague: ['senior official'] },
    { text: 'Western diplomats expect a deal.', vague: ['Western diplomats'] },
    { text: 'The move drew widespread criticism.', vague: ['widespread criticism'] },
    { text: 'The bill was seen as a compromise.', vague: ['was seen as'] },
    { text: 'The bill was seen by the committee.', vague: [] },
    { text: 'Renewable energy sources grew.', vague: [] },
    { text: 'People died in the flood.', vague: [] },
    { text: 'Analyst Jane Roe said prices would rise.', vague: [], people: ['Jane Roe'] },
    { text: 'Some of the roads were closed.', vague: [] },
    { text: 'The Conservatives would announce their plans.', vague: [] },
    { text: 'Some scholars contend that the text is late.', vague: ['Some scholars'] },
    { text: 'Many political analysts believe the deal will fail.', vague: ['Many political analysts'] },
    { text: 'Many in the administration felt the plan was rushed.', vague: ['Many in the administration'] },
    { text: 'Some have argued that the vote was rigged.', vague: ['Some'] },
    { text: 'According to some, the vote was rigged.', vague: ['some'] },
    { text: 'It has been suggested that the fire was arson.', vague: ['It has been suggested'] },
    { text: 'The tower is widely regarded as a masterpiece.', vague: ['is widely regarded as'] },
    { text: 'The style is often called pseudo-3D.', vague: ['is often called'] },
    { text: 'The custom is considered rare.', vague: ['is considered'] },
    { text: 'The band is credited with reviving the genre.', vague: ['is credited with'] },
    { text: 'The meeting was called off.', vague: [] },
    { text: 'The tower was regarded as a masterpiece by the jury.', vague: [] },
    { text: 'Many roads were closed.', vague: [] },
    { text: 'Some note that the count is low.', vague: ['Some'] },
    { text: 'Most people find the rule unfair.', vague: ['Most people'] },
    { text: 'Some have therefore criticised the deal.', vague: ['Some'] },
    { text: 'The effectiveness of the scheme has been questioned.', vague: [] },
    { text: 'The effectiveness of the scheme has also been questioned.', vague: ['been questioned'] },
    { text: 'The ruling has been widely criticised.', vague: ['been widely criticised'] },
    { text: 'The ruling has been criticised by the bar association.', vague: [] },
    { text: 'He has been condemned to death.', vague: [] },
    { text: 'Morris is credited by many with the victory.', vague: ['is credited by many'] },
    { text: 'The plan sparked considerable controversy.', vague: ['considerable controversy'] },
  ])('$text', async ({ text, vague, people }) => {
    const analysis = await analyzeWith(text, { people: people ?? [] });
    expect(findSpanProblems(analysis)).toEqual([]);
    expect(analysis.signals.vagueSources).toEqual(vague.map((v) => spanOf(text, v)));
  });
});

describe('hedges', () => {
  it.each([
    { text: 'The talks might resume, officials reportedly said.', hedges: ['might', 'reportedly'] },
    { text: 'In May the talks may resume.', hedges: ['may'] },
    { text: 'Theresa May spoke.', hedges: [] },
    { text: 'Russia’s military might is large.', hedges: [] },
    { text: 'It appears likely that prices will rise.', hedges: ['appears', 'likely'] },
    { text: 'The minister is thought to favour a delay.', hedges: ['is thought to'] },
    { text: 'Prices rose.', hedges: [] },
  ])('$text', async ({ text, hedges }) => {
    const analysis = await analyzeWith(text);
    expect(analysis.signals.hedges).toEqual(hedges.map((h) => spanOf(text, h)));
  });
});

describe('loaded language', () => {
  it.each([
    { text: 'The senator slammed the plan.', loaded: [['slammed', 'emotive']] },
    { text: 'Protesters were brutally dispersed.', loaded: [['brutally', 'emotive']] },
    { text: 'He called them thugs.', loaded: [['thugs', 'name-calling']] },
    { text: 'It was a so-called reform.', loaded: [['so-called', 'name-calling']] },
    { text: 'Critics decried a witch hunt.', loaded: [['witch hunt', 'name-calling']] },
    { text: 'A historic vote was strongly backed.', loaded: [['historic', 'exaggeration'], ['strongly', 'intensifier']] },
    { text: 'The worst ever result.', loaded: [['ever', 'exaggeration']] },
    { text: 'Did you ever go?', loaded: [] },
    { text: 'The committee met on Tuesday.', loaded: [] },
  ])('$text (lexicon alone)', async ({ text, loaded }) => {
    const analysis = await analyzeWith(text, {}, { loadedModel: null });
    expect(analysis.signals.loaded).toEqual(loaded.map(([w, reason]) => ({ ...spanOf(text, w!), reason })));
  });
  it.each([
    { text: 'The corrupt, lying regime of thugs crushed the protest.', loaded: ['thugs'] },
    { text: 'Democrats launched a vicious smear campaign against the radical leftist mob.', loaded: ['vicious', 'mob'] },
    { text: 'The committee met on Tuesday to review the budget.', loaded: [] },
    // words BABE marks as biased and the PTC articles almost never do
    { text: 'The company claimed the deal was worth $5 million.', loaded: [] },
    { text: 'The war in Ukraine entered its third year on Monday.', loaded: [] },
  ])('$text (learned model)', async ({ text, loaded }) => {
    const analysis = await analyzeWith(text);
    expect(findSpanProblems(analysis)).toEqual([]);
    const found = analysis.signals.loaded.map((l) => l.text);
    for (const w of loaded) expect(found.some((f) => f.includes(w))).toBe(true);
    if (loaded.length === 0) expect(found).toEqual([]);
  });

  it.each([
    'Shock as Putin abruptly ends the brutal, relentless TALKS.',
    "The radical leftist mob's so-called reform is a witch hunt — utterly devastating!",
    'Ok.',
  ])('scores by word parts as by feature strings: %s', async (text) => {
    const model = await loadLoadedModel();
    let tokens: TokenTable | undefined;
    const grab = defineExtractor({ name: 'grab', needs: ['tokens'], provides: [], run: (ctx) => void (tokens = ctx.get('tokens')) });
    await createPipeline([segmentation(), grab]).analyze(text);
    // every token scored both ways, the whole text taken as one sentence
    const { lower, raw } = toWords(text, tokens!);
    expect(lower.length).toBeGreaterThan(1);
    for (const m of [model.loaded, model.nameCalling])
      for (let i = 0; i < lower.length; i++) expect(tokenLogit(m, lower, raw, i, 0, lower.length)).toBeCloseTo(m.logit(loadedTokenFeatures(lower, raw, i, 0, lower.length)), 9);
  });

  it.each([
    { reason: 'emotive', p: 0.25, kept: true },
    { reason: 'emotive', p: 0.15, kept: false },
    { reason: 'name-calling', p: 0.15, kept: false },
    { reason: 'exaggeration', p: 0.35, kept: true },
    { reason: 'exaggeration', p: 0.05, kept: false },
    { reason: 'intensifier', p: 0.05, kept: false },
    { reason: 'intensifier', p: 0.2, kept: true },
  ] as const)('keeps an uncovered lexicon word ($reason, p $p) only above its floor', ({ reason, p, kept }) => {
    expect(keepsLexiconWord(reason, p, 0.2, 0.2)).toBe(kept);
  });

  it.each(['Democrats launched a vicious smear campaign against the radical leftist mob.', 'Shock as Putin abruptly ends the brutal, relentless talks.'])(
    'extends spans to the neighbours above the extension floor: %s',
    async (text) => {
      const model = await loadLoadedModel();
      let tokens: TokenTable | undefined;
      const grab = defineExtractor({ name: 'grab', needs: ['tokens'], provides: [], run: (ctx) => void (tokens = ctx.get('tokens')) });
      await createPipeline([segmentation(), grab]).analyze(text);
      const { lower, raw } = toWords(text, tokens!);
      const spans = (extendFloor: number) => findLoadedSpans({ ...model, extendFloor }, lower, raw, 0, lower.length).map((m) => [m.start, m.end] as const);
      const none = spans(1.01);
      const all = spans(0);
      expect(none.length).toBeGreaterThan(0);
      // every span without extension lies inside one with it, and some grew
      for (const [a, b] of none) expect(all.some(([c, d]) => c <= a && b <= d)).toBe(true);
      expect(all.reduce((n, [a, b]) => n + b - a, 0)).toBeGreaterThan(none.reduce((n, [a, b]) => n + b - a, 0));
    },
  );

  it('inflects lemmas by their word class', () => {
    expect(['slams', 'slammed', 'slamming', 'shocked', 'shocking', 'devastating', 'catastrophically', 'brutality', 'disasters'].map((w) => LOADED.words.has(w))).toEqual(Array(9).fill(true));
    expect(compileLoaded([{ cls: 'verb', reason: 'emotive', words: 'rip' }]).words.has('ripped')).toBe(true);
  });
});

describe('summary', () => {
  it('counts named sources, voices and attributed claims', async () => {
    const text = 'Ann Lee said taxes will rise. Ann Lee said rents fell. Critics said the plan failed. The bridge opened in May.';
    const analysis = await analyzeWith(text, {
      people: ['Ann Lee'],
      attributions: [
        { source: 'Ann Lee', entity: 'Ann Lee', cue: 'said', content: 'taxes will rise' },
        { source: ['Ann Lee', 1], entity: 'Ann Lee', cue: ['said', 1], content: 'rents fell' },
        { source: 'Critics', cue: ['said', 2], content: 'the plan failed' },
        { source: null, cue: 'opened', content: 'The bridge opened in May' },
      ],
    });
    expect(findSpanProblems(analysis)).toEqual([]);
    const { summary } = analysis.signals;
    expect(summary.namedSourceShare).toBeCloseTo(2 / 3, 3);
    expect(summary.voices).toEqual([{ entity: analysis.entities[0]!.id, attributions: 2 }]);
    expect(summary.attributedClaimShare).toBe(0.75);
  });

  it('is all zero on an empty text', async () => {
    const analysis = await analyzeWith('');
    expect(analysis.signals).toEqual({ loaded: [], vagueSources: [], hedges: [], summary: { attributedClaimShare: 0, namedSourceShare: 0, voices: [] } });
  });
});

describe('word bits', () => {
  it('gives every word of the list its bits and every other word none', () => {
    const list = new Map([...LOADED.words.keys()].map((w, i) => [w, (i % 250) + 1] as const));
    list.set('', 7);
    list.set('a', 3);
    list.set('’s', 9);
    const table = wordBits(list);
    const others = ['the', 'talks', 'Shock', 'shock!', 'slam-dunk', '2025', 'é', 'über', 'x'.repeat(40)];
    const words = [...list.keys(), ...others];
    const out = new Int32Array(words.length);
    wordBitsOf(table, words, out);
    expect([...out]).toEqual([...list.values(), ...others.map(() => 0)]);
  });
});
