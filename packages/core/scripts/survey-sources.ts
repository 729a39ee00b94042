/**
 * Sources that are almost always misread, counted on unlabeled news (twenty-third session): a check with no hand labels.
 *
 *   npm run survey:sources [-- --corpora reuters_c50,abc_news,wsj_ptb_samples,reuters21578,ieer_nyt_apw_1998] [--show N]
 *
 * Documents: blocks of `../shared/data/unlabeled/<corpus>` with "said" / "says" twice or more and under 8,000 characters,
 * leaving out every document of our quote sets (`lib/bbcQuotes.ts`). Each is analysed (default `parc` scheme), and each
 * attribution is checked for shapes a reader would call wrong on sight:
 * - `place-after-preposition`: a named source that is a place right after "in" / "of" / "from" / "at" ("A trader in
 *   [Beijing] said");
 * - `office-in-name`: a source entity whose name holds an office before a person's name ("[Financial Officer Dana Reyes]");
 * - `who-body-or-place`: "who" linked to an organisation or a place;
 * - `description-of-other-kind`: a person's description ("the executive") linked to an organisation or place, or a body's
 *   ("the company", "the ministry") linked to a person;
 * - `pronoun-gender`: "he" / "she" linked to a person whose given name is in only the other list of the NLTK gazetteer;
 * - `content-holds-report`: a content that ends in another report (", analysts said"), the outer attribution lost;
 * - `source-ends-in-cue`: a source phrase that ends in a reporting verb ("the office of the minister said").
 * Counts are printed per 1,000 attributions with a source; lower is better. `--show N` prints N examples of each.
 *
 * The shapes were read off this survey in the twenty-third session, and rules for several of them followed (`PLACE_IN_PHRASE`,
 * `OFFICE_BEFORE_PERSON`, `WHO_HEAD_BEFORE_NAME`, `HEAD_FITS_ENTITY`). It is a guard against regressions and a place to find
 * misreadings; accuracy is decided on the quote sets and PolNeAR.
 *
 * Skips (exit 0) when ../shared/data/unlabeled is absent.
 */
import { createPipeline } from '../src/pipeline/createPipeline.js';
import { defaultExtractors } from '../src/extractors/index.js';
import type { Analysis, Attribution } from '../src/types/analysis.js';
import { nltkNames, quoteSetDocuments, skipWithoutUnlabeled, unlabeledBlocks } from './lib/unlabeled.js';

const arg = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const CORPORA = arg('--corpora', 'reuters_c50,abc_news,wsj_ptb_samples,reuters21578,ieer_nyt_apw_1998').split(',');
const SHOW = Number(arg('--show', '0'));

skipWithoutUnlabeled('survey-sources');

/** Every document of our quote sets, clean and study. */
const inQuoteSets = quoteSetDocuments();
const MALE = nltkNames('names_male.txt');
const FEMALE = nltkNames('names_female.txt');

const PREPOSITIONS = new Set(['in', 'of', 'from', 'at']);
const OFFICE_IN_NAME = /\b(Officer|Treasurer|Counsel|Staff|Director|Minister|Secretary)\s+[A-Z][a-z]+\s+[A-Z]/;
const PERSON_HEADS = new Set(['executive', 'minister', 'spokesman', 'spokeswoman', 'official', 'chairman', 'director', 'analyst', 'economist', 'lawyer', 'secretary', 'president', 'manager', 'trader', 'banker']);
const BODY_HEADS = new Set(['company', 'firm', 'bank', 'ministry', 'government', 'department', 'party', 'agency', 'committee', 'commission']);
const REPORT_END = /,\s+(\S+\s){0,3}(said|says|told|added)\s*\.?$/;
const REPORT_VERBS = new Set(['said', 'says', 'told', 'added', 'announced', 'admitted', 'warned', 'reported', 'claimed', 'noted', 'argued', 'denied', 'confirmed']);

type Check = (text: string, a: Analysis, at: Attribution) => boolean;
const wordBefore = (text: string, at: number): string => /(\S+)\s*$/.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase() ?? '';
const entityOf = (a: Analysis, at: Attribution) => (at.source?.entity ? a.entities.find((e) => e.id === at.source!.entity) : undefined);

const CHECKS: [string, Check][] = [
  ['place-after-preposition', (text, a, at) => at.source?.kind === 'named' && entityOf(a, at)?.type === 'LOC' && PREPOSITIONS.has(wordBefore(text, at.source.start))],
  ['office-in-name', (_text, a, at) => OFFICE_IN_NAME.test(entityOf(a, at)?.name ?? '')],
  ['who-body-or-place', (_text, a, at) => at.source?.text.toLowerCase() === 'who' && ['ORG', 'LOC'].includes(entityOf(a, at)?.type ?? '')],
  ['description-of-other-kind', (_text, a, at) => {
    if (at.source?.kind !== 'nominal') return false;
    const e = entityOf(a, at);
    const head = at.source.text.toLowerCase().split(/\s+/).pop()!;
    const given = e?.name.split(' ')[0]?.toLowerCase() ?? '';
    return (PERSON_HEADS.has(head) && (e?.type === 'ORG' || e?.type === 'LOC')) || (BODY_HEADS.has(head) && e?.type === 'PERSON' && (MALE.has(given) || FEMALE.has(given)));
  }],
  ['pronoun-gender', (_text, a, at) => {
    const w = at.source?.kind === 'pronoun' ? at.source.text.toLowerCase() : '';
    const e = entityOf(a, at);
    const given = e?.type === 'PERSON' ? e.name.split(' ')[0]!.toLowerCase() : '';
    if (!given || (w !== 'he' && w !== 'she')) return false;
    return w === 'he' ? FEMALE.has(given) && !MALE.has(given) : MALE.has(given) && !FEMALE.has(given);
  }],
  ['content-holds-report', (_text, _a, at) => REPORT_END.test(at.content.text)],
  ['source-ends-in-cue', (_text, _a, at) => (at.source?.kind === 'nominal' || at.source?.kind === 'vague') && REPORT_VERBS.has(at.source.text.toLowerCase().split(/\s+/).pop()!)],
];

const pipeline = createPipeline(defaultExtractors());
const counts = new Map<string, number>(CHECKS.map(([name]) => [name, 0]));
const shown = new Map<string, string[]>(CHECKS.map(([name]) => [name, []]));
let documents = 0;
let sourced = 0;
for (const corpus of CORPORA) {
  for (const { id, text } of unlabeledBlocks(corpus)) {
    if (inQuoteSets.has(id) || text.length >= 8000 || (text.match(/\b(said|says)\b/g) ?? []).length < 2) continue;
    documents++;
    const a = await pipeline.analyze({ id, text });
    for (const at of a.attributions) {
      if (at.source) sourced++;
      for (const [name, check] of CHECKS) {
        if (!check(text, a, at)) continue;
        counts.set(name, counts.get(name)! + 1);
        const list = shown.get(name)!;
        if (list.length < SHOW) list.push(`  ${id}: «${at.source?.text ?? '-'}» ${at.cue?.text ?? '-'} «${at.content.text.slice(0, 90)}»`);
      }
    }
  }
}

console.log(`survey-sources: ${documents} documents of ${CORPORA.join(', ')}, ${sourced} attributions with a source; misreadings per 1,000 (lower is better)`);
for (const [name] of CHECKS) {
  const n = counts.get(name)!;
  console.log(`  ${name.padEnd(27)} ${String(n).padStart(5)}  ${((1000 * n) / Math.max(1, sourced)).toFixed(2)}`);
  for (const line of shown.get(name)!) console.log(line);
}
