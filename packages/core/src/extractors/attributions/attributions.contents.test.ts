import { describe, expect, it } from 'vitest';
import type { HandMention } from '../entities/handMentions.js';
import { run, check, byContent, checkCase, checkSpeaker, type Expected, type SpeakerCase } from '../../testing/vitest/attributionCases.js';

describe('content ends of object contents (round eleven)', () => {
  it.each([
    {
      name: '"attacked Rubio because he voted …": an adjunct clause after the object ends it (OBJECT_ADJUNCT_CLAUSE)',
      text: 'The race went on. Cruz attacked Rubio because he voted for the bill.',
      want: { source: 'Cruz', cue: 'attacked', content: 'Rubio', quoted: 'none' as const },
    },
    {
      name: '"touted X before he left …": the clause\'s subject is a pronoun',
      text: "The race went on. Obama touted the law's accomplishments before he left for his Hawaii vacation.",
      want: { source: 'Obama', cue: 'touted', content: "the law's accomplishments", quoted: 'none' as const },
    },
    {
      name: '"criticized the bill when it came to the Senate": a clause of its own after the object',
      text: 'The race went on. Republicans criticized the bill when it came to the Senate for a vote.',
      want: { source: 'Republicans', cue: 'criticized', content: 'the bill', quoted: 'none' as const },
    },
    {
      name: '"praised Sanders even though …": the leading adverb goes with the clause (OBJECT_ADJUNCT_LEAD)',
      text: 'The race went on. Trump praised Sanders even though the senator had attacked him.',
      want: { source: 'Trump', cue: 'praised', content: 'Sanders', quoted: 'none' as const },
    },
    {
      name: '"laying off X as it expands …": "as" with a subject pronoun opens a clause (OBJECT_AS_CLAUSE, cue model draft)',
      text: 'The race went on. Nabisco is laying off hundreds of workers at its Chicago factory as it expands operations in Mexico.',
      want: { source: 'Nabisco', cue: 'laying off', content: 'hundreds of workers at its Chicago factory', quoted: 'none' as const },
    },
    {
      name: '"accused X of pushing … while she was …": no cut after "of" + -ing (OBJECT_CLAUSE_MARKS)',
      text: 'The race went on. He accused Clinton of pushing to indict him while she was secretary of state.',
      want: { source: 'He', cue: 'accused', content: 'Clinton of pushing to indict him while she was secretary of state', quoted: 'none' as const },
    },
    {
      name: '"criticized the plan because of fears it would …": "because of" opens no clause',
      text: 'The race went on. Trump criticized the plan because of fears it would raise taxes.',
      want: { source: 'Trump', cue: 'criticized', content: 'the plan because of fears it would raise taxes', quoted: 'none' as const },
    },
    {
      name: '"sees him as a threat": "as" before a noun phrase stays in the content',
      text: 'The race went on. The governor sees him as a threat to the party.',
      want: { source: 'The governor', cue: 'sees', content: 'him as a threat to the party', quoted: 'none' as const },
    },
  ])('$name', checkCase);
});

describe('cue words that report nothing here, and where object contents end (round twelve)', () => {
  it.each([
    { name: '"spoke against the backdrop": speaking with no topic (speak-no-topic)', text: 'The rally began. He spoke against the majestic bronze backdrop of the museum.', cue: 'spoke' },
    { name: '"a liberal think tank" is no belief (think-tank)', text: 'The plan was costed. Jane Roe, an economist at a liberal think tank, was there.', cue: 'think' },
    { name: '"a firm called Cambridge Analytica": naming (naming)', text: 'The campaign paid a firm called Cambridge Analytica for data.', cue: 'called' },
    { name: '"a man named Tom Clarke": naming with an indefinite source', text: 'The mine was sold. A man named Tom Clarke bought it.', cue: 'named' },
    { name: '"Obama called Naghmeh Abedini": a phone call, not a statement', text: 'The pastor was freed. Obama called Naghmeh Abedini on Sunday.', cue: 'called' },
    { name: '"Officials told POLITICO.": only the listener follows (listener-only)', text: 'The meeting was set. Officials told POLITICO.', cue: 'told' },
    { name: '"Trump showed up at the debate": a phrasal verb (phrasal)', text: 'The night was long. Trump showed up at the debate late.', cue: 'showed' },
    { name: '"called off the deal" (phrasal)', text: 'The firms talked. Shire called off a $54 billion deal.', cue: 'called' },
    { name: '"reported from Washington": only where (place-or-time)', text: 'Costa reported from Washington.', cue: 'reported' },
    { name: '"said in an interview with CNN": only the occasion (place-or-time)', text: 'The race went on. The strategist said in an interview with CNN.', cue: 'said' },
    { name: '"found himself embroiled in controversy" (found-oneself)', text: 'The race went on. He found himself embroiled in controversy.', cue: 'found' },
    { name: '"found ways to press his agenda" (found-oneself)', text: 'The race went on. Sanders found ways to press his agenda.', cue: 'found' },
    { name: '"went on to become Tony Blair\'s “cabinet enforcer”" (went-on-to-event)', text: 'He has represented the seat since 1970. Mr Cunningham went on to become Tony Blair\'s “cabinet enforcer”.', cue: 'went on' },
    { name: '"maintains a commanding lead" (maintain-object)', text: 'The race went on. Clinton maintains a commanding lead over Sanders.', cue: 'maintains' },
    { name: '"continued his assault on Mr. Bush" (continued-object)', text: 'The race went on. He continued his assault on Mr. Bush.', cue: 'continued' },
    { name: '"his TV show" is the noun (show-noun)', text: 'Critics spoke up. He relies more on his TV show than on solid, scientific medical research.', cue: 'show' },
    { name: '"X is scheduled to appear": a timetable, not a report (RAISING_PASSIVE)', text: 'The show goes on. Sanders is scheduled to appear on "The View" on Monday.', cue: 'is scheduled' },
    { name: '"the numbers do not add up" (phrasal)', text: 'The interview went on. Because the numbers do not add up, and everybody knows it.', cue: 'add' },
    { name: '"Mr Pound found out about it last year" (found-oneself)', text: 'Her mother kept the secret. Mr Pound found out about it last year.', cue: 'found' },
    { name: '"went on to win Ohio" (went-on-to-event)', text: 'She lost the first vote. She went on to win Ohio and a popular-vote victory in the Texas primary.', cue: 'went on' },
  ])('$name: no attribution on that cue', async ({ text, cue }) => {
    const a = await run(text);
    expect(a.attributions.filter((x) => x.cue?.text === cue), JSON.stringify(a.attributions.map((x) => [x.cue?.text, x.content.text]))).toEqual([]);
  });

  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"spoke favorably of Putin": a topic keeps it',
      text: 'The race went on. Trump spoke favorably of Mr. Putin.',
      want: { source: 'Trump', cue: 'spoke', content: 'favorably of Mr. Putin', quoted: 'none' as const },
    },
    {
      name: '"called the system “rigged”": a second complement is a statement',
      text: 'The race went on. Trump called the system “rigged” again.',
      want: { source: 'Trump', cue: 'called', content: 'the system “rigged” again', quoted: 'partial' as const },
    },
    {
      name: '"maintained she complied with agency rules": asserting keeps its report',
      text: 'The race went on. The former secretary of state maintained she complied with agency rules.',
      want: { source: 'The former secretary of state', cue: 'maintained', content: 'she complied with agency rules', quoted: 'none' as const },
    },
    {
      name: '"He continued: “…”": continuing to speak keeps its quote',
      text: 'The race went on. He continued: “I have never heard of anyone who destroyed records.”',
      want: { source: 'He', cue: 'continued', content: 'I have never heard of anyone who destroyed records.', quoted: 'direct' as const },
    },
    {
      name: '"went on to say …": a report after "went on to" stays',
      text: 'He won the seat. Later he went on to say the plan was fine.',
      want: { source: 'he', cue: 'went on to say', content: 'the plan was fine', quoted: 'none' as const },
    },
    {
      name: '"Over the long term, according to the budget office, the rise …": ", the …" with no closing comma is the content going on, not an appositive (APPOSITIVE_CLOSED)',
      text: 'The budget was set. Over the long term, according to the budget office, the rise in annual deficits and debt is mainly attributable to the aging of the population.',
      want: { source: 'the budget office', cue: 'according to', content: 'Over the long term, according to the budget office, the rise in annual deficits and debt is mainly attributable to the aging of the population', quoted: 'none' as const },
    },
    {
      name: '"…, according to members who spoke with reporters afterward, was …": past a relative clause of the source',
      text: 'The race went on. Notably absent from the conversation, according to members who spoke with reporters afterward, was any mention of the investigation.',
      want: { source: 'members', cue: 'according to', content: 'Notably absent from the conversation, according to members who spoke with reporters afterward, was any mention of the investigation', quoted: 'none' as const },
    },
    {
      name: '"“…!” the advert said": an advert, leaflet or manifesto can be a quote\'s source (animacy)',
      text: 'Fans took out an advert. "Captain Archer and the crew need your help to continue their journeys!" the advert said.',
      want: { source: 'the advert', cue: 'said', content: 'Captain Archer and the crew need your help to continue their journeys!', quoted: 'direct' as const },
    },
    {
      name: '"But new filings show …": a bare noun phrase after an opening conjunction is the source, without the conjunction',
      text: 'The group spent money. But new filings show it has less than $1.3 million cash on hand.',
      want: { source: 'new filings', cue: 'show', content: 'it has less than $1.3 million cash on hand', quoted: 'none' as const },
    },
    {
      name: '"Polls there show …": a place adverb between the source and its cue',
      text: 'The race went on. Polls there show Trump is trailing Ted Cruz.',
      want: { source: 'Polls', cue: 'show', content: 'Trump is trailing Ted Cruz', quoted: 'none' as const },
    },
    {
      name: '"with former Senator John Doe calling …": a title between "with" and the name (ABSOLUTE_TITLES)',
      text: 'Democratic candidates went further, with former Senator John Doe calling the plan a disgrace.',
      specs: [['John Doe', 'PERSON']],
      want: { source: 'John Doe', cue: 'calling', content: 'the plan a disgrace', quoted: 'none' as const, rule: 'participle-subject' },
    },
    {
      name: 'a quoted show title is no one\'s words (TITLE_QUOTES)',
      text: 'The hearing went on.\n\nSunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said Hillary Clinton’s “judgment” and “honesty” are in question.',
      specs: [['Darrell Issa', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Sunday', 'DATE'], ['Fox News', 'ORG']],
      want: { source: 'Darrell Issa', cue: 'said', content: 'Hillary Clinton’s “judgment” and “honesty” are in question', quoted: 'partial' as const },
    },
    {
      name: '"Forbes and Wealth-X say …": a capital letter closing a hyphenated name ends a source',
      text: 'The list came out. Forbes and Wealth-X say the United States has more billionaires.',
      specs: [['Forbes', 'ORG']],
      want: { source: 'Forbes and Wealth-X', cue: 'say', content: 'the United States has more billionaires', quoted: 'none' as const },
    },
    {
      name: '"A senator called Trump a liar": a second complement after the name is a statement, not naming',
      text: 'The race went on. A senator called Trump a liar.',
      want: { source: 'A senator', cue: 'called', content: 'Trump a liar', quoted: 'none' as const },
    },
    {
      name: '"said in 1998, Clinton allowed …": a clause after the phrase keeps the content',
      text: 'The doctor spoke. Mariano said in 1998 she allowed her staff to think so.',
      want: { source: 'Mariano', cue: 'said', content: 'in 1998 she allowed her staff to think so', quoted: 'none' as const },
    },
    {
      name: '"believes in the American dream": the preposition belongs to the cue',
      text: 'The poll came out. Most of them believe in the American dream.',
      want: { source: 'Most of them', cue: 'believe', content: 'in the American dream', quoted: 'none' as const },
    },
    {
      name: '"denounced the annexation in an on-air diatribe": the occasion ends an object content (OBJECT_MEDIUM_PP)',
      text: 'The channel was watched. Abby Martin denounced the annexation in an on-air diatribe.',
      want: { source: 'Abby Martin', cue: 'denounced', content: 'the annexation', quoted: 'none' as const },
    },
    {
      name: '"called for more investment in a statement on Thursday"',
      text: 'The union spoke. Keron Blair called for more school investment in a statement on Thursday.',
      want: { source: 'Keron Blair', cue: 'called for', content: 'more school investment', quoted: 'none' as const },
    },
    {
      name: '"tells his supporters at a rally to …": the object\'s own complement keeps the phrase inside',
      text: 'The race went on. Trump tells his supporters at a Michigan rally to vote early.',
      want: { source: 'Trump', cue: 'tells', content: 'his supporters at a Michigan rally to vote early', quoted: 'none' as const },
    },
    {
      name: '"than in other post-debate polls": a hyphenated modifier is no occasion',
      text: 'The numbers came in. The Reuters poll showed Clinton doing better than in other post-debate polls.',
      want: { source: 'The Reuters poll', cue: 'showed', content: 'Clinton doing better than in other post-debate polls', quoted: 'none' as const },
    },
  ])('$name', checkCase);
});

describe('attributions: sources and listeners missed on PolNeAR train (round thirteen, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"The rivals for the nomination said": a noun that can speak heads its "for" phrase (HEAD_PREPOSITIONS)',
      text: 'The primaries went on. The rivals for the nomination said they will undo the orders.',
      want: { source: 'The rivals for the nomination', cue: 'said', content: 'they will undo the orders', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"A student from Ohio said": … and its "from" phrase, a place inside',
      text: 'The rally ended. A student from Ohio said she was afraid.',
      specs: [['Ohio', 'LOC']],
      want: { source: 'A student from Ohio', cue: 'said', content: 'she was afraid', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"The 57-year-old scientist says": an age inside a source (AGE_MODIFIER)',
      text: 'Protesters held signs. The 57-year-old scientist says she does not take such comparisons lightly.',
      want: { source: 'The 57-year-old scientist', cue: 'says', content: 'she does not take such comparisons lightly', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"The justice -- who … -- said": a long relative clause between double dashes (DASH_RELATIVE)',
      text: 'The court was quiet. The Supreme Court justice -- who has been involved in a scuffle with the presumptive Republican nominee over the past few days -- said she regretted her remarks.',
      want: { source: 'The Supreme Court justice', cue: 'said', content: 'she regretted her remarks', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Trump - who previously said he would “bomb …” - said": a quote and a report inside the relative clause',
      text: 'The debate began. John Doe - who previously said he would “bomb the hell out of” the oil fields - said at a rally that the borders should close.',
      specs: [['John Doe', 'PERSON']],
      want: { source: 'John Doe', cue: 'said', content: 'the borders should close', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"“…,” James Comey Jr. said": a name suffix stays with the name (NAME_SUFFIX)',
      text: 'The account was suspended. “Twitter works as a way to sell books,” James Comey Jr. said.',
      specs: [['James Comey', 'PERSON']],
      want: { source: 'James Comey', cue: 'said', content: 'Twitter works as a way to sell books,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '"told POLITICO he planned …": capitalised words no name covers are the listener (CAPITAL_LISTENER)',
      text: 'The convention neared. Stenehjem told POLITICO he planned to stay neutral.',
      specs: [['Stenehjem', 'PERSON']],
      want: { source: 'Stenehjem', cue: 'told', content: 'he planned to stay neutral', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"…, officials told POLITICO.": the content before the source and its listener',
      text: 'The meeting is set, officials told POLITICO.',
      want: { source: 'officials', cue: 'told', content: 'The meeting is set', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"told POLITICO, however, that …": an aside between the listener and "that"',
      text: 'The call went on. Sources told POLITICO, however, that she did chime in.',
      want: { source: 'Sources', cue: 'told', content: 'she did chime in', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('attributions: noun phrases after a quote (round thirteen, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"“…,” the Republican presidential candidate said": the head is the last noun of the run (LATE_HEAD)',
      text: 'The race went on. “There is no question I am getting special scrutiny,” the Republican presidential candidate said.',
      specs: [['Republican', 'NORP']],
      want: { source: 'the Republican presidential candidate', cue: 'said', content: 'There is no question I am getting special scrutiny,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '"“…,” the Trump supporter wrote": a noun after a person\'s name',
      text: 'The account posted again. “What does it matter,” the Trump supporter wrote.',
      specs: [['Trump', 'PERSON']],
      want: { source: 'the Trump supporter', cue: 'wrote', content: 'What does it matter,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '"“…,” said a longtime data expert who …": modifiers before the head, a relative clause after',
      text: 'The data came in. “It is going to be challenging to do it in time,” said a longtime data expert who has worked for a rival.',
      want: { source: 'a longtime data expert', cue: 'said', content: 'It is going to be challenging to do it in time,', quoted: 'direct', rule: 'quote-cue-source' },
    },
    {
      name: '"“…,” the gambling tycoon told Reuters": an -ing modifier inside the run',
      text: 'The donor spoke at last. “It was very nice,” the gambling tycoon told Reuters.',
      specs: [['Reuters', 'ORG']],
      want: { source: 'the gambling tycoon', cue: 'told', content: 'It was very nice,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '"But hacking specialists say …": an -ing modifier read backwards',
      text: 'The leaks went on. But hacking specialists say the most harmful information might not be genuine.',
      want: { source: 'hacking specialists', cue: 'say', content: 'the most harmful information might not be genuine', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"“…” said Nick Merrill": no comma at the closing mark, the cue right after it (QUOTE_CUE_NO_COMMA)',
      text: 'The campaign answered.\n\n“For months we have had to stand by while leaks created a false narrative” said Nick Merrill, a campaign spokesman.',
      specs: [['Nick Merrill', 'PERSON']],
      want: { source: 'Nick Merrill', cue: 'said', content: 'For months we have had to stand by while leaks created a false narrative', quoted: 'direct', rule: 'quote-cue-source' },
    },
  ])('$name', checkCase);

  it('"according to the recent 50-state poll": a number inside the run keeps the whole phrase', async () => {
    const a = await run('According to the recent 50-state poll, some voters are swinging toward the governor.');
    expect(a.attributions.map((x) => x.source?.text)).toContain('the recent 50-state poll');
  });
});

describe('attributions: sources that open a clause mid-sentence, and expectations (round thirteen, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"— new filings show …": a bare noun phrase after a dash (CLAUSE_OPENERS_BEFORE)',
      text: 'The campaign is nearly broke — new filings show it has less than $1.3 million on hand — and allies are stepping in.',
      want: { source: 'new filings', cue: 'show', content: 'it has less than $1.3 million on hand', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"after leaked emails showed …": … and after a subordinator',
      text: 'The committee apologized after leaked emails showed staff favoring one candidate.',
      want: { source: 'leaked emails', cue: 'showed', content: 'staff favoring one candidate', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Officials expect it to raise rates …": "expect" is a belief PolNeAR marks (no longer in WEAK_BELIEF)',
      text: 'The bank plans to move slowly. Officials expect it to raise rates by one point over the next year.',
      want: { source: 'Officials', cue: 'expect', content: 'it to raise rates by one point over the next year', quoted: 'none', rule: 'source-belief' },
    },
  ])('$name', checkCase);

  it('"Jane Doe, host of ABC’s “Morning Show,” suggested …": a network\'s show title inside an appositive (TITLE_OWNER)', async () => {
    const a = await run('The debate went on. Jane Doe, host of ABC’s “Morning Show,” suggested the refusal could disqualify him.', [['Jane Doe', 'PERSON'], ['ABC', 'ORG']]);
    check(a, byContent(a, 'the refusal could disqualify him'), { source: 'Jane Doe', cue: 'suggested', content: 'the refusal could disqualify him', quoted: 'none', rule: 'source-cue' });
  });

  it('"…, said David Axelrod, a former strategist.": the inverted cue, not "Sanders, said" (INVERTED_CUE)', async () => {
    const a = await run('But Jane Doe would do well to begin building bridges to Mr. Sanders, said David Axelrod, a former strategist.', [['Jane Doe', 'PERSON'], ['Sanders', 'PERSON'], ['David Axelrod', 'PERSON']]);
    expect(a.attributions.map((x) => x.source?.text)).not.toContain('Sanders');
    check(a, byContent(a, 'Jane Doe would do well to begin building bridges to Mr. Sanders'), { source: 'David Axelrod', cue: 'said', content: 'Jane Doe would do well to begin building bridges to Mr. Sanders', quoted: 'none', rule: 'content-cue-source' });
  });

  it('"Activists remained defiant, saying …": an "-ed" word right after a phrase is its verb, no part of the source', async () => {
    const a = await run('The ban came in. Activists remained defiant, saying they would ignore the ban.');
    expect(a.attributions.find((x) => x.cue?.text === 'saying')?.source?.text).toBe('Activists');
  });

  it('"Trump’s supporters see X as Y, highlighting …": a short word ending like a person noun ("see") does not join the source', async () => {
    const a = await run('The talks collapsed. Trump’s supporters see the decision as a rebuff, highlighting the difficulties of the talks.', [['Trump', 'PERSON']]);
    expect(a.attributions.find((x) => x.cue?.text === 'highlighting')?.source?.text).toBe('Trump’s supporters');
  });

  it('"after the decision showed …": an abstract noun after a subordinator is still no source', async () => {
    const a = await run('Prices fell after the rise showed signs of stalling.');
    expect(a.attributions.map((x) => x.source?.text)).not.toContain('the rise');
  });
});

describe('quotes and misreads (round thirteen c, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"X said A but Tory Y branded …": the content ends before "but" + a named person + a verb (BUT_NAMED_CLAUSE)',
      text: 'The inquiry closed. Mr Jones said he left "without a blemish on his record" but Tory Anna Roe called the way the office was run "shameful".',
      specs: [['Jones', 'PERSON'], ['Anna Roe', 'PERSON']],
      want: { source: 'Jones', cue: 'said', content: 'he left "without a blemish on his record"', quoted: 'partial', rule: 'source-cue+partial-quote' },
    },
    {
      name: '"Y branded the way … as “shameful”": a verdict reported (BRANDED_CUE)',
      text: 'The inquiry closed. Tory Anna Roe branded the way the office was run as "shameful".',
      specs: [['Anna Roe', 'PERSON']],
      want: { source: 'Anna Roe', cue: 'branded', content: 'the way the office was run as "shameful"', quoted: 'partial' },
    },
    {
      name: '"“…,“ said X": a left mark typed for the closing one (WRONG_WAY_CLOSE)',
      text: 'The vote neared. “The truth is that we have no other choice,“ said Jim Roe.',
      specs: [['Jim Roe', 'PERSON']],
      want: { source: 'Jim Roe', cue: 'said', content: 'The truth is that we have no other choice,', quoted: 'direct', rule: 'quote-cue-source' },
    },
    {
      name: '"I find his message chilling": an opinion stays (found-thing keeps a possessive after "find")',
      text: 'The race went on. I find his message chilling.',
      want: { source: 'I', cue: 'find', content: 'his message chilling', quoted: 'none' },
    },
    {
      name: '"agreed the shift was …": a clause after "agreed" stays (agree-deal)',
      text: 'The poll came out. Jane Roe agreed the deal was a matter of timing.',
      specs: [['Jane Roe', 'PERSON']],
      want: { source: 'Jane Roe', cue: 'agreed', content: 'the deal was a matter of timing', quoted: 'none' },
    },
  ])('$name', checkCase);

  it.each([
    { name: '"she found a reference to Mr Pound on a website": a person finding a thing (found-thing)', text: 'Her mother kept the secret. She found a reference to Mr Bell on an old school website.', cue: 'found' },
    { name: '"Democrats found their voice" (found-thing)', text: 'The vote neared. Democrats found their voice on schools again.', cue: 'found' },
    { name: '"it reveals its pedigree" (reveal-possessive)', text: 'The console opens up, and when switched on it instantly reveals its pedigree.', cue: 'reveals' },
    { name: '"may defend her indoor title" (defend-contest)', text: 'She will run in Leeds in March and may defend her indoor 800m title in Hull.', cue: 'defend' },
    { name: '"88 piano notes": the noun (note-noun)', text: 'The software then assigns one of 88 piano notes to individually coloured dots - ranging from blue to red.', cue: 'notes' },
    { name: '"having a colleague describe the maps": a causative (causative)', text: 'Several ideas were tried, including having a friend describe the charts to him.', cue: 'describe' },
    { name: '"the critics were asked for tips": the subject is the one asked (asked-for-passive)', text: 'In the poll, the critics were asked for tips for three new bands.', cue: 'asked for' },
    { name: '"agreed a deal totalling $375m" (agree-deal)', text: 'The case closed. The regulator agreed a deal totalling $75m with the bank.', cue: 'agreed' },
    { name: '"agreed settlements with the SEC" (agree-deal)', text: 'The case closed. Two other former executives agreed settlements with the regulator.', cue: 'agreed' },
    { name: '"are also offering hybrid devices" (offer-product)', text: 'Start-up firms Zonko and Tiltpad are also offering hybrid devices.', cue: 'offering' },
    { name: '"the program that seems to be catching people out" (relative-raising)', text: 'Firms issued warnings about the new version of the e-mail worm that seems to be catching a lot of people out.', cue: 'seems' },
  ])('$name: no attribution on that cue', async ({ text, cue }) => {
    const a = await run(text);
    expect(a.attributions.filter((x) => x.cue?.text === cue), JSON.stringify(a.attributions.map((x) => [x.cue?.text, x.content.text]))).toEqual([]);
  });
});

describe('content ends (round thirteen b, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"endorsed Doe last week": a bare name object ends before a time (OBJECT_BARE_TIME)',
      text: 'The primary neared. The governor endorsed Doe last week.',
      specs: [['Doe', 'PERSON'], ['last week', 'DATE']],
      want: { source: 'The governor', cue: 'endorsed', content: 'Doe', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"endorsed Jane Roe in early June": … and before a preposition + a time',
      text: 'The primary neared. The union endorsed Jane Roe in early June.',
      specs: [['Jane Roe', 'PERSON'], ['June', 'DATE']],
      want: { source: 'The union', cue: 'endorsed', content: 'Jane Roe', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"praised him after the debate": a bare pronoun object ends before "after", no clause needed',
      text: 'The primary neared. The mayor praised him after the debate.',
      want: { source: 'The mayor', cue: 'praised', content: 'him', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"criticized Doe for accepting …": not before "for" (the content of "criticize X for Y")',
      text: 'The primary neared. The senator criticized Doe for accepting money from banks.',
      specs: [['Doe', 'PERSON']],
      want: { source: 'The senator', cue: 'criticized', content: 'Doe for accepting money from banks', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"criticized Doe and challenged him …": "and" + a past tense with an object ends the object (OBJECT_PAST_PREDICATE)',
      text: 'The primary neared. The mayor criticized Doe and challenged him to a debate.',
      specs: [['Doe', 'PERSON']],
      want: { source: 'The mayor', cue: 'criticized', content: 'Doe', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"blasted the plan and went back to …": … and an irregular past',
      text: 'The primary neared. The senator blasted the tax plan and went back to her office.',
      want: { source: 'The senator', cue: 'blasted', content: 'the tax plan', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"criticized the bill and related measures": an "-ed" adjective before a noun is no predicate',
      text: 'The primary neared. The senator criticized the bill and related measures.',
      want: { source: 'The senator', cue: 'criticized', content: 'the bill and related measures', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"expressed concern about the plan": the content is what the attitude is about (ATTITUDE_OBJECT)',
      text: 'The primary neared. The mayor expressed concern about the new tax plan.',
      want: { source: 'The mayor', cue: 'expressed', content: 'the new tax plan', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"offered some kind words about Doe": determiners and adjectives before the noun',
      text: 'The primary neared. The governor offered some kind words about Doe.',
      specs: [['Doe', 'PERSON']],
      want: { source: 'The governor', cue: 'offered', content: 'Doe', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"offered condolences on Monday": not before a time',
      text: 'The primary neared. The governor offered condolences on Monday.',
      specs: [['Monday', 'DATE']],
      want: { source: 'The governor', cue: 'offered', content: 'condolences on Monday', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('cues the lexicon missed (round thirteen d, issue 4)', () => {
  it.each<{ name: string; text: string; want: Expected }>([
    {
      name: '"shot back that …": a learned phrase opened by an irregular past the lemmatiser keeps as written (PHRASE_VERB_FORMS)',
      text: 'The debate went on. The senator shot back that the plan was a disgrace.',
      want: { source: 'The senator', cue: 'shot back', content: 'the plan was a disgrace', quoted: 'none', rule: 'source-cue+particle' },
    },
    {
      name: '"laid out his plan …": … another one',
      text: 'The debate went on. The governor laid out his plan for the state budget.',
      want: { source: 'The governor', cue: 'laid out', content: 'his plan for the state budget', quoted: 'none', rule: 'source-cue+particle' },
    },
    {
      name: '"balked at the idea …": … and a regular "-ed" form the learner could not resolve',
      text: 'The debate went on. The mayor balked at the idea of a new stadium.',
      want: { source: 'The mayor', cue: 'balked at', content: 'the idea of a new stadium', quoted: 'none', rule: 'source-cue+particle' },
    },
    {
      name: '"made the case that …": a form of "make" and a noun of saying (LIGHT_VERB_NOUNS)',
      text: 'The debate went on. The senator made the case that the tax plan would hurt families.',
      want: { source: 'The senator', cue: 'made the case', content: 'the tax plan would hurt families', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"made no mention of …": the preposition joins the cue, its object is the content',
      text: 'The debate went on. The governor made no mention of the budget deficit.',
      want: { source: 'The governor', cue: 'made no mention of', content: 'the budget deficit', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"has made several statements on …": words between "made" and the noun',
      text: 'The debate went on. The mayor has made several angry statements on the matter.',
      want: { source: 'The mayor', cue: 'made several angry statements on', content: 'the matter', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);

  it.each([
    ['not after "to" ("harder to make the case that …")', 'The debate went on. It is harder to make the case that the new plan works.', 'the new plan works'],
    ['not in a passive ("arguments that could be made against …")', 'The debate went on. These are arguments that could be made against the new plan.', 'the new plan'],
    ['not a noun that reports nothing ("made a profit on …")', 'The debate went on. The company made a large profit on the new plan.', 'the new plan'],
  ])('%s', async (_name, text, content) => {
    const a = await run(text);
    expect(byContent(a, content)).toBeUndefined();
  });
});

describe('attributions: three-word cues (round thirteen, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"lashed out at Khan after …": verb + particle + preposition (THREE_WORD_CUES)',
      text: 'The convention ended. Trump lashed out at Khan after the speech.',
      specs: [['Trump', 'PERSON'], ['Khan', 'PERSON']],
      want: { source: 'Trump', cue: 'lashed out at', content: 'Khan', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"took issue with the plan"',
      text: 'The bill passed. Sanders took issue with the new oversight board.',
      specs: [['Sanders', 'PERSON']],
      want: { source: 'Sanders', cue: 'took issue with', content: 'the new oversight board', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '", taking aim at …": a participle takes the main subject',
      text: 'The debate went on. Rubio spoke next, taking aim at his rival’s record on taxes.',
      specs: [['Rubio', 'PERSON']],
      want: { source: 'Rubio', cue: 'taking aim at', content: 'his rival’s record on taxes', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);

  it('"wants to take aim at …": an infinitive is no report of its own', async () => {
    const a = await run('The race went on. He wants to take aim at the deal.');
    expect(a.attributions.filter((x) => x.cue?.text === 'take aim at')).toEqual([]);
  });
});

describe('attributions: speakers from the second BBC study set (round thirteen, issue 4)', () => {
  it.each<{ name: string; text: string; specs: HandMention[]; source: string; entity: string }>([
    {
      name: '"Jane Roe, 34, from Hartpury, Gloucestershire, said": past an age and places (APPOSITIVE_CHAIN)',
      text: 'The hunt met. One of the riders, Jane Roe, 34, from Hartpury, Gloucestershire, said she would plead not guilty.',
      specs: [['Jane Roe', 'PERSON'], ['Hartpury', 'LOC'], ['Gloucestershire', 'LOC']],
      source: 'Jane Roe',
      entity: 'Jane Roe',
    },
    {
      name: '"Acme Power, the operator of the Three Rivers Dam, has said": an organisation before a lower-case appositive',
      text: 'Profits doubled. Acme Power, the operator of the Three Rivers Dam, has said its profits more than doubled.',
      specs: [['Acme Power', 'ORG'], ['Three Rivers Dam', 'LOC']],
      source: 'Acme Power',
      entity: 'Acme Power',
    },
    {
      name: '"The insurer argued" after "Acme Life has cut …": the one organisation named just before (DESCRIBED_ORG)',
      text: 'Acme Life has cut its bonuses for policyholders. The insurer argued that shares outperformed other investments.',
      specs: [['Acme Life', 'ORG']],
      source: 'The insurer',
      entity: 'Acme Life',
    },
  ])('$name', async ({ text, specs, source, entity }) => {
    const a = await run(text, specs);
    const got = a.attributions.find((x) => x.source?.text === source);
    expect(got, JSON.stringify(a.attributions.map((x) => x.source?.text))).toBeDefined();
    expect(a.entities.find((e) => e.id === got!.source!.entity)?.name).toBe(entity);
  });

  it('"The Bishop of Durham, the Rt Rev Dr Tom Wright, described …": the person the appositive names, not the organisation before it', async () => {
    const a = await run('The novel sold well. The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a "great thriller".', [['Durham', 'ORG'], ['Tom Wright', 'PERSON']]);
    expect(a.attributions.find((x) => x.cue?.text === 'described')?.source?.text).toBe('Tom Wright');
  });

  it('"UK critics still favour The Aviator for best film, but believe …": no source past a comma and a conjunction', async () => {
    const a = await run('The night neared. Critics still favour the aviator for best film, but believe the director title will be close.');
    expect(a.attributions.find((x) => x.cue?.text === 'believe')?.source?.text).not.toBe('the aviator for best film, but');
  });

  it('"He went further and railed against …": a past tense is no person noun ("went")', async () => {
    const a = await run('The debate went on. He went further and railed against the deal.');
    expect(a.attributions.find((x) => x.cue?.text === 'railed against')?.source?.text).toBe('He');
  });

  it('"The book, serialised in the Sunday Herald, alleges": a speaking noun before a participle aside', async () => {
    const a = await run('The row went on. The book, serialised in the Sunday Herald, alleges that the minister knew.', [['Sunday Herald', 'ORG']]);
    expect(a.attributions.find((x) => x.cue?.text === 'alleges')?.source?.text).toBe('The book');
  });
});

describe('coordinated, relative and passive reports (round thirteen e, issue 4)', () => {
  it.each<{ name: string; text: string; want: Expected }>([
    {
      name: '"The union, which endorsed …": the phrase before the comma is the antecedent of "which" (COMMA_ANTECEDENT)',
      text: 'The race went on. The union, which endorsed the senator, held a rally.',
      want: { source: 'which', cue: 'endorsed', content: 'the senator', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"the first union that endorsed …": a relative "that" after a noun that can speak (RELATIVE_THAT)',
      text: 'The race went on. It was the first union that endorsed the senator.',
      want: { source: 'that', kind: 'pronoun', cue: 'endorsed', content: 'the senator', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"The bill is widely expected to pass …": an adverb inside the raising passive (RAISING_PASSIVE_ADVERBS)',
      text: 'The vote is near. The bill is widely expected to pass the Senate next week.',
      want: { source: null, cue: 'is widely expected', content: 'The bill is widely expected to pass the Senate next week', quoted: 'none', rule: 'raising-passive' },
    },
  ])('$name', checkCase);

  it.each([
    ['"said that" stays a complementiser ("The mayor said that the plan failed")', 'The talks ended. The mayor said that the plan failed.', 'that'],
  ])('%s', async (_name, text, source) => {
    const a = await run(text);
    expect(a.attributions.some((x) => x.source?.text === source)).toBe(false);
  });
});

describe('second BBC set (round thirteen g, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"…, say researchers at Acme Holdings.": an inverted group source through its organisation, which it stands for (ORG_AFFILIATION)',
      text: 'Rates were held. Growth will stay strong this year, say researchers at Acme Holdings. Prices rose.',
      specs: [['Acme Holdings', 'ORG']],
      want: { source: 'researchers at Acme Holdings', kind: 'vague', entity: 'Acme Holdings', cue: 'say', content: 'Growth will stay strong this year', quoted: 'none', rule: 'content-cue-source' },
    },
    {
      name: '"… rivals such as Acme, said Mr Armstrong.": a name to the sentence end is the source, not the content (INVERTED_NAME)',
      text: 'Shares rose. The chain has little debt, despite strong rivals such as Acme, said Mr Armstrong.',
      specs: [['Acme', 'ORG'], ['Armstrong', 'PERSON']],
      want: { source: 'Armstrong', cue: 'said', content: 'The chain has little debt, despite strong rivals such as Acme', quoted: 'none', rule: 'content-cue-source' },
    },
  ])('$name', checkCase);

  it.each([
    ['"if called upon": an elliptical conditional passive (misread conditional-passive)', 'Troops were sent to secure the route from the embassy to the airport if called upon.', 'called'],
    ['"the free calls do not include …": a plural noun before its verb (misread noun-before-verb)', 'There are limits. The free calls do not include calls to mobiles.', 'calls'],
  ])('%s', async (_name, text, cue) => {
    const a = await run(text);
    expect(a.attributions.some((x) => x.cue?.text === cue)).toBe(false);
  });

  it('"the leases, he estimates, will not expire": a pronoun before "estimates" keeps the report', async () => {
    const a = await run('The deal is old. The leases, he estimates, will not expire for years.');
    expect(a.attributions.some((x) => x.cue?.text === 'estimates')).toBe(true);
  });
});

describe('speakers on the second BBC set (round thirteen i, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"The veteran toy maker says" with nobody named in the sentence before: the latest person who spoke (DESCRIBED_SPEAKER)',
      text: 'Jo Bloggs has won an award. "It was a surprise," he said. One of the next titles puts players in charge of a zoo. The veteran toy maker says he has one problem left.',
      specs: [['Jo Bloggs', 'PERSON']],
      content: 'he has one problem left',
      entity: 'Jo Bloggs',
    },
    {
      name: '"And Tom Jones would be in the front line, he said": not the person its own words name (CONTENT_NAMED)',
      text: 'Alan Smith said the campaign would be hard. Nobody, he claimed, could picture Ann Lee in office. They could picture Tom Jones doing it. And Tom Jones would be in the front line, he said.',
      specs: [['Alan Smith', 'PERSON'], ['Ann Lee', 'PERSON']],
      all: [['Tom Jones', 'PERSON']],
      content: 'Tom Jones would be in the front line',
      entity: 'Alan Smith',
    },
    {
      name: '"…, according to a report." in the lead: the organisation the next sentence names (LEAD_CATAPHORA)',
      text: 'Firms upbeat\n\nUK firms will prosper this year, according to a report.\n\nOptimism is at its highest, say researchers at Acme Holdings. Prices rose.',
      specs: [['Acme Holdings', 'ORG']],
      content: 'UK firms will prosper this year',
      entity: 'Acme Holdings',
    },
    {
      name: '"…, according to his former chief adviser." in the lead: the person the next sentence names (LEAD_CATAPHORA)',
      text: 'Rule intact\n\nChancellor Tom Brand will meet his rule, according to his former chief adviser.\n\nFormerly one of Mr Brand\'s closest aides, Jo Bloggs hinted at a giveaway. He said more would be done.',
      specs: [['Tom Brand', 'PERSON'], ['Brand', 'PERSON'], ['Jo Bloggs', 'PERSON']],
      content: 'Chancellor Tom Brand will meet his rule',
      entity: 'Jo Bloggs',
    },
  ])('$name', checkSpeaker);

  it('"Former welfare minister Frank Fielding MP criticised …": the name before a post-nominal is the source (POSTNOMINAL_HEAD)', async () => {
    const a = await run('The row grew. Former welfare minister Frank Fielding MP criticised the rivalry between the pair.', [['Frank Fielding', 'PERSON']]);
    const got = a.attributions.find((x) => x.cue?.text === 'criticised');
    expect(got?.source?.text).toBe('Frank Fielding');
    expect(got?.source?.kind).toBe('named');
  });
});

describe('second BBC set, recall (round thirteen h, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"Also, said Mr Flynn, Acme has cut off …": the content after the source\'s comma (SOURCE_BETWEEN_COMMAS)',
      text: 'The rules are strict. Also, said Mr Flynn, Acme has cut off several sellers breaking the rules.',
      specs: [['Acme', 'ORG'], ['Flynn', 'PERSON']],
      want: { source: 'Flynn', cue: 'said', content: 'Acme has cut off several sellers breaking the rules', quoted: 'none', rule: 'content-cue-source' },
    },
    {
      name: '"As one of the journalists assembled at the launch declared, …": a long source after "as" (AS_LONG_SOURCE)',
      text: 'The posters were bright. As one of the journalists assembled at the launch declared, it was all very modern.',
      want: { source: 'one of the journalists', kind: 'vague', cue: 'declared', content: 'it was all very modern', quoted: 'none', rule: 'as-source-cue' },
    },
    {
      name: '"As a veteran reporter at the launch noted, …": the noun after "as", not the one in its phrase (AS_LONG_SOURCE)',
      text: 'The posters were bright. As a veteran reporter at the launch noted, the slogan was very short indeed.',
      want: { source: 'a veteran reporter', kind: 'vague', cue: 'noted', content: 'the slogan was very short indeed', quoted: 'none', rule: 'as-source-cue' },
    },
    {
      name: '", and organisers say they expect …": a bare plural of people after a comma and a conjunction (CONJOINED_BARE_PLURAL)',
      text: 'The show is on Sunday. It will be broadcast live, and organisers say they expect a billion people to watch it.',
      want: { source: 'organisers', kind: 'vague', cue: 'say', content: 'they expect a billion people to watch it', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"…, a new book about the minister claims": a speaking noun before "about" heads the source (ABOUT_HEAD)',
      text: 'Smith promised Jones he would stand down before the election, a new book about the minister claims. It is out today.',
      specs: [['Smith', 'PERSON'], ['Jones', 'PERSON']],
      want: { source: 'a new book about the minister', cue: 'claims', content: 'Smith promised Jones he would stand down before the election', quoted: 'none', rule: 'content-source-cue' },
    },
  ])('$name', checkCase);
});

describe('attributions: showing a thing is no statement (round thirteen, issue 4)', () => {
  it.each([
    ['"The minister unveiled proposals to cut tariffs"', 'The budget came out. The minister unveiled proposals to cut tariffs on imports.'],
    ['"Acme unveils its new phone"', 'Acme unveils its new phone. The phone has two screens.'],
  ])('%s: no attribution on "unveil" (unveil-object)', async (_name, text) => {
    const a = await run(text);
    expect(a.attributions.filter((x) => /^unveil/i.test(x.cue?.text ?? ''))).toEqual([]);
  });
});
