import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../pipeline/analyze.js';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { findSpanProblems, spanOf } from '../../testing/index.js';
import type { Analysis, Attribution, MentionType, Quoted, SourceKind } from '../../types/analysis.js';
import { entities } from '../entities/entities.js';
import { handMentions, type HandMention } from '../entities/handMentions.js';
import { segmentation } from '../segmentation/segmentation.js';
import { attributions } from './attributions.js';

async function run(text: string, specs: readonly HandMention[] = [], all: readonly (readonly [string, MentionType])[] = []): Promise<Analysis> {
  const pipeline = createPipeline([segmentation(), handMentions(specs, all), entities(), attributions()]);
  const analysis = await pipeline.analyze(text);
  expect(findSpanProblems(analysis)).toEqual([]);
  for (const a of analysis.attributions) {
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  }
  return analysis;
}

interface Expected {
  source: string | null;
  kind?: SourceKind;
  /** Name of the entity the source points at. */
  entity?: string;
  cue: string | null;
  content: string;
  quoted: Quoted;
  rule?: string;
}

function check(a: Analysis, got: Attribution | undefined, want: Expected): void {
  expect(got, `no attribution with content "${want.content}"; got ${JSON.stringify(a.attributions.map((x) => x.content.text))}`).toBeDefined();
  const text = a.article.text;
  expect(got!.content).toEqual(spanOf(text, want.content));
  expect(got!.quoted).toBe(want.quoted);
  expect(got!.cue?.text ?? null).toBe(want.cue);
  expect(got!.source?.text ?? null).toBe(want.source);
  if (want.kind) expect(got!.source?.kind).toBe(want.kind);
  if (want.entity) expect(a.entities.find((e) => e.id === got!.source?.entity)?.name).toBe(want.entity);
  if (want.rule) expect(got!.rule).toBe(want.rule);
}

const byContent = (a: Analysis, content: string): Attribution | undefined => a.attributions.find((x) => x.content.text === content);

/** One table row: the text (with hand-made mentions, if any) gives an attribution with the wanted content, and it is as wanted. */
interface Case {
  name: string;
  text: string;
  specs?: HandMention[];
  want: Expected;
}
async function checkCase({ text, specs, want }: Case): Promise<void> {
  const a = await run(text, specs ?? []);
  check(a, byContent(a, want.content), want);
}

/** One speaker table row: the attribution with this content has this source text (when given) and resolves to this entity's name (null: none). */
interface SpeakerCase {
  name: string;
  text: string;
  specs: HandMention[];
  all?: [string, MentionType][];
  content: string;
  source?: string;
  entity: string | null;
}
async function checkSpeaker({ text, specs, all, content, source, entity }: SpeakerCase): Promise<void> {
  const a = await run(text, specs, all);
  const got = a.attributions.find((x) => x.content.text === content);
  expect(got, JSON.stringify(a.attributions.map((x) => [x.source?.text, x.content.text]))).toBeDefined();
  if (source !== undefined) expect(got!.source?.text).toBe(source);
  expect(got!.source?.entity ? a.entities.find((e) => e.id === got!.source!.entity)?.name : null).toBe(entity);
}

describe('attributions: generic cases', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected[] }>([
    {
      name: 'direct quote, speaker after (curly quotes)',
      text: 'Jane Smith spoke on Monday. “We will win this fight,” Smith said.',
      specs: [['Jane Smith', 'PERSON'], ['Smith', 'PERSON', 1]],
      want: [{ source: 'Smith', kind: 'named', entity: 'Jane Smith', cue: 'said', content: 'We will win this fight,', quoted: 'direct', rule: 'quote-source-cue' }],
    },
    {
      name: 'direct quote, cue then speaker (straight quotes)',
      text: '"We will win this fight," said Jane Smith.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', kind: 'named', cue: 'said', content: 'We will win this fight,', quoted: 'direct', rule: 'quote-cue-source' }],
    },
    {
      name: 'direct quote, speaker before with a colon',
      text: 'Jane Smith said: "Prices will fall next year."',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'said', content: 'Prices will fall next year.', quoted: 'direct', rule: 'source-cue-quote' }],
    },
    {
      name: 'a quote over several sentences',
      text: '“Prices will fall. Wages will rise. Everyone gains,” the minister said.',
      want: [{ source: 'the minister', kind: 'nominal', cue: 'said', content: 'Prices will fall. Wages will rise. Everyone gains,', quoted: 'direct' }],
    },
    {
      name: 'reported speech with "that"',
      text: 'Jane Smith said that prices would fall next year.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'said', content: 'prices would fall next year', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'cue, time adverb, then content; a clause boundary ends it',
      text: 'The company announced Wednesday it will close two plants, despite strong sales.',
      specs: [['Wednesday', 'DATE']],
      want: [{ source: 'The company', kind: 'nominal', cue: 'announced', content: 'it will close two plants', quoted: 'none' }],
    },
    {
      name: 'told reporters',
      text: 'John Doe told reporters the plan was dead.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'told', content: 'the plan was dead', quoted: 'none' }],
    },
    {
      name: 'content first, then source and cue',
      text: 'Prices will fall next year, John Doe said.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'said', content: 'Prices will fall next year', quoted: 'none', rule: 'content-source-cue' }],
    },
    {
      name: 'according to, opening the sentence, vague source',
      text: 'According to Ukrainian officials, the talks will resume on Friday.',
      specs: [['Ukrainian', 'NORP']],
      want: [{ source: 'Ukrainian officials', kind: 'vague', cue: 'According to', content: 'the talks will resume on Friday', quoted: 'none', rule: 'according-to' }],
    },
    {
      name: 'according to, closing the sentence, named organisation',
      text: 'The talks will resume on Friday, according to the Kremlin.',
      specs: [['Kremlin', 'ORG']],
      want: [{ source: 'Kremlin', kind: 'named', entity: 'Kremlin', cue: 'according to', content: 'The talks will resume on Friday', quoted: 'none' }],
    },
    {
      name: 'pronoun source resolved to the person before',
      text: 'Jane Smith arrived late. She said the vote was rigged.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'She', kind: 'pronoun', entity: 'Jane Smith', cue: 'said', content: 'the vote was rigged', quoted: 'none' }],
    },
    {
      name: 'vague group source',
      text: 'Critics argued that the plan would fail.',
      want: [{ source: 'Critics', kind: 'vague', cue: 'argued', content: 'the plan would fail', quoted: 'none' }],
    },
    {
      name: 'vague source with a prepositional phrase',
      text: 'A person familiar with the matter said the deal was close.',
      want: [{ source: 'A person familiar with the matter', kind: 'vague', cue: 'said', content: 'the deal was close', quoted: 'none' }],
    },
    {
      name: 'participial cue takes the subject of the main clause',
      text: 'John Doe left the room, insisting that it would work.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'insisting', content: 'it would work', quoted: 'none', rule: 'participle-cue' }],
    },
    {
      name: 'partial quote inside reported speech',
      text: 'Jane Smith said the plan was “a disaster for workers” and should be dropped.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'said', content: 'the plan was “a disaster for workers” and should be dropped', quoted: 'partial' }],
    },
    {
      name: 'pronoun after a quote',
      text: 'John Doe left early. “I am tired of this,” he said.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'he', kind: 'pronoun', entity: 'John Doe', cue: 'said', content: 'I am tired of this,', quoted: 'direct' }],
    },
  ])('$name', async ({ text, specs, want }) => {
    const a = await run(text, specs ?? []);
    for (const w of want) check(a, byContent(a, w.content), w);
    expect(a.attributions).toHaveLength(want.length);
  });

  it.each([
    { name: 'no quotes and no cues', text: 'The sun rose over the hills. Farmers went to work.' },
    { name: 'a cue word used as a noun', text: 'The claims were false. His hopes faded.' },
    { name: 'a future report is not a report', text: 'The firm would announce its results later.' },
    { name: 'a scare quote with no speaker', text: 'The so-called “reform” passed on Monday.' },
  ])('nothing to attribute: $name', async ({ text }) => {
    const a = await run(text);
    expect(a.attributions).toEqual([]);
  });

  it.each([
    { name: 'an opening mark never closed', text: 'Jane Smith said “this will never end. And then nothing happened.' },
    { name: 'a closing mark never opened', text: 'Nothing ended,” Jane Smith said. Then she left.' },
    { name: 'a run of marks', text: `Jane Smith said ${'"'.repeat(2000)} and ${'“'.repeat(500)} then left.` },
    { name: 'marks only', text: '“”“”" " \' ’ ‘' },
    { name: 'alternating marks in a long text', text: 'Jane Smith said “a” b ” c “ d. '.repeat(400) },
    { name: 'straight and curly marks mixed', text: 'Jane Smith said “we will win," and then "we will not.” She left. ’Odd‘ marks too.' },
    { name: '10,000 straight double marks in a row', text: `Jane Smith said ${'"'.repeat(10_000)} nothing.` },
    { name: '10,000 curly opening marks in a row', text: `${'“'.repeat(10_000)} Jane Smith said so.` },
    { name: '10,000 apostrophes in a row', text: `Jane Smith said ${"'".repeat(10_000)} nothing.` },
    { name: '10,000 alternating curly marks', text: `Jane Smith said ${'“”'.repeat(5_000)}.` },
  ])('unbalanced quote marks: $name', async ({ text }) => {
    const a = await run(text, [], [['Jane Smith', 'PERSON']]);
    for (const x of a.attributions) {
      expect(x.content.end).toBeGreaterThan(x.content.start);
      expect(x.quoted === 'direct' ? x.cue !== null || x.rule === 'quote-continuation' : true).toBe(true);
    }
    // an unclosed quote must not turn into a direct quote running to the end of the text
    expect(a.attributions.filter((x) => x.quoted === 'direct').every((x) => x.content.end - x.content.start < 200)).toBe(true);
  });
});

describe('attributions: quote shapes', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected[] }>([
    {
      name: 'two quotes around one cue are one content (PARC)',
      text: 'John Doe left early. “I am tired,” he said. “We all are, every one of us.”',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'he', kind: 'pronoun', entity: 'John Doe', cue: 'said', content: 'I am tired,” he said. “We all are, every one of us.', quoted: 'direct', rule: 'quote-source-cue+continued' }],
    },
    {
      name: "quotes printed as two apostrophes (''…'')",
      text: "''Prices will fall,'' Jane Smith said.",
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'said', content: 'Prices will fall,', quoted: 'direct', rule: 'quote-source-cue' }],
    },
    {
      name: 'a quote inside a quote stays inside',
      text: 'Jane Smith said: “He told me ‘never again’ and left.”',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'said', content: 'He told me ‘never again’ and left.', quoted: 'direct' }],
    },
    {
      name: 'a learned cue with a nominal source of any noun',
      text: 'The ad’s narrator criticized the plan as reckless.',
      want: [{ source: 'The ad’s narrator', kind: 'nominal', cue: 'criticized', content: 'the plan as reckless', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'an appositive between the speaker and the cue',
      text: 'Richard Roe, director of an institute at a law school in the city, said the states were wrong.',
      specs: [['Richard Roe', 'PERSON']],
      want: [{ source: 'Richard Roe', cue: 'said', content: 'the states were wrong', quoted: 'none' }],
    },
  ])('$name', async ({ text, specs, want }) => {
    const a = await run(text, specs ?? []);
    for (const w of want) check(a, byContent(a, w.content), w);
    expect(a.attributions).toHaveLength(want.length);
  });

  it('reported speech nests at most three deep, so a run of "said that" gives short contents', async () => {
    const text = 'the mayor said that '.repeat(300);
    const a = await run(text);
    // one report in three: those inside a kept report's content are dropped (round eight, `NESTED_OFF`)
    expect(a.attributions.length).toBeGreaterThanOrEqual(90);
    for (const x of a.attributions) expect(x.content.end - x.content.start).toBeLessThan(80);
  });

  it('a whole article that is one quote gives one direct content or none, never a run-away span', async () => {
    const body = Array.from({ length: 40 }, (_, i) => `Sentence ${i} of the speech goes on.`).join(' ');
    const text = `“${body}”`;
    const a = await run(text);
    expect(a.attributions.length).toBeLessThanOrEqual(1);
    for (const x of a.attributions) expect(x.content).toEqual(spanOf(text, body));
  });
});

describe('attributions: PolNeAR conventions (round two)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected[] }>([
    {
      name: '"that" then a comma',
      text: 'Jane Smith said that, if elected, she would cut taxes.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'said', content: 'if elected, she would cut taxes', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'an adjunct with commas between the cue and "that"',
      text: 'Jane Smith says at a campaign stop in Toledo, Ohio, that the plan will fail.',
      specs: [['Jane Smith', 'PERSON'], ['Toledo', 'LOC'], ['Ohio', 'LOC']],
      want: [{ source: 'Jane Smith', cue: 'says', content: 'the plan will fail', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'an adjunct that ends the sentence: the content came first',
      text: 'The rules are an invasion of the states, John Doe said at a Washington event this month.',
      specs: [['John Doe', 'PERSON'], ['Washington', 'LOC']],
      want: [{ source: 'John Doe', cue: 'said', content: 'The rules are an invasion of the states', quoted: 'none', rule: 'content-source-cue' }],
    },
    {
      name: 'a cue that interrupts the content: the content is the whole sentence',
      text: 'Acts of protest, John Doe said, are acts of patriotism.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'said', content: 'Acts of protest, John Doe said, are acts of patriotism', quoted: 'none', rule: 'content-source-cue' }],
    },
    {
      name: 'a clause after "and" stays in the content',
      text: 'Jane Smith said the plan had failed, and the mayor should resign.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'said', content: 'the plan had failed, and the mayor should resign', quoted: 'none' }],
    },
    {
      name: 'a party and state in parentheses after the speaker',
      text: '“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.',
      specs: [['Gwen Moore', 'PERSON'], ['Friday', 'DATE']],
      want: [{ source: 'Gwen Moore', cue: 'said', content: 'It is a dog whistle,', quoted: 'direct', rule: 'quote-source-cue' }],
    },
    {
      name: 'an appositive between a quote’s speaker and the cue',
      text: '“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, said on Monday.',
      specs: [['Scott Pruitt', 'PERSON'], ['Oklahoma', 'LOC'], ['Monday', 'DATE']],
      want: [{ source: 'Scott Pruitt', cue: 'said', content: 'It is an invasion,', quoted: 'direct', rule: 'quote-source-cue' }],
    },
    {
      name: 'the second quote after a comma goes on from the first',
      text: '“Every time you say that,” John Doe said, referring to the excuse, “you give them ammunition.”',
      specs: [['John Doe', 'PERSON']],
      want: [
        { source: 'John Doe', cue: 'said', content: 'Every time you say that,” John Doe said, referring to the excuse, “you give them ammunition.', quoted: 'direct', rule: 'quote-source-cue+continued' },
        { source: 'John Doe', cue: 'referring to', content: 'the excuse', quoted: 'none', rule: 'participle-cue+particle' },
      ],
    },
    {
      name: 'a person spoken of between two quotes is not a new speaker',
      text: '“This is in their heads,” said John Doe, speaking of Jane Smith’s health. “It worries them.”',
      specs: [['John Doe', 'PERSON'], ['Jane Smith', 'PERSON']],
      want: [
        { source: 'John Doe', cue: 'said', content: 'This is in their heads,” said John Doe, speaking of Jane Smith’s health. “It worries them.', quoted: 'direct', rule: 'quote-cue-source+continued' },
        { source: 'John Doe', cue: 'speaking of', content: 'Jane Smith’s health', quoted: 'none', rule: 'participle-cue+particle' },
      ],
    },
    {
      name: 'according to any noun phrase',
      text: 'According to exit polls, the senator had a ten-point lead.',
      want: [{ source: 'exit polls', kind: 'vague', cue: 'According to', content: 'the senator had a ten-point lead', quoted: 'none', rule: 'according-to' }],
    },
    {
      name: 'a participle after a quote takes the quote’s speaker',
      text: '“We see no link,” the mayor said, adding that it would take more hours.',
      want: [
        { source: 'the mayor', cue: 'said', content: 'We see no link,', quoted: 'direct' },
        { source: 'the mayor', cue: 'adding', content: 'it would take more hours', quoted: 'none', rule: 'participle-cue' },
      ],
    },
    {
      name: 'a participle after "by" takes the sentence’s subject',
      text: 'John Doe began by saying he would never diagnose anyone.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'saying', content: 'he would never diagnose anyone', quoted: 'none', rule: 'participle-cue' }],
    },
  ])('$name', async ({ text, specs, want }) => {
    const a = await run(text, specs ?? []);
    for (const w of want) check(a, byContent(a, w.content), w);
    expect(a.attributions).toHaveLength(want.length);
  });

  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected[] }>([
    {
      name: 'a learned particle cue (call for)',
      text: 'John Doe has called for the complete repeal of the law.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'called for', content: 'the complete repeal of the law', quoted: 'none', rule: 'source-cue+particle' }],
    },
    {
      name: 'a learned particle cue (point out)',
      text: 'Jane Smith then pointed out that one shooting may have more victims.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'pointed out', content: 'one shooting may have more victims', quoted: 'none', rule: 'source-cue+particle' }],
    },
    {
      name: 'a learned cue with a to-infinitive content (vow to)',
      text: 'He also vowed to form a joint federal task force.',
      want: [{ source: 'He', kind: 'pronoun', cue: 'vowed', content: 'to form a joint federal task force', quoted: 'none', rule: 'source-cue+infinitive' }],
    },
    {
      name: 'an internal state with a to-infinitive content (wants to)',
      text: 'Jane Smith wants to triple the size of the program.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'wants', content: 'to triple the size of the program', quoted: 'none', rule: 'source-belief' }],
    },
    {
      name: 'an internal state with a clause (believes)',
      text: 'Jane Smith believes the deal is dead.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'believes', content: 'the deal is dead', quoted: 'none', rule: 'source-belief' }],
    },
    {
      name: 'a noun cue with a possessive source (claim that)',
      text: 'The site checked Jane Smith’s claim that there were thousands of shootings.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', kind: 'named', cue: 'claim', content: 'there were thousands of shootings', quoted: 'none', rule: 'noun-cue' }],
    },
    {
      name: 'content, then cue, then source with no quote',
      text: 'The broadcasters were removed from all but one of the stations, said John Doe, a senior official.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'said', content: 'The broadcasters were removed from all but one of the stations', quoted: 'none', rule: 'content-cue-source' }],
    },
    {
      name: 'reported speech split by its cue, a clause going on after the source (SPLIT_BY_CUE, twelfth session)',
      text: 'Outages like this happen, said John Doe, because banks change the networks that link their machines.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'said', content: 'Outages like this happen, said John Doe, because banks change the networks that link their machines', quoted: 'none', rule: 'content-cue-source' }],
    },
    {
      name: 'content before a bare "Smith said" with no comma',
      text: 'The plan will fail Smith said.',
      specs: [['Smith', 'PERSON']],
      want: [{ source: 'Smith', cue: 'said', content: 'The plan will fail', quoted: 'none', rule: 'content-source-cue' }],
    },
    {
      name: 'a dateline is not content',
      text: 'WASHINGTON ― The obsession is an insult to all voters, Jane Smith said.',
      specs: [['Jane Smith', 'PERSON']],
      want: [{ source: 'Jane Smith', cue: 'said', content: 'The obsession is an insult to all voters', quoted: 'none', rule: 'content-source-cue' }],
    },
    {
      name: 'an object with a quoted title and a time before "that"',
      text: 'John Doe tells MSNBC’s “Morning Joe” on Friday that the case remains open.',
      specs: [['John Doe', 'PERSON'], ['MSNBC', 'ORG'], ['Friday', 'DATE']],
      want: [{ source: 'John Doe', cue: 'tells', content: 'the case remains open', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'an honorific after the object opens the content ("told the BBC Mr Howard had …")',
      text: 'Sources within the party told the BBC Mr Howard had always been in favour of ID cards.',
      specs: [['BBC', 'ORG'], ['Howard', 'PERSON']],
      want: [{ source: 'Sources within the party', cue: 'told', content: 'Mr Howard had always been in favour of ID cards', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'an object and an adjunct, the content first',
      text: 'The senator could embrace the policy, Jane Smith told The Huffington Post on Thursday.',
      specs: [['Jane Smith', 'PERSON'], ['The Huffington Post', 'ORG'], ['Thursday', 'DATE']],
      want: [{ source: 'Jane Smith', cue: 'told', content: 'The senator could embrace the policy', quoted: 'none', rule: 'content-source-cue' }],
    },
    {
      name: 'a title-case headline cue',
      text: 'Trump Could Address Clean Energy, Lindsey Graham Says.\n\nThe senator spoke on Monday.',
      specs: [['Lindsey Graham', 'PERSON'], ['Trump', 'PERSON']],
      want: [{ source: 'Lindsey Graham', cue: 'Says', content: 'Trump Could Address Clean Energy', quoted: 'none', rule: 'content-source-cue' }],
    },
    {
      name: 'transcript turns "NAME: …"',
      text: 'Chris Wallace spoke to Mike Pence.\n\nWALLACE: Let us start with the news.\n\nPENCE: Well, the news is good.',
      specs: [['Chris Wallace', 'PERSON'], ['Mike Pence', 'PERSON']],
      want: [
        { source: 'WALLACE', kind: 'named', entity: 'Chris Wallace', cue: ':', content: 'Let us start with the news', quoted: 'none', rule: 'speaker-colon' },
        { source: 'PENCE', kind: 'named', entity: 'Mike Pence', cue: ':', content: 'Well, the news is good', quoted: 'none', rule: 'speaker-colon' },
      ],
    },
    {
      name: 'a headline "Name: …"',
      text: 'Pat Caddell: Voters Worried About Health\n\nThe poll came out on Monday.',
      specs: [['Pat Caddell', 'PERSON']],
      want: [{ source: 'Pat Caddell', kind: 'named', cue: ':', content: 'Voters Worried About Health', quoted: 'none', rule: 'headline-colon' }],
    },
  ])('$name', async ({ text, specs, want }) => {
    const a = await run(text, specs ?? []);
    for (const w of want) check(a, byContent(a, w.content), w);
    expect(a.attributions).toHaveLength(want.length);
  });

  it.each([
    { name: 'an internal state the data rarely marks (seems)', text: 'The plan seems the deal is dead.' },
    { name: 'a cue word after "of"', text: 'The secretary of state arrived in Paris on Monday.' },
    { name: '"known as" names, it does not attribute', text: 'The group known as Fancy Bear was blamed.' },
    { name: 'a colon after an ordinary word', text: 'Note: the office is closed on Monday.' },
    { name: 'one upper-case label before a colon', text: 'UPDATE: the office is closed on Monday.' },
    { name: 'an upper-case speaker of one turn who is not in the article', text: 'The show aired.\n\nHOST: Welcome back to the show tonight.' },
  ])('nothing to attribute: $name', async ({ text }) => {
    const a = await run(text);
    expect(a.attributions).toEqual([]);
  });
});

const SEED = readFileSync(new URL('../../../../../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');

/** The seed's acceptance expectations, shared by the hand-made-mentions run and the default pipeline. */
const SEED_EXPECTED: Expected[] = [
  { source: 'Trump', kind: 'named', entity: 'Donald Trump', cue: 'said', content: 'I know he would like me to be there, and that’s a possibility,', quoted: 'direct' },
  {
    source: 'Andriy Yermak',
    kind: 'named',
    entity: 'Andriy Yermak',
    cue: 'emphasized',
    content: 'Ukraine’s readiness to pursue “anything that contributes to long and lasting peace,”',
    quoted: 'partial',
  },
  {
    source: 'Vladimir Putin',
    kind: 'named',
    entity: 'Vladimir Putin',
    cue: 'announced',
    content: 'he will not attend crucial peace talks with Ukrainian President Volodymyr Zelensky in Turkey',
    quoted: 'none',
  },
  { source: 'Kremlin', kind: 'named', entity: 'Kremlin', cue: 'announced', content: 'Putin would not attend', quoted: 'none' },
  {
    source: 'Trump',
    kind: 'named',
    entity: 'Donald Trump',
    cue: 'asserting',
    content: 'direct dialogue remains crucial despite Putin’s refusal to engage personally',
    quoted: 'none',
  },
];

describe('attributions on the seed article', () => {
  const names: (readonly [string, MentionType])[] = [
    ['Vladimir Putin', 'PERSON'], ['Putin', 'PERSON'], ['Volodymyr Zelensky', 'PERSON'], ['Zelensky', 'PERSON'], ['Donald Trump', 'PERSON'],
    ['Trump', 'PERSON'], ['Andriy Yermak', 'PERSON'], ['Marco Rubio', 'PERSON'], ['Rubio', 'PERSON'], ['Vladimir Medinsky', 'PERSON'],
    ['Russian', 'NORP'], ['Ukrainian', 'NORP'], ['Kremlin', 'ORG'], ['Ukraine', 'LOC'], ['Russia', 'LOC'], ['Wednesday', 'DATE'],
  ];

  it.each(SEED_EXPECTED)('hand-made mentions: $source → $cue → $content', async (want) => {
    const a = await run(SEED, [], names);
    check(a, byContent(a, want.content), want);
  });

  it('finds the vague sources and no attribution inside a quote', async () => {
    const a = await run(SEED, [], names);
    const vague = a.attributions.filter((x) => x.source?.kind === 'vague').map((x) => x.source!.text);
    expect(vague).toEqual(expect.arrayContaining(['Conservative voices']));
    const quote = spanOf(SEED, 'I know he would like me to be there');
    expect(a.attributions.filter((x) => x.cue && x.cue.start > quote.start && x.cue.end < quote.end + 40 && x.cue.text !== 'said')).toEqual([]);
  });

  it.each(SEED_EXPECTED)('default pipeline: $source → $cue → $content', async (want) => {
    const a = await analyze({ text: SEED, publishedAt: '2025-05-15' });
    expect(findSpanProblems(a)).toEqual([]);
    check(a, byContent(a, want.content), want);
  });
});

describe('attributions: who can be a source (issue 5)', () => {
  it.each([
    // rule 1: an abstract or event head is no source, whatever the verb
    { name: 'an event noun as subject of an infinitive cue', text: 'The delay in these difficult negotiations threatens to derail the whole process.' },
    { name: 'a possessive name before an abstract head (forward reading)', text: 'Yet Johnson’s willingness to negotiate demonstrates the party’s strength, highlighting the rival’s weakness.', specs: [['Johnson', 'PERSON']] as HandMention[] },
    { name: 'a possessive name before an event head (backward reading)', text: 'Merkel’s latest move underscores exactly why the coalition matters.', specs: [['Merkel', 'PERSON']] as HandMention[] },
    { name: 'an -ment head', text: 'The announcement suggests the factory will close.' },
    { name: 'an -ity head', text: 'The unpredictability of the market shows that prices can fall.' },
    // rule 2: a cue that as often takes a fact as subject needs a head that can speak
    { name: 'an unknown common noun with a fact-subject verb', text: 'The bridge highlights how badly the roads are kept.' },
    // rule 3: a control verb that only asks for the act: the asked-for speech is no attribution
    { name: 'urged X to say', text: 'The mayor urged reporters to say nothing about the case.' },
    { name: 'asked the candidates to discuss', text: 'The host asked the candidates to discuss their plans for taxes.' },
    { name: 'a content that is one manner adverb', text: 'The unions responded positively.' },
  ])('no attribution: $name', async ({ text, specs }) => {
    const a = await run(text, specs ?? []);
    const who = a.attributions.map((x) => `${x.source?.text} ${x.cue?.text}`);
    expect(who.filter((x) => !x.startsWith('The mayor') && !x.startsWith('The host'))).toEqual([]);
  });

  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    // rule 1: heads that can speak or hold a view stay sources
    {
      name: 'a document head with a fact-subject verb',
      text: 'The report suggests that the factory will close.',
      want: { source: 'The report', kind: 'nominal', cue: 'suggests', content: 'the factory will close', quoted: 'none' },
    },
    {
      name: 'a poll with "shows"',
      text: 'The poll shows that the senator is ahead in Ohio.',
      want: { source: 'The poll', cue: 'shows', content: 'the senator is ahead in Ohio', quoted: 'none' },
    },
    {
      name: 'a person noun found by its suffix',
      text: 'The biologist highlighted that the treatment was untested.',
      want: { source: 'The biologist', kind: 'nominal', cue: 'highlighted', content: 'the treatment was untested', quoted: 'none' },
    },
    {
      name: 'a medium before "of": its head speaks, not the event after it',
      text: 'Video of the incident shows that the driver raised his hands.',
      want: { source: 'Video of the incident', cue: 'shows', content: 'the driver raised his hands', quoted: 'none' },
    },
    {
      name: 'a possessive name before a group noun is still a source',
      text: 'Johnson’s supporters argued that the vote was rigged.',
      specs: [['Johnson', 'PERSON']],
      want: { source: 'Johnson’s supporters', kind: 'vague', cue: 'argued', content: 'the vote was rigged', quoted: 'none' },
    },
    {
      name: 'an abstract head does not block a speech verb with a person source',
      text: 'The senator said that the decision marks a shift.',
      want: { source: 'The senator', kind: 'nominal', cue: 'said', content: 'the decision marks a shift', quoted: 'none' },
    },
    // rule 3: an implicative control verb: its object did the act
    {
      name: 'prompting X—aside—to V1 and even V2: X is the source of V2',
      text: 'Merkel called for talks, prompting Johnson—then in Paris—to publicly agree and even suggest he might attend.',
      specs: [['Merkel', 'PERSON'], ['Johnson', 'PERSON']],
      want: { source: 'Johnson', kind: 'named', entity: 'Johnson', cue: 'suggest', content: 'he might attend', quoted: 'none', rule: 'object-control' },
    },
    {
      name: 'prompted her to say',
      text: 'The verdict prompted her to say that she had never met him.',
      want: { source: 'her', kind: 'pronoun', cue: 'say', content: 'she had never met him', quoted: 'none', rule: 'object-control' },
    },
    {
      name: 'led the minister to announce',
      text: 'The scandal led the minister to announce that he would resign.',
      want: { source: 'the minister', kind: 'nominal', cue: 'announce', content: 'he would resign', quoted: 'none', rule: 'object-control' },
    },
  ])('source: $name', async ({ text, specs, want }) => {
    const a = await run(text, specs ?? []);
    check(a, byContent(a, want.content), want);
  });

  it('the seed: no abstract sources, and Trump (not Putin) suggests', async () => {
    const a = await analyze({ text: SEED, publishedAt: '2025-05-15' });
    const sources = a.attributions.map((x) => x.source?.text ?? '');
    for (const bad of ['these pivotal discussions', 'Putin’s latest move', 'Trump’s willingness']) expect(sources).not.toContain(bad);
    expect(a.attributions.find((x) => x.cue?.text === 'highlighting' && x.content.text.startsWith('Putin’s diplomatic isolation'))).toBeUndefined();
    const suggest = a.attributions.find((x) => x.cue?.text === 'suggest');
    expect(suggest?.source?.text).toBe('Trump');
    expect(a.attributions.find((x) => x.content.text === 'positively')).toBeUndefined();
  });
});

describe('attributions: round four (issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected[] }>([
    {
      name: 'a quote that opens the sentence after its speaker’s long cue sentence goes on from it',
      text: '“My name may not be on the ballot, but our progress is on the ballot,” John Doe said on Saturday at the gala in Washington, where Jane Smith also spoke. “Tolerance is on the ballot. Democracy is on the ballot.”',
      specs: [['John Doe', 'PERSON'], ['Jane Smith', 'PERSON'], ['Washington', 'LOC'], ['Saturday', 'DATE']],
      want: [{
        source: 'John Doe',
        cue: 'said',
        content: 'My name may not be on the ballot, but our progress is on the ballot,” John Doe said on Saturday at the gala in Washington, where Jane Smith also spoke. “Tolerance is on the ballot. Democracy is on the ballot.',
        quoted: 'direct',
        rule: 'quote-source-cue+continued',
      }],
    },
    {
      name: 'unquoted words before a quote belong to its content',
      text: 'With thousands of vote counting systems, “there is no single point of failure,” John Doe said.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'said', content: 'With thousands of vote counting systems, “there is no single point of failure,”', quoted: 'partial', rule: 'quote-source-cue+lead-in' }],
    },
    {
      name: 'a quote after the cue of the quote before goes on from it',
      text: '“My hope,” he said, “is that maybe I can have a little more influence on my friends.”',
      want: [{ source: 'he', cue: 'said', content: 'My hope,” he said, “is that maybe I can have a little more influence on my friends.', quoted: 'direct', rule: 'quote-source-cue+continued' }],
    },
    {
      name: 'a relative pronoun is the source, standing for the name before it',
      text: 'It was John Doe who said the plan would fail.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'who', kind: 'pronoun', entity: 'John Doe', cue: 'said', content: 'the plan would fail', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: '"is expected to": no source, the subject in the content',
      text: 'The final accord is expected to be ratified next month in Rwanda.',
      specs: [['Rwanda', 'LOC']],
      want: [{ source: null, cue: 'is expected', content: 'The final accord is expected to be ratified next month in Rwanda', quoted: 'none', rule: 'raising-passive' }],
    },
    {
      name: '"seems to": no source',
      text: 'The lack of enthusiasm among young voters seems to be a real issue for the campaign.',
      want: [{ source: null, cue: 'seems', content: 'The lack of enthusiasm among young voters seems to be a real issue for the campaign', quoted: 'none', rule: 'raising' }],
    },
    {
      name: '"appeared to suggest": the subject speaks, the cue takes in the raising verb',
      text: 'John Doe appeared to suggest that veterans with PTSD are weak.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'appeared to suggest', content: 'veterans with PTSD are weak', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'a title-case headline cue',
      text: 'John Doe Calls Plan A Disgrace Over Police Comments.\n\nThe mayor spoke on Monday.',
      specs: [['John Doe', 'PERSON'], ['Monday', 'DATE']],
      want: [{ source: 'John Doe', cue: 'Calls', content: 'Plan A Disgrace Over Police Comments', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'the belief of a pronoun inside a reported content is left to the saying',
      text: 'John Doe said he hopes the plan will pass.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', cue: 'said', content: 'he hopes the plan will pass', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'a person before an appositive that names an organisation speaks, not the organisation',
      text: 'Ed Balls, ex-chief economic adviser to the Treasury, said there would be no spending spree.',
      specs: [['Ed Balls', 'PERSON'], ['Treasury', 'ORG']],
      want: [{ source: 'Ed Balls', kind: 'named', cue: 'said', content: 'there would be no spending spree', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'a number and a lower-case noun before a speaker’s name',
      text: '“They are wrong,” said 9/11 widow Terry Strada.',
      specs: [['Terry Strada', 'PERSON']],
      want: [{ source: 'Terry Strada', cue: 'said', content: 'They are wrong,', quoted: 'direct', rule: 'quote-cue-source' }],
    },
    {
      name: 'a place name modifying a noun source',
      text: '“We need change,” the New York businessman said.',
      specs: [['New York', 'LOC']],
      want: [{ source: 'the New York businessman', kind: 'nominal', cue: 'said', content: 'We need change,', quoted: 'direct', rule: 'quote-source-cue' }],
    },
    {
      name: 'signed quotes: “…” ― Name at the end of the line, a right mark typed for a left one',
      text: 'Readers wrote in.\n\n“We can build a wall around him.” ― Steve Quinlan\n”Fear is what I feel.” ― Julie A. Diaz Martinez.\n',
      specs: [['Steve Quinlan', 'PERSON']],
      want: [
        { source: 'Steve Quinlan', kind: 'named', cue: '―', content: 'We can build a wall around him.', quoted: 'direct', rule: 'quote-dash-source' },
        { source: 'Julie A. Diaz Martinez', kind: 'named', cue: '―', content: 'Fear is what I feel.', quoted: 'direct', rule: 'quote-dash-source' },
      ],
    },
    {
      name: 'a prepositional phrase between a quote’s speaker and the cue',
      text: '“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.',
      specs: [['Morgan', 'PERSON'], ['Sierra Club', 'ORG']],
      want: [{ source: 'Morgan', cue: 'said', content: 'It was the least bad outcome,', quoted: 'direct', rule: 'quote-source-cue' }],
    },
  ])('$name', async ({ text, specs, want }) => {
    const a = await run(text, specs ?? []);
    for (const w of want) check(a, byContent(a, w.content), w);
    expect(a.attributions).toHaveLength(want.length);
  });

  it.each([
    ['a noun form the data says is no cue', 'Battleground state Florida is close, and the states differ.', [['Florida', 'LOC']] as HandMention[]],
    ['a raising verb inside a reported content', 'John Doe said that the economy seems to be slowing down.', [['John Doe', 'PERSON']] as HandMention[]],
  ])('%s', async (_name, text, specs) => {
    const a = await run(text, specs);
    expect(a.attributions.filter((x) => x.rule.startsWith('raising') || x.cue?.text.toLowerCase().startsWith('state'))).toEqual([]);
  });

  it.each<{ name: string; text: string; specs: HandMention[]; source: string; entity: string | null }>([
    {
      name: 'an unresolved "she" takes the latest person who spoke',
      text: 'Jane Smith said the plan would fail. “It is a disaster,” she said.',
      specs: [['Jane Smith', 'PERSON']],
      source: 'she',
      entity: 'Jane Smith',
    },
    {
      name: 'a speaker with no entity stands between: the pronoun stays unresolved',
      text: 'John Doe said the plan would fail. A spokeswoman said it would pass. “We disagree,” she said.',
      specs: [['John Doe', 'PERSON']],
      source: 'she',
      entity: null,
    },
    {
      name: '"Mr Thomas" the NER left out is the person with that surname',
      text: 'Richard Thomas said the rules were clear. Mr Thomas said the deletion was wrong.',
      specs: [['Richard Thomas', 'PERSON']],
      source: 'Mr Thomas',
      entity: 'Richard Thomas',
    },
    {
      name: 'a spokeswoman for an organisation stands between "she" and a man before',
      text: 'Mark Oaten said the bill was bad. A spokeswoman for Human Rights Watch said it was a basic principle. She said the law was unfair.',
      specs: [['Mark Oaten', 'PERSON'], ['Human Rights Watch', 'ORG']],
      source: 'She',
      entity: null,
    },
    {
      name: '"the minister" is the latest person who spoke',
      text: 'Patricia Hewitt said the cost was being evaluated. The minister told the seminar that sexism was still a problem.',
      specs: [['Patricia Hewitt', 'PERSON']],
      source: 'The minister',
      entity: 'Patricia Hewitt',
    },
  ])('$name', async ({ text, specs, source, entity }) => {
    const a = await run(text, specs);
    const got = a.attributions.filter((x) => x.source?.text === source).pop();
    expect(got, JSON.stringify(a.attributions.map((x) => x.source?.text))).toBeDefined();
    expect(got!.source!.entity === null ? null : a.entities.find((e) => e.id === got!.source!.entity)?.name).toBe(entity);
  });
});

describe('attributions: round five (issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected[] }>([
    {
      name: 'a share of a polled group is a vague source, and the next clause’s attribution ends the content',
      text: 'Sixty-six percent said the debate made no difference to them, and more than 4 in 10 said the economy was their main worry.',
      want: [
        { source: 'Sixty-six percent', kind: 'vague', cue: 'said', content: 'the debate made no difference to them', quoted: 'none', rule: 'source-cue' },
        { source: 'more than 4 in 10', kind: 'vague', cue: 'said', content: 'the economy was their main worry', quoted: 'none', rule: 'source-cue' },
      ],
    },
    {
      name: '"Six in 10" and "while 43" are shares too',
      text: 'Six in 10 say he is decisive, while 43 said the same of his rival.',
      want: [
        { source: 'Six in 10', kind: 'vague', cue: 'say', content: 'he is decisive', quoted: 'none' },
        { source: '43', kind: 'vague', cue: 'said', content: 'the same of his rival', quoted: 'none' },
      ],
    },
    {
      name: '"with X calling …": the participle takes the name before it',
      text: 'Democratic candidates went further, with John Doe calling the plan a disgrace.',
      specs: [['John Doe', 'PERSON']],
      want: [{ source: 'John Doe', kind: 'named', cue: 'calling', content: 'the plan a disgrace', quoted: 'none', rule: 'participle-subject' }],
    },
    {
      name: '", adding, “…”": the quote after the participle’s comma is its content',
      text: 'Jane Smith said the water was bad, adding, “I will fight for the children.”',
      specs: [['Jane Smith', 'PERSON']],
      want: [
        { source: 'Jane Smith', cue: 'said', content: 'the water was bad', quoted: 'none' },
        { source: 'Jane Smith', cue: 'adding', content: 'I will fight for the children.', quoted: 'direct' },
      ],
    },
  ])('$name', async ({ text, specs, want }) => {
    const a = await run(text, specs ?? []);
    for (const w of want) check(a, byContent(a, w.content), w);
    expect(a.attributions).toHaveLength(want.length);
  });

  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected[] }>([
    {
      name: '"when asked about …": no source, the topic is the content',
      text: '“It has been seven years,” John Doe said, asked about the delay in an interview.',
      specs: [['John Doe', 'PERSON']],
      want: [
        { source: 'John Doe', cue: 'said', content: 'It has been seven years,', quoted: 'direct' },
        { source: null, cue: 'asked about', content: 'the delay in an interview', quoted: 'none', rule: 'asked-no-source' },
      ],
    },
    {
      name: 'a quote ending with an inner quote’s mark still finds its speaker after it',
      text: 'John Doe spoke on Monday. “Reach out and ask, ‘What can I do?’” Doe said.',
      specs: [['John Doe', 'PERSON'], ['Doe', 'PERSON', 1]],
      want: [{ source: 'Doe', cue: 'said', content: 'Reach out and ask, ‘What can I do?’', quoted: 'direct', rule: 'quote-source-cue' }],
    },
  ])('$name', async ({ text, specs, want }) => {
    const a = await run(text, specs ?? []);
    for (const w of want) check(a, byContent(a, w.content), w);
    expect(a.attributions).toHaveLength(want.length);
  });

  it('reads the headline as a sentence', async () => {
    const a = await analyze({ id: 'h', text: 'Clinton Says Russians Hacked DNC\n\nHillary Clinton said on Sunday that Russian intelligence services hacked the committee.' });
    expect(a.article.title?.text).toBe('Clinton Says Russians Hacked DNC');
    const got = a.attributions.find((x) => x.content.start < a.article.title!.end);
    expect(got?.cue?.text).toBe('Says');
    expect(got?.content.text).toBe('Russians Hacked DNC');
  });

  it('"the home secretary" is not the shadow home secretary', async () => {
    const a = await analyze({
      id: 's',
      text: 'Blunkett sorry over plan\n\nThe review was announced on Monday. Shadow home secretary David Davis said the review was late. The home secretary said the review would go ahead.',
    });
    const got = a.attributions.find((x) => x.source?.text === 'The home secretary');
    expect(got, JSON.stringify(a.attributions.map((x) => x.source?.text))).toBeDefined();
    expect(a.entities.find((e) => e.id === got!.source!.entity)?.name ?? null).not.toBe('David Davis');
  });

  it.each([
    ['a year before a verb is no share', 'In 2012 said nothing about it.'],
    ['a number in a noun phrase is no share', 'The 43 said nothing.'],
  ])('%s', async (_name, text) => {
    const a = await run(text);
    expect(a.attributions.filter((x) => x.source && /\d/.test(x.source.text))).toEqual([]);
  });
});

describe('attributions: sources before the cue (round six b)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: 'a content that opens with a preposition after "that"',
      text: 'A party official said that about 40 percent of the attendees were women.',
      want: { source: 'A party official', cue: 'said', content: 'about 40 percent of the attendees were women', quoted: 'none' },
    },
    {
      name: 'a connective between subject and verb',
      text: 'Carter however said he would welcome the talks.',
      specs: [['Carter', 'PERSON']],
      want: { source: 'Carter', cue: 'said', content: 'he would welcome the talks', quoted: 'none' },
    },
    {
      name: 'a connective between commas',
      text: 'Others, however, say a recalibration is overdue.',
      want: { source: 'Others', kind: 'vague', cue: 'say', content: 'a recalibration is overdue', quoted: 'none' },
    },
    {
      name: '", then says": the sentence’s subject',
      text: 'Kasich offered the man a job, then says he will welcome advice.',
      specs: [['Kasich', 'PERSON']],
      want: { source: 'Kasich', cue: 'says', content: 'he will welcome advice', quoted: 'none' },
    },
    {
      name: 'the person before "of <place>, <appositive>,"',
      text: 'Rep. Tom Cole of Oklahoma, an ally of the leadership, said the worry is real.',
      specs: [['Tom Cole', 'PERSON'], ['Oklahoma', 'LOC']],
      want: { source: 'Tom Cole', cue: 'said', content: 'the worry is real', quoted: 'none' },
    },
    {
      name: 'the person before a party tag and an appositive',
      text: 'Rep. Elijah Cummings (D-Md.), chair of the committee, said the vote was calm.',
      specs: [['Elijah Cummings', 'PERSON']],
      want: { source: 'Elijah Cummings', cue: 'said', content: 'the vote was calm', quoted: 'none' },
    },
    {
      name: 'an appositive between dashes',
      text: 'Jason Sims — a teacher from Mount Pleasant — says he will vote for Rubio.',
      specs: [['Jason Sims', 'PERSON'], ['Mount Pleasant', 'LOC'], ['Rubio', 'PERSON']],
      want: { source: 'Jason Sims', cue: 'says', content: 'he will vote for Rubio', quoted: 'none' },
    },
  ])('$name', checkCase);
});

describe('attributions: speakers on British news (round six, issue 4)', () => {
  it.each<{ name: string; text: string; specs: HandMention[]; source: string; kind?: SourceKind; entity: string | null }>([
    {
      name: 'a "he" linked to a person named only in what was said is the latest speaker',
      text: 'Labour spokesman John Kemp said the poster had been misunderstood. The image simply portrayed Mr Howard as a hypnotist, he argued.',
      specs: [['John Kemp', 'PERSON'], ['Howard', 'PERSON']],
      source: 'he',
      entity: 'John Kemp',
    },
    {
      name: 'a "he" after an unnamed spokesman is the spokesman (no entity), not a man named before',
      text: 'Michael Howard attacked the poster on Monday. A Labour spokesman later said the timing was not affected by the row. “This has been up for two weeks,” he said.',
      specs: [['Michael Howard', 'PERSON']],
      source: 'he',
      entity: null,
    },
    {
      name: 'a person who spoke is kept when another person is named outside the quotes since',
      text: 'Mary Jones said the plan was late. Then Peter Brown arrived at the meeting. “We will vote against it,” he said.',
      specs: [['Mary Jones', 'PERSON'], ['Peter Brown', 'PERSON']],
      source: 'he',
      entity: 'Peter Brown',
    },
    {
      name: 'a person named after a possessive place before a pronoun is no antecedent',
      text: 'Labour MP Stephen Pound said he rang Lucy. Describing that first meeting at London’s King Cross station, he said the earth moved.',
      specs: [['Stephen Pound', 'PERSON'], ['Lucy', 'PERSON'], ['London', 'LOC'], ['King Cross', 'PERSON']],
      source: 'he',
      entity: 'Stephen Pound',
    },
    {
      name: 'a plural group noun the NER took for a name is a vague source',
      text: 'Courts should be used as a last resort, MPs said.',
      specs: [['MPs', 'PERSON']],
      source: 'MPs',
      kind: 'vague',
      entity: null,
    },
    {
      name: 'an office the NER took for a place is the person who spoke',
      text: 'Labour MP Stephen Pound said he was shocked. “It was a horrible thing,” said the Ealing North MP.',
      specs: [['Stephen Pound', 'PERSON'], ['Ealing North MP', 'LOC']],
      source: 'Ealing North MP',
      kind: 'nominal',
      entity: 'Stephen Pound',
    },
    {
      name: '"the watchdog" is the latest organisation that spoke',
      text: 'The Electoral Commission said a cap was not needed yet. All candidates should get a free mailshot, says the watchdog.',
      specs: [['Electoral Commission', 'ORG']],
      source: 'the watchdog',
      entity: 'Electoral Commission',
    },
    {
      name: '"its report" is the latest organisation that spoke',
      text: 'The Electoral Commission said a cap was not needed yet. “We are not opposed to a cap,” says its report.',
      specs: [['Electoral Commission', 'ORG']],
      source: 'its report',
      entity: 'Electoral Commission',
    },
    {
      name: '"the commission" is the organisation whose name ends in "Commission", not the latest that spoke',
      text: 'The Law Commission published its report in December. The Home Office said a review would follow. The commission found support for grading murder.',
      specs: [['Law Commission', 'ORG'], ['Home Office', 'ORG']],
      source: 'The commission',
      entity: 'Law Commission',
    },
    {
      name: 'another organisation named since the latest that spoke: "the report" is not the speaker\'s but the one named nearest before (round fourteen: NEAREST_ORG_SENTENCE)',
      text: 'The Police Federation said it opposed the powers. The Home Office has produced its own report on the officers. The report said the public was confused.',
      specs: [['Police Federation', 'ORG'], ['Home Office', 'ORG']],
      source: 'The report',
      entity: 'Home Office',
    },
    {
      name: '"the former teacher" is the one person named in the sentence before',
      text: 'Nicholas Green, who had been selected for the seat, quit on Monday. The former teacher confirmed he had attended the meeting.',
      specs: [['Nicholas Green', 'PERSON']],
      source: 'The former teacher',
      entity: 'Nicholas Green',
    },
    {
      name: '"the judge" is not the defendant named before',
      text: 'Pete Doherty faced charges in court on Monday. The judge said his curfew would be extended.',
      specs: [['Pete Doherty', 'PERSON']],
      source: 'The judge',
      entity: null,
    },
    {
      name: 'a person before a lower-case appositive, not a person named in it',
      text: 'Myron Ebell, an adviser on climate change to President Bush, has said there would be no change.',
      specs: [['Myron Ebell', 'PERSON'], ['Bush', 'PERSON']],
      source: 'Myron Ebell',
      entity: 'Myron Ebell',
    },
    {
      name: 'a person before a relative clause that names others',
      text: 'Lawyer Louise Christian, who represents Mr Abbasi and Mr Begg, said the government should have acted sooner.',
      specs: [['Louise Christian', 'PERSON'], ['Abbasi', 'PERSON'], ['Begg', 'PERSON']],
      source: 'Louise Christian',
      entity: 'Louise Christian',
    },
    {
      name: 'a person before "spokeswoman for …" with no closing comma',
      text: 'Patricia Sanders, spokeswoman for the Disaster Emergency Committee said it was aware of the site.',
      specs: [['Patricia Sanders', 'PERSON'], ['Emergency Committee', 'ORG']],
      source: 'Patricia Sanders',
      entity: 'Patricia Sanders',
    },
    {
      name: 'a person "of" a place or firm is the source, not the place',
      text: 'Nicolas Sarkozy of France said he and his colleagues were worried about the dollar.',
      specs: [['Nicolas Sarkozy', 'PERSON'], ['France', 'LOC']],
      source: 'Nicolas Sarkozy',
      entity: 'Nicolas Sarkozy',
    },
    {
      name: 'nouns before a role noun belong to the source',
      text: 'The index fell in December. The economy is at a pause, the economy minister said.',
      specs: [],
      source: 'the economy minister',
      kind: 'nominal',
      entity: null,
    },
    {
      name: '"the attorney general" is an office: the person who spoke, not an attorney',
      text: 'Peter Goldsmith said the advice was his own. The attorney general said the claims were unfounded. “I was not leant on,” he said.',
      specs: [['Peter Goldsmith', 'PERSON']],
      source: 'he',
      entity: 'Peter Goldsmith',
    },
    {
      name: 'a reporting verb inside a "whose" clause does not hide the person before it',
      text: 'Labour MP John Cryer, whose question revealed the price estimate, said the cost surprised him.',
      specs: [['John Cryer', 'PERSON']],
      source: 'John Cryer',
      entity: 'John Cryer',
    },
  ])('$name', async ({ text, specs, source, kind, entity }) => {
    const a = await run(text, specs);
    const got = a.attributions.filter((x) => x.source?.text === source).pop();
    expect(got, JSON.stringify(a.attributions.map((x) => x.source?.text))).toBeDefined();
    if (kind) expect(got!.source!.kind).toBe(kind);
    expect(got!.source!.entity === null ? null : a.entities.find((e) => e.id === got!.source!.entity)?.name).toBe(entity);
  });
});

describe('attributions: British punctuation and quotes with no cue (round seven, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected[] }>([
    {
      name: 'a comma outside the closing mark, and a noun before the role noun',
      text: 'Budget day\n\n"We will win the vote", the finance minister said.',
      want: [{ source: 'the finance minister', kind: 'nominal', cue: 'said', content: 'We will win the vote', quoted: 'direct', rule: 'quote-source-cue' }],
    },
    {
      name: 'a full stop outside the closing mark, then a short sentence of speaker and cue',
      text: 'Budget day\n\nGordon Brown spoke on Monday. "We will win the next election". Mr Brown said.',
      specs: [['Gordon Brown', 'PERSON'], ['Brown', 'PERSON', 1]],
      want: [{ source: 'Brown', entity: 'Gordon Brown', cue: 'said', content: 'We will win the next election', quoted: 'direct', rule: 'quote-source-cue' }],
    },
    {
      name: 'a content that opens with "as much as" after "that"',
      text: 'Tsunami costs\n\nSome economists have said that as much as 1% of annual growth may be lost.',
      want: [{ source: 'Some economists', kind: 'vague', cue: 'said', content: 'as much as 1% of annual growth may be lost', quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'a role before its organisation speaks ("a spokeswoman for the … office")',
      text: 'Fund settlement\n\nThe regulator is pressing for the highest penalties, a spokeswoman for the SEC\'s Boston office told the BBC.',
      specs: [['SEC', 'ORG'], ['Boston', 'LOC'], ['BBC', 'ORG']],
      want: [{ source: "a spokeswoman for the SEC's Boston office", kind: 'vague', cue: 'told', content: 'The regulator is pressing for the highest penalties', quoted: 'none', rule: 'content-source-cue' }],
    },
    {
      name: 'time words before a possessive open the content',
      text: 'Festival news\n\nOrganisers say this year\'s festival will celebrate European cinema.',
      want: [{ source: 'Organisers', cue: 'say', content: "this year's festival will celebrate European cinema", quoted: 'none', rule: 'source-cue' }],
    },
    {
      name: 'a quote with no cue after a sentence whose subject is a person, and the quotes that go on from it',
      text: 'Election adviser\n\nOn this subject, Morris appears almost evangelical.\n\n"I was on a cruise in the Mediterranean last year". But what is it about the party that attracts him? "I think the greatest threat to democracy is bureaucratism".',
      specs: [['Morris', 'PERSON']],
      want: [
        { source: 'Morris', entity: 'Morris', cue: null, content: 'I was on a cruise in the Mediterranean last year', quoted: 'direct', rule: 'quote-after-subject' },
        { source: 'Morris', entity: 'Morris', cue: null, content: 'I think the greatest threat to democracy is bureaucratism', quoted: 'direct', rule: 'quote-continuation' },
      ],
    },
    {
      name: 'a quote with no cue after a sentence of reported speech is its speaker\'s',
      text: 'Poster row\n\nLabour spokesman Fraser Kemp said the poster had been misunderstood. The image simply portrayed Mr Howard as a hypnotist, he argued. "Concern has been expressed and we have to take those views on board."',
      specs: [['Fraser Kemp', 'PERSON'], ['Howard', 'PERSON']],
      want: [{ source: 'he', entity: 'Fraser Kemp', cue: null, content: 'Concern has been expressed and we have to take those views on board.', quoted: 'direct', rule: 'quote-after-subject' }],
    },
    {
      name: 'a known surname the NER missed, before a long appositive',
      text: 'MP story\n\nLabour MP Stephen Pound spoke on Friday.\n\nMr Pound, who is now married with two other teenage children, said: "I was a nutter and I was a sailor."',
      specs: [['Stephen Pound', 'PERSON']],
      want: [{ source: 'Mr Pound', entity: 'Stephen Pound', cue: 'said', content: 'I was a nutter and I was a sailor.', quoted: 'direct', rule: 'source-cue-quote' }],
    },
    {
      name: 'a second predicate with no subject takes the first cue\'s speaker',
      text: 'Candidate quits\n\nNicholas Green resigned on Monday. The former teacher confirmed he had attended the meeting but said it was the only contact he had with the group.',
      specs: [['Nicholas Green', 'PERSON']],
      want: [
        { source: 'The former teacher', cue: 'confirmed', content: 'he had attended the meeting', quoted: 'none', rule: 'source-cue' },
        { source: 'The former teacher', cue: 'said', content: 'it was the only contact he had with the group', quoted: 'none', rule: 'source-cue' },
      ],
    },
    {
      name: 'a quote left open runs on into the quote that opens right after it',
      text: 'Election adviser\n\nMorris appears almost evangelical.\n\n"I was on a cruise in the Mediterranean. "I had just written a piece about the Channel". But why?',
      specs: [['Morris', 'PERSON']],
      want: [{ source: 'Morris', entity: 'Morris', cue: null, content: 'I was on a cruise in the Mediterranean. "I had just written a piece about the Channel', quoted: 'direct', rule: 'quote-after-subject+continued' }],
    },
  ])('$name', async ({ text, specs, want }) => {
    const a = await run(text, specs ?? []);
    for (const w of want) check(a, byContent(a, w.content), w);
  });

  it.each<{ name: string; text: string; specs?: HandMention[] }>([
    { name: 'a quote after a sentence with no person as its subject', text: 'Budget day\n\nThe vote was close on Monday. "We will win the next one and the one after".' },
    { name: 'a short quote after a person (a title or a scare quote)', text: 'Film news\n\nJane Smith was delighted. "Man to Man".', specs: [['Jane Smith', 'PERSON']] },
    { name: 'a quote in the headline', text: '"We will win the vote and the next one"\n\nJane Smith spoke on Monday.', specs: [['Jane Smith', 'PERSON']] },
    { name: 'a passive "is called"', text: 'Virus alert\n\nThe new variant is called Bagle and it spreads by e-mail.' },
    { name: 'a passive "has been accused of"', text: 'Poster row\n\nLabour has been accused of using offensive images in posters.', specs: [['Labour', 'ORG']] },
  ])('no attribution: $name', async ({ text, specs }) => {
    const a = await run(text, specs ?? []);
    expect(a.attributions.map((x) => `${x.rule}: ${x.content.text}`)).toEqual([]);
  });
});

describe('attributions: round eight (issue 4)', () => {
  // each source shape was missed before this round: the cue had no source, so no attribution at all
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"has since said": a word between subject and cue',
      text: 'The debate went on. Mrs. Clinton has since said that the law is wrong.',
      specs: [['Clinton', 'PERSON']],
      want: { source: 'Clinton', cue: 'said', content: 'the law is wrong', quoted: 'none' },
    },
    {
      name: '"have long insisted"',
      text: 'The debate went on. Her advisers have long insisted that the law is wrong.',
      want: { source: 'Her advisers', cue: 'insisted', content: 'the law is wrong', quoted: 'none' },
    },
    {
      name: 'a time expression between subject and cue',
      text: 'The debate went on. Sean Spicer on Thursday evening said the law is wrong.',
      specs: [['Sean Spicer', 'PERSON'], ['Thursday evening', 'DATE']],
      want: { source: 'Sean Spicer', cue: 'said', content: 'the law is wrong', quoted: 'none' },
    },
    {
      name: '"have in fact reported"',
      text: 'The debate went on. Three groups have in fact reported that the law is wrong.',
      want: { source: 'Three groups', cue: 'reported', content: 'the law is wrong', quoted: 'none' },
    },
    {
      name: 'a hyphenated modifier in the source',
      text: 'The debate went on. The anti-abortion movement argued that the law is wrong.',
      want: { source: 'The anti-abortion movement', cue: 'argued', content: 'the law is wrong', quoted: 'none' },
    },
    {
      name: 'an -ing noun as the source of a cue that needs a speaker',
      text: 'The vote was close. Exit polling showed that the law is unpopular.',
      want: { source: 'Exit polling', cue: 'showed', content: 'the law is unpopular', quoted: 'none' },
    },
    {
      name: '"X, who …, is calling for": the auxiliary before the appositive’s comma',
      text: 'Ted Cruz, who won Oklahoma and his home state of Texas, is calling for a new vote.',
      specs: [['Ted Cruz', 'PERSON'], ['Oklahoma', 'LOC'], ['Texas', 'LOC']],
      want: { source: 'Ted Cruz', cue: 'calling for', content: 'a new vote', quoted: 'none' },
    },
    {
      name: 'an appositive between spaced hyphens',
      text: 'Sanders - who digested his new circumstances aboard a cross-country flight home to Vermont - has vowed to fight on.',
      specs: [['Sanders', 'PERSON'], ['Vermont', 'LOC']],
      want: { source: 'Sanders', cue: 'vowed', content: 'to fight on', quoted: 'none' },
    },
    {
      name: 'a second predicate after an opening participle clause',
      text: 'Walking to the next address, Ebeling reminisced about her days as a Goldwater girl, and said the race was close.',
      specs: [['Ebeling', 'PERSON']],
      want: { source: 'Ebeling', cue: 'said', content: 'the race was close', quoted: 'none' },
    },
    {
      name: 'the noun phrase before a participle phrase',
      text: 'The vote was close. New polls released Sunday showed the race was over.',
      specs: [['Sunday', 'DATE']],
      want: { source: 'New polls', cue: 'showed', content: 'the race was over', quoted: 'none' },
    },
    {
      name: '"those surveyed said"',
      text: 'The vote was close. By a wide margin, those surveyed said the race was over.',
      want: { source: 'those surveyed', kind: 'vague', cue: 'said', content: 'the race was over', quoted: 'none' },
    },
    {
      name: '"As X noted, <clause>": the clause after the comma',
      text: 'The race went on. As the Business Times noted, Clinton raised more than $1 million from the industry.',
      specs: [['Business Times', 'ORG'], ['Clinton', 'PERSON']],
      want: { source: 'Business Times', cue: 'noted', content: 'Clinton raised more than $1 million from the industry', quoted: 'none', rule: 'as-source-cue' },
    },
    {
      name: 'a conjoined source between commas: the whole sentence (PARC)',
      text: 'The race went on. The source of the attraction, union members and leaders say, is manifold.',
      want: { source: 'leaders', cue: 'say', content: 'The source of the attraction, union members and leaders say, is manifold', quoted: 'none' },
    },
    {
      name: 'a name particle before the source, and an opening adjunct in the content',
      text: 'The race went on. For decades, Mr. de Vos noted, the United States has deployed observers abroad.',
      specs: [['Vos', 'PERSON'], ['United States', 'LOC']],
      want: { source: 'Vos', cue: 'noted', content: 'For decades, Mr. de Vos noted, the United States has deployed observers abroad', quoted: 'none' },
    },
    {
      name: 'a quote goes on after the cue’s comma',
      text: 'The race went on. Clinton, a top aide said, “is very confident in the contrast” between her and Trump.',
      specs: [['Clinton', 'PERSON'], ['Trump', 'PERSON']],
      want: { source: 'a top aide', cue: 'said', content: 'Clinton, a top aide said, “is very confident in the contrast” between her and Trump', quoted: 'partial' },
    },
    {
      name: 'a content before its source that opens with an intro word ("This …")',
      text: 'The race went on. This was the first time it was used for something like this, she said.',
      want: { source: 'she', cue: 'said', content: 'This was the first time it was used for something like this', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"But this …, she said": past the conjunction',
      text: 'The race went on. But this was a mistake, she said.',
      want: { source: 'she', cue: 'said', content: 'this was a mistake', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: 'a role noun before a participle aside',
      text: 'The race went on. A senior official, speaking on condition of anonymity, said the plan was good.',
      want: { source: 'A senior official', cue: 'said', content: 'the plan was good', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"made it clear that …"',
      text: 'The race went on. Smith has made it clear that he will not run again.',
      specs: [['Smith', 'PERSON']],
      want: { source: 'Smith', cue: 'made it clear', content: 'he will not run again', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"but on Tuesday wrote": a second predicate past a time expression',
      text: 'Ruth Marcus has been critical of the plan but on Tuesday wrote that the race was over.',
      specs: [['Ruth Marcus', 'PERSON'], ['Tuesday', 'DATE']],
      want: { source: 'Ruth Marcus', cue: 'wrote', content: 'the race was over', quoted: 'none' },
    },
  ])('$name', checkCase);

  // a report inside another report's content is not an attribution of its own (PolNeAR marks < 1 % of those)
  it.each<{ name: string; text: string; specs?: HandMention[]; outer: string; inner: string }>([
    {
      name: 'someone said someone maintains a lead',
      text: 'The senator said Clinton maintains a wide lead over Sanders among black voters.',
      specs: [['Clinton', 'PERSON'], ['Sanders', 'PERSON']],
      outer: 'Clinton maintains a wide lead over Sanders among black voters',
      inner: 'a wide lead over Sanders among black voters',
    },
    {
      name: 'a relative clause with its own reporting verb inside a content',
      text: 'Trump said the delegate system, which he said runs the risk of leaving voters out, is rigged.',
      specs: [['Trump', 'PERSON']],
      outer: 'the delegate system, which he said runs the risk of leaving voters out, is rigged',
      inner: 'runs the risk of leaving voters out, is rigged',
    },
    {
      name: 'reports inside a relative clause of a content',
      text: 'Critics said the actions would not have prevented any of the shootings that Obama mentioned when he announced the steps at the White House.',
      specs: [['Obama', 'PERSON'], ['White House', 'ORG']],
      outer: 'the actions would not have prevented any of the shootings that Obama mentioned when he announced the steps at the White House',
      inner: 'the steps at the White House',
    },
  ])('$name', async ({ text, specs, outer, inner }) => {
    const a = await run(text, specs ?? []);
    expect(byContent(a, outer), JSON.stringify(a.attributions.map((x) => x.content.text))).toBeDefined();
    expect(byContent(a, inner)).toBeUndefined();
  });

  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: 'a quote before "the candidate said" (a noun that can speak)',
      text: 'The race went on.\n\n“I have great respect for Silicon Valley,” the candidate said in an email.',
      want: { source: 'the candidate', cue: 'said', content: 'I have great respect for Silicon Valley,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: 'a participle after a comma inside the closing mark',
      text: 'The race went on. Trump told Newsmax that Romney “had a crazy policy,” adding, “He lost all of the Latino vote.”',
      specs: [['Trump', 'PERSON'], ['Newsmax', 'ORG'], ['Romney', 'PERSON']],
      want: { source: 'Trump', cue: 'adding', content: 'He lost all of the Latino vote.', quoted: 'direct' },
    },
    {
      name: '"and said, “…”": the sentence’s subject',
      text: 'The race went on. Trump called on her to resign from her post and said, “Her mind is shot!”',
      specs: [['Trump', 'PERSON']],
      want: { source: 'Trump', cue: 'said', content: 'Her mind is shot!', quoted: 'direct', rule: 'source-cue-quote' },
    },
    {
      name: 'a quote after an abbreviation’s full stop goes on from the speaker’s quote',
      text: 'The race went on.\n\n“Bernie seemed more transparent than her,” said Rachel Woolard, 20, of Jacksonville, Fla. “She has the stereotypical politician approach to things.”\n\nThe next day was calm.',
      specs: [['Rachel Woolard', 'PERSON'], ['Jacksonville', 'LOC']],
      want: { source: 'Rachel Woolard', cue: 'said', content: 'Bernie seemed more transparent than her,” said Rachel Woolard, 20, of Jacksonville, Fla. “She has the stereotypical politician approach to things.', quoted: 'direct', rule: 'quote-cue-source+continued' },
    },
    {
      name: 'an appositive with a plural possessive between a quote and its cue',
      text: 'The race went on.\n\n“Bernie believes the path toward change runs through the states,” Jeff Weaver, Sanders’ campaign manager, said in a statement.',
      specs: [['Bernie', 'PERSON'], ['Jeff Weaver', 'PERSON'], ['Sanders', 'PERSON']],
      want: { source: 'Jeff Weaver', cue: 'said', content: 'Bernie believes the path toward change runs through the states,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '“…,” Smith and Jones said: both are the source',
      text: 'The race went on.\n\n“We will win this race,” Smith and Jones said in a joint statement.',
      specs: [['Smith', 'PERSON'], ['Jones', 'PERSON']],
      want: { source: 'Smith and Jones', cue: 'said', content: 'We will win this race,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '“…,” one voter, Jane Doe, said: the person in apposition',
      text: 'The race went on.\n\n“We will win this race,” one voter, Jane Doe, said.',
      specs: [['Jane Doe', 'PERSON']],
      want: { source: 'Jane Doe', kind: 'named', entity: 'Jane Doe', cue: 'said', content: 'We will win this race,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '“…,” the 45-year-old spokesman said: an age before the head',
      text: 'The race went on.\n\n“We will win this race,” the 45-year-old spokesman said.',
      want: { source: 'the 45-year-old spokesman', cue: 'said', content: 'We will win this race,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '"wrote on Twitter that …": the particle’s phrase is an adjunct',
      text: 'The race went on. Smith wrote on Twitter that the plan was good.',
      specs: [['Smith', 'PERSON'], ['Twitter', 'ORG']],
      want: { source: 'Smith', cue: 'wrote', content: 'the plan was good', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Still, …, officials said": the content does not open with the comma',
      text: 'The race went on. Still, the plan is good, officials said.',
      want: { source: 'officials', cue: 'said', content: 'the plan is good', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: 'a participle after a quote keeps its own attribution inside the joined quote',
      text: '“The key was the market timing,” Mr. Hedge said, referring to the two resorts. “It worked.”',
      specs: [['Hedge', 'PERSON']],
      want: { source: 'Hedge', cue: 'referring to', content: 'the two resorts', quoted: 'none' },
    },
  ])('$name', checkCase);
});

describe('attributions: known cues whose source was missed (round nine, issue 4)', () => {
  it.each<{ name: string; text: string; specs?: HandMention[]; want: Expected }>([
    {
      name: '"You said …": you is a source (YOU_SOURCE)',
      text: 'The debate went on. You said the middle class is still getting crushed.',
      want: { source: 'You', kind: 'pronoun', cue: 'said', content: 'the middle class is still getting crushed', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Many of you noted …": the group, not you alone',
      text: 'The debate went on. Many of you noted the difference between the two speeches.',
      want: { source: 'Many of you', cue: 'noted', content: 'the difference between the two speeches', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"He’s said …": the clitic is "has", not a passive (CONTRACTED_AUX)',
      text: 'The race went on. He’s said he will fight all the way to the convention.',
      want: { source: 'He', cue: 'said', content: 'he will fight all the way to the convention', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"She\'s predicting that …": the clitic is "is" before a participle',
      text: "The race went on. She's predicting that the competition will become fierce.",
      want: { source: 'She', cue: 'predicting', content: 'the competition will become fierce', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Almost half of respondents said": a share of a group (QUANTITY_OF)',
      text: 'The poll was released on Monday. Almost half of respondents said the party has become more hostile.',
      want: { source: 'Almost half of respondents', kind: 'vague', cue: 'said', content: 'the party has become more hostile', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"About 6 in 10 white men supported …": a share before its noun',
      text: 'The poll was released on Monday. About 6 in 10 white men supported Sanders.',
      specs: [['Sanders', 'PERSON']],
      want: { source: 'About 6 in 10 white men', kind: 'vague', cue: 'supported', content: 'Sanders', quoted: 'none' },
    },
    {
      name: '"Smith and Jones said …": the coordination is the source (COORDINATED_SOURCES)',
      text: 'The race went on. Smith and Jones said the plan would fail.',
      specs: [['Smith', 'PERSON'], ['Jones', 'PERSON']],
      want: { source: 'Smith and Jones', kind: 'named', entity: 'Jones', cue: 'said', content: 'the plan would fail', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Reporters and editors know …": a bare plural after "and"',
      text: 'Through real-time analytics, reporters and editors know how many people are reading their work.',
      want: { source: 'reporters and editors', kind: 'vague', cue: 'know', content: 'how many people are reading their work', quoted: 'none', rule: 'source-belief' },
    },
    {
      name: '"Smith and Jones both said …": past a floating quantifier (FLOATING_QUANTIFIERS)',
      text: 'The race went on. Smith and Jones both said that the plan would fail.',
      specs: [['Smith', 'PERSON'], ['Jones', 'PERSON']],
      want: { source: 'Smith and Jones', cue: 'said', content: 'the plan would fail', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"She also said, without evidence, that …": the content after the aside (COMMA_ASIDE)',
      text: 'The race went on. She also said, without evidence, that the plan would fail.',
      want: { source: 'She', cue: 'said', content: 'the plan would fail', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"She said, if elected, she would …": a subordinate clause belongs to the content',
      text: 'The race went on. She said, if elected, she would ask Congress to act.',
      specs: [['Congress', 'ORG']],
      want: { source: 'She', cue: 'said', content: 'if elected, she would ask Congress to act', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"He wondered, as I do, why …": a wh-clause after the aside',
      text: 'The race went on. He wondered, as I do, why the senator said so little about it.',
      want: { source: 'He', cue: 'wondered', content: 'why the senator said so little about it', quoted: 'none' },
    },
    {
      name: '"Clinton and Sanders have both urged …": a floating quantifier after an auxiliary',
      text: 'The race went on. Clinton and Sanders have both urged Congress to act.',
      specs: [['Clinton', 'PERSON'], ['Sanders', 'PERSON'], ['Congress', 'ORG']],
      want: { source: 'Clinton and Sanders', cue: 'urged', content: 'Congress to act', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Both promised to …": the quantifier pronoun is the source (BOTH_SOURCE)',
      text: 'The two senators met on Monday. Both promised to pursue legislation if elected.',
      want: { source: 'Both', kind: 'vague', cue: 'promised', content: 'to pursue legislation if elected', quoted: 'none', rule: 'source-cue+infinitive' },
    },
    {
      name: '"voters are slightly more likely to say …": an adjective that takes the infinitive (ADJECTIVE_TO)',
      text: 'The poll was released on Monday. Democratic voters are slightly more likely to say that Clinton represents their positions.',
      specs: [['Clinton', 'PERSON']],
      want: { source: 'Democratic voters', cue: 'are slightly more likely to say', content: 'Clinton represents their positions', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Trump was quick to add that …"',
      text: 'The race went on. Trump was quick to add that the wall was not negotiable.',
      specs: [['Trump', 'PERSON']],
      want: { source: 'Trump', kind: 'named', cue: 'was quick to add', content: 'the wall was not negotiable', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Cement makers, for instance, argue …": an aside phrase after the subject (ASIDE_PHRASES)',
      text: 'The tax was raised in 2013. Cement makers, for instance, argue that imports from China grew to 40 percent.',
      specs: [['China', 'LOC']],
      want: { source: 'Cement makers', cue: 'argue', content: 'imports from China grew to 40 percent', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"…, and he, once again, pledged …": an aside phrase after a pronoun inside the sentence',
      text: 'The rally went on. He pledged to enact judicial reform, and he, once again, pledged a political revolution.',
      want: { source: 'he', kind: 'pronoun', cue: 'pledged', content: 'a political revolution', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Brian Murphy, the chairman of …, for example, said": the person before the appositive',
      text: 'The race went on. Brian Murphy, the chairman of the county party in New Hampshire, for example, said Trump continued to hurt his cause.',
      specs: [['Brian Murphy', 'PERSON'], ['New Hampshire', 'LOC'], ['Trump', 'PERSON']],
      want: { source: 'Brian Murphy', cue: 'said', content: 'Trump continued to hurt his cause', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Yet Democratic economists, like their Republican counterparts, say …": a noun subject before an appositive (NOUN_APPOSITIVE)',
      text: 'The tax was proposed in 2013. Yet Democratic economists, like their Republican counterparts, say taxing consumption encourages savings.',
      want: { source: 'Democratic economists', cue: 'say', content: 'taxing consumption encourages savings', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Republican lawmakers, who are close to …, have vowed to …": past a relative clause',
      text: 'The rule was issued on Monday. Republican lawmakers, who are close to many of the industries, have vowed to block it.',
      want: { source: 'Republican lawmakers', cue: 'vowed', content: 'to block it', quoted: 'none', rule: 'source-cue+infinitive' },
    },
    {
      name: '"Sanders, a … self-described democratic socialist, said …": a cue inside a hyphenated word is no report',
      text: 'The vote went on. Sanders, a senator from Vermont and self-described democratic socialist, said economic stagnation is the source of the disaffection.',
      specs: [['Sanders', 'PERSON'], ['Vermont', 'LOC']],
      want: { source: 'Sanders', kind: 'named', entity: 'Sanders', cue: 'said', content: 'economic stagnation is the source of the disaffection', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"After winning Ohio …, Gov. John Kasich (R-OH), said, “…”": past an opening adjunct and a party tag',
      text: 'The vote went on. After winning Ohio in the primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”',
      specs: [['Ohio', 'LOC'], ['John Kasich', 'PERSON']],
      want: { source: 'John Kasich', cue: 'said', content: 'I’m getting ready to rent a covered wagon.', quoted: 'direct', rule: 'source-cue-quote' },
    },
    {
      name: '"A person familiar with the planning for Thursday’s meeting says …": an earlier preposition (PP_CHAIN)',
      text: 'The race went on. A person familiar with the planning for Thursday’s meeting says the discussion will focus on unity.',
      want: { source: 'A person familiar with the planning for Thursday’s meeting', kind: 'vague', cue: 'says', content: 'the discussion will focus on unity', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Among likely voters, about two-thirds, 67 percent, say …": a share before an appositive number',
      text: 'The poll was released on Monday. Among likely GOP primary voters, about two-thirds, 67 percent, say they will vote for Trump.',
      specs: [['Trump', 'PERSON']],
      want: { source: 'about two-thirds', kind: 'vague', cue: 'say', content: 'they will vote for Trump', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Emanuel acknowledged, however, “…”": a quote after a connective aside',
      text: 'The race went on. Emanuel acknowledged, however, “As they say in the stock brochures, past performance is no indication of future performance.”',
      specs: [['Emanuel', 'PERSON']],
      want: { source: 'Emanuel', cue: 'acknowledged', content: 'As they say in the stock brochures, past performance is no indication of future performance.', quoted: 'direct', rule: 'source-cue' },
    },
    {
      name: '"He went on to say that …": a catenative opens the cue (CATENATIVES)',
      text: 'The race went on. He went on to say that the plan would work.',
      want: { source: 'He', cue: 'went on to say', content: 'the plan would work', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"derided and insulted X": the content is the second verb\'s object (COORDINATED_VERBS)',
      text: 'The race went on. Robert Gibbs derided and insulted the professional left in press conferences.',
      specs: [['Robert Gibbs', 'PERSON']],
      want: { source: 'Robert Gibbs', cue: 'derided', content: 'the professional left', quoted: 'none' },
    },
    {
      name: '"Officials report that …": a plural subject before "report" keeps the verb (NOUN_AGREEMENT)',
      text: 'The data came out on Monday. Officials report that the economy grew.',
      want: { source: 'Officials', cue: 'report', content: 'the economy grew', quoted: 'none' },
    },
    {
      name: '"Audit files from NGP VAN show that …": a name before a bare "show" is its subject',
      text: 'The audit came out on Monday. Audit files from NGP VAN show that four accounts searched the data.',
      specs: [['NGP VAN', 'ORG']],
      want: { source: 'NGP VAN', cue: 'show', content: 'four accounts searched the data', quoted: 'none' },
    },
    {
      name: '"In a CNN poll, X …": a poll opening the sentence is the source, "In" the cue (IN_SOURCE)',
      text: 'The race went on. In a CNN national poll, Hillary Clinton held a 24-point lead among black voters.',
      specs: [['CNN', 'ORG'], ['Hillary Clinton', 'PERSON']],
      want: { source: 'a CNN national poll', kind: 'vague', cue: 'In', content: 'Hillary Clinton held a 24-point lead among black voters', quoted: 'none', rule: 'in-source' },
    },
    {
      name: '"In the latest poll, conducted in May, X …": past the aside after the phrase',
      text: 'The race went on. In the latest poll, conducted in May, Clinton led Trump by eight points.',
      specs: [['Clinton', 'PERSON'], ['Trump', 'PERSON']],
      want: { source: 'the latest poll, conducted in May', cue: 'In', content: 'Clinton led Trump by eight points', quoted: 'none', rule: 'in-source' },
    },
    {
      name: '"EXCLUSIVE – Roger Stone: …": past a headline\'s kicker (HEADLINE_TITLED)',
      text: 'EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines\n\nThere is serious concern about the election, he said.',
      specs: [['Roger Stone', 'PERSON']],
      want: { source: 'Roger Stone', kind: 'named', cue: ':', content: 'Don’t Trust the Voting Machines', quoted: 'none', rule: 'headline-colon' },
    },
    {
      name: '"Hacker Guccifer: …": a headline\'s person after a role word',
      text: 'Hacker Guccifer: Clinton’s Server Was Unprotected\n\nThe hacker spoke from prison on Monday.',
      specs: [['Guccifer', 'PERSON'], ['Clinton', 'PERSON']],
      want: { source: 'Hacker Guccifer', kind: 'named', entity: 'Guccifer', cue: ':', content: 'Clinton’s Server Was Unprotected', quoted: 'none', rule: 'headline-colon' },
    },
    {
      name: '"While …, veteran Republicans said, a strong showing …": a plain modifier before the parenthetical source (ANY_MODIFIER)',
      text: 'The race went on. While he is running third in most polls, veteran Republicans said, a strong showing could help him.',
      specs: [['Republicans', 'NORP']],
      want: { source: 'Republicans', cue: 'said', content: 'While he is running third in most polls, veteran Republicans said, a strong showing could help him', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"…, forecasters say.": a bare plural of people after a comma is the source (BARE_PLURAL_AFTER_COMMA)',
      text: 'The debate went on. Health spending will cripple the economy within decades, forecasters say.',
      want: { source: 'forecasters', kind: 'vague', cue: 'say', content: 'Health spending will cripple the economy within decades', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"Voters who say X were divided": a restrictive relative\'s content ends at the main verb (RELATIVE_PREDICATE)',
      text: 'The race went on. Voters who say the economy is most important in their decision were evenly divided.',
      want: { source: 'who', kind: 'pronoun', cue: 'say', content: 'the economy is most important in their decision', quoted: 'none' },
    },
    {
      name: '"The man who wrote the speech says …": the noun before the relative clause is the source',
      text: 'The race went on. The man who wrote the powerful speech says he will not vote for Trump.',
      specs: [['Trump', 'PERSON']],
      want: { source: 'The man', cue: 'says', content: 'he will not vote for Trump', quoted: 'none' },
    },
    {
      name: '"Republicans who praised his candidacy warned that …": the antecedent, not the object',
      text: 'The race went on. Republicans who praised his candidacy warned on Tuesday that the party may split.',
      specs: [['Republicans', 'NORP']],
      want: { source: 'Republicans', cue: 'warned', content: 'the party may split', quoted: 'none' },
    },
    {
      name: '"People close to the vice president said …": the speaker before "close to" (ADJECTIVE_PP)',
      text: 'The race went on. People close to the vice president said the mention made him fume.',
      want: { source: 'People close to the vice president', cue: 'said', content: 'the mention made him fume', quoted: 'none' },
    },
    {
      name: '"X, records show, and experts say Y": the parenthetical\'s content stops before a report of its own (INNER_REPORTS)',
      text: 'The plane was sold. The aircraft was insured at a value of $35 million in 2011, records show, and aviation experts say it is worth about $18 million.',
      want: { source: 'experts', cue: 'say', content: 'it is worth about $18 million', quoted: 'none' },
    },
    {
      name: '"Candidates said A, but B, they said": the content before its source starts after the report before it',
      text: 'The race went on. Other candidates said they support vouchers, but they would not advocate for them federally, they said.',
      want: { source: 'they', cue: 'said', content: 'they would not advocate for them federally', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"X - an aside - others say Y": a report of its own after a dash aside ends the content',
      text: 'The race went on. While some friends say he would look zippier if he ate a cheeseburger - an old favorite - others say he has never been healthier.',
      want: { source: 'others', kind: 'vague', cue: 'say', content: 'he has never been healthier', quoted: 'none' },
    },
    {
      name: '"At the heart of it, according to X, was …": the content runs across the cue to the sentence end (ACCORDING_INSIDE)',
      text: 'The talks went on. At the heart of the trouble, according to Dennis Ross, was a decision by Obama to keep his distance.',
      specs: [['Dennis Ross', 'PERSON'], ['Obama', 'PERSON']],
      want: { source: 'Dennis Ross', cue: 'according to', content: 'At the heart of the trouble, according to Dennis Ross, was a decision by Obama to keep his distance', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"X would see …, according to Y, more than …": a complete clause before the cue keeps its content',
      text: 'The plan was costed. The top 1 percent would see their incomes rise by 19.9 percent, according to the Tax Foundation, more than any other group.',
      specs: [['Tax Foundation', 'ORG']],
      want: { source: 'Tax Foundation', cue: 'according to', content: 'The top 1 percent would see their incomes rise by 19.9 percent', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"HEADLINE - Mark Blumenthal and Jon Cohen: “…”": names after a dash, a colon and a quote (DASH_COLON_QUOTES)',
      text: 'The polls came out.\n\nIOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “Although the polls failed, they were not wrong. They just ended too early.”\n\nMore came later.',
      specs: [['Mark Blumenthal', 'PERSON'], ['Jon Cohen', 'PERSON']],
      want: { source: 'Mark Blumenthal and Jon Cohen', kind: 'named', cue: ':', content: 'Although the polls failed, they were not wrong. They just ended too early.', quoted: 'direct', rule: 'dash-colon-quote' },
    },
    {
      name: '"TEXT — Name (@handle) date": an embedded post is its author\'s (EMBEDDED_POSTS)',
      text: 'Hats were worn.\n\nWhy isn\'t Pence wearing a Make Mexico Great Again Also hat? #RINO — Ben Jacobs (@Bencjacobs) September 1, 2016\n\nMore here.',
      specs: [['Ben Jacobs', 'PERSON'], ['Pence', 'PERSON']],
      want: { source: 'Ben Jacobs', kind: 'named', entity: 'Ben Jacobs', cue: '—', content: 'Why isn\'t Pence wearing a Make Mexico Great Again Also hat? #RINO', quoted: 'none', rule: 'embedded-post' },
    },
    {
      name: '"Tad Devine, Sanders\' senior media adviser, said …": a plural possessive inside the appositive (APPOSITIVE_QUOTES)',
      text: 'The race went on. Tad Devine, Sanders\' senior media adviser, said Republicans are engaged in mischief.',
      specs: [['Tad Devine', 'PERSON'], ['Sanders', 'PERSON']],
      want: { source: 'Tad Devine', kind: 'named', cue: 'said', content: 'Republicans are engaged in mischief', quoted: 'none' },
    },
    {
      name: '"Jeff Hemsley, the co-author of “Going Viral,” said …": the appositive\'s comma inside a title\'s quote',
      text: 'The race went on. Jeff Hemsley, the co-author of “Going Viral,” said the days are gone.',
      specs: [['Jeff Hemsley', 'PERSON'], ['Going Viral', 'MISC']],
      want: { source: 'Jeff Hemsley', kind: 'named', cue: 'said', content: 'the days are gone', quoted: 'none' },
    },
    {
      name: '"Conceding that …, he said …": a participle opening the sentence reports for the main subject (PARTICIPLE_OPENER)',
      text: 'The race went on. Conceding that a trade deal would come down the line, he said the vote mattered.',
      want: { source: 'he', kind: 'pronoun', cue: 'Conceding', content: 'a trade deal would come down the line', quoted: 'none', rule: 'participle-opener' },
    },
    {
      name: '"he began dismissing …": a catenative before an -ing form is no participle clause',
      text: 'The race went on. Then he began dismissing the notion that leadership skills mattered.',
      want: { source: 'he', cue: 'began dismissing', content: 'the notion that leadership skills mattered', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);

  it.each([
    { name: '"You know …" is a discourse marker, no report (YOU_DISCOURSE_OFF)', text: 'The race went on. You know the plan was never going to work.' },
    { name: '"she added, X is …, a …": a clause between commas is no aside', text: 'The race went on. Listing his ventures she added, Donald Trump is a businessman, a failure.' },
    { name: '"a … show and less detailed …": no verb after the "and", no report (COORDINATED_VERBS)', text: 'The series went on. Less flashy than a David Attenborough show and less detailed than a rival one, it was a hit.' },
    { name: '"the NIESR report was …": "report" before a finite verb is a noun (NOUN_AGREEMENT)', text: 'The figures came out. The NIESR report was published on Monday, and the Kok report recommends cuts.' },
    { name: '"a TV talent show or …": "show" after a singular noun is a noun', text: 'To qualify, the act must not have been a contestant on a TV talent show in the past year.' },
    { name: '"Unveiling the budget, Mr Manuel said …": a participle with no clause and no speech opens no report', text: 'The budget came out. Unveiling the 418bn-rand budget to parliament, Mr Manuel said the economy had grown.' },
    { name: '"In its report, the OECD cut …": a report its subject owns is no source (IN_SOURCE)', text: 'The figures came out. In its latest report, the OECD cut its growth predictions for the year.' },
  ])('$name', async ({ text }) => {
    const a = await run(text);
    expect(a.attributions.filter((x) => x.source?.text === 'You' || x.content.text === 'a failure.' || x.content.text === 'a failure' || /^and /.test(x.content.text) || /^(report|show|In|Unveiling)$/.test(x.cue?.text ?? ''))).toEqual([]);
  });
});

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

describe('speakers and misses on the fourth and sixth BBC sets (round fourteen, issue 4)', () => {
  it.each<Case>([
    {
      name: '"a spokesman for European Justice and Home Affairs Commissioner X said": the spokesman past a long title (LONG_ROLE_TITLE)',
      text: 'The plans were attacked. And a spokesman for European Justice and Home Affairs Commissioner Franco Frattini said the plans would fail.',
      specs: [['Franco Frattini', 'PERSON']],
      want: { source: 'a spokesman for European Justice and Home Affairs Commissioner Franco Frattini', cue: 'said', content: 'the plans would fail', quoted: 'none' },
    },
    {
      name: '"According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, …": the person in apposition (ACCORDING_ROLE_NAME)',
      text: 'Yukos has filed a claim. According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim is based on that figure.',
      specs: [['Yukos', 'ORG'], ['Emmanuel Gaillard', 'PERSON'], ['Shearman and Sterling', 'ORG']],
      want: { source: 'its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling', kind: 'named', entity: 'Emmanuel Gaillard', cue: 'According to', content: 'the claim is based on that figure', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"According to a spokesman, Mr Brown, 45, …": an age after the name is the content\'s subject',
      text: 'According to a spokesman, Mr Brown, 45, stayed at home.',
      specs: [['Brown', 'PERSON']],
      want: { source: 'a spokesman', cue: 'According to', content: 'Mr Brown, 45, stayed at home', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"…, according to studio estimates.": a cue word after "according to" is a noun (ACCORDING_CUE_NOUN)',
      text: 'The film has done well. It took $40m in weekend ticket sales, according to studio estimates.',
      want: { source: 'studio estimates', cue: 'according to', content: 'It took $40m in weekend ticket sales', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"The 21-year-old told a news conference … that": an age heads the source, no time adjunct (AGE_HEAD, AGE_SPEAKER)',
      text: 'Tom Jones has made another apology. The 21-year-old told a news conference in Cairo on Sunday that he is sorry.',
      specs: [['Tom Jones', 'PERSON'], ['Cairo', 'LOC'], ['Sunday', 'DATE']],
      want: { source: 'The 21-year-old', kind: 'nominal', entity: 'Tom Jones', cue: 'told', content: 'he is sorry', quoted: 'none' },
    },
    {
      name: '"Michael Howard, asked about the remark by reporters, said …": the passive aside is no cue between subject and verb (ASKED_ASIDE)',
      text: 'Conservative leader Michael Howard, asked about the remark by reporters, said it was important to be careful.',
      specs: [['Michael Howard', 'PERSON']],
      want: { source: 'Michael Howard', cue: 'said', content: 'it was important to be careful', quoted: 'none' },
    },
    {
      name: '… and the aside itself has no source (ASKED_ASIDE)',
      text: 'Conservative leader Michael Howard, asked about the remark by reporters, said it was important to be careful.',
      specs: [['Michael Howard', 'PERSON']],
      want: { source: null, cue: 'asked about', content: 'the remark by reporters', quoted: 'none', rule: 'asked-no-source' },
    },
    {
      name: '"Mr Blair told Five\'s Wright Stuff show: “…”": a cue word in the listener is a noun (LISTENER_NOUN_CUE)',
      text: 'Mr Blair told Five\'s Wright Stuff show: "Let\'s just apologise and move on."',
      specs: [['Blair', 'PERSON'], ['Five', 'ORG'], ['Wright Stuff', 'MISC']],
      want: { source: 'Blair', cue: 'told', content: 'Let\'s just apologise and move on.', quoted: 'direct', rule: 'source-cue-quote' },
    },
    {
      name: '"a woman asked for a photo and Clinton said, “…”": a cue word after a name past other words is still the cue',
      text: 'At one point, a woman asked for a photo and Clinton said, "as long as we are within the law."',
      specs: [['Clinton', 'PERSON']],
      want: { source: 'Clinton', cue: 'said', content: 'as long as we are within the law.', quoted: 'direct', rule: 'source-cue-quote' },
    },
    {
      name: '"The Mirror newspaper said on Tuesday it had …": the paper, and the content after the time phrase (ORG_HEADS, TIME_THEN_SUBJECT)',
      text: 'The Mirror newspaper said on Tuesday it had been handed a sensitive dossier.',
      specs: [['Mirror', 'ORG'], ['Tuesday', 'DATE']],
      want: { source: 'The Mirror newspaper', entity: 'Mirror', cue: 'said', content: 'it had been handed a sensitive dossier', quoted: 'none' },
    },
    {
      name: '"The Paris-based IEA watchdog, which advises …, said": the organisation named before the head (NAME_BEFORE_ORG_HEAD)',
      text: 'The International Energy Agency (IEA) raised its estimate. The Paris-based IEA watchdog, which advises industrialized nations on energy policy, said the revision was due to growth in China.',
      specs: [['International Energy Agency', 'ORG'], ['IEA', 'ORG', 0], ['IEA', 'ORG', 1], ['Paris-based', 'MISC']],
      want: { source: 'The Paris-based IEA watchdog', entity: 'International Energy Agency', cue: 'said', content: 'the revision was due to growth in China', quoted: 'none' },
    },
    {
      name: '"the Napsterization weblog which said": the relative pronoun takes the organisation before the head (NAME_BEFORE_ORG_HEAD)',
      text: 'Rumours about the deal were broken by the Napsterization weblog which said it got the hint from insiders.',
      specs: [['Napsterization', 'MISC']],
      want: { source: 'which', kind: 'pronoun', entity: 'Napsterization', cue: 'said', content: 'it got the hint from insiders', quoted: 'none' },
    },
    {
      name: '"Inbev, which makes Stella Artois, said": the subject, not the name inside the relative clause (RELATIVE_HOLDS_NAME)',
      text: 'Inbev, which makes Stella Artois, said pre-tax profits rose 56%.',
      specs: [['Inbev', 'ORG'], ['Stella Artois', 'MISC']],
      want: { source: 'Inbev', entity: 'Inbev', cue: 'said', content: 'pre-tax profits rose 56%', quoted: 'none' },
    },
    {
      name: '"He is expected to say that …": the subject will speak (RAISED_SPEECH)',
      text: 'Tony Blair will visit Leeds. He is expected to say that the new figures were heartening.',
      specs: [['Tony Blair', 'PERSON'], ['Leeds', 'LOC']],
      want: { source: 'He', kind: 'pronoun', entity: 'Tony Blair', cue: 'is expected to say', content: 'the new figures were heartening', quoted: 'none', rule: 'source-cue+raising' },
    },
    {
      name: '"Trump is expected to deliver a speech": no verb of saying, the raising reading stays',
      text: 'Trump is expected to deliver a victory speech later tonight.',
      specs: [['Trump', 'PERSON']],
      want: { source: null, cue: 'is expected', content: 'Trump is expected to deliver a victory speech later tonight', quoted: 'none', rule: 'raising-passive' },
    },
    {
      name: '"… as a key election issue but critics claim …": "but" + a bare plural of people + a report ends the content (BUT_GROUP_CLAUSE)',
      text: 'Labour sees nuisance behaviour as a key election issue but critics claim the record is at best patchy.',
      specs: [['Labour', 'ORG']],
      want: { source: 'critics', kind: 'vague', cue: 'claim', content: 'the record is at best patchy', quoted: 'none' },
    },
    {
      name: '"Pakistan\'s High Commissioner to Britain said": the office, not the place (OFFICE_TO_PLACE)',
      text: 'It comes after Pakistan\'s High Commissioner to Britain said some Pakistanis should integrate more.',
      specs: [['Pakistan', 'LOC'], ['Britain', 'LOC']],
      want: { source: 'Pakistan\'s High Commissioner to Britain', cue: 'said', content: 'some Pakistanis should integrate more', quoted: 'none' },
    },
    {
      name: '"Minister for Europe Denis MacShane said": a person named after the place is the source',
      text: 'Minister for Europe Denis MacShane said it was fine.',
      specs: [['Europe', 'LOC'], ['Denis MacShane', 'PERSON']],
      want: { source: 'Denis MacShane', cue: 'said', content: 'it was fine', quoted: 'none' },
    },
  ])('$name', checkCase);

  it('"But standing next to Mr Blair he added …": a person after a preposition and an honorific is not the "he" (OBLIQUE_HONORIFIC)', async () => {
    const a = await run('Gen Musharraf spoke in London. He said the group was on the run. But standing next to Mr Blair he added that it was crucial to act.', [['Musharraf', 'PERSON'], ['London', 'LOC'], ['Blair', 'PERSON']]);
    const got = byContent(a, 'it was crucial to act');
    expect(a.entities.find((e) => e.id === got?.source?.entity)?.name).toBe('Musharraf');
  });
});

describe('speakers named after their description (round fourteen b, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"A senior barrister who has resigned in protest over the government\'s anti-terror laws says": the barrister (RELATIVE_HYPHEN), named next (LEAD_CATAPHORA)',
      text: 'Laws attacked\n\nA senior barrister who has resigned in protest over the government\'s anti-terror laws says the system is giving Britain a bad name. Ian MacDonald QC quit when the government failed to act.',
      specs: [['Britain', 'LOC'], ['Ian MacDonald', 'PERSON']],
      content: 'the system is giving Britain a bad name',
      entity: 'Ian MacDonald',
    },
    {
      name: '"The new health minister for Wales says …" in the lead: the person the next sentence names (ROLE_HEAD_CATAPHORA)',
      text: 'Health lessons\n\nThe new health minister for Wales says there are lessons to learn from England. Dr Brian Gibbons, on his first full day in the job, said the essentials were in place.',
      specs: [['Wales', 'LOC'], ['England', 'LOC'], ['Brian Gibbons', 'PERSON']],
      content: 'there are lessons to learn from England',
      entity: 'Brian Gibbons',
    },
    {
      name: '"Pakistan\'s High Commissioner to Britain said …. Dr Maleeha Lodhi said …": the person first named as the next speaker (NAMED_NEXT)',
      text: 'Musharraf spoke in Manchester. It comes after Pakistan\'s High Commissioner to Britain said some Pakistanis should integrate more. Dr Maleeha Lodhi said people could not expect others to listen.',
      specs: [['Musharraf', 'PERSON'], ['Manchester', 'LOC'], ['Pakistan', 'LOC'], ['Britain', 'LOC'], ['Maleeha Lodhi', 'PERSON']],
      content: 'some Pakistanis should integrate more',
      entity: 'Maleeha Lodhi',
    },
    {
      name: '"The minister said …. John Smith said …": a bare office points back, not to the next speaker',
      text: 'Talks went on. The minister said it was fine. John Smith said it was not.',
      specs: [['John Smith', 'PERSON']],
      content: 'it was fine',
      entity: null,
    },
  ])('$name', checkSpeaker);
});

describe('quotes left open and nouns read as cues (round fourteen c, issue 4)', () => {
  it.each<Case>([
    {
      name: '`were "only 10% of the agenda. Dr Gibbons … said …`: a partial quote left open ends with its sentence (PARTIAL_RUN_ON_SENTENCE)',
      text: 'Ms Hutt defended her record, saying waiting times were "only 10% of the agenda. Dr Gibbons, who was a GP in Wales, said staff wanted a period of calm after "tremendous change". Lists grew.',
      specs: [['Hutt', 'PERSON'], ['Gibbons', 'PERSON'], ['Wales', 'LOC']],
      want: { source: 'Gibbons', cue: 'said', content: 'staff wanted a period of calm after "tremendous change"', quoted: 'partial' },
    },
    {
      name: '`said "We will win. We will fight. "Next …`: a quote after "said" still runs on over its sentences',
      text: 'He said "We will win. We will fight on. "Nobody can stop us now," he added.',
      want: { source: 'He', cue: 'said', content: 'We will win. We will fight on.', quoted: 'direct' },
    },
  ])('$name', checkCase);

  it('"10 overseas posts have been closed": a cue word before an auxiliary is a noun (NOUN_BEFORE_AUX); "what he fears is" stays a report', async () => {
    const a = await run('Since 1997 10 overseas posts have been closed, but new embassies have been opened. What he fears is a collapse of the talks.');
    expect(a.attributions.find((x) => x.cue?.text === 'posts')).toBeUndefined();
    expect(a.attributions.find((x) => x.cue?.text === 'fears')?.source?.text).toBe('he');
  });
});

describe('speakers on the seventh and eighth BBC sets (round fourteen d, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Peter Saunders of the CMF said": the person before "of the" and the body (OWNER_OF_THE)',
      text: 'Peter Saunders of the CMF said it believed the refusals should be only advisory.',
      specs: [['Peter Saunders', 'PERSON'], ['CMF', 'ORG']],
      content: 'it believed the refusals should be only advisory',
      source: 'Peter Saunders',
      entity: 'Peter Saunders',
    },
    {
      name: '"The Alliance, which includes the A Society, Age Concern and the B Society, said": the phrase before "which", past the list (RELATIVE_HOLDS_NAME)',
      text: 'The Making Decisions Alliance, which includes the Alzheimer\'s Society, Age Concern, Mencap and the National Autistic Society, said the bill had to be cleared up.',
      specs: [['Making Decisions Alliance', 'ORG'], ['Alzheimer\'s Society', 'ORG'], ['Age Concern', 'ORG'], ['Mencap', 'ORG'], ['National Autistic Society', 'ORG']],
      content: 'the bill had to be cleared up',
      source: 'Making Decisions Alliance',
      entity: 'Making Decisions Alliance',
    },
    {
      name: '"“…,” said Moscow-based US lawyer Jamie Firestone": past the names before the role (NAMED_PREMODIFIERS)',
      text: '"The pledged assets are with Rosneft," said Moscow-based US lawyer Jamie Firestone, who is not connected to the case.',
      specs: [['Rosneft', 'ORG'], ['Moscow-based', 'MISC'], ['Jamie Firestone', 'PERSON']],
      content: 'The pledged assets are with Rosneft,',
      source: 'Jamie Firestone',
      entity: 'Jamie Firestone',
    },
    {
      name: '"Rosneft officials were unavailable …. But the company has said": the organisation of the nearest sentence that names one (NEAREST_ORG_SENTENCE)',
      text: 'Menatep and Yukos sued Rosneft. Rosneft officials were unavailable for comment. But the company has said it intends to take action against Menatep.',
      specs: [['Menatep', 'ORG', 0], ['Yukos', 'ORG'], ['Rosneft', 'ORG', 0], ['Rosneft', 'ORG', 1], ['Menatep', 'ORG', 1]],
      content: 'it intends to take action against Menatep',
      source: 'the company',
      entity: 'Rosneft',
    },
    {
      name: '"Sun … will have to persuade managers, but it said …": an "it" no speaker resolves takes the organisation named before (IT_DESCRIBED_ORG)',
      text: 'Sun has launched a grid service. Sun will have to persuade managers to adopt it but it said it already had interest from customers.',
      specs: [['Sun', 'ORG', 0], ['Sun', 'ORG', 1]],
      content: 'it already had interest from customers',
      source: 'it',
      entity: 'Sun',
    },
    {
      name: '"…, according to a TUC report.": the body named before an organisation\'s head, also after "a" (NAME_BEFORE_ORG_HEAD)',
      text: 'Plans to shed 71,000 jobs will prove to be a false economy, according to a TUC report.',
      specs: [['TUC', 'ORG']],
      content: 'Plans to shed 71,000 jobs will prove to be a false economy',
      source: 'a TUC report',
      entity: 'TUC',
    },
  ])('$name', checkSpeaker);
});

describe('books and their writers, banks and their names (round fourteen e, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"a new book, Brown\'s Britain by Robert Preston. … The book claims": the author (BOOK_AUTHOR)',
      text: 'It follows a new book, Brown\'s Britain by Robert Preston. The book claims the premier went back on his pledge.',
      specs: [['Robert Preston', 'PERSON']],
      content: 'the premier went back on his pledge',
      entity: 'Robert Preston',
    },
    {
      name: '"Mr Peston\'s book claimed that …": the owner of the book (OWNER_OF_DOCUMENT)',
      text: 'Mr Peston\'s book claimed that Mr Brown lost his trust.',
      specs: [['Peston', 'PERSON'], ['Brown', 'PERSON']],
      content: 'Mr Brown lost his trust',
      entity: 'Peston',
    },
    {
      name: '"The premier insisted …" after "Chancellor Gordon Brown said": not the chancellor (OTHER_OFFICE, round fifteen)',
      text: 'Tony Blair said the campaign had begun. Chancellor Gordon Brown said the economy was strong. The premier insisted the election would be fought on the economy.',
      specs: [['Tony Blair', 'PERSON'], ['Gordon Brown', 'PERSON']],
      content: 'the election would be fought on the economy',
      entity: 'Tony Blair',
    },
    {
      name: '"…," the Democrat senator said after "New York Senator Charles Schumer said": one kind of office (OTHER_OFFICE)',
      text: 'New York Senator Charles Schumer said the tapes were stolen. "Baggage handlers should have background checks," the Democrat senator said.',
      specs: [['Charles Schumer', 'PERSON']],
      content: 'Baggage handlers should have background checks,',
      entity: 'Charles Schumer',
    },
    {
      name: '"The premier insisted Mr Brown will …": not the person the content names (OFFICE_CONTENT_NAMED, round fifteen)',
      text: 'Tony Blair said the campaign had begun. Gordon Brown said the economy was strong. The premier insisted Mr Brown will have a key role.',
      specs: [['Tony Blair', 'PERSON'], ['Gordon Brown', 'PERSON'], ['Brown', 'PERSON', 1]],
      content: 'Mr Brown will have a key role',
      entity: 'Tony Blair',
    },
    {
      name: '"“…,” said his wife, Sheila.": the name after the description (ROLE_THEN_NAME, round fifteen)',
      text: '"He had a wonderful life," said his wife, Sheila.',
      specs: [['Sheila', 'PERSON']],
      content: 'He had a wonderful life,',
      source: 'Sheila',
      entity: 'Sheila',
    },
    {
      name: '"“…,” said Prebon Yamane economist Lena Komileva.": the name after the role (ROLE_THEN_NAME)',
      text: '"The UK is in a two-tier economy again," said Prebon Yamane economist Lena Komileva.',
      specs: [['Prebon Yamane', 'PERSON'], ['Lena Komileva', 'PERSON']],
      content: 'The UK is in a two-tier economy again,',
      source: 'Lena Komileva',
      entity: 'Lena Komileva',
    },
    {
      name: '"“…,” said his wife, Sheila Hailey, who …": a name that does not end the sentence stays out (ROLE_THEN_NAME)',
      text: '"He had a wonderful life," said his wife, Sheila Hailey, who was with him.',
      specs: [['Sheila Hailey', 'PERSON']],
      content: 'He had a wonderful life,',
      source: 'his wife',
      entity: null,
    },
    {
      name: '"The Spaniard believed …": one person, the one named before (DEMONYM_PERSON, round fifteen)',
      text: 'Jose Reyes was fooled by a radio prank. The Spaniard believed he was talking to a director of Real Madrid.',
      specs: [['Jose Reyes', 'PERSON'], ['Spaniard', 'NORP'], ['Real Madrid', 'ORG']],
      content: 'he was talking to a director of Real Madrid',
      source: 'The Spaniard',
      entity: 'Jose Reyes',
    },
    {
      name: '"The 55-year-old Frenchman told …": the whole description is the source (DEMONYM_PERSON)',
      text: 'Arsene Wenger signed a new deal on Friday. The 55-year-old Frenchman told reporters he loved the club.',
      specs: [['Arsene Wenger', 'PERSON'], ['Frenchman', 'NORP']],
      content: 'he loved the club',
      source: 'The 55-year-old Frenchman',
      entity: 'Arsene Wenger',
    },
    {
      name: '"The French said …": a people, not one person (DEMONYM_PERSON)',
      text: 'Jacques Chirac met the press. The French said the plan was dead.',
      specs: [['Jacques Chirac', 'PERSON'], ['French', 'NORP']],
      content: 'the plan was dead',
      source: 'French',
      entity: 'French',
    },
    {
      name: '"CML figures showed …": the body named before the document (NAMED_DOCUMENT, round fifteen)',
      text: 'The Council of Mortgage Lenders (CML) and the Building Societies Association said lending was slowing. CML figures showed gross lending fell by 4% in November.',
      specs: [['Council of Mortgage Lenders', 'ORG'], ['CML', 'ORG'], ['Building Societies Association', 'ORG'], ['CML', 'ORG', 1]],
      content: 'gross lending fell by 4% in November',
      entity: 'Council of Mortgage Lenders',
    },
    {
      name: '"…," said an agency statement: the agency the article names (NAMED_DOCUMENT)',
      text: 'The International Atomic Energy Agency needs $40m for new computers. "Failure to replace the hardware will carry large risks," said an agency statement.',
      specs: [['International Atomic Energy Agency', 'ORG']],
      content: 'Failure to replace the hardware will carry large risks,',
      entity: 'International Atomic Energy Agency',
    },
    {
      name: '"The Tory co-chairman attacked …": the person titled so, not the latest speaker (HYPHENATED_OFFICES, round fifteen)',
      text: 'Tory co-chairman Liam Fox spoke after Tony Blair said the Tories offered a hard right agenda. The Tory co-chairman said Labour was very worried.',
      specs: [['Liam Fox', 'PERSON'], ['Tony Blair', 'PERSON']],
      content: 'Labour was very worried',
      entity: 'Liam Fox',
    },
    {
      name: '"The MEP said …": an office, held by the latest speaker (OFFICE_NOUNS)',
      text: 'Robert Kilroy-Silk has attacked the policy, saying it hurts workers. The MEP said his party would only admit skilled foreigners.',
      specs: [['Robert Kilroy-Silk', 'PERSON']],
      content: 'his party would only admit skilled foreigners',
      entity: 'Robert Kilroy-Silk',
    },
    {
      name: '"… questioned by … Dafydd Wigley. He accepted …": the person named last before, not the owner (LAST_NAMED_PRONOUN, round fifteen)',
      text: 'Elfyn Llwyd said the fires were a plot. Mr Llwyd\'s theory has also been questioned by the former party president, Dafydd Wigley. He accepted that the fires damaged the party.',
      specs: [['Elfyn Llwyd', 'PERSON'], ['Llwyd', 'PERSON', 1], ['Dafydd Wigley', 'PERSON']],
      content: 'the fires damaged the party',
      entity: 'Dafydd Wigley',
    },
    {
      name: '"Nicholas Negroponte, founder of the Labs, says …. He told …": the person linked stays when named there too (LAST_NAMED_PRONOUN)',
      text: 'Nicholas Negroponte, founder of the Media Labs, says he is building a cheap laptop. He told reporters he hoped it would become an education tool.',
      specs: [['Nicholas Negroponte', 'PERSON'], ['Labs', 'PERSON']],
      content: 'he hoped it would become an education tool',
      entity: 'Nicholas Negroponte',
    },
    {
      name: '"The IFPI industry body said …": the name across the head\'s modifier (MODIFIED_ORG_HEAD, round fifteen)',
      text: 'Sales rose tenfold, the figures show. The IFPI industry body said that the popularity of portable players was behind the growth.',
      specs: [['IFPI', 'ORG']],
      content: 'the popularity of portable players was behind the growth',
      entity: 'IFPI',
    },
    {
      name: '"David Blunkett has apologised …. The home secretary confirmed …": the person named before (OFFICE_DESCRIBED, round fifteen)',
      text: 'David Blunkett has apologised to MPs after the Home Office announced "prematurely" via press release a review of murder laws. The home secretary confirmed the review was to get under way.',
      specs: [['David Blunkett', 'PERSON'], ['Home Office', 'ORG']],
      content: 'the review was to get under way',
      entity: 'David Blunkett',
    },
    {
      name: '"Chancellor Gordon Brown has arrived. The home secretary confirmed …": not a person of another office (OFFICE_DESCRIBED)',
      text: 'Chancellor Gordon Brown has arrived in Tanzania. The home secretary confirmed the review was to get under way.',
      specs: [['Gordon Brown', 'PERSON']],
      content: 'the review was to get under way',
      entity: null,
    },
    {
      name: '"The company said …" after a rival and an analyst\'s firm: the main company that spoke (SALIENT_SPEAKER_ORG, round fifteen)',
      text: 'Unilever has scrapped its dual structure. Unilever said sales fell. Oil giant Shell dismantled its own structure last year. "The best news was the simplification," said Arjan Sweere, an analyst at Petercam. The company said the changes would speed decisions.',
      specs: [['Unilever', 'ORG'], ['Unilever', 'ORG', 1], ['Shell', 'ORG'], ['Arjan Sweere', 'PERSON'], ['Petercam', 'ORG']],
      content: 'the changes would speed decisions',
      entity: 'Unilever',
    },
    {
      name: '"New Metropolitan Police Commissioner Sir Ian Blair has backed …, saying:": the person after the office (TITLED_PERSON_SUBJECT, round fifteen)',
      text: 'New Metropolitan Police Commissioner Sir Ian Blair has backed the control orders, saying: "It is a dilemma, but there is only one choice."',
      specs: [['Metropolitan Police Commissioner', 'MISC'], ['Ian Blair', 'PERSON']],
      content: 'It is a dilemma, but there is only one choice.',
      source: 'Ian Blair',
      entity: 'Ian Blair',
    },
    {
      name: '"The MP for Ealing North claimed …": the office for the seat, held by the person named before (SEAT_OFFICES, round fifteen)',
      text: 'Meanwhile Labour backbencher Stephen Pound attacked the casino plans on the radio. The MP for Ealing North claimed the legislation would encourage a mafia-like culture.',
      specs: [['Stephen Pound', 'PERSON'], ['Ealing North', 'LOC']],
      content: 'the legislation would encourage a mafia-like culture',
      source: 'The MP for Ealing North',
      entity: 'Stephen Pound',
    },
    {
      name: '"Gerrard, who fired Liverpool … over Olympiakos, insisted …": the one-word subject before the relative (ONE_WORD_OWNER, round fifteen)',
      text: '"It would be a dream," he told BBC Radio Five Live.\n\nGerrard, who fired Liverpool into the last 16 of this season\'s competition with a brilliant goal in December\'s win over Olympiakos, insisted he was still fully focused.',
      specs: [['BBC Radio Five Live', 'ORG'], ['Gerrard', 'PERSON'], ['Liverpool', 'ORG'], ['Olympiakos', 'ORG']],
      content: 'he was still fully focused',
      source: 'Gerrard',
      entity: 'Gerrard',
    },
    {
      name: '"The panel suggested …" after "the Law Commission said": a body that sits (ORG_HEADS, round fifteen)',
      text: 'In its report, the Law Commission said it had found wide support for an end to the mandatory sentence. The panel suggested different kinds of murders could be graded.',
      specs: [['Law Commission', 'ORG']],
      content: 'different kinds of murders could be graded',
      entity: 'Law Commission',
    },
    {
      name: '"Research conducted by the EOC … revealed …. …, according to their figures": the author of the research (OTHER_DOCUMENT_NOUN, round fifteen)',
      text: 'Research conducted by the Equal Opportunities Commission last year revealed that many Britons believe the pay gap is natural. Women hold less than 10% of the top positions in FTSE 100 companies, according to their figures.',
      specs: [['Equal Opportunities Commission', 'ORG'], ['Britons', 'NORP'], ['FTSE 100', 'MISC']],
      content: 'Women hold less than 10% of the top positions in FTSE 100 companies',
      entity: 'Equal Opportunities Commission',
    },
    {
      name: '"Later the prime minister said:" after "London mayor Mr Livingstone": not the mayor, the other person named (HONORIFIC_TITLES, OFFICE_DESCRIBED)',
      text: 'London mayor Mr Livingstone says he is standing by his remarks. Mr Livingstone said he would not apologise even if Mr Blair asked. Later the prime minister said: "A lot of us get angry with journalists."',
      specs: [['Livingstone', 'PERSON'], ['Livingstone', 'PERSON', 1], ['Blair', 'PERSON']],
      content: 'A lot of us get angry with journalists.',
      entity: 'Blair',
    },
    {
      name: '"But the prime minister says it is time for Mr Livingstone to say sorry": not the person its words name (OFFICE_CONTENT_NAMED, OFFICE_DESCRIBED)',
      text: 'Mr Livingstone says he is standing by his remarks. But the prime minister says it is time for Mr Livingstone to say sorry.',
      specs: [['Livingstone', 'PERSON'], ['Livingstone', 'PERSON', 1]],
      content: 'it is time for Mr Livingstone to say sorry',
      entity: null,
    },
    {
      name: '"… George Bush opposed extending it. But the Tory leader argued …": the contrast turns from the last speaker (CONTRAST_OFFICE, round fifteen)',
      text: 'Michael Howard has backed stem cell research, saying it is important people are not frightened. The issue was a feature of the US election, where George Bush opposed extending it. But the Tory leader argued there was a moral case for science.',
      specs: [['Michael Howard', 'PERSON'], ['US', 'LOC'], ['George Bush', 'PERSON']],
      content: 'there was a moral case for science',
      entity: 'Michael Howard',
    },
    {
      name: '"Professor Etzioni …. His report demands …": the owner the possessive pronoun stands for (PRONOUN_OWNER, round fifteen)',
      text: 'Professor Amitai Etzioni says nuclear terrorism is the greatest threat. His report demands a major overhaul of world rules on nuclear technology.',
      specs: [['Amitai Etzioni', 'PERSON']],
      content: 'a major overhaul of world rules on nuclear technology',
      entity: 'Amitai Etzioni',
    },
    {
      name: '"BMW sold more cars in Asia. The German carmaker is aiming to …": a carmaker is a company (ORG_HEADS, round fifteen)',
      text: 'BMW sold more cars in Asia last year, the firm said. The German carmaker is aiming to boost annual sales in Asia to 150,000 by 2008.',
      specs: [['BMW', 'ORG'], ['Asia', 'LOC'], ['Asia', 'LOC', 1]],
      content: 'to boost annual sales in Asia to 150,000 by 2008',
      entity: 'BMW',
    },
    {
      name: '"A UK Independence Party MEP suggested …. Mike Nattrass said …": a member of a parliament is a person (PERSON_HEADS, round fifteen)',
      text: 'UKIP MEP attacked German empire\n\nA UK Independence Party MEP suggested Germany saw the EU as an empire, a new documentary has revealed. Mike Nattrass, who represents the West Midlands, told the programme the EU was cheaper than tanks.',
      specs: [['UK Independence Party', 'ORG'], ['Germany', 'LOC'], ['EU', 'ORG'], ['Mike Nattrass', 'PERSON'], ['West Midlands', 'LOC'], ['EU', 'ORG', 1]],
      content: 'Germany saw the EU as an empire',
      entity: 'Mike Nattrass',
    },
    {
      name: '"… claims made in journalist Robert Peston\'s new book. The new book claims …": the book\'s owner (OWNER_OF_BOOK, round fifteen)',
      text: 'Labour MPs were angry over claims made in journalist Robert Peston\'s new book. The new book claims Mr Prescott hosted a dinner in 2003.',
      specs: [['Robert Peston', 'PERSON'], ['Prescott', 'PERSON']],
      content: 'Mr Prescott hosted a dinner in 2003',
      entity: 'Robert Peston',
    },
    {
      name: '"Liam Neeson held a dinner …. The Ballymena-born actor said …": an actor is a person described (PERSON_HEADS, round fifteen)',
      text: 'Liam Neeson held a dinner party in New York to promote the theatre. The Ballymena-born actor said that the theatre was in a very dilapidated condition.',
      specs: [['Liam Neeson', 'PERSON'], ['New York', 'LOC']],
      content: 'the theatre was in a very dilapidated condition',
      entity: 'Liam Neeson',
    },
    {
      name: '"The Canada-based company says …": described by its place, not named by it (BASED_NOT_NAME, round fifteen)',
      text: 'Games makers want new faces. The Canada-based company says it was looking for a wide variety of people.',
      specs: [['Canada-based', 'MISC']],
      content: 'it was looking for a wide variety of people',
      entity: null,
    },
    {
      name: '"Mr Fox said: …. … she said she often criticised her husband": "she" is not Liam Fox (GIVEN_NAME_GENDER, round fifteen)',
      text: 'Liam Fox said: "Sandra has been campaigning on a number of visits." During an interview on ITV1\'s This Morning she said she often criticised her husband.',
      specs: [['Liam Fox', 'PERSON'], ['Sandra', 'PERSON'], ['ITV1', 'ORG'], ['This Morning', 'MISC']],
      content: 'she often criticised her husband',
      entity: null,
    },
    {
      name: '"Actor Bruce Willis is suing Revolution Studios …. The lawsuit said …": the party that sued (LAWSUIT_FILER, round fifteen)',
      text: 'Actor Bruce Willis is suing Revolution Studios over an injury. The lawsuit said the star has endured mental and physical injuries.',
      specs: [['Bruce Willis', 'PERSON'], ['Revolution Studios', 'ORG']],
      content: 'the star has endured mental and physical injuries',
      entity: 'Bruce Willis',
    },
    {
      name: '"Lord Bach, Minister for Defence Procurement, said …": the person before a titled appositive (TITLE_APPOSITIVE, round fifteen)',
      text: 'Lord Bach, Minister for Defence Procurement, said he was still disappointed with the cost increases.',
      specs: [['Bach', 'PERSON'], ['Procurement', 'PERSON']],
      content: 'he was still disappointed with the cost increases',
      entity: 'Bach',
    },
    {
      name: '"…, according to our correspondent": the correspondent the article titles so (OUR_CORRESPONDENT, round fifteen)',
      text: 'An official spoke to the BBC\'s defence correspondent Paul Adams on Monday. The findings follow a string of critical reports and, according to our correspondent, contain few new surprises.',
      specs: [['BBC', 'ORG'], ['Paul Adams', 'PERSON']],
      content: 'The findings follow a string of critical reports and, according to our correspondent, contain few new surprises',
      entity: 'Paul Adams',
    },
    {
      name: '"The Bank said …" after the Bank of England: one organisation (INSTITUTION_HEAD)',
      text: 'Rates at the Bank of England held. The Bank said good policy depends on good information.',
      specs: [['Bank of England', 'ORG'], ['Bank', 'ORG', 1]],
      content: 'good policy depends on good information',
      entity: 'Bank of England',
    },
  ])('$name', checkSpeaker);
});

describe('inverted sources on sports pages (round fourteen f, issue 4)', () => {
  it.each<Case>([
    {
      name: '"“…,” said the world indoor champion, who …": a champion can speak (animacy)',
      text: 'Gardener won twice. "It is a very hard record to break," said the world indoor champion, who hopes to get closer to it.',
      specs: [['Gardener', 'PERSON']],
      want: { source: 'the world indoor champion', cue: 'said', content: 'It is a very hard record to break,', quoted: 'direct', rule: 'quote-cue-source' },
    },
    {
      name: '"“…,” said the 25-year-old.": the age heads the phrase read forwards (AGE_HEAD)',
      text: 'Smith won again. "It was a hard race," said the 25-year-old.',
      specs: [['Smith', 'PERSON']],
      want: { source: 'the 25-year-old', cue: 'said', content: 'It was a hard race,', quoted: 'direct', rule: 'quote-cue-source' },
    },
    {
      name: '"“…,” said the 25-year-old striker.": a speaking noun after the age (AGE_HEAD)',
      text: 'Smith scored again. "It was a hard game," said the 25-year-old striker.',
      specs: [['Smith', 'PERSON']],
      want: { source: 'the 25-year-old striker', cue: 'said', content: 'It was a hard game,', quoted: 'direct' },
    },
  ])('$name', checkCase);

  it('"… well short of Maurice Greene\'s world record. “…,” said the champion": an owner is not the one described (OWNER_NOT_DESCRIBED)', async () => {
    const a = await run('Gardener won twice. His times were well short of Maurice Greene\'s world record. "It is a very hard record to break," said the champion.', [['Gardener', 'PERSON'], ['Maurice Greene', 'PERSON']]);
    const got = byContent(a, 'It is a very hard record to break,');
    expect(got?.source?.text).toBe('the champion');
    expect(a.entities.find((e) => e.id === got?.source?.entity)?.name).not.toBe('Maurice Greene');
  });
});

describe('participles after a clause with a hyphenated or paired subject (round fourteen g, issue 4)', () => {
  it.each<Case>([
    {
      name: '"But pro-hunt activists remained defiant after the law was passed, saying …": a hyphenated modifier read forwards (HYPHEN_FORWARD)',
      text: 'But pro-hunt activists remained defiant after the law was passed, saying they would ignore the ban.',
      want: { source: 'pro-hunt activists', kind: 'vague', cue: 'saying', content: 'they would ignore the ban', quoted: 'none', rule: 'participle-cue' },
    },
    {
      name: '"“…,” said the co-author.": a hyphenated head that can speak (HYPHEN_FORWARD)',
      text: 'The book sold well. "It is fine," said the co-author.',
      want: { source: 'the co-author', cue: 'said', content: 'It is fine,', quoted: 'direct', rule: 'quote-cue-source' },
    },
    {
      name: '"The pair spent four days in a hospital, claiming …": a pair can speak (animacy)',
      text: 'The pair spent four days in a hospital, claiming they had been injured in a crash.',
      want: { source: 'The pair', cue: 'claiming', content: 'they had been injured in a crash', quoted: 'none', rule: 'participle-cue' },
    },
  ])('$name', checkCase);
});

describe('sources around names, and descriptions resolved (round fourteen h, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Oxfam senior policy adviser Max Lawson welcomed … and said …": a title after a body\'s name, read forwards',
      text: 'Oxfam senior policy adviser Max Lawson welcomed the statement and said ministers had agreed.',
      specs: [['Oxfam', 'ORG'], ['Max Lawson', 'PERSON']],
      content: 'ministers had agreed',
      source: 'Max Lawson',
      entity: 'Max Lawson',
    },
    {
      name: '"“…,” director of telecoms research Tony Lavender said": a role and its "of" phrase before the name (ROLE_PP_NAME)',
      text: '"Now the real negotiation begins," director of telecoms research Tony Lavender said.',
      specs: [['Tony Lavender', 'PERSON']],
      content: 'Now the real negotiation begins,',
      source: 'Tony Lavender',
      entity: 'Tony Lavender',
    },
    {
      name: '"Chris Panayis, managing director of ISP Freedom2surf said": an appositive left unclosed before the verb (UNCLOSED_APPOSITIVE)',
      text: 'Chris Panayis, managing director of ISP Freedom2surf said that it would make the situation clearer.',
      specs: [['Chris Panayis', 'PERSON'], ['ISP Freedom2surf', 'ORG']],
      content: 'it would make the situation clearer',
      source: 'Chris Panayis',
      entity: 'Chris Panayis',
    },
    {
      name: '"“…,” said Sky Networks\' Sophie Turner Laing": a plural possessive after a name cut short (POSSESSIVE_AFTER_HEAD)',
      text: '"We are honoured to have won," said Sky Networks\' Sophie Turner Laing.',
      specs: [['Sky', 'ORG'], ['Sophie Turner Laing', 'PERSON']],
      content: 'We are honoured to have won,',
      source: 'Sophie Turner Laing',
      entity: 'Sophie Turner Laing',
    },
    {
      name: '"“…,” said Villa boss David O\'Leary" with the club read as a person: the person after the role',
      text: '"Carlton will be out of action," said Villa boss David O\'Leary.',
      specs: [['Villa', 'PERSON'], ['David O\'Leary', 'PERSON']],
      content: 'Carlton will be out of action,',
      source: 'David O\'Leary',
      entity: 'David O\'Leary',
    },
    {
      name: '"The Tory co-chairman attacked … and said …": a hyphenated head, read both ways',
      text: 'The Tory co-chairman attacked the pledges and said Mr Blair was wrong.',
      specs: [['Tory', 'NORP'], ['Blair', 'PERSON']],
      content: 'Mr Blair was wrong',
      source: 'The Tory co-chairman',
      entity: null,
    },
    {
      name: '"The family said …": a noun that ends like an adverb (LY_NOUNS)',
      text: 'The family said it was devastated.',
      specs: [],
      content: 'it was devastated',
      source: 'The family',
      entity: null,
    },
    {
      name: '"“…,” the former monopoly said, after BT": a company can speak, and the description takes the body named just before',
      text: 'BT has offered rivals lower prices. "Central to the proposals are cheaper lines," the former monopoly said.',
      specs: [['BT', 'ORG']],
      content: 'Central to the proposals are cheaper lines,',
      source: 'the former monopoly',
      entity: 'BT',
    },
    {
      name: '"The Daily Telegraph poll suggests …": the body named before a poll (ORG_HEADS)',
      text: 'The Daily Telegraph poll suggests that 45% of people would vote against it.',
      specs: [['Daily Telegraph', 'ORG']],
      content: '45% of people would vote against it',
      source: 'The Daily Telegraph poll',
      entity: 'Daily Telegraph',
    },
    {
      name: '"…, a survey says." … "carried out by consultancy group Capgemini": the body the article names as its author (DOCUMENT_AUTHOR)',
      text: 'Tags in shops\n\nConsumers are very concerned about tags in shops, a survey says.\n\nThe survey of consumers in the UK and France was carried out by consultancy group Capgemini.',
      specs: [['UK', 'LOC'], ['France', 'LOC'], ['Capgemini', 'ORG']],
      content: 'Consumers are very concerned about tags in shops',
      source: 'a survey',
      entity: 'Capgemini',
    },
    {
      name: '"Harry Kewell … may not recover, claims his agent. Kewell had hoped …": not the person the lead itself names (LEAD_NAMED_NOT_CATAPHOR)',
      text: 'Kewell waits\n\nLiverpool winger Harry Kewell may not recover until March, claims his agent.\n\nKewell, 26, had hoped to play last weekend.',
      specs: [['Liverpool', 'ORG'], ['Harry Kewell', 'PERSON'], ['Kewell', 'PERSON', 1]],
      content: 'Liverpool winger Harry Kewell may not recover until March',
      source: 'his agent',
      entity: null,
    },
  ])('$name', checkSpeaker);
});

describe('cue words that report nothing here (round fourteen i, issue 4)', () => {
  it.each([
    { name: '"begins questioning herself": a content that is only a reflexive pronoun (reflexive-only)', text: 'But alarm bells start ringing when the Kent athlete begins questioning herself.', cue: 'begins questioning' },
    { name: '"It went on to gross over $600m" (went-on-to-event)', text: 'It went on to gross over $600m (£322m) in ticket sales worldwide.', cue: 'went on' },
  ])('$name: no attribution on that cue', async ({ text, cue }) => {
    const a = await run(text);
    expect(a.attributions.filter((x) => x.cue?.text === cue), JSON.stringify(a.attributions.map((x) => [x.cue?.text, x.content.text]))).toEqual([]);
  });
});

describe('descriptions on a second batch of BBC sources (round fourteen j, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"John Connors, Microsoft\'s chief financial officer said": a role owned by a body, the appositive left unclosed (UNCLOSED_APPOSITIVE)',
      text: 'John Connors, Microsoft\'s chief financial officer said a test version should be ready soon.',
      specs: [['John Connors', 'PERSON'], ['Microsoft', 'ORG']],
      content: 'a test version should be ready soon',
      source: 'John Connors',
      entity: 'John Connors',
    },
    {
      name: '"“…,” Mr Prettejohn, Lloyd\'s chief executive said": the same after a quote (UNCLOSED_APPOSITIVE_QUOTE)',
      text: 'The call came in a speech. "They should seize the moment," Mr Prettejohn, Lloyd\'s chief executive said.',
      specs: [['Prettejohn', 'PERSON'], ['Lloyd', 'ORG']],
      content: 'They should seize the moment,',
      source: 'Prettejohn',
      entity: 'Prettejohn',
    },
    {
      name: '"“…,” Michael Lamberty, a Lufthansa spokesman told the BBC": an unclosed appositive with an article (UNCLOSED_ARTICLE_APPOSITIVE, round fifteen)',
      text: 'Flights were cancelled. "We are doing research into the possibilities we have," Michael Lamberty, a Lufthansa spokesman told the BBC.',
      specs: [['Michael Lamberty', 'PERSON'], ['Lufthansa', 'ORG'], ['BBC', 'ORG']],
      content: 'We are doing research into the possibilities we have,',
      source: 'Michael Lamberty',
      entity: 'Michael Lamberty',
    },
    {
      name: '"The Scottish National Party\'s Holyrood leader, Nicola Sturgeon, welcomed the move but added …": the person in apposition (APPOSED_SUBJECT)',
      text: 'The Scottish National Party\'s Holyrood leader, Nicola Sturgeon, welcomed the move but added that the ban came late.',
      specs: [['Scottish National Party', 'ORG'], ['Holyrood', 'LOC'], ['Nicola Sturgeon', 'PERSON']],
      content: 'the ban came late',
      source: 'Nicola Sturgeon',
      entity: 'Nicola Sturgeon',
    },
    {
      name: '"… linked Owen with a move back to England, but the England striker said …": the one person named before in the same sentence (DESCRIBED_SAME_SENTENCE)',
      text: 'Recent speculation has linked Owen with a move back to England, but the England striker said he is not ready to return.',
      specs: [['Owen', 'PERSON'], ['England', 'LOC']],
      content: 'he is not ready to return',
      source: 'the England striker',
      entity: 'Owen',
    },
    {
      name: '"The bank gave no details but said …" after the Bank of America: the first word of a "<Word> of …" name (HEAD_OF_NAME)',
      text: 'The Bank of America has lost tapes holding records. Several members of the US Senate are among those affected. The bank gave no details, but said the tapes were probably lost in shipment.',
      specs: [['Bank of America', 'ORG'], ['US Senate', 'ORG']],
      content: 'the tapes were probably lost in shipment',
      source: 'The bank',
      entity: 'Bank of America',
    },
    {
      name: '"Dutch firm Heineken saw its profits drop 33% and warned that …": an irregular past tense is no noun of the source (IRREGULAR_PAST_VERBS)',
      text: 'Dutch firm Heineken saw its annual profits drop 33% and warned that earnings may also slide.',
      specs: [['Dutch', 'NORP'], ['Heineken', 'ORG']],
      content: 'earnings may also slide',
      source: 'Heineken',
      entity: 'Heineken',
    },
    {
      name: '"…, MPs said. But they rejected …": "they" is the unnamed group named just before, not a committee named earlier (THEY_GROUP)',
      text: 'The Constitutional Affairs Committee published its report. Contact orders should be enforced, MPs said. But they said a legal presumption of equal access would not work.',
      specs: [['Constitutional Affairs Committee', 'ORG']],
      content: 'a legal presumption of equal access would not work',
      source: 'they',
      entity: null,
    },
    {
      name: '"Web tracking company Envisional said …. …, the firm said": a one-word name after a body\'s noun is the body (DESCRIBED_BODY, round sixteen)',
      text: 'Web tracking company Envisional said 18% of downloaders were British. About 70% were using BitTorrent, the firm said.',
      specs: [['Envisional', 'PERSON'], ['British', 'NORP'], ['BitTorrent', 'ORG']],
      content: 'About 70% were using BitTorrent',
      source: 'the firm',
      entity: 'Envisional',
    },
    {
      name: '"Tory peer Lord Tebbit said …, and said …": the name the description titles (DESCRIBED_NAME_SUBJECT, round sixteen)',
      text: 'Tory peer Lord Tebbit said he agreed with Dr Fox, and said the case should be looked at on its merits.',
      specs: [['Tory', 'NORP'], ['Tebbit', 'PERSON'], ['Fox', 'PERSON']],
      content: 'the case should be looked at on its merits',
      source: 'Tebbit',
      entity: 'Tebbit',
    },
    {
      name: '"Brent Bozell, PTC president and conservative activist said: “…”": the person who opens the sentence (OPENING_PERSON_APPOSITIVE, round sixteen)',
      text: 'The PTC counted 3,056 flashes of nudity. Brent Bozell, PTC president and conservative activist said: "MTV is blatantly selling raunchy sex to kids."',
      specs: [['PTC', 'ORG'], ['Brent Bozell', 'PERSON'], ['MTV', 'ORG']],
      content: 'MTV is blatantly selling raunchy sex to kids.',
      source: 'Brent Bozell',
      entity: 'Brent Bozell',
    },
    {
      name: '"A senior defence official, speaking to … Paul Adams, said": not the name that ends the aside (NAME_IN_ASIDE, round sixteen)',
      text: 'A senior defence official, speaking to the BBC\'s defence correspondent Paul Adams, said that the figures were still not good enough.',
      specs: [['BBC', 'ORG'], ['Paul Adams', 'PERSON']],
      content: 'the figures were still not good enough',
      source: 'A senior defence official',
      entity: null,
    },
    {
      name: '"… campaigners, including … Gwyneth Dunwoody, who says …": the name a relative pronoun follows stays (NAME_IN_ASIDE)',
      text: 'The plan is opposed by road safety campaigners, including Labour backbencher Gwyneth Dunwoody, who says it will reduce the incentive for drivers.',
      specs: [['Labour', 'ORG'], ['Gwyneth Dunwoody', 'PERSON']],
      content: 'it will reduce the incentive for drivers',
      source: 'who',
      entity: 'Gwyneth Dunwoody',
    },
    {
      name: '"…, the elections watchdog has said." in the lead: the body named as a source two sentences on (LEAD_NAMED_LATER, round sixteen)',
      text: 'Debate needed\n\nA cap on donations should not be introduced yet, the elections watchdog has said.\n\nFears that big donors can buy favours are unfounded. The Electoral Commission said that more work was needed.',
      specs: [['Electoral Commission', 'ORG']],
      content: 'A cap on donations should not be introduced yet',
      source: 'the elections watchdog',
      entity: 'Electoral Commission',
    },
    {
      name: '"…, the company has said." in the lead: the one organisation the next sentence names (LEAD_NEXT_ORG, round sixteen)',
      text: 'Global release\n\nThe latest film of the animator Hayao Miyazaki is to be released in 50 countries, the company has said.\n\nThe film set a record for Toho last year. Critics were pleased.',
      specs: [['Hayao Miyazaki', 'PERSON'], ['Toho', 'ORG']],
      content: 'The latest film of the animator Hayao Miyazaki is to be released in 50 countries',
      source: 'the company',
      entity: 'Toho',
    },
    {
      name: '"Nintendo is releasing a console that it says will …": "it" is the organisation the sentence opens with (IT_RELATIVE_SUBJECT, round sixteen)',
      text: 'Market leader Nintendo, however, is releasing a handheld console that it says will revolutionise the way games are played. The DS is small.',
      specs: [['Nintendo', 'ORG'], ['DS', 'ORG']],
      content: 'will revolutionise the way games are played',
      source: 'it',
      entity: 'Nintendo',
    },
    {
      name: '"… Nintendo … a console that it says …": also a one-word name the tagger read as a person (IT_RELATIVE_SUBJECT)',
      text: 'Market leader Nintendo, however, is releasing a handheld console that it says will revolutionise the way games are played. The DS is small.',
      specs: [['Nintendo', 'PERSON'], ['DS', 'ORG']],
      content: 'will revolutionise the way games are played',
      source: 'it',
      entity: 'Nintendo',
    },
    {
      name: '"The euro rose, with finance minister Hans Eichel saying …": the name after "with" and a role (ABSOLUTE_ROLES, round sixteen)',
      text: 'The euro rose again, with finance minister Hans Eichel saying it was far too strong.',
      specs: [['Hans Eichel', 'PERSON']],
      content: 'it was far too strong',
      source: 'Hans Eichel',
      entity: 'Hans Eichel',
    },
    {
      name: '"Lisa Power, head of policy at … the Terrence Higgins Trust said": the person, not the body (OPENING_PERSON_ROLE_OF, round sixteen)',
      text: 'Ministers defended the plan. Lisa Power, head of policy at Aids charity the Terrence Higgins Trust said the policy was prejudice-based.',
      specs: [['Lisa Power', 'PERSON'], ['Aids', 'MISC'], ['Terrence Higgins Trust', 'ORG']],
      content: 'the policy was prejudice-based',
      source: 'Lisa Power',
      entity: 'Lisa Power',
    },
    {
      name: '"Labour\'s deputy minister for women Jacqui Smith accused … and said …": the name past the role\'s "for" phrase (ROLE_OF_NAME_SUBJECT, round sixteen)',
      text: 'Labour\'s deputy minister for women Jacqui Smith accused the Lib Dems of offering false promises and said their sums did not add up.',
      specs: [['Labour', 'ORG'], ['Jacqui Smith', 'PERSON'], ['Lib Dems', 'ORG']],
      content: 'their sums did not add up',
      source: 'Jacqui Smith',
      entity: 'Jacqui Smith',
    },
    {
      name: '"Cardinal Cormac Murphy-O\'Connor … The cardinal said …": a church\'s office is its holder (round sixteen)',
      text: 'Cardinal Cormac Murphy-O\'Connor led the service. Archbishop Rowan Williams spoke first. The cardinal said 2005 should be the year for campaigning.',
      specs: [['Cormac Murphy-O\'Connor', 'PERSON'], ['Rowan Williams', 'PERSON']],
      content: '2005 should be the year for campaigning',
      source: 'The cardinal',
      entity: 'Cormac Murphy-O\'Connor',
    },
    {
      name: '"Matthew Herren from EduVision told …": the person, not the body after "from" (PERSON_FROM_BODY, round sixteen)',
      text: 'Schools lack books. Matthew Herren from EduVision told the BBC programme Go Digital that the group uses satellite radio.',
      specs: [['Matthew Herren', 'PERSON'], ['EduVision', 'ORG'], ['BBC', 'ORG'], ['Go Digital', 'MISC']],
      content: 'the group uses satellite radio',
      source: 'Matthew Herren',
      entity: 'Matthew Herren',
    },
    {
      name: '"…, according to the Economist Intelligence Unit\'s Mr Hensel.": the person after the owner (OWNER_THEN_PERSON, round sixteen)',
      text: 'A resale could triple the price, according to the Economist Intelligence Unit\'s Mr Hensel.',
      specs: [["Intelligence Unit's", 'MISC'], ['Hensel', 'PERSON']],
      content: 'A resale could triple the price',
      entity: 'Hensel',
    },
    {
      name: '"Lord Strathclyde, Tory leader in the Lords, said": the person before an appositive that opens with a party and a title (NAMED_TITLE_APPOSITIVE, round sixteen)',
      text: 'Peers are angry. Lord Strathclyde, Tory leader in the Lords, said ministers should expect the bill to be rewritten.',
      specs: [['Strathclyde', 'PERSON'], ['Tory', 'NORP'], ['Lords', 'ORG']],
      content: 'ministers should expect the bill to be rewritten',
      source: 'Strathclyde',
      entity: 'Strathclyde',
    },
    {
      name: '"Moazzam Begg\'s Labour MP Roger Godsiff welcomed …, but said …": the person past the party and the title (NAME_TITLE_PERSON_SUBJECT, round sixteen)',
      text: 'Moazzam Begg\'s Labour MP Roger Godsiff welcomed his release, but said questions remained unanswered.',
      specs: [['Moazzam Begg', 'PERSON'], ['Labour', 'ORG'], ['Roger Godsiff', 'PERSON']],
      content: 'questions remained unanswered',
      source: 'Roger Godsiff',
      entity: 'Roger Godsiff',
    },
    {
      name: '"The important thing was action, he said, adding that …": the speaker of the cue before the comma (SAID_ADDING, round sixteen)',
      text: 'Tony Blair visited the region. The important thing was action and not words, he said, adding that only a fraction had been spent.',
      specs: [['Tony Blair', 'PERSON']],
      content: 'only a fraction had been spent',
      source: 'he',
      entity: 'Tony Blair',
    },
    {
      name: '"BBC correspondent Simon Hall at Postbridge on Dartmoor in the West Country said": the person, not the place (PLACE_AFTER_PERSON, round sixteen)',
      text: 'Hunt news\n\nThe hunt met. BBC correspondent Simon Hall at Postbridge on Dartmoor in the West Country said 2,000 people had turned out.',
      specs: [['BBC', 'ORG'], ['Simon Hall', 'PERSON'], ['Postbridge', 'LOC'], ['Dartmoor', 'LOC']],
      content: '2,000 people had turned out',
      source: 'Simon Hall',
      entity: 'Simon Hall',
    },
    {
      name: '"Colin Asplin, Blackpool Hotel Association said:": the person, not the body after the comma (PLACE_AFTER_PERSON)',
      text: 'Conference moves\n\nThe party is leaving. Colin Asplin, Blackpool Hotel Association said: "We have tried very hard to keep them."',
      specs: [['Colin Asplin', 'PERSON'], ['Blackpool Hotel Association', 'ORG']],
      content: 'We have tried very hard to keep them.',
      source: 'Colin Asplin',
      entity: 'Colin Asplin',
    },
    {
      name: '"After her meeting with Obama, the White House announced that …": the body, when the person does not open the clause (PLACE_AFTER_PERSON)',
      text: 'After her meeting with Obama, the White House announced that the United States would ease sanctions.',
      specs: [['Obama', 'PERSON'], ['White House', 'ORG'], ['United States', 'LOC']],
      content: 'the United States would ease sanctions',
      source: 'White House',
      entity: 'White House',
    },
    {
      name: '"Shares in Acme have fallen after the mining group reported …": the whole description, an -ing word and all (ING_ROLE_MODIFIER, round sixteen)',
      text: 'Coal news\n\nShares in Acme Coal have fallen after the mining group reported losses had deepened.',
      specs: [['Acme Coal', 'ORG']],
      content: 'losses had deepened',
      source: 'the mining group',
      entity: 'Acme Coal',
    },
    {
      name: '"Acme\'s statement to the stock exchange said:": the owner of a document whose phrase runs on (OWNED_DOCUMENT_PHRASE, round sixteen)',
      text: 'Takeover news\n\nThe shares rose. Acme\'s statement to the stock exchange said: "The board has noted the speculation."',
      specs: [['Acme', 'ORG']],
      content: 'The board has noted the speculation.',
      source: 'Acme\'s statement to the stock exchange',
      entity: 'Acme',
    },
    {
      name: '"A spokesman for the Acme Commissioner\'s Office said": the role, past the owner\'s possessive in the body\'s name (POSSESSIVE_IN_BODY, twelfth session)',
      text: 'Marketing news\n\nA spokesman for the Acme Commissioner\'s Office said it would be classed as marketing.',
      specs: [['Acme Commissioner', 'PERSON'], ['Office', 'ORG']],
      content: 'it would be classed as marketing',
      source: "A spokesman for the Acme Commissioner's Office",
      entity: null,
    },
    {
      name: '"a spokesman for the World Summit on the Information Society said": the role, past "on" in the body\'s name (POSSESSIVE_IN_BODY, twelfth session)',
      text: 'Divide news\n\nBut a spokesman for the World Summit on the Information Society said the divide remained very real.',
      specs: [['World Summit', 'EVENT'], ['Information Society', 'MISC']],
      content: 'the divide remained very real',
      source: 'a spokesman for the World Summit on the Information Society',
      entity: null,
    },
    {
      name: '"An Acme Audit Office report on the 20 biggest projects says": the body named before the document\'s head (DOCUMENT_BEFORE_PP, twelfth session)',
      text: 'Defence news\n\nAn Acme Audit Office report on the 20 biggest projects says costs have risen.',
      specs: [['Acme Audit Office', 'ORG']],
      content: 'costs have risen',
      source: 'An Acme Audit Office report on the 20 biggest projects',
      entity: 'Acme Audit Office',
    },
    {
      name: '"criticised the government for claiming …": the one criticised made the claim (FOR_ING_OBJECT, twelfth session)',
      text: 'Vote news\n\nThe Tory spokesman also criticised the government for claiming the constitution would make Europe easier to understand.',
      specs: [],
      content: 'the constitution would make Europe easier to understand',
      source: 'the government',
      entity: null,
    },
    {
      name: '"branded Mr Howard "arrogant" for claiming …", then "he said": Mr Howard claimed, the one who branded him speaks next (FOR_ING_OBJECT, FOR_ING_SPEAKER, twelfth session)',
      text: 'Vote news\n\nLib Dem president Simon Hughes branded Mr Howard "arrogant and wrong" for claiming the Tories were the natural party. "This is absurd," he said.',
      specs: [['Simon Hughes', 'PERSON'], ['Howard', 'PERSON'], ['Tories', 'ORG']],
      content: 'the Tories were the natural party',
      source: 'Howard',
      entity: 'Howard',
    },
    {
      name: '… and the "he said" after it is the one who branded him (FOR_ING_SPEAKER, twelfth session)',
      text: 'Vote news\n\nLib Dem president Simon Hughes branded Mr Howard "arrogant and wrong" for claiming the Tories were the natural party. "This is absurd," he said.',
      specs: [['Simon Hughes', 'PERSON'], ['Howard', 'PERSON'], ['Tories', 'ORG']],
      content: 'This is absurd,',
      source: 'he',
      entity: 'Simon Hughes',
    },
    {
      name: '"The Tories have promised … pensioners, who they say …": the party, not the group the relative clause describes (RELATIVE_GROUP, twelfth session)',
      text: 'Tax news\n\nThe Tories have promised a reduction on bills for pensioners, who they say have been hardest hit by rises in council tax.',
      specs: [['Tories', 'NORP']],
      content: 'have been hardest hit by rises in council tax',
      source: 'they',
      entity: 'Tories',
    },
    {
      name: '… and the sentence-first "They say" after it (RELATIVE_GROUP, twelfth session)',
      text: 'Tax news\n\nThe Tories have promised a reduction on bills for pensioners, who face rises. They say they can save £4bn on waste.',
      specs: [['Tories', 'NORP']],
      content: 'they can save £4bn on waste',
      source: 'They',
      entity: 'Tories',
    },
    {
      name: '"traders in Asia said": the group, not the place (GROUP_IN_PLACE, twelfth session)',
      text: 'Markets news\n\nOn Tuesday, traders in Asia said that both banks had withdrawn their bids.',
      specs: [['Asia', 'LOC']],
      content: 'both banks had withdrawn their bids',
      source: 'traders in Asia',
      entity: null,
    },
    {
      name: '"Some web users in Canada also report": the group, not the place (GROUP_IN_PLACE, twelfth session)',
      text: 'Web news\n\nSome web users in Canada also report that they can browse the site.',
      specs: [['Canada', 'LOC']],
      content: 'they can browse the site',
      source: 'users in Canada',
      entity: null,
    },
    {
      name: '"the Tory MP for Sleaford admitted": the office past the party\'s word, not the seat (PARTY_SEAT_OFFICE, twelfth session)',
      text: 'Lords news\n\nTory MP Douglas Hogg said the reform was costly. But the Tory MP for Sleaford admitted the role could not be frozen.',
      specs: [['Tory', 'NORP'], ['Douglas Hogg', 'PERSON'], ['Tory', 'NORP', 1], ['Sleaford', 'LOC']],
      content: 'the role could not be frozen',
      source: 'the Tory MP for Sleaford',
      entity: 'Douglas Hogg',
    },
    {
      name: '"Anti-abortion group the Acme Alliance congratulated …, but said": the body the description names (DESCRIBED_THE_NAME, twelfth session)',
      text: 'Abortion news\n\nAnti-abortion group the Acme Alliance congratulated Mr Howard on his stance, but said it did not go far enough.',
      specs: [['Acme Alliance', 'ORG'], ['Howard', 'PERSON']],
      content: 'it did not go far enough',
      source: 'Acme Alliance',
      entity: 'Acme Alliance',
    },
    {
      name: '"… was quoted in the Guardian newspaper saying …. In a statement, the party said": a party, not the newspaper that spoke last (PARTY_HEAD, twelfth session)',
      text: 'Tory news\n\nThe Conservative Party picked Danny Kruger. Mr Kruger was quoted in the Guardian newspaper saying: "We plan change." In a statement, the party said the comment had been taken out of context.',
      specs: [['Conservative Party', 'ORG'], ['Danny Kruger', 'PERSON'], ['Kruger', 'PERSON', 1], ['Guardian', 'ORG']],
      content: 'the comment had been taken out of context',
      source: 'the party',
      entity: 'Conservative Party',
    },
    {
      name: '"the Acme report said …. … the report said": the same report as the latest source with that head (SAME_DOCUMENT, twelfth session)',
      text: 'Phone news\n\nA report by the United Nations came out in May. "The divide is closing," the Acme report said. Half the world now has a phone, the report said.',
      specs: [['United Nations', 'ORG'], ['Acme', 'ORG']],
      content: 'Half the world now has a phone',
      source: 'the report',
      entity: 'Acme',
    },
    {
      name: '"the Kok report said": a report named after a person is that person\'s (PERSON_NAMED_DOCUMENT, twelfth session)',
      text: 'Jobs news\n\nWim Kok led the review. "Lisbon is about everything," the Kok report said.',
      specs: [['Wim Kok', 'PERSON'], ['Kok', 'PERSON', 1], ['Lisbon', 'LOC']],
      content: 'Lisbon is about everything,',
      source: 'the Kok report',
      entity: 'Wim Kok',
    },
    {
      name: '"according to research from technology analysts Gartner": the body named at the end of the phrase (AUTHOR_AT_PHRASE_END, twelfth session)',
      text: 'Phone news\n\nMobile phones are still enjoying a boom time in sales, according to research from technology analysts Gartner.',
      specs: [['Gartner', 'ORG']],
      content: 'Mobile phones are still enjoying a boom time in sales',
      source: 'research from technology analysts Gartner',
      entity: 'Gartner',
    },
    {
      name: '"… a survey from the British Bankers\' Association, which said …": the body named before the comma (WHICH_NAMED_BODY, round sixteen)',
      text: 'Mortgage news\n\nThe figures contradict a survey from the British Bankers\' Association, which said approvals were at a five-year low.',
      specs: [["British Bankers' Association", 'ORG']],
      content: 'approvals were at a five-year low',
      source: 'which',
      entity: "British Bankers' Association",
    },
    {
      name: '"Ms Robinson, who presents The Weakest Link tells …": the person whose relative clause is left unclosed (UNCLOSED_RELATIVE, round sixteen)',
      text: 'TV news\n\nMs Robinson, who presents The Weakest Link tells Cockerell that she despaired at his image.',
      specs: [['Robinson', 'PERSON'], ['The Weakest Link', 'MISC'], ['Cockerell', 'PERSON']],
      content: 'she despaired at his image',
      source: 'Robinson',
      entity: 'Robinson',
    },
    {
      name: '"Sources within the party told the BBC …": the group before the preposition, not the party (GROUP_BEFORE_PP, round sixteen)',
      text: 'ID news\n\nLabour won the vote. Sources within the party told the BBC Mr Howard had always backed ID cards.',
      specs: [['Labour', 'ORG'], ['BBC', 'ORG'], ['Howard', 'PERSON']],
      content: 'Mr Howard had always backed ID cards',
      source: 'Sources within the party',
      entity: null,
    },
    {
      name: '"David Graham from the FDA\'s Office of Drug Safety told …": the person, past the owner of the body (PERSON_FROM_BODY)',
      text: 'Drug news\n\nThe panel met. David Graham from the FDA\'s Office of Drug Safety told the advisory panel that the drug was unsafe.',
      specs: [['David Graham', 'PERSON'], ["FDA's", 'ORG'], ['Office of Drug Safety', 'ORG']],
      content: 'the drug was unsafe',
      source: 'David Graham',
      entity: 'David Graham',
    },
    {
      name: '"Meanwhile, Ford which posted …, said …": a connective is never the source; the name before "which" is (CONNECTIVE_NOT_SOURCE, round sixteen)',
      text: 'Car news\n\nGM cut output. Meanwhile, Ford which posted its ninth drop in monthly sales, said it was cutting production.',
      specs: [['GM', 'ORG'], ['Ford', 'ORG']],
      content: 'it was cutting production',
      source: 'Ford',
      entity: 'Ford',
    },
    {
      name: '"Duncan Bannatyne …. His spokesman said …": a spokesman stands for no one, not even the person he speaks for (round sixteen)',
      text: 'Donor news\n\nDuncan Bannatyne is reviewing his donations. His spokesman said it was highly unlikely he would give more money.',
      specs: [['Duncan Bannatyne', 'PERSON']],
      content: 'it was highly unlikely he would give more money',
      source: 'His spokesman',
      entity: null,
    },
    {
      name: '"The firm, whose Agroflora subsidiary operates … in Venezuela, insisted …": not the place inside the "whose" clause (WHOSE_CLAUSE, round sixteen)',
      text: 'Farm news\n\nThe Vestey Group was not told. The firm, whose Agroflora subsidiary operates 13 farms in Venezuela, insisted that it had complied with the law.',
      specs: [['Vestey Group', 'ORG'], ['Agroflora', 'ORG'], ['Venezuela', 'LOC']],
      content: 'it had complied with the law',
      source: 'The firm',
      entity: 'Vestey Group',
    },
  ])('$name', checkSpeaker);
});

describe('"it" after the sentence whose subject it stands for (fourteenth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"At the Court of Appeal …, the Countryside Alliance failed …. But it says …": the subject of the sentence before (IT_PREVIOUS_SUBJECT)',
      text: 'Hunt news\n\nAt the Court of Appeal on Wednesday, the Countryside Alliance failed in its attempt to have the Hunting Act ruled invalid. But it says the ban is unenforceable.',
      specs: [['Court of Appeal', 'ORG'], ['Countryside Alliance', 'ORG'], ['Hunting Act', 'MISC']],
      content: 'the ban is unenforceable',
      source: 'it',
      entity: 'Countryside Alliance',
    },
    {
      name: '"The China Three Gorges Project Corp could … . Last week, it denied … . “…,” it said.": the subject, then the "it" that stood for it (IT_PREVIOUS_SUBJECT)',
      text: 'Dam news\n\nThe Beijing News said the company may pay a fine. The China Three Gorges Project Corp could now face a fine. Last week, it denied that its projects violated regulations. "We have built our projects in accordance with the law," it said.',
      specs: [['Beijing News', 'ORG'], ['China Three Gorges Project Corp', 'ORG']],
      content: 'We have built our projects in accordance with the law,',
      source: 'it',
      entity: 'China Three Gorges Project Corp',
    },
    {
      name: '"Sales rose at Tesco. It said …": not a person the sentence before has as its subject, nor past a sentence (IT_PREVIOUS_SUBJECT)',
      text: 'Shop news\n\nTesco opened a store. John Smith visited the shop on Monday. It said that sales had risen.',
      specs: [['Tesco', 'ORG'], ['John Smith', 'PERSON']],
      content: 'sales had risen',
      source: 'It',
      entity: 'Tesco',
    },
  ])('$name', checkSpeaker);
});

describe('speakers after the sentence that introduces them, titles and conduits (fifteenth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Mr Varga … met Mr Orlov on Monday. The sell-off … had been badly run, he said": the subject before, not the last speaker (CONTENT_PREVIOUS_SUBJECT)',
      text: 'Energy news\n\n"The officials are at it again," Mr Orlov told a briefing. Mr Varga, a known critic of state control, met Mr Orlov on Monday. The sell-off of firms such as Norgas had been badly run, he said.',
      specs: [['Orlov', 'PERSON'], ['Varga', 'PERSON'], ['Orlov', 'PERSON', 1], ['Norgas', 'ORG']],
      content: 'The sell-off of firms such as Norgas had been badly run',
      source: 'he',
      entity: 'Varga',
    },
    {
      name: '"“…,” said its chief executive, Sir Peter Lane": the person in apposition, past the honorific (ROLE_THEN_NAME)',
      text: 'College news\n\nThe council released new numbers. "The share barely moved at all," said its chief executive, Sir Peter Lane.',
      specs: [['Peter Lane', 'PERSON']],
      content: 'The share barely moved at all,',
      entity: 'Peter Lane',
    },
    {
      name: '"The bloc\'s Food Aid Commissioner, Anna Holt, was quoted as saying": a title read as a name is the person it titles (TITLE_READ_AS_NAME)',
      text: 'Relief news\n\nThe EU\'s Food Aid Commissioner, Anna Holt, was quoted as saying that speed was vital for the relief effort.',
      specs: [['EU', 'ORG'], ['Food Aid Commissioner', 'ORG'], ['Anna Holt', 'PERSON']],
      content: 'speed was vital for the relief effort',
      entity: 'Anna Holt',
    },
    {
      name: '"“…,” the newspaper quoted Skyline chief executive Tom Reid as saying": the one quoted speaks (QUOTED_AS_SAYING)',
      text: 'Airline news\n\nSkyline may move staff overseas, The Courier newspaper reported. "We must find the cheapest way to run this airline," the newspaper quoted Skyline chief executive Tom Reid as saying.',
      specs: [['Skyline', 'ORG'], ['The Courier', 'ORG'], ['Skyline', 'ORG', 1], ['Tom Reid', 'PERSON']],
      content: 'We must find the cheapest way to run this airline,',
      source: 'Tom Reid',
      entity: 'Tom Reid',
    },
    {
      name: '"Reuters quoted Mr Reid as saying that costs were high": the content after "as saying" (QUOTED_AS_SAYING)',
      text: 'Airline news\n\nTom Reid runs Skyline. Reuters quoted Mr Reid as saying that costs were high.',
      specs: [['Tom Reid', 'PERSON'], ['Skyline', 'ORG'], ['Reuters', 'ORG'], ['Reid', 'PERSON', 1]],
      content: 'costs were high',
      entity: 'Tom Reid',
    },
    {
      name: '"Mr Pike was quoted in the Herald newspaper saying: “…”": the one quoted, not the paper (QUOTED_AS_SAYING)',
      text: 'Party news\n\nSam Pike stood down on Tuesday. Mr Pike was quoted in the Herald newspaper saying: "We want a shake-up of every public service."',
      specs: [['Sam Pike', 'PERSON'], ['Pike', 'PERSON', 1], ['Herald', 'ORG']],
      content: 'We want a shake-up of every public service.',
      entity: 'Sam Pike',
    },
    {
      name: '"Party chairman Ruth Ames has now written to the watchdog saying: “…”": the one who wrote, not the one written to (QUOTED_AS_SAYING)',
      text: 'Party news\n\nGreen chairman Ruth Ames has now written to the watchdog saying: "These recorded calls break the rules."',
      specs: [['Green', 'ORG'], ['Ruth Ames', 'PERSON']],
      content: 'These recorded calls break the rules.',
      entity: 'Ruth Ames',
    },
    {
      name: '"The Evening Post says …. The Harbour Link Bill … The paper says …": the newspaper named last, not another body (PRESS_HEAD)',
      text: 'Transport news\n\nThe Evening Post says the plan is ready. The Harbour Link Bill would pay for a new tunnel. The paper says it will reach the House of Commons in March.',
      specs: [['Evening Post', 'ORG'], ['Harbour Link Bill', 'ORG'], ['House of Commons', 'ORG']],
      content: 'it will reach the House of Commons in March',
      entity: 'Evening Post',
    },
    {
      name: '"…, according to a report by analysts Northfield Research": the body named after the document\'s "by" (DOCUMENT_BY_AFTER)',
      text: 'Gadget news\n\nSales of tablets will triple by 2012, according to a report by analysts Northfield Research. Most growth will come from Brazil and Mexico.',
      specs: [['Northfield Research', 'ORG'], ['Brazil', 'LOC'], ['Mexico', 'LOC']],
      content: 'Sales of tablets will triple by 2012',
      source: 'a report',
      entity: 'Northfield Research',
    },
    {
      name: '"… to Harbourne … is a lifeline to Calder …. The company recently warned …": of two companies, the one the article is most about (DESCRIBED_MAIN_ORG)',
      text: 'Calder sells stake\n\nShares in building group Calder jumped on news that it is selling its stake in Metro Links. The sale to Harbourne is a lifeline to Calder, which owes its banks millions. The company recently warned it could collapse.',
      specs: [['Calder', 'ORG'], ['Calder', 'ORG', 1], ['Metro Links', 'ORG'], ['Harbourne', 'ORG'], ['Calder', 'ORG', 2]],
      content: 'could collapse',
      entity: 'Calder',
    },
    {
      name: '"The 4th Circuit Court of Appeals ruled for Filebox …. The court said …": a court is an institution\'s head',
      text: 'Download news\n\nThe 4th Circuit Court of Appeals ruled in favour of Filebox and ShareNet. The court said they were in the same place as tape makers had been years ago.',
      specs: [['Circuit Court of Appeals', 'ORG'], ['Filebox', 'ORG'], ['ShareNet', 'ORG']],
      content: 'they were in the same place as tape makers had been years ago',
      entity: 'Circuit Court of Appeals',
    },
    {
      name: '"Tom Hale will captain the side in place of the injured Luke Barr …. And the striker said": of two people named before, the subject (DESCRIBED_SUBJECT)',
      text: 'Football news\n\nRovers must beat City. Tom Hale will captain the side in place of the injured Luke Barr. And the striker said the team would win.',
      specs: [['Rovers', 'ORG'], ['City', 'ORG'], ['Tom Hale', 'PERSON'], ['Luke Barr', 'PERSON']],
      content: 'the team would win',
      source: 'the striker',
      entity: 'Tom Hale',
    },
    {
      name: '"He said …. The legal assistant said …": a source already resolved as the subject before (DESCRIBED_SUBJECT)',
      text: 'TV news\n\nDale Evans is suing a network over a stunt show. He said watching the show made him ill. The legal assistant said the network was sending the wrong message.',
      specs: [['Dale Evans', 'PERSON']],
      content: 'the network was sending the wrong message',
      entity: 'Dale Evans',
    },
    {
      name: '"The study, from the Institute for Market Research, …. “…,” the authors say": the body the document came from (DOCUMENT_AUTHORS)',
      text: 'Tax news\n\nTougher tax checks help investors, a new report has argued. The study, from the Institute for Market Research, looks at five countries. "Stricter checks can raise what shareholders get back," the authors say.',
      specs: [['Institute for Market Research', 'ORG']],
      content: 'Stricter checks can raise what shareholders get back,',
      source: 'the authors',
      entity: 'Institute for Market Research',
    },
    {
      name: '"Glass Harbour frontwoman Mia Lorne took the prize from singer Jo Vale. She told the audience …": the subject before the person named last (SUBJECT_BEFORE_LAST_NAMED)',
      text: 'Awards news\n\nGlass Harbour frontwoman Mia Lorne took the best album prize from singer Jo Vale. She told the audience the award was a dream.',
      specs: [['Glass Harbour', 'ORG'], ['Mia Lorne', 'PERSON'], ['Jo Vale', 'PERSON']],
      content: 'the award was a dream',
      source: 'She',
      entity: 'Mia Lorne',
    },
    {
      name: '"…, a senior cabinet figure has warned. Trade minister Oleg Brandt told …": a figure is a person, named in the next sentence',
      text: 'Minister attacks state takeover\n\nThe state takeover of the mining industry must be undone, a senior cabinet figure has warned.\n\nTrade minister Oleg Brandt told the Gazette newspaper that state control of mines was wrong.',
      specs: [['Oleg Brandt', 'PERSON'], ['Gazette', 'ORG']],
      content: 'The state takeover of the mining industry must be undone',
      entity: 'Oleg Brandt',
    },
    {
      name: '"Sources close to Mr Drew said": the group, not the person (CLOSE_TO_NAME)',
      text: 'Party news\n\nMartin Drew left the party. Sources close to Mr Drew said six other members would follow.',
      specs: [['Martin Drew', 'PERSON'], ['Drew', 'PERSON', 1]],
      content: 'six other members would follow',
      source: 'Sources close to Mr Drew',
      entity: null,
    },
    {
      name: '"…, the Daily Record website was told": who heard it is not who said it (TOLD_PASSIVE)',
      text: 'Party news\n\nThe plan was agreed at a dinner on Sunday, the Daily Record website was told.',
      specs: [['Daily Record website', 'ORG']],
      content: 'The plan was agreed at a dinner on Sunday',
      entity: null,
    },
    {
      name: '"the watchdog told the Daily Record website. In June, the watchdog said": the one told stands between no speaker and its description (LISTENER_NOT_OTHER_ORG)',
      text: 'Media news\n\nOftel said it would review prices for Telco and Netcall. It is the first such review, the watchdog told the Daily Record website. In June, the watchdog said that prices would rise.',
      specs: [['Oftel', 'ORG'], ['Telco', 'ORG'], ['Netcall', 'ORG'], ['Daily Record website', 'ORG']],
      content: 'prices would rise',
      entity: 'Oftel',
    },
  ])('$name', checkSpeaker);
});
