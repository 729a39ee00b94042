import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../text/segment.js';
import { tokenize } from '../../text/tokenize.js';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { findSpanProblems } from '../../testing/index.js';
import { segmentation } from './segmentation.js';

const seed = readFileSync(new URL('../../../../../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');
const words = (text: string) => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
};
const sentences = (text: string) => segmentText(text).segments.sentences.map((s) => s.text);

describe('tokenize', () => {
  it.each([
    { text: 'Zelensky’s chief', tokens: ['Zelensky', '’s', 'chief'] },
    { text: "Putin's move", tokens: ['Putin', "'s", 'move'] },
    { text: 'don’t O’Brien', tokens: ['don’t', 'O’Brien'] },
    { text: 'the U.S. and U.K. said', tokens: ['the', 'U.S.', 'and', 'U.K.', 'said'] },
    { text: 'Dr. Jones, Jan. 5', tokens: ['Dr.', 'Jones', ',', 'Jan.', '5'] },
    { text: '$1,200.50 or 12% at 10:30', tokens: ['$', '1,200.50', 'or', '12', '%', 'at', '10:30'] },
    { text: 'Russia-Ukraine war', tokens: ['Russia', '-', 'Ukraine', 'war'] },
    { text: 'Trump—currently in Qatar—to', tokens: ['Trump', '—', 'currently', 'in', 'Qatar', '—', 'to'] },
    { text: '“Yes,” he said...', tokens: ['“', 'Yes', ',', '”', 'he', 'said', '...'] },
    { text: 'Wait?! No', tokens: ['Wait', '?!', 'No'] },
    { text: 'emoji 😀 ok', tokens: ['emoji', '😀', 'ok'] },
    { text: 'J. K. Marlowe', tokens: ['J.', 'K.', 'Marlowe'] },
    { text: 'Müller and São Paulo', tokens: ['Müller', 'and', 'São', 'Paulo'] },
    // letters left as HTML entities stay in their word (LETTER_ENTITIES, issue 4, twenty-first session)
    { text: 'Dr Ren&eacute; Vallot', tokens: ['Dr', 'Ren&eacute;', 'Vallot'] },
    { text: '&Eacute;mile and Espa&#241;a', tokens: ['&Eacute;mile', 'and', 'Espa&#241;a'] },
    { text: 'AT&amp;T &#38; B', tokens: ['AT', '&', 'amp', ';', 'T', '&', '#', '38', ';', 'B'] },
    { text: '', tokens: [] },
  ])('$text', ({ text, tokens }) => {
    expect(words(text)).toEqual(tokens);
  });

  it('is linear on long runs of punctuation', () => {
    const text = '!'.repeat(100_000) + '"'.repeat(100_000) + '-'.repeat(100_000);
    expect(tokenize(text).count).toBe(100_002);
  });
});

describe('sentences', () => {
  it.each([
    { text: 'He left. She stayed.', expected: ['He left.', 'She stayed.'] },
    { text: 'Mr. Smith met Dr. Jones. They talked.', expected: ['Mr. Smith met Dr. Jones.', 'They talked.'] },
    { text: 'It costs $3.50 today. Fine.', expected: ['It costs $3.50 today.', 'Fine.'] },
    { text: 'Interests of the U.S. matter. The end.', expected: ['Interests of the U.S. matter.', 'The end.'] },
    { text: 'He moved to the U.S. The move was big.', expected: ['He moved to the U.S.', 'The move was big.'] },
    { text: '“Go now,” he said. “Really?” she asked.', expected: ['“Go now,” he said.', '“Really?” she asked.'] },
    { text: '“Why?” he asked.', expected: ['“Why?” he asked.'] },
    { text: 'He said: “We will win.” Then he left.', expected: ['He said: “We will win.”', 'Then he left.'] },
    { text: 'no final stop', expected: ['no final stop'] },
    // a period inside a stock ticker ends no sentence (TICKER_PERIOD, issue 4, twentieth session)
    { text: 'Halvor NV <HALV.AS> said profits rose. Fine.', expected: ['Halvor NV <HALV.AS> said profits rose.', 'Fine.'] },
    { text: 'It ended.The next one began.', expected: ['It ended.', 'The next one began.'] },
    // a state's or a month's abbreviation in lower case is a word that can end a sentence (twenty-fourth session)
    { text: 'Her father had been ill. "He was a fighter," she said.', expected: ['Her father had been ill.', '"He was a fighter," she said.'] },
    { text: 'The game was a wash. Both sides lost.', expected: ['The game was a wash.', 'Both sides lost.'] },
    // "a.m." and "p.m." end a sentence before a capitalised word that is no day, month or time zone (TIME_OF_DAY_END, twenty-sixth session)
    { text: 'Police were called at 3 a.m. MacLeod said the man fled.', expected: ['Police were called at 3 a.m.', 'MacLeod said the man fled.'] },
    { text: 'It starts at 2 p.m. Tuesday in Halden.', expected: ['It starts at 2 p.m. Tuesday in Halden.'] },
    { text: 'It starts at 9 a.m. ET on the day.', expected: ['It starts at 9 a.m. ET on the day.'] },
    { text: 'It closed at 4 p.m. New York time on Friday.', expected: ['It closed at 4 p.m. New York time on Friday.'] },
    // a firm's suffix ends a sentence before a name and a verb of saying, not before a day (FIRM_SUFFIX_END, twenty-sixth session)
    { text: 'So said Ann Lee of Halden and Co. Lee said she was a buyer.', expected: ['So said Ann Lee of Halden and Co.', 'Lee said she was a buyer.'] },
    { text: 'Halden Motors Corp. Wednesday said it will cut jobs.', expected: ['Halden Motors Corp. Wednesday said it will cut jobs.'] },
    { text: 'Halden Bros. Inc. said it will cut jobs.', expected: ['Halden Bros. Inc. said it will cut jobs.'] },
    // "U.S. Officials said" (wire capitals) is one sentence; after "the", "U.S." ends one (NOUN_AFTER_ABBREVIATION, twenty-sixth session)
    { text: 'Ships will guard the Gulf, U.S. Officials said.', expected: ['Ships will guard the Gulf, U.S. Officials said.'] },
    { text: 'The drug is sold in the U.S. Critics say it is unsafe.', expected: ['The drug is sold in the U.S.', 'Critics say it is unsafe.'] },
    // a province's or a state's abbreviation after "Town," ends a sentence before a capitalised word, not before an office,
    // a day or a person's initials (PLACE_ABBREVIATION_END, twenty-seventh session)
    { text: 'The storm hit Lindor, N.S. Residents said the winds were fierce.', expected: ['The storm hit Lindor, N.S.', 'Residents said the winds were fierce.'] },
    { text: 'The plant is in Halden, Mich. Reed said it will close.', expected: ['The plant is in Halden, Mich.', 'Reed said it will close.'] },
    { text: 'Lindor, N.L. Mayor Ann Reed said the town was ready.', expected: ['Lindor, N.L. Mayor Ann Reed said the town was ready.'] },
    { text: 'A hearing is set in Halden, Fla. Monday.', expected: ['A hearing is set in Halden, Fla. Monday.'] },
    { text: 'The bids came from Halvor, J.P. Reed and Co.', expected: ['The bids came from Halvor, J.P. Reed and Co.'] },
    // doubled apostrophes as quote marks (as in the New York Times' archive text)
    {
      text: "She spoke on NBC's ''Morning Desk.'' ''Hallam won't answer our letters.'' Then she left.",
      expected: ["She spoke on NBC's ''Morning Desk.''", "''Hallam won't answer our letters.''", 'Then she left.'],
    },
    { text: 'He left. "Why?" she asked. \'Go,\' he said.', expected: ['He left.', '"Why?" she asked.', "'Go,' he said."] },
    { text: 'Line one\r\nLine two.\rLine three', expected: ['Line one', 'Line two.', 'Line three'] },
    { text: 'First one\u2029Second one.\u2028Third', expected: ['First one', 'Second one.', 'Third'] },
  ])('$text', ({ text, expected }) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('structure', () => {
  it.each([
    {
      case: 'headline, byline and dateline',
      text: 'Markets Tumble After Rate Rise\n\nBy Jane Doe and John Roe\n\nLONDON (Reuters) - Shares fell on Monday. Traders were nervous.\nMore text here.',
      title: 'Markets Tumble After Rate Rise',
      byline: 'By Jane Doe and John Roe',
      dateline: 'LONDON (Reuters)',
      paragraphs: 2,
      first: 'Shares fell on Monday.',
    },
    {
      case: 'an em-dash dateline',
      text: 'Talks Stall\n\nWASHINGTON — The talks stalled on Friday.',
      title: 'Talks Stall',
      byline: null,
      dateline: 'WASHINGTON',
      paragraphs: 1,
      first: 'The talks stalled on Friday.',
    },
    {
      case: 'no headline when the first line is a sentence',
      text: 'The talks stalled on Friday.\nNobody was surprised.',
      title: null,
      byline: null,
      dateline: null,
      paragraphs: 2,
      first: 'The talks stalled on Friday.',
    },
    {
      case: 'no headline when the first paragraph ends in a stop inside a quote mark (QUOTE_END_NOT_TITLE)',
      text: 'Reed said: “We will not go.”\n\nHe left the room soon after.',
      title: null,
      byline: null,
      dateline: null,
      paragraphs: 2,
      first: 'Reed said: “We will not go.”',
    },
    {
      case: 'a headline in capitals over one paragraph, no blank line: not hard-wrapped text (HEADLINE_LINE_NOT_WRAP)',
      text: 'HALDEN SHARES OFFERED\nHalden Corp said an offering of common shares is underway.',
      title: 'HALDEN SHARES OFFERED',
      byline: null,
      dateline: null,
      paragraphs: 1,
      first: 'Halden Corp said an offering of common shares is underway.',
    },
    {
      case: 'a headline in sentence case over one line break (SENTENCE_CASE_TITLE)',
      text: 'Pork prices climb this winter\nDemand for pork has improved this winter, with prices lifting in the shops.\nGrowers are pleased.',
      title: 'Pork prices climb this winter',
      byline: null,
      dateline: null,
      paragraphs: 2,
      first: 'Demand for pork has improved this winter, with prices lifting in the shops.',
    },
    {
      case: 'hard-wrapped paragraphs are joined',
      text: 'The minister said the plan would\ncost more than expected and take\nlonger to deliver.\n\nCritics were not convinced by the\nfigures at all.',
      title: null,
      byline: null,
      dateline: null,
      paragraphs: 2,
      first: 'The minister said the plan would\ncost more than expected and take\nlonger to deliver.',
    },
  ])('$case', ({ text, title, byline, dateline, paragraphs, first }) => {
    const { segments } = segmentText(text);
    expect(segments.title?.text ?? null).toBe(title);
    expect(segments.byline?.text ?? null).toBe(byline);
    expect(segments.dateline?.text ?? null).toBe(dateline);
    expect(segments.paragraphs).toHaveLength(paragraphs);
    expect(segments.sentences[0]?.text).toBe(first);
  });

  it('segments the seed article', async () => {
    const result = await createPipeline([segmentation()]).analyze(seed);
    const { article } = result;
    expect(article.title?.text).toBe('Putin Pulls Shock Move on Trump-Backed Peace Talks');
    expect(article.paragraphs).toHaveLength(13);
    expect(article.sentences).toHaveLength(26);
    expect(article.sentences[8]?.text).toBe(
      'Trump initially dispatched Secretary of State Marco Rubio to represent U.S. interests at the talks, even hinting he might personally join if Putin attended.',
    );
    expect(findSpanProblems(result)).toEqual([]);
  });

  it('gives every token a sentence index or -1 outside sentences', () => {
    const { tokens, segments } = segmentText(seed);
    for (let i = 0; i < tokens.count; i++) {
      const s = tokens.sentence[i]!;
      if (s < 0) expect(tokens.start[i]).toBeLessThan(segments.sentences[0]!.start);
      else expect(tokens.start[i]! >= segments.sentences[s]!.start && tokens.end[i]! <= segments.sentences[s]!.end).toBe(true);
    }
  });
});
