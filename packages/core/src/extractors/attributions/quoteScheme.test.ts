import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { isPresslensError } from '../../errors.js';
import { defaultExtractors } from '../index.js';
import { attributions, type AttributionScheme } from './attributions.js';
import { readsAsClause } from './quoteScheme.js';

const pipelines = new Map<AttributionScheme, ReturnType<typeof createPipeline>>();
async function contents(text: string, scheme: AttributionScheme): Promise<string[]> {
  let p = pipelines.get(scheme);
  if (!p) pipelines.set(scheme, (p = createPipeline(defaultExtractors({ attributions: { scheme } }))));
  return (await p.analyze(text)).attributions.map((a) => a.content.text);
}

/** Each row: an attribution the default (`parc`) scheme reports, and whether the `quotes` scheme keeps it. */
const ROWS: { name: string; text: string; content: string; kept: boolean }[] = [
  { name: 'reported speech after "said"', text: 'Mr Clarke said the plans would be published next week.', content: 'the plans would be published next week', kept: true },
  { name: 'a direct quote', text: '"We will not back down," the minister said on Monday.', content: 'We will not back down,', kept: true },
  { name: 'a partial quote after a verb of saying', text: 'Ms Hewitt warned that the gap was "unacceptable" in a modern economy.', content: 'the gap was "unacceptable" in a modern economy', kept: true },
  { name: '"according to"', text: 'House prices fell 0.4% in October, according to Nationwide.', content: 'House prices fell 0.4% in October', kept: true },
  { name: '"denied" with a clause', text: 'Mr Blair denied he had made a deal with the chancellor.', content: 'he had made a deal with the chancellor', kept: true },
  { name: 'a belief', text: 'Mr MacDonald believes that detainees should be entitled to a trial by jury.', content: 'detainees should be entitled to a trial by jury', kept: false },
  { name: 'a wish with a to-infinitive', text: 'The Tories want quotas for economic migrants and refugees.', content: 'quotas for economic migrants and refugees', kept: false },
  { name: 'a stance with an object and "of"', text: 'Mr Letwin accused the chancellor of using fancy statistics to hide failures.', content: 'the chancellor of using fancy statistics to hide failures', kept: false },
  { name: 'a verdict with a noun object', text: 'Mr Clarke dismissed the latest Tory attack on his plans.', content: 'the latest Tory attack on his plans', kept: false },
  { name: 'a finding', text: 'The survey showed that many people have no copy of their address book.', content: 'many people have no copy of their address book', kept: false },
  { name: '"denied" with a noun object', text: 'The three athletes have repeatedly denied the allegations against them.', content: 'the allegations against them', kept: false },
  { name: '"announced" with a noun object', text: 'The firm recently announced a deal to buy a quarter of Hindustan Oil Exploration.', content: 'a deal to buy a quarter of Hindustan Oil Exploration', kept: false },
  { name: 'a headline "Name: words" that says something', text: "Pence: Flowers Won't Be at Debate\n\nMike Pence spoke on Sunday.", content: "Flowers Won't Be at Debate", kept: true },
  { name: 'a headline "Name: label"', text: 'Arthur Hailey: King of the bestsellers\n\nNovelist Arthur Hailey, who has died at the age of 84, was known for his airport novels.', content: 'King of the bestsellers', kept: false },
  { name: 'a warning with a particle and a noun', text: "Bank of England governor Mervyn King has recently warned against placing too much weight on one month's economic data.", content: "placing too much weight on one month's economic data", kept: false },
  { name: 'a content that is a prepositional phrase', text: 'Business groups welcomed the move and cautioned against further rises.', content: 'against further rises', kept: false },
  { name: 'a to-infinitive after a verb of saying', text: 'Mr Livingstone refused to apologise for his remarks on Tuesday.', content: 'to apologise for his remarks on Tuesday', kept: false },
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

  it('reads a content as a clause by a finite verb form or "that"', () => {
    expect(readsAsClause('that the plan works')).toBe(true);
    expect(readsAsClause('she planned to retire')).toBe(true);
    expect(readsAsClause("he wouldn't stand again")).toBe(true);
    expect(readsAsClause('the allegations against them')).toBe(false);
    expect(readsAsClause('a deal to buy 26% of Indian firm Hindustan Oil Exploration')).toBe(false);
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
