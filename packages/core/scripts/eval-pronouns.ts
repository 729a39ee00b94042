/**
 * Pronoun speakers made from named ones (twenty-second session): a check of who "he" / "she" stands for on thousands of
 * sources, with no hand labels.
 *
 *   npm run eval:pronouns [-- --per 3000] [--corpora reuters_c50,abc_news,wsj_ptb_samples,reuters21578] [--errors N] [--jsonl FILE]
 *
 * Documents: blocks of `../shared/data/unlabeled/<corpus>` with "said" three times or more and under 8,000 characters, up
 * to `--per` of each corpus at a fixed stride, leaving out every document of our quote sets (`lib/bbcQuotes.ts`), clean ones
 * above all. Each is analysed (`quotes` scheme). An attribution whose source is a person's later name, in one of two shapes,
 * "Lund said" / "“…,” Mr Lund said" opening the sentence or after a quote, and "said Lund." after its cue, with the
 * person named in an earlier sentence and of a known gender ("Mr" / "Mrs" / "Ms" / "Miss" before the name in the article, or a
 * given name in only one of the NLTK gazetteer's two lists), gives one case: the name (and its title) is replaced by "he" /
 * "she", the article is analysed again, and the attribution at the same cue is right when its source is linked to that
 * person (the eval's speaker rule, `speakerRight`).
 *
 * Printed by what stands between the person's last earlier mention and the pronoun:
 * - `none-between`: no other person named: what a reader resolves at once; the fairest figure;
 * - `opposite-between`: only people of the other gender: the pronoun's gender decides;
 * - `same-between` / `unknown-between`: people of the same or an unknown gender: often truly ambiguous, since a writer
 *   repeats a name where "he" would be unclear; these figures are low by construction and are not a target.
 * Outcomes: right, wrong (another entity), wrong-in-content (an entity the attribution's own content names), unlinked,
 * no-source, lost (no attribution at that cue).
 *
 * A caution, measured in that session: the cases are not the pronouns writers write. A rule that linked an unlinked "he" to
 * the latest person named gained 36 here and lost 5 on the BBC study sets; a larger given-name list gained 34 here and lost
 * 18 on the outlet study sets. Use it as a regression check and to find misreadings, and decide on the quote sets.
 *
 * Skips (exit 0) when ../shared/data/unlabeled is absent.
 */
import { writeFileSync } from 'node:fs';
import { createPipeline } from '../src/pipeline/createPipeline.js';
import { defaultExtractors } from '../src/extractors/index.js';
import type { Analysis, Attribution, Mention } from '../src/types/analysis.js';
import { speakerRight } from './lib/bbcQuotes.js';
import { nltkNames, quoteSetDocuments, skipWithoutUnlabeled, unlabeledBlocks } from './lib/unlabeled.js';

const arg = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const CORPORA = arg('--corpora', 'reuters_c50,abc_news,wsj_ptb_samples,reuters21578').split(',');
const PER = Number(arg('--per', '3000'));
const SHOW = Number(arg('--errors', '0'));
const JSONL = arg('--jsonl', '');

skipWithoutUnlabeled('eval-pronouns');

/** Every document of our quote sets, clean and study. */
const inQuoteSets = quoteSetDocuments();
const MALE = nltkNames('names_male.txt');
const FEMALE = nltkNames('names_female.txt');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** +1 / -1 / 0: from an honorific before the surname anywhere in the text, else a given name in one list only. */
function genderOf(text: string, name: string): number {
  const words = name.split(/\s+/);
  const honorific = new RegExp(`\\b(Mr|Mrs|Ms|Miss)\\.?\\s+(?:[A-Z][a-z]+\\s+)?${escape(words[words.length - 1]!)}\\b`).exec(text);
  if (honorific) return honorific[1] === 'Mr' ? 1 : -1;
  const first = words[0]!.toLowerCase();
  if (words.length < 2) return 0;
  if (MALE.has(first) !== FEMALE.has(first)) return MALE.has(first) ? 1 : -1;
  return 0;
}

const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss)\.?\s+$/;

interface Case {
  start: number;
  end: number;
  replacement: string;
  cueStart: number;
  person: string;
  category: string;
}

/** The case an attribution gives, or null: a later name of a person of known gender as its source, in one of the two shapes. */
function caseOf(text: string, a: Analysis, mentionsOf: ReadonlyMap<string, Mention>, at: Attribution): Case | null {
  const src = at.source;
  if (!src || src.kind !== 'named' || !src.entity || !at.cue) return null;
  const person = a.entities.find((e) => e.id === src.entity);
  if (!person || person.type !== 'PERSON') return null;
  if (src.text.includes(',') || / and /.test(src.text) || src.text.split(/\s+/).length > 3) return null;
  const g = genderOf(text, person.name);
  if (g === 0) return null;
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, src.start - 6), src.start));
  const start = title ? src.start - title[0].length : src.start;
  const pre = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const sentenceOpen = /^\s*["“']?\s*$/.test(pre) || /[.!?]["”']?\s+$/.test(pre);
  const afterQuote = /[,!?]["”']\s+$/.test(pre);
  const beforeCue = at.cue.start > src.start;
  if (beforeCue ? !(sentenceOpen || afterQuote) || at.cue.start !== src.end + 1 : !(pre.endsWith(`${text.slice(at.cue.start, at.cue.end)} `) && /^[.,;:]/.test(text.slice(src.end)))) return null;
  const sentence = a.article.sentences.find((x) => x.start <= start && start < x.end);
  if (!sentence) return null;
  const earlier = person.mentions.map((id) => mentionsOf.get(id)!).filter((m) => m && m.form !== 'pronoun' && m.end <= sentence.start);
  if (earlier.length === 0) return null;
  const lastEarlier = Math.max(...earlier.map((m) => m.end));
  const between = new Set(a.mentions.filter((m) => m.type === 'PERSON' && m.entity && m.entity !== person.id && m.form !== 'pronoun' && m.start >= lastEarlier && m.end <= start).map((m) => m.entity!));
  let category = 'none-between';
  if (between.size > 0) {
    const genders = [...between].map((id) => genderOf(text, a.entities.find((e) => e.id === id)!.name));
    category = genders.every((x) => x === -g) ? 'opposite-between' : genders.some((x) => x === g) ? 'same-between' : 'unknown-between';
  }
  const pronoun = g > 0 ? 'he' : 'she';
  const replacement = sentenceOpen ? pronoun[0]!.toUpperCase() + pronoun.slice(1) : pronoun;
  const cueStart = beforeCue ? at.cue.start + replacement.length - (src.end - start) : at.cue.start;
  return { start, end: src.end, replacement, cueStart, person: person.name, category };
}

const pipeline = createPipeline(defaultExtractors({ attributions: { scheme: 'quotes' } }));
await pipeline.ready();
const counts = new Map<string, Map<string, number>>();
const count = (category: string, outcome: string): void => {
  for (const k of [category, 'all']) {
    const row = counts.get(k) ?? new Map<string, number>();
    row.set(outcome, (row.get(outcome) ?? 0) + 1);
    counts.set(k, row);
  }
};
const shown: string[] = [];
const rows: string[] = [];
let documents = 0;
for (const corpus of CORPORA) {
  const blocks = unlabeledBlocks(corpus);
  const pool = blocks.filter((b) => !inQuoteSets.has(b.id) && (b.text.match(/\bsaid\b/g) ?? []).length >= 3 && b.text.length < 8000);
  const stride = Math.max(1, Math.floor(pool.length / PER));
  for (let i = 0, made = 0; i < pool.length && made < PER; i += stride, made++) {
    const { id, text } = pool[i]!;
    documents++;
    const a = await pipeline.analyze({ id, text });
    const mentionsOf = new Map<string, Mention>(a.mentions.map((m) => [m.id, m]));
    for (const at of a.attributions) {
      const c = caseOf(text, a, mentionsOf, at);
      if (!c) continue;
      const changed = text.slice(0, c.start) + c.replacement + text.slice(c.end);
      const b = await pipeline.analyze({ id, text: changed });
      const after = b.attributions.find((x) => x.cue?.start === c.cueStart);
      const linked = after?.source?.entity ? b.entities.find((e) => e.id === after.source!.entity) : undefined;
      let outcome = !after ? 'lost' : !after.source ? 'no-source' : !linked ? 'unlinked' : speakerRight(c.person, linked.name, true, 'pronoun') ? 'right' : 'wrong';
      if (outcome === 'wrong' && b.mentions.some((m) => m.entity === linked!.id && m.form !== 'pronoun' && m.start >= after!.content.start && m.end <= after!.content.end)) outcome = 'wrong-in-content';
      count(c.category, outcome);
      const context = changed.slice(Math.max(0, c.start - 240), c.start + 80).replace(/\n/g, ' ¶ ');
      if (JSONL) rows.push(JSON.stringify({ doc: id, category: c.category, outcome, person: c.person, linked: linked?.name ?? null, context }));
      if (outcome !== 'right' && c.category !== 'same-between' && shown.length < SHOW) shown.push(`${outcome.toUpperCase()} [${c.category}] ${id}: ${c.person} → ${linked?.name ?? '—'}\n    …${context}`);
    }
  }
}
if (JSONL) writeFileSync(JSONL, `${rows.join('\n')}\n`);
console.log(`eval-pronouns: ${documents} documents of ${CORPORA.join(', ')}; a person's later name as a source replaced by "he" / "she"`);
for (const k of ['none-between', 'opposite-between', 'unknown-between', 'same-between', 'all']) {
  const row = counts.get(k);
  if (!row) continue;
  const n = [...row.values()].reduce((x, y) => x + y, 0);
  const outcomes = [...row.entries()].sort((x, y) => y[1] - x[1]).map(([o, c]) => `${o} ${c}`).join(', ');
  console.log(`  ${k.padEnd(17)} ${String(n).padStart(5)} cases  right ${((row.get('right') ?? 0) / n).toFixed(3)}  (${outcomes})`);
}
if (shown.length) console.log(shown.join('\n'));
