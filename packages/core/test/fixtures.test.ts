// The offset rule on every fixture: whatever the text, every span in the result satisfies
// article.text.slice(start, end) === span.text, ids resolve, the result matches the schema,
// and nothing throws.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { analysisSchema, analyze, findSpanProblems } from '../src/index.js';

const validate = new Ajv({ strict: false }).compile(analysisSchema);
const seed = readFileSync(new URL('../../../examples/articles/putin-istanbul-talks.txt', import.meta.url), 'utf8');

const fixtures: { name: string; text: string; publishedAt?: string }[] = [
  { name: 'seed', text: seed, publishedAt: '2025-05-15' },
  { name: 'seed with CRLF line ends', text: seed.replace(/\n/g, '\r\n') },
  { name: 'seed with straight quotes', text: seed.replace(/[“”]/g, '"').replace(/[‘’]/g, "'") },
  { name: 'seed in capitals', text: seed.toUpperCase() },
  {
    name: 'wire story with dateline and byline',
    text: 'Central Bank Holds Rates\n\nBy Maria Lopez\n\nFRANKFURT (Reuters) - The European Central Bank kept rates at 4% on Thursday, President Christine Lagarde said. “We are not there yet,” she told reporters, adding that inflation could fall to 2.5% by 2026.\nAnalysts said the decision was expected.',
    publishedAt: '2024-03-07',
  },
  { name: 'empty', text: '' },
  { name: 'whitespace only', text: ' \n\t\r\n  ' },
  { name: 'unbalanced quotes', text: '“He said “yes” and “no, she said. ”Then” nothing. "Open\n““““ ”””' },
  { name: 'a whole article in one quote', text: '“This is all a quote. It goes on. And on, said nobody.”' },
  { name: 'right-to-left and mixed scripts', text: 'قال الرئيس إن المحادثات ستستمر. President Macron said “בסדר” in Paris. 東京で会談が行われた。' },
  { name: 'emoji and surrogate pairs', text: 'Markets 📉 fell 5% 😱 as Elon Musk 🚀 said “no comment” 👍.' },
  { name: 'NUL and control characters', text: 'Alice\u0000 met Bob\u0007 in Paris.\u000b He said\u0000 so.' },
  { name: 'long punctuation runs', text: `Wow${'!'.repeat(5000)} ${'"'.repeat(5000)} ${'—'.repeat(5000)} ${'.'.repeat(5000)} Then Smith said it.` },
  { name: 'one long token', text: `${'a'.repeat(50_000)} said Smith.` },
  { name: 'lone surrogates', text: 'Broken \ud800 text \udc00 said Jones.' },
];

describe('every fixture', () => {
  it.each(fixtures)('$name', async ({ text, publishedAt }) => {
    const result = await analyze({ id: 'fixture', text, publishedAt: publishedAt ?? null });
    expect(findSpanProblems(result)).toEqual([]);
    expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });
});
