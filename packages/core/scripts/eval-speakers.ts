/**
 * Quotes and speakers on British news: score the default pipeline's attributions against our own
 * check set, `scripts/data/bbc-quotes.json` (34 BBC News articles of 2004–05 from
 * ../shared/data/bbc-news, annotated by hand for this script: file names, character offsets and
 * speaker names only, never the article text), and, when present, the second study set
 * `scripts/data/bbc-quotes-2.json` (24 other articles of the same folders, annotated with the same
 * rule in the eighth session; none held out), and the third set `scripts/data/bbc-quotes-3.json` (18 other
 * articles, a clean held-out set made in the eighth session and never used for tuning), and the fourth set
 * `scripts/data/bbc-quotes-4.json` (18 other articles, a study set made at the end of the eighth session for the next one),
 * the fifth set `scripts/data/bbc-quotes-5.json` (18 other articles, clean and held out, made in the ninth session) and the
 * sixth, seventh and eighth `scripts/data/bbc-quotes-6.json` … `-8.json` (18 other articles each, study sets made in the ninth session),
 * and the ninth `scripts/data/bbc-quotes-9.json` (18 other articles, clean and held out, made at the end of the ninth session);
 * the tenth `scripts/data/bbc-quotes-10.json` (18 other articles, made in the tenth session: measured fresh when it came,
 * then a study set), the eleventh `scripts/data/bbc-quotes-11.json` (18 other articles, clean and held out, made in the
 * tenth session), and the twelfth to fourteenth (`-12.json` … `-14.json`: 18 other articles each, made in the tenth session,
 * measured fresh when they came, then study sets); the fifteenth and sixteenth `scripts/data/bbc-quotes-15.json`, `-16.json` (12 and 18 other
 * articles, clean and held out, made in the eleventh session); the seventeenth to thirtieth (`-17.json` … `-30.json`: 18 other
 * articles each, made in the eleventh session, measured fresh when they came, then study sets); the thirty-first and
 * thirty-second (`-31.json`, `-32.json`: 18 other articles each, made in the twelfth session from a new selection, stride 20 on
 * the files no earlier set had used; measured fresh, then study sets), the thirty-fifth and thirty-sixth (`-35.json`, `-36.json`, made later in that session the
 * same way: measured fresh, then study sets; set 36's politics/383 repeats the text of set 1's politics/082 under another
 * headline), the thirty-ninth and fortieth (`-39.json`, `-40.json`, the same way) and the thirty-third, thirty-fourth, thirty-seventh,
 * thirty-eighth, forty-first and forty-second (`-33.json`, `-34.json`, `-37.json`, `-38.json`, `-41.json`, `-42.json`, 18 other
 * articles each of that selection, clean and held out), and the forty-third and forty-fourth (`-43.json`, `-44.json`, 18 other
 * articles each of that selection, made in the thirteenth session, clean and held out), the forty-fifth and forty-sixth
 * (`-45.json`, `-46.json`, made the same way: measured fresh, then study sets) and the forty-seventh and forty-eighth
 * (`-47.json`, `-48.json`, clean and held out); the forty-ninth to sixty-fourth (`-49.json` … `-64.json`, made in the fifteenth
 * session from the files of that list no set had used, politics first until none were left: each batch of four measured fresh
 * when it came, against the session's start and its current state, then study sets); the sixty-fifth to seventy-second (`-65.json` … `-72.json`, made
 * the same way in the sixteenth and seventeenth sessions from the files of that list still unused: business, tech, sport and
 * entertainment; measured fresh, then study sets);
 * and the outlet sets `scripts/data/news-quotes-1.json` … `-18.json` (eighteenth session: 149 documents of other outlets than the
 * BBC, from ../shared/data/unlabeled: ABC Australia rural and science news 2006 (four sets), Reuters 1996–97 (six), NYT / AP
 * 1998 (six) and the Wall Street Journal 1989 (two), annotated with the same rule in three batches; odd sets clean and held
 * out, even ones study sets; a file id is the corpus file and the block's index, `unlabeled/abc_news/text-00.txt#10`;
 * `--set 102`, `104` … `174` lists a study set's errors), and `-19.json` … `-26.json` (twentieth session: 64 more documents, ABC
 * (two sets), Reuters 1996–97 (two), Reuters 1987 (two, from unlabeled/reuters21578) and NYT / AP (two), the same way; `-27.json` … `-34.json`, a second batch of 68: ABC, Reuters
 * 1996–97, the Wall Street Journal and Reuters 1987, two sets each; `-35.json` … `-42.json`, a third batch of 68 the same way; `-43.json` … `-50.json`, twenty-first session: 64 more,
 * NYT / AP, ABC, Reuters 1996–97 and Reuters 1987, two sets each, the same way, and `-51.json` … `-58.json`, 60 more of the same
 * four sources; `-59.json` … `-66.json`, 68 more: ABC, Reuters 1996–97, Reuters 1987 and the WSJ; `-67.json` … `-74.json`, twenty-second session: 64 more of the same four sources),
 * pooled apart
 * from the BBC's: how the rules carry to news that is not British;
 * and `scripts/data/bbc-nominals.json`: 334 nominal and vague sources ("the company", "a report", "the 21-year-old") of 126 other
 * articles in two batches, each labelled with the speaker it stands for — a study set for how descriptions are resolved.
 * `scripts/data/bbc-sources.json` (thirteenth session): pronoun and nominal sources presslens read in 60 other articles, each
 * labelled with the speaker it stands for — a study set, and training data for the speaker ranker.
 * `scripts/data/outlet-sources.json` (twenty-fourth and twenty-fifth sessions): the same for 2,448 sources of 896 documents of other
 * outlets (ABC, Reuters 1996–97, Reuters 1987, the WSJ), in seven rounds of halves: odd batches (1, 3 … 13) are studied (`--nominals`
 * lists their wrong speakers); even ones (2, 4 … 14) are held out (`heldOut`): scored and pooled only, never listed.
 *
 *   npx tsx packages/core/scripts/eval-speakers.ts [--scheme parc|quotes] [--errors N [--held | --set study | --set 2|4|6|7|8|10|12|13|14|17 … 32|35|36|39|40|45|46|49 … 72|102|104 … 174 | --set 3|5|9|11|15|16|33|34|37|38|41|42|43|44|47|48|101|103 … 173 --held]] [--nominals] [--file politics/051.txt] [--cue-model off|T] [--draft-model off|T]
 *
 * - quote found: a predicted attribution's content matches a gold quote when they share at least
 *   30 % of the longer span's characters (issue 4's "0.3 overlap"; 50 % is printed too), one-to-one,
 *   best overlap first; P / R / F1 over all predicted attributions and all gold quotes;
 * - speaker accuracy, over matched quotes: the predicted source's entity name (`analysis.entities`
 *   by `source.entity`; the source's own text when it has no entity) names the gold speaker: the
 *   same name, or the same last word (surname, case-insensitive); a gold speaker may list
 *   alternative names (`Tories` / `Conservatives`). A `null` gold speaker (unnamed or vague:
 *   `officials said`, `a spokesman`) is matched by no source, or by a source that is neither
 *   linked to an entity nor a name;
 * - quotes with the right speaker: matched quotes with the right speaker over all gold quotes;
 * - speaker, full name: right speakers whose predicted name is a gold name in full (titles and "the" aside), not only its
 *   surname — what a scorer that compares whole names would count (`--errors` lists the others as SURNAME);
 * - speaker accuracy by the predicted source's kind (named, pronoun, nominal, vague, none): where the wrong speakers come from.
 *
 * Printed for the error-study articles, the held-out articles (every third article of each
 * folder, kept out of the error study), all (of bbc-quotes.json only, so that earlier figures stay
 * comparable), and each further set (`SETS`). `--errors N` lists N misses, false attributions and wrong
 * speakers with their context: of the error-study articles; with `--held`, of the held-out ones; with `--set K`,
 * of study set K (2, 4, 6, 7, 8, 10, 12, 13, 14, 17 to 32, 35, 36, 39, 40, 45, 46, 49 to 72); with `--set study`, of every study set at once; with `--set K --held`, of clean set K (3, 5, 9, 11, 15, 16, 33, 34, 37, 38, 41 … 44), which nothing else lists. `--file F`
 * prints one article's gold and predictions (for an article of a clean set, only with `--set K --held`).
 *
 * A clean set's article whose body (headline dropped, whitespace collapsed) is a study article's (the corpus repeats some
 * articles under another name or headline) is left out of the clean figures and listed, and so is one whose body an earlier
 * clean article already counted.
 *
 * Skips (exit 0) when ../shared/data/bbc-news is absent; leaves out (and says so) the outlet sets when ../shared/data/unlabeled is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../src/pipeline/createPipeline.js';
import { defaultExtractors } from '../src/extractors/index.js';
import { ATTRIBUTION_SCHEMES, type AttributionScheme } from '../src/extractors/attributions/attributions.js';
import type { Analysis, Attribution } from '../src/types/analysis.js';
import { applyCueModelArgs } from './lib/cueModelArgs.js';
import { BBC, type GoldArticle, SETS, articleText, attributionOfItem, matchSpans, norm, sourceItemsByFile, speakerRight } from './lib/bbcQuotes.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SET = resolve(HERE, 'data/bbc-quotes.json');

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const showErrors = Number(arg('--errors') ?? 0);
// `--cue-model off|T`, `--draft-model off|T` (`lib/cueModelArgs.ts`)
applyCueModelArgs(arg);
const onlyFile = arg('--file');
/** `--scheme quotes`: score the attributions of the `quotes` scheme (only what someone said) instead of all PolNeAR ones. */
const scheme = (arg('--scheme') ?? 'parc') as AttributionScheme;
if (!ATTRIBUTION_SCHEMES.includes(scheme)) {
  console.error(`eval-speakers: unknown --scheme "${scheme}" (${ATTRIBUTION_SCHEMES.join(', ')}).`);
  process.exit(2);
}
const pipeline = createPipeline(defaultExtractors({ attributions: { scheme } }));
const analyze = (input: { id: string; text: string }) => pipeline.analyze(input);
/** `--held`: list the errors of the held-out articles instead of the error-study ones (to report them, not to tune on them). */
const heldErrors = process.argv.includes('--held');
/** `--nominals`: list every matched quote of the study sets whose source is nominal or vague, with its speaker right or not, and the wrong speakers (`NOMINAL BAD`) and the sources with no attribution (`NOMINAL LOST`) of the studied labelled sources. */
const listNominals = process.argv.includes('--nominals');
/** `--set K`: list the errors of set K (a clean set's only with `--held`); 1: of bbc-quotes.json; 0: none; `study`: of every study set and bbc-quotes.json's error-study articles. */
const allStudy = arg('--set') === 'study';
const setArg = allStudy ? 1 : Number(arg('--set') ?? 1);
const errorSet = setArg === 1 ? 1 : SETS.some((x) => x.no === setArg && (!x.clean || heldErrors)) ? setArg : 0;

if (!existsSync(BBC)) {
  console.log(`eval-speakers: skipped: ../shared/data/bbc-news absent (${BBC}).`);
  process.exit(0);
}

/**
 * The Gender Gap Tracker's matching (its `evaluate_quotes.py`), printed beside ours: the overlap is the share of the
 * gold quote's characters (not of the longer span) and must exceed the threshold; each gold quote, in text order,
 * takes the best of the predictions not yet taken.
 */
function matchSpansGoldShare(gold: readonly { start: number; end: number }[], pred: readonly { start: number; end: number }[], threshold: number): number {
  const used = new Set<number>();
  for (const a of gold) {
    let best = -1;
    let bestScore = 0;
    pred.forEach((b, p) => {
      if (used.has(p) || a.end <= a.start) return;
      const score = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / (a.end - a.start);
      if (score > threshold && score > bestScore) {
        best = p;
        bestScore = score;
      }
    });
    if (best >= 0) used.add(best);
  }
  return used.size;
}

/** The name the prediction gives its speaker: the linked entity's name, else the source text; null when there is no source. */
function predictedName(a: Analysis, p: Attribution): { name: string | null; linked: boolean } {
  if (!p.source) return { name: null, linked: false };
  const e = p.source.entity ? a.entities.find((x) => x.id === p.source!.entity) : undefined;
  return e ? { name: e.name, linked: true } : { name: p.source.text, linked: false };
}

/** A name without a leading title or article ("Mr", "Sir", "the"), normalised. */
const bareName = (s: string): string => norm(s).replace(/^(?:(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|prof|professor|the) )+/u, '');

/**
 * The stricter reading of a right speaker: the predicted name is one of the gold names in full (titles and "the" aside),
 * not only the same surname. A scorer that compares whole names would count only these.
 */
function fullNameRight(gold: string | string[] | null, name: string | null): boolean {
  if (gold === null || name === null) return gold === null;
  return (Array.isArray(gold) ? gold : [gold]).some((g) => bareName(g) === bareName(name));
}

class Tally {
  gold = 0;
  pred = 0;
  found30 = 0;
  found50 = 0;
  foundGold30 = 0;
  speakerRight = 0;
  /** Right speakers whose predicted name is a gold name in full (`fullNameRight`). */
  fullNameRight = 0;
  namedGold = 0;
  namedRight = 0;
  nullGold = 0;
  nullRight = 0;
  /** Matched quotes by the predicted source's kind ("none": no source): [right speaker, all]. */
  byKind: Record<string, [number, number]> = {};
  /** The same by whether the source was linked to an entity: where a wrong speaker is a wrong link, and where no link. */
  byLink: Record<string, [number, number]> = {};
  constructor(readonly name: string) {}
  print(): void {
    const prf = (tp: number): string => {
      const p = this.pred ? tp / this.pred : 0;
      const r = this.gold ? tp / this.gold : 0;
      const f = p + r ? (2 * p * r) / (p + r) : 0;
      return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
    };
    console.log(`${this.name}: ${this.gold} gold quotes, ${this.pred} predicted attributions`);
    console.log(`  quote found (30%)     ${prf(this.found30)}  (tp ${this.found30})`);
    console.log(`  quote found (50%)     ${prf(this.found50)}  (tp ${this.found50})`);
    console.log(`  GGT matching (> 30% of the gold quote) ${prf(this.foundGold30)}  (tp ${this.foundGold30})`);
    const acc = (a: number, b: number): string => `${b ? (a / b).toFixed(3) : '—'} (${a}/${b})`;
    console.log(`  speaker accuracy      ${acc(this.speakerRight, this.found30)}   named gold ${acc(this.namedRight, this.namedGold)}, unnamed gold ${acc(this.nullRight, this.nullGold)}`);
    console.log(`  quote + speaker right ${acc(this.speakerRight, this.gold)} of gold`);
    console.log(`  speaker, full name    ${acc(this.fullNameRight, this.found30)} (the predicted name is a gold name in full, not only its surname)`);
    const kinds = Object.entries(this.byKind).sort((x, y) => y[1][1] - x[1][1]);
    console.log(`  speaker by source kind ${kinds.map(([k, [r, n]]) => `${k} ${acc(r, n)}`).join(', ')}`);
    const links = Object.entries(this.byLink).sort((x, y) => y[1][1] - x[1][1]);
    console.log(`  … and link            ${links.map(([k, [r, n]]) => `${k} ${acc(r, n)}`).join(', ')}`);
  }
}

const set = JSON.parse(readFileSync(SET, 'utf8')) as { articles: GoldArticle[] };
const study = new Tally('error-study articles');
const held = new Tally('held-out articles');
const all = new Tally('all');
/** The clean sets (3, 5, 9, 11) pooled: the figure the targets are checked against here. */
const pooledClean = new Tally('clean held-out sets 3, 5, 9 and 11, pooled');
/** Every clean set pooled (the later ones too: 15, 16, 33, 34, 37, 38, 41 … 44, 47, 48), for a larger sample; the figure above stays comparable with earlier sessions. */
const POOLED_FIRST = new Set([3, 5, 9, 11]);
const pooledAllClean = new Tally('all clean held-out sets, pooled');
/** The clean sets of other outlets (`news-quotes-*.json`: ABC Australia, Reuters 1996–97 and 1987, NYT / AP, the WSJ), pooled apart from the BBC's. */
const pooledOutletClean = new Tally('clean held-out sets of other outlets (ABC Australia, Reuters, NYT / AP, WSJ), pooled');
const errors: string[] = [];
/** Predicted attributions, and those that match no gold quote, by rule (of a clean set: counted, never printed). */
interface SetTally {
  no: number;
  name: string;
  clean: boolean;
  /** A set of another outlet than the BBC (`news-quotes-*.json`). */
  outlet?: true;
  articles: GoldArticle[];
  tally: Tally;
  predByRule: Record<string, number>;
  falseByRule: Record<string, number>;
}
const newRules = (): Pick<SetTally, 'predByRule' | 'falseByRule'> => ({ predByRule: {}, falseByRule: {} });
const sets: SetTally[] = [{ no: 1, name: 'all articles', clean: false, articles: set.articles, tally: all, ...newRules() }];
for (const x of SETS) {
  const path = resolve(HERE, 'data', x.file);
  if (!existsSync(path)) continue;
  const articles = (JSON.parse(readFileSync(path, 'utf8')) as { articles: GoldArticle[] }).articles;
  sets.push({ ...x, articles, tally: new Tally(`${x.name} (${x.file.replace('.json', '')})`), ...newRules() });
}
const ctx = (text: string, s: number, e: number, pad = 70): string =>
  `${text.slice(Math.max(0, s - pad), s)}«${text.slice(s, Math.min(e, s + 220))}${e - s > 220 ? '…' : ''}»${text.slice(e, e + pad)}`.replace(/\s+/g, ' ');

/**
 * The corpus holds some articles twice under two names (98 groups of byte-identical files, and more whose body repeats
 * under another headline). A clean set's article whose body (headline dropped, whitespace collapsed) is also a study
 * article's (a study set's, or one of bbc-nominals.json) was read while tuning: it is left out of the clean figures, and
 * counted; so is one whose body an earlier clean article already counted.
 */
const bodyOf = (text: string): string => text.slice(text.indexOf('\n') + 1).replace(/\s+/g, ' ').trim();
const studied = new Set<string>();
const NOMINALS_FILE = resolve(HERE, 'data/bbc-nominals.json');
const studyFiles = new Set<string>(sets.filter((x) => !x.clean).flatMap((x) => x.articles.map((art) => art.file)));
const SOURCES_FILE = resolve(HERE, 'data/bbc-sources.json');
const OUTLET_SOURCES_FILE = resolve(HERE, 'data/outlet-sources.json');
for (const path of [NOMINALS_FILE, SOURCES_FILE, OUTLET_SOURCES_FILE]) if (existsSync(path)) for (const it of (JSON.parse(readFileSync(path, 'utf8')) as { items: { file: string }[] }).items) studyFiles.add(it.file);
for (const file of studyFiles) {
  const text = articleText(file);
  if (text !== null) studied.add(bodyOf(text));
}
const absent = new Set<string>();
const studiedCopies: string[] = [];
const cleanBodies = new Map<string, string>();
const cleanCopies: string[] = [];

for (const { x, art } of sets.flatMap((x) => x.articles.map((art) => ({ x, art })))) {
  const no = x.no;
  if (onlyFile && art.file !== onlyFile) continue;
  const text = articleText(art.file);
  if (text === null) {
    absent.add(art.file.slice(0, art.file.indexOf('#') >>> 0));
    continue;
  }
  if (text.length !== art.length) {
    console.log(`eval-speakers: ${art.file} has ${text.length} characters, the set expects ${art.length}: skipped.`);
    continue;
  }
  if (x.clean && studied.has(bodyOf(text))) {
    studiedCopies.push(`${art.file} (set ${no})`);
    continue;
  }
  if (x.clean) {
    const body = bodyOf(text);
    const first = cleanBodies.get(body);
    if (first !== undefined) {
      cleanCopies.push(`${art.file} (set ${no}, as ${first})`);
      continue;
    }
    cleanBodies.set(body, `${art.file} (set ${no})`);
  }
  const a = await analyze({ id: art.file, text });
  const pred = a.attributions.map((p) => p.content);
  const m30 = matchSpans(art.quotes, pred, 0.3);
  const m50 = matchSpans(art.quotes, pred, 0.5);
  const ggt30 = matchSpansGoldShare(art.quotes, pred, 0.3);
  const tallies = no === 1 ? [art.heldOut ? held : study, all] : x.clean ? [x.tally, ...(x.outlet ? [pooledOutletClean] : [...(POOLED_FIRST.has(no) ? [pooledClean] : []), pooledAllClean])] : [x.tally];
  /** Are this article's errors listed (`--errors`)? */
  const listed = allStudy ? !x.clean && (no !== 1 || !art.heldOut) : no === errorSet && (no !== 1 || art.heldOut === heldErrors);
  for (const t of tallies) {
    t.gold += art.quotes.length;
    t.pred += pred.length;
    t.found30 += m30.size;
    t.found50 += m50.size;
    t.foundGold30 += ggt30;
  }
  const matchedP = new Set(m30.values());
  art.quotes.forEach((g, gi) => {
    const pi = m30.get(gi);
    const goldName = g.speaker === null ? 'null' : Array.isArray(g.speaker) ? g.speaker.join('|') : g.speaker;
    if (pi === undefined) {
      if (errors.length < showErrors && listed) errors.push(`MISS ${art.file} [${goldName}]: ${ctx(text, g.start, g.end)}`);
      return;
    }
    const p = a.attributions[pi]!;
    const { name, linked } = predictedName(a, p);
    const ok = speakerRight(g.speaker, name, linked, p.source?.kind ?? null);
    const full = fullNameRight(g.speaker, name) || (g.speaker === null && ok);
    if (ok && !full && errors.length < showErrors && listed) errors.push(`SURNAME ${art.file} gold [${goldName}] pred «${p.source?.text}» → ${name}`);
    if (listNominals && !x.clean && p.source && (p.source.kind === 'nominal' || p.source.kind === 'vague')) {
      console.log(`NOM ${ok ? 'ok ' : 'BAD'} ${p.source.kind} ${linked ? 'linked' : 'unlinked'} gold=${JSON.stringify(g.speaker)} «${p.source.text}» → ${name}`);
    }
    for (const t of tallies) {
      if (ok) t.speakerRight++;
      if (ok && full) t.fullNameRight++;
      const kind = p.source?.kind ?? 'none';
      const k = (t.byKind[kind] ??= [0, 0]);
      k[1]++;
      if (ok) k[0]++;
      const l = (t.byLink[`${kind} ${linked ? 'linked' : 'unlinked'}`] ??= [0, 0]);
      l[1]++;
      if (ok) l[0]++;
      if (g.speaker === null) {
        t.nullGold++;
        if (ok) t.nullRight++;
      } else {
        t.namedGold++;
        if (ok) t.namedRight++;
      }
    }
    if (!ok && errors.length < showErrors && listed) {
      const src = p.source ? `${p.source.kind} «${p.source.text}»${linked ? ` → ${name}` : ''}` : 'no source';
      errors.push(`SPEAKER ${art.file} gold [${goldName}] pred ${src} (${p.rule}): ${ctx(text, p.source ? Math.min(p.source.start, g.start) : g.start, p.source ? Math.max(p.source.end, g.end) : g.end)}`);
    }
  });
  a.attributions.forEach((p, pi) => {
    const rule = p.rule.split('+')[0]!;
    const [byRule, falseBy] = [x.predByRule, x.falseByRule];
    byRule[rule] = (byRule[rule] ?? 0) + 1;
    if (!matchedP.has(pi)) falseBy[rule] = (falseBy[rule] ?? 0) + 1;
    if (matchedP.has(pi) || errors.length >= showErrors || !listed) return;
    errors.push(`FALSE ${art.file} (${p.rule}, ${p.source ? `«${p.source.text}»` : 'no source'}): ${ctx(text, p.content.start, p.content.end)}`);
  });
  if (onlyFile && (!x.clean || errorSet === no)) {
    for (const g of art.quotes) console.log(`gold [${JSON.stringify(g.speaker)}] ${ctx(text, g.start, g.end, 0)}`);
    for (const p of a.attributions) {
      const { name } = predictedName(a, p);
      console.log(`pred ${p.rule} [${p.source?.kind ?? '—'} «${p.source?.text ?? ''}» → ${name ?? '—'}] ${ctx(text, p.content.start, p.content.end, 0)}`);
    }
  }
}

console.log(`eval-speakers: ${sets.map((x) => `${x.articles.length} articles (${x.no === 1 ? 'bbc-quotes.json' : SETS.find((y) => y.no === x.no)!.file})`).join(' + ')} (BBC News; news-quotes-*: other outlets), default pipeline, attribution scheme ${scheme}`);
const byRuleLine = (what: string, pred: Record<string, number>, wrong: Record<string, number>): void => {
  const rules = Object.keys(pred).sort((x, y) => (wrong[y] ?? 0) - (wrong[x] ?? 0));
  console.log(`unmatched predictions by rule (${what}): ${rules.map((r) => `${r} ${wrong[r] ?? 0}/${pred[r]}`).join(', ')}`);
};
if (!onlyFile) {
  study.print();
  held.print();
}
for (const x of sets) {
  if (onlyFile && !x.tally.gold) continue;
  x.tally.print();
  if (!onlyFile && !x.clean) byRuleLine(x.name, x.predByRule, x.falseByRule);
}
if (!onlyFile) {
  if (studiedCopies.length > 0) console.log(`left out of the clean sets: ${studiedCopies.length} articles whose body is also a study article's (the corpus repeats some articles under another name): ${studiedCopies.join(', ')}`);
  if (cleanCopies.length > 0) console.log(`left out of the clean sets: ${cleanCopies.length} articles whose body an earlier clean article already counted: ${cleanCopies.join(', ')}`);
  pooledClean.print();
  pooledAllClean.print();
  if (pooledOutletClean.gold) pooledOutletClean.print();
  if (absent.size > 0) console.log(`eval-speakers: skipped the articles of ${[...absent].join(', ')} (absent from ../shared/data).`);
}
/** Is the speaker of each labelled source resolved (`bbc-nominals.json`, `bbc-sources.json`)? Prints one line. */
async function scoreSourceItems(path: string, what: string): Promise<void> {
  const byFile = sourceItemsByFile(path);
  const total = [...byFile.values()].reduce((n, list) => n + list.length, 0);
  let right = 0;
  let found = 0;
  const kinds: Record<string, [number, number]> = {};
  const batches: Record<string, [number, number]> = {};
  for (const [file, list] of byFile) {
    const text = articleText(file);
    if (text === null || text.length !== list[0]!.length) continue;
    const a = await analyze({ id: file, text });
    for (const it of list) {
      const p = attributionOfItem(a.attributions, it);
      if (!p) {
        if (listNominals && !it.heldOut) console.log(`NOMINAL LOST ${file} gold=${JSON.stringify(it.speaker)} no attribution: ${ctx(text, it.sourceStart, it.sourceEnd + 40)}`);
        continue;
      }
      found++;
      const { name, linked } = predictedName(a, p);
      const ok = speakerRight(it.speaker, name, linked, p.source?.kind ?? null);
      if (listNominals && !ok && !it.heldOut) {
        const src = p.source ? `${p.source.kind} «${p.source.text}»${linked ? ` → ${name}` : ''}` : 'no source';
        console.log(`NOMINAL BAD ${file} gold=${JSON.stringify(it.speaker)} pred ${src} (${p.rule}): ${ctx(text, Math.min(it.sourceStart, p.content.start), Math.max(it.sourceEnd, p.content.start + 40))}`);
      }
      const k = (kinds[it.kind] ??= [0, 0]);
      const b = (batches[it.heldOut ? `held-out batch ${it.batch}` : `batch ${it.batch}`] ??= [0, 0]);
      k[1]++;
      b[1]++;
      if (ok) {
        right++;
        k[0]++;
        b[0]++;
      }
    }
  }
  const acc = (a: number, b: number): string => `${b ? (a / b).toFixed(3) : '—'} (${a}/${b})`;
  console.log(`${what} of ${byFile.size} other articles (${path.slice(path.lastIndexOf('/') + 1)}, ${Object.keys(batches).some((k) => k.startsWith('held')) ? 'a study half and a held-out half' : 'a study set'}): speaker right ${acc(right, total)}, attribution found again for ${found}; by batch: ${Object.entries(batches).map(([k, [r, n]]) => `${k} ${acc(r, n)}`).join(', ')}; by the kind labelled: ${Object.entries(kinds).map(([k, [r, n]]) => `${k} ${acc(r, n)}`).join(', ')}`);
}
// nominal and vague sources of other articles (`bbc-nominals.json`), and pronoun and nominal ones (`bbc-sources.json`): is the
// speaker each stands for resolved?
if (!onlyFile) {
  if (existsSync(NOMINALS_FILE)) await scoreSourceItems(NOMINALS_FILE, 'nominal and vague sources');
  if (existsSync(SOURCES_FILE)) await scoreSourceItems(SOURCES_FILE, 'pronoun and nominal sources');
  if (existsSync(OUTLET_SOURCES_FILE)) await scoreSourceItems(OUTLET_SOURCES_FILE, 'pronoun and nominal sources of other outlets');
}
if (errors.length) {
  const which = allStudy ? 'every study set' : errorSet === 1 ? (heldErrors ? 'held-out articles' : 'error-study articles') : sets.find((x) => x.no === errorSet)!.name;
  console.log(`\nerrors (${which} only):\n${errors.join('\n')}`);
}
