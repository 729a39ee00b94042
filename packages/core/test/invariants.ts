// What must hold of every result, whatever the input: shared by the fuzz, bad-input and linearity tests.
import Ajv from 'ajv';
import { analysisSchema, collectSpans, findSpanProblems, type Analysis } from '../src/index.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile(analysisSchema);
const ID_SHAPE = { mentions: /^m\d+$/, entities: /^e\d+$/, attributions: /^a\d+$/, claims: /^c\d+$/, times: /^t\d+$/ } as const;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `i` falls between the two halves of a surrogate pair (an emoji, a rare CJK character…). */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/**
 * The problems of one result (empty when all is well): every span matches the text (and cuts no
 * surrogate pair), ids are well-formed, unique and consistent both ways, the result fits the JSON
 * Schema, no extractor reported an error, and `article.text` still holds `input`.
 */
export function problemsOf(result: Analysis, input: string): string[] {
  const text = result.article.text;
  const problems = [...findSpanProblems(result)];
  if (!text.endsWith(input)) problems.push('article.text lost the input text');
  for (const { path, span } of collectSpans({ ...result, article: { ...result.article, text: undefined } })) {
    if (splitsSurrogatePair(text, span.start) || splitsSurrogatePair(text, span.end)) problems.push(`${path}: [${span.start}, ${span.end}) cuts a surrogate pair`);
  }
  for (const [layer, shape] of Object.entries(ID_SHAPE)) {
    for (const item of result[layer as keyof typeof ID_SHAPE] as { id: string }[]) if (!shape.test(item.id)) problems.push(`${layer}: bad id ${item.id}`);
  }
  const mentionById = new Map(result.mentions.map((m) => [m.id as string, m]));
  for (const e of result.entities) {
    for (const m of e.mentions) if (mentionById.get(m)?.entity !== e.id) problems.push(`entity ${e.id} lists ${m}, which points elsewhere`);
  }
  for (const m of result.messages) if (m.severity === 'error') problems.push(`error message from ${m.producer}: ${m.rule}: ${m.text}`);
  if (!validate(JSON.parse(JSON.stringify(result)))) problems.push(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  return problems;
}
