import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { isPresslensError } from '../../errors.js';
import { defaultExtractors } from '../index.js';
import { attributions, type AttributionScheme } from './attributions.js';
import { readsAsClause } from './quoteScheme.js';
import type { Analysis } from '../../types/analysis.js';

const pipelines = new Map<AttributionScheme, ReturnType<typeof createPipeline>>();
async function analysis(text: string, scheme: AttributionScheme): Promise<Analysis> {
  let p = pipelines.get(scheme);
  if (!p) pipelines.set(scheme, (p = createPipeline(defaultExtractors({ attributions: { scheme } }))));
  return p.analyze(text);
}
const contents = async (text: string, scheme: AttributionScheme): Promise<string[]> => (await analysis(text, scheme)).attributions.map((a) => a.content.text);

/** Each row: an attribution the default (`parc`) scheme reports, and whether the `quotes` scheme keeps it. */
const ROWS: { name: string; text: string; content: string; kept: boolean }[] = [
  { name: 'reported speech after "said"', text: 'Mr Hallam said the figures would be released next month.', content: 'the figures would be released next month', kept: true },
  { name: 'a direct quote', text: '"We will not give way," the minister said on Tuesday.', content: 'We will not give way,', kept: true },
  { name: 'a partial quote after a verb of saying', text: 'Ms Calder warned that the shortfall was "indefensible" in a wealthy county.', content: 'the shortfall was "indefensible" in a wealthy county', kept: true },
  { name: '"according to"', text: 'Rents rose 0.7% in March, according to Westbury Lettings.', content: 'Rents rose 0.7% in March', kept: true },
  { name: '"denied" with a clause', text: 'Mr Pryce denied he had struck a bargain with the treasurer.', content: 'he had struck a bargain with the treasurer', kept: true },
  { name: 'a belief', text: 'Mr Fenwick believes that tenants should be entitled to a hearing before a tribunal.', content: 'tenants should be entitled to a hearing before a tribunal', kept: false },
  { name: 'a wish with a to-infinitive', text: 'The Tories want limits for seasonal workers and students.', content: 'limits for seasonal workers and students', kept: false },
  { name: 'a stance with an object and "of"', text: 'Mr Ashby accused the minister of using selective figures to mask delays.', content: 'the minister of using selective figures to mask delays', kept: false },
  { name: 'a verdict with a noun object', text: 'Mr Hallam dismissed the latest Labour criticism of his budget.', content: 'the latest Labour criticism of his budget', kept: false },
  { name: 'a finding', text: 'The study showed that many drivers have no record of their tyre pressures.', content: 'many drivers have no record of their tyre pressures', kept: false },
  { name: '"denied" with a noun object', text: 'The two cyclists have consistently denied the claims against them.', content: 'the claims against them', kept: false },
  { name: '"announced" with a noun object', text: 'The firm has announced a plan to acquire a third of Norland Gas Holdings.', content: 'a plan to acquire a third of Norland Gas Holdings', kept: false },
  // (eighteenth session, HEADLINE_NOT_QUOTE: nothing in the headline, even words that say something; quote trackers read the body)
  { name: 'a headline "Name: words" that says something', text: "Calder: Budget Won't Be Cut Again\n\nRuth Calder spoke on Sunday.", content: "Budget Won't Be Cut Again", kept: false },
  { name: 'a headline in sentence case with a verb of saying', text: 'Judge says council was too strict with the teacher\nA judge said on Friday the council had been too strict when it suspended a teacher.\nThe teacher had compared two coins in a lesson.', content: 'council was too strict with the teacher', kept: false },
  { name: 'a headline "Name: label"', text: 'Edith Marlowe: Queen of the thrillers\n\nNovelist Edith Marlowe, who died on Friday aged 91, was known for her seaside mysteries.', content: 'Queen of the thrillers', kept: false },
  { name: 'a warning with a particle and a noun', text: "Westbury Bank chief economist Alan Pryce has recently warned against reading too much into one quarter's trade figures.", content: "reading too much into one quarter's trade figures", kept: false },
  { name: 'a content that is a prepositional phrase', text: 'Retail groups welcomed the decision and cautioned against further cuts.', content: 'against further cuts', kept: false },
  { name: 'a to-infinitive after a verb of saying', text: 'Mr Ashby refused to apologise for his comments on Thursday.', content: 'to apologise for his comments on Thursday', kept: false },
  // (nineteenth session, SAY_IN_CUE: a form of "say" in the cue phrase, and "quoted X as saying")
  { name: '"went on to say that"', text: 'Later Mr Lebrov went on to say that his rivals had paid for the posters.', content: 'his rivals had paid for the posters', kept: true },
  // (nineteenth session: a promise's to-infinitive, PROMISE_TO; "forecast" and "speculate" report speech)
  { name: 'a promise with a to-infinitive', text: 'Mr Bertani has promised to lower bus fares for pensioners.', content: 'to lower bus fares for pensioners', kept: true },
  { name: '"forecast that"', text: 'Analysts forecast that winter sales at the chain will slow by a fifth.', content: 'winter sales at the chain will slow by a fifth', kept: true },
  // (nineteenth session: inflected phrases of saying, PHRASE_LEMMAS; a "that" before the content of a verb that also takes a noun, THAT_BEFORE_CONTENT)
  { name: '"made clear"', text: 'Mr Tarrow also made clear he intended to stand at the next election.', content: 'he intended to stand at the next election', kept: true },
  { name: '"points out"', text: 'Coach Dale Rimmer also points out conditions in Oslo will suit a fast runner.', content: 'conditions in Oslo will suit a fast runner', kept: true },
  { name: '"claimed that" before a content with no verb form the scheme knows', text: 'Ms Vance claimed that the sprinter often used drugs.', content: 'the sprinter often used drugs', kept: true },
  { name: '"quoted X as saying"', text: 'The official news agency quoted Lu Pingyao as saying "minor differences" did not have to be settled first.', content: '"minor differences" did not have to be settled first', kept: true },
];

describe('the quotes scheme', () => {
  it.each(ROWS)('$name', async ({ text, content, kept }) => {
    expect(await contents(text, 'parc')).toContain(content);
    if (kept) expect(await contents(text, 'quotes')).toContain(content);
    else expect(await contents(text, 'quotes')).not.toContain(content);
  });

  it('keeps the speech of the seed-like paragraph and drops the belief beside it', async () => {
    const text = 'Trump said he would travel to Turkey if Putin went. He believes a deal is close.';
    expect(await contents(text, 'quotes')).toEqual(['he would travel to Turkey if Putin went']);
  });

  it('resolves speakers before it drops beliefs, so a belief still names the one a later "he" stands for (SPEAKERS_BEFORE_SCHEME)', async () => {
    const text =
      'Hale plans bid for Marsh\n\nWestbury boss Dan Hale is planning a January bid for Norland forward Leo Marsh.\n\n' +
      'He sees Marsh as the natural successor to Tom Rusk, who plans to stop playing next year, although he hopes to talk Rusk into one more season. ' +
      '"Leo is a player our supporters would love and we\'re keeping an eye on him," he told Radio Westbury.';
    const quote = "Leo is a player our supporters would love and we're keeping an eye on him,";
    for (const scheme of ['parc', 'quotes'] as const) {
      const a = await analysis(text, scheme);
      const got = a.attributions.find((x) => x.content.text === quote);
      expect(got?.source?.text).toBe('he');
      expect(a.entities.find((e) => e.id === got?.source?.entity)?.name, scheme).toBe('Dan Hale');
    }
    // the beliefs themselves are the `parc` scheme's only
    expect((await analysis(text, 'quotes')).attributions).toHaveLength(1);
  });

  it('reads a content as a clause by a finite verb form or "that"', () => {
    expect(readsAsClause('that the plan works')).toBe(true);
    expect(readsAsClause('she planned to retire')).toBe(true);
    expect(readsAsClause("he wouldn't stand again")).toBe(true);
    expect(readsAsClause('the claims against them')).toBe(false);
    // (PRONOUN_SUBJECT_CLAUSE: a subject pronoun opens a clause in the present tense too; not "it" as an object before a preposition)
    expect(readsAsClause('it expects earnings to grow this year')).toBe(true);
    expect(readsAsClause('it on Monday morning')).toBe(false);
    // (NOUN_PHRASE_FIRST: an object noun phrase with a subordinate clause in it; a subject with prepositional phrases before its verb)
    expect(readsAsClause('a small gain in sales after the storm passed')).toBe(false);
    expect(readsAsClause('an earlier report that he planned to resign')).toBe(false);
    expect(readsAsClause('the famous speech delivered by the mayor')).toBe(false);
    expect(readsAsClause('a second cut in the price of fares will follow soon')).toBe(true);
    expect(readsAsClause('a plan to acquire 31% of Dutch firm Norland Gas Holdings')).toBe(false);
  });

  it('rejects an unknown scheme with a typed error', () => {
    let caught: unknown;
    try {
      attributions({ scheme: 'gossip' as AttributionScheme });
    } catch (error) {
      caught = error;
    }
    expect(isPresslensError(caught) && caught.code).toBe('INVALID_EXTRACTOR');
    expect((caught as Error).message).toContain('parc, quotes');
  });
});
