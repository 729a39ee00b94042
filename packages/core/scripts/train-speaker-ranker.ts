/**
 * Train the speaker ranker (`src/extractors/attributions/speakerRanker.ts`): a logistic model that scores the candidate
 * speakers of each pronoun and nominal source after the resolution rules.
 *
 *   npx tsx packages/core/scripts/train-speaker-ranker.ts [--folds 5] [--l2 3] [--min-count 2] [--no-write] [--misses] [--standalone]
 *
 * Training data: the study sets of our quote sets (`scripts/data/bbc-quotes.json` and every set `lib/bbcQuotes.ts`
 * marks as not clean), `scripts/data/bbc-nominals.json` and `scripts/data/bbc-sources.json` (labelled sources of other
 * articles), never the clean sets. Each source the rules made for a quote that matches a gold quote (30 % overlap,
 * one-to-one, as `eval-speakers.ts` matches), and each labelled source, gives its candidate list; a candidate is positive
 * when its name is the gold speaker's (the eval's speaker rule). The script prints, out of fold (folds by article), how
 * often the rules and the ranker name the gold speaker for these sources at each link threshold (the ranker links only
 * sources the rules left unlinked; the mean of `--repeats` dealings of the articles into folds), keeps the best, or the highest
 * threshold within one standard error of it (ties go to the higher threshold), and writes the model trained on all
 * of it, with that threshold, to `src/extractors/attributions/speakerModel.generated.ts` (hashed weights, no text).
 *
 * `--standalone` leaves the rules' choice and the mentions layer's link out of the features and prints how often the model
 * alone picks the gold speaker of every source, against the rules (a check on them; it writes the same kind of model).
 * `--misses` lists the sources the ranker may link whose gold speaker is a candidate it did not pick out of fold, with that
 * candidate's features.
 *
 * Skips (exit 0) when ../shared/data/bbc-news is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../src/pipeline/createPipeline.js';
import { defaultExtractors } from '../src/extractors/index.js';
import { onSpeakerCandidates, pickSpeaker, setSpeakerModel, type CandidateList, type SpeakerCandidate } from '../src/extractors/attributions/speakerRanker.js';
import type { EntityId } from '../src/types/ids.js';
import { BBC, type GoldArticle, SETS, articleText, attributionOfItem, matchSpans, sourceItemsByFile, speakerRight } from './lib/bbcQuotes.js';
import { packModel, predict, topFeatures, trainLogisticBatch, type Example, type TrainedModel } from './lib/linear.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(HERE, '../src/extractors/attributions/speakerModel.generated.ts');
const opt = (name: string, fallback: number): number => (process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback);
const FOLDS = opt('folds', 5);
/** How many times the articles are dealt into folds (`--repeats`). */
const REPEATS = opt('repeats', 3);
const L2 = opt('l2', 3);
const MIN_COUNT = opt('min-count', 2);
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];

if (!existsSync(BBC)) {
  console.log(`train-speaker-ranker: skipped: ../shared/data/bbc-news absent (${BBC}).`);
  process.exit(0);
}

/** One source's candidates with what the gold says. */
interface Group {
  article: string;
  kind: string;
  candidates: SpeakerCandidate[];
  /** Per candidate: is its name the gold speaker's? */
  right: boolean[];
  current: EntityId | null;
  /** May the ranker link it (`CandidateList.linkable`)? */
  linkable: boolean;
  /** Is the rules' output (the chosen entity's name, or the source's own text unlinked) the gold speaker? */
  currentRight: boolean;
  /** Is leaving the source unlinked right (gold unnamed, or the text names the speaker)? */
  unlinkedRight: boolean;
  text: string;
  names: string[];
  currentName: string | null;
}

setSpeakerModel(false);
const pipeline = createPipeline(defaultExtractors());
let heard: CandidateList[] = [];
onSpeakerCandidates((list) => heard.push({ ...list, draft: { ...list.draft, source: list.draft.source && { ...list.draft.source } } }));

function groupOf(article: string, list: CandidateList, gold: string | string[] | null): Group {
  const src = list.draft.source!;
  const nameOf = new Map(list.entities.map((e) => [e.id, e.name]));
  const right = list.candidates.map((c) => speakerRight(gold, nameOf.get(c.entity) ?? null, true, src.kind));
  const unlinkedRight = speakerRight(gold, src.text, false, src.kind);
  const current = src.entity;
  const currentRight = current ? speakerRight(gold, nameOf.get(current) ?? null, true, src.kind) : unlinkedRight;
  return { article, kind: src.kind === 'pronoun' ? src.text.toLowerCase() : src.kind, candidates: list.candidates, right, current, linkable: list.linkable, currentRight, unlinkedRight, text: src.text, names: list.candidates.map((c) => nameOf.get(c.entity) ?? '?'), currentName: current ? (nameOf.get(current) ?? null) : null };
}

const groups: Group[] = [];
const setFiles = ['bbc-quotes.json', ...SETS.filter((x) => !x.clean).map((x) => x.file)];
let articles = 0;
for (const file of setFiles) {
  const path = resolve(HERE, 'data', file);
  if (!existsSync(path)) continue;
  for (const art of (JSON.parse(readFileSync(path, 'utf8')) as { articles: GoldArticle[] }).articles) {
    const text = articleText(art.file);
    if (text === null || text.length !== art.length) continue;
    heard = [];
    await pipeline.analyze({ id: art.file, text });
    articles++;
    const m = matchSpans(art.quotes, heard.map((h) => h.draft.content), 0.3);
    for (const [gi, pi] of m) groups.push(groupOf(art.file, heard[pi]!, art.quotes[gi]!.speaker));
  }
}
for (const name of ['bbc-nominals.json', 'bbc-sources.json']) {
  const path = resolve(HERE, 'data', name);
  if (!existsSync(path)) continue;
  for (const [file, list] of sourceItemsByFile(path)) {
    const text = articleText(file);
    if (text === null || text.length !== list[0]!.length) continue;
    heard = [];
    await pipeline.analyze({ id: file, text });
    articles++;
    for (const it of list) {
      const h = attributionOfItem(heard.map((x) => x.draft), it);
      if (h) groups.push(groupOf(file, heard.find((x) => x.draft === h)!, it.speaker));
    }
  }
}
console.log(`train-speaker-ranker: ${groups.length} pronoun and nominal sources of matched quotes in ${articles} study articles, ${groups.reduce((n, g) => n + g.candidates.length, 0)} candidates`);

const STANDALONE = process.argv.includes('--standalone');
const featuresOf = (c: SpeakerCandidate): readonly string[] => (STANDALONE ? c.features.filter((f) => !/^(cas|other|none|coref)\|/.test(f)) : c.features);
const examplesOf = (gs: readonly Group[]): Example[] => gs.flatMap((g) => g.candidates.map((c, i) => ({ features: featuresOf(c), label: g.right[i] ? 1 : 0 }) as Example));
const train = (gs: readonly Group[]): TrainedModel => trainLogisticBatch(examplesOf(gs), { l2: L2, minCount: MIN_COUNT });

/** Is the ranker's output for a group right, given each candidate's probability? (It links only what the rules left unlinked.) */
function pickRight(g: Group, probs: readonly number[], threshold: number): boolean {
  if (!g.linkable) return g.currentRight;
  const index = new Map(g.candidates.map((c, i) => [c, i]));
  const e = pickSpeaker(g.candidates, (c) => probs[index.get(c)!]!, threshold);
  return e === null ? g.unlinkedRight : g.right[g.candidates.findIndex((c) => c.entity === e)]!;
}

// out of fold: folds by article, `REPEATS` times with the articles dealt into folds differently (the first time in name
// order), so that the link threshold is chosen over less noise (seventeenth session)
const names = [...new Set(groups.map((g) => g.article))].sort();
const dealHash = (name: string, r: number): number => {
  let h = 2166136261;
  for (const ch of `${r}:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
};
const oofs: number[][][] = [];
for (let r = 0; r < REPEATS; r++) {
  const foldOf = new Map(names.map((n, i) => [n, r === 0 ? i % FOLDS : dealHash(n, r) % FOLDS]));
  const out: number[][] = groups.map(() => []);
  for (let f = 0; f < FOLDS; f++) {
    const m = train(groups.filter((g) => foldOf.get(g.article) !== f));
    groups.forEach((g, gi) => {
      if (foldOf.get(g.article) === f) out[gi] = g.candidates.map((c) => predict(m, featuresOf(c)));
    });
  }
  oofs.push(out);
}
const oof = oofs[0]!;
const rulesRight = groups.filter((g) => g.currentRight).length;
const oracle = groups.filter((g) => g.currentRight || g.right.some(Boolean)).length;
console.log(`rules: ${rulesRight}/${groups.length} right (${(rulesRight / groups.length).toFixed(3)}); a candidate or the rules right: ${oracle}`);
let best = { threshold: 1.01, right: rulesRight };
const row: string[] = [];
/** Per threshold: whether each source is right, in each repeat. */
const rightAt = new Map<number, boolean[][]>();
for (const threshold of THRESHOLDS) {
  const rs = oofs.map((o) => groups.map((g, gi) => pickRight(g, o[gi]!, threshold)));
  rightAt.set(threshold, rs);
  // (the mean over the repeats, rounded)
  const right = Math.round(rs.reduce((n, r) => n + r.filter(Boolean).length, 0) / REPEATS);
  row.push(`${threshold}: ${right - rulesRight >= 0 ? '+' : ''}${right - rulesRight}`);
  // (ties go to the higher threshold: a link the model is less sure of is left to no one)
  if (right >= best.right && threshold < 1) best = { threshold, right };
}
console.log(`  by link threshold: ${row.join(', ')}`);
// seventeenth session: the one-standard-error rule. The highest threshold whose count is within one standard error of the
// best one's (the error of the paired difference: the square root of the sources the two decide differently) is kept: a
// difference that small is noise, and a link the model is less sure of is better left to no one.
{
  const top = rightAt.get(best.threshold)!;
  const topRight = best.right;
  for (const threshold of THRESHOLDS) {
    if (threshold <= best.threshold || threshold >= 1) continue;
    const rs = rightAt.get(threshold)!;
    let differ = 0;
    let diff = 0;
    for (let r = 0; r < REPEATS; r++) {
      for (let gi = 0; gi < groups.length; gi++) {
        if (rs[r]![gi] !== top[r]![gi]) differ++;
        diff += Number(top[r]![gi]) - Number(rs[r]![gi]);
      }
    }
    if (diff / REPEATS <= Math.sqrt(differ / REPEATS)) best = { threshold, right: topRight - Math.round(diff / REPEATS) };
  }
}
const byKind = new Map<string, [number, number, number]>();
groups.forEach((g, gi) => {
  const k = byKind.get(g.kind) ?? [0, 0, 0];
  k[0]++;
  if (g.currentRight) k[1]++;
  if (pickRight(g, oof[gi]!, best.threshold)) k[2]++;
  byKind.set(g.kind, k);
});
console.log(`out of fold at link ${best.threshold}: ${best.right}/${groups.length} (${(best.right / groups.length).toFixed(3)}, ${best.right - rulesRight >= 0 ? '+' : ''}${best.right - rulesRight}); by kind (sources, rules right, ranker right): ${[...byKind].map(([k, [n, r, m]]) => `${k} ${n} ${r} ${m}`).join(', ')}`);

if (STANDALONE) {
  // the model alone (no rules' choice among its features) picking the best candidate of every source, against the rules
  const t = new Map<string, [number, number, number]>();
  groups.forEach((g, gi) => {
    const p = oof[gi]!;
    const bi = p.indexOf(Math.max(...p));
    const k = t.get(g.kind) ?? [0, 0, 0];
    k[0]++;
    if (g.currentRight) k[1]++;
    if (g.right[bi]) k[2]++;
    t.set(g.kind, k);
  });
  console.log(`standalone, best candidate always (sources, rules right, model right): ${[...t].map(([k, [n, r, m]]) => `${k} ${n} ${r} ${m}`).join(', ')}`);
}
if (process.argv.includes('--misses')) {
  groups.forEach((g, gi) => {
    if (!g.linkable || pickRight(g, oof[gi]!, best.threshold) || !g.right.some(Boolean)) return;
    const i = g.right.indexOf(true);
    console.log(`MISS ${g.article} ${g.kind} «${g.text}» rules→${g.currentName ?? '—'} gold cand #${i} ${g.names[i]} p=${oof[gi]![i]!.toFixed(2)} best p=${Math.max(...oof[gi]!).toFixed(2)}: ${g.candidates[i]!.features.join(' ')}`);
  });
}
const all = train(groups);
const { module, kept, dropped } = packModel(all, 16);
console.log(`final model: ${kept} weights kept, ${dropped} under 0.02 dropped`);
console.log(topFeatures(all, 12));
if (!process.argv.includes('--no-write')) {
  const note = `Study sets (BBC and other outlets): ${groups.length} pronoun and nominal sources, ${examplesOf(groups).length} candidates; l2 ${L2}, min count ${MIN_COUNT}. Hashed weights only, no text.`;
  const body = JSON.stringify(module, null, 2).replace(/"(\w+)":/g, '$1:').replace(/"/g, "'");
  writeFileSync(
    OUT,
    `// Generated by packages/core/scripts/train-speaker-ranker.ts — do not edit by hand.\n// ${note}\nimport type { LinearModelModule } from '../claims/linear.js';\n\nexport const SPEAKER_MODEL: LinearModelModule = ${body};\n\n/** An unlinked source takes the best candidate at this probability or above (the best of ${THRESHOLDS.join(' / ')} out of fold). */\nexport const LINK_THRESHOLD = ${best.threshold};\n`,
  );
  console.log(`wrote ${OUT}`);
}
