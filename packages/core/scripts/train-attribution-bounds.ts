/**
 * Learn where reported contents end (`extractors/attributions/boundaryModel.ts`) on PolNeAR train.
 *
 *   npx tsx packages/core/scripts/train-attribution-bounds.ts [--folds 5] [--l2 2] [--min-count 2] [--no-write]
 *     [--where] [--words] [--errors] [--show N]
 *
 * `--where`: where gold contents end against the candidates; `--words`: the share of gold ends
 * per next word; `--errors`: the aligned contents that stopping at the gold candidate finds and
 * the model (out of fold) does not, by where the model stopped (early) or which stop it passed
 * (late); `--show N`: N of the model's out-of-fold mistakes, marked in the text.
 *
 * 1. Runs the default pipeline on train with the round-five hand rules deciding boundaries and
 *    a trace on `contentEnd`: every drafted content with all its candidate boundaries (up to the
 *    hard stop) and their features.
 * 2. Aligns each traced content to a gold attribution: a predicted attribution with that content
 *    start whose cue overlaps a gold cue, whose content overlaps the traced content. Candidates
 *    before the gold content's last word are negatives, the first candidate at or after it is the
 *    positive one, later ones are left out (a hazard model: "does it stop here, given it got here").
 * 3. Out of fold (article folds): per-candidate scores, contents found at 50 % overlap when the
 *    content stops at the first candidate over a threshold (threshold sweep, against the rules),
 *    then the whole pipeline per fold with its fold's model, scored as `eval-attribution.ts`.
 * 4. Trains on all of train and writes `boundaryModel.generated.ts` (hashed int8 weights, no text).
 *
 * Skips (exit 0) when ../shared/data/polnear/train is absent.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';
import { boundaryHooks, type TracedContent } from '../src/extractors/attributions/boundaryModel.js';
import { loadLinearModel, sigmoid, type LinearModel, type LinearModelModule } from '../src/extractors/claims/linear.js';
import { packModel, topFeatures, trainLogisticBatch, type Example, type TrainedModel } from './lib/linear.js';
import { REPO_ROOT, goldLength, hasPolnear, overlapChars, readPolnear, scoreAttributions, type GoldAttribution, type PolnearDoc } from './lib/polnear.js';

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const FOLDS = Number(arg('--folds') ?? 5);
const L2 = Number(arg('--l2') ?? 2);
const MIN_COUNT = Number(arg('--min-count') ?? 2);
const THRESHOLDS = [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
/** Thresholds tried where the round-five hand rule stops too (a prior for the rule: the seed and unit cases follow it). */
const RULE_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
const OUT = resolve(REPO_ROOT, 'packages/core/src/extractors/attributions/boundaryModel.generated.ts');

if (!hasPolnear('train')) {
  console.log('train-attribution-bounds: skipped: ../shared/data/polnear/train absent.');
  process.exit(0);
}

/** A traced content aligned to its gold attribution. */
interface Aligned {
  doc: number;
  trace: TracedContent;
  gold: GoldAttribution;
  /** Index of the positive candidate, -1 when the gold content runs past every candidate. */
  positive: number;
}

const TRAIL = /[\s.,;:!?"'“”‘’()\]—–-]+$/;

/** End of the gold content's last word (trailing punctuation and quote marks left out). */
function goldWordEnd(text: string, g: GoldAttribution): number {
  const last = g.content.pieces[g.content.pieces.length - 1]!;
  const piece = text.slice(last.start, last.end);
  const m = TRAIL.exec(piece);
  return last.end - (m ? m[0].length : 0);
}

const docs = readPolnear('train');
console.log(`PolNeAR train: ${docs.length} articles`);

// 1. trace with the hand rules
boundaryHooks.mode = 'rules';
const aligned: Aligned[] = [];
const rulesScore = { found: 0, both: 0, pred: 0, gold: 0 };
const foldOf = (d: number) => d % FOLDS;
const rulesByFold = Array.from({ length: FOLDS }, () => ({ found: 0, both: 0, pred: 0, gold: 0 }));
let traced = 0;
let t0 = performance.now();
for (let di = 0; di < docs.length; di++) {
  const d = docs[di]!;
  const records: TracedContent[] = [];
  boundaryHooks.trace = (r) => records.push(r);
  const a = await analyze({ id: d.name, text: d.text, publishedAt: d.publishedAt });
  boundaryHooks.trace = null;
  const s = scoreAttributions(d.attributions, a.attributions);
  for (const x of [rulesScore, rulesByFold[foldOf(di)]!]) {
    x.found += s.found;
    x.both += s.both;
    x.pred += s.pred;
    x.gold += s.gold;
  }
  traced += records.length;
  for (const r of records) {
    if (r.candidates.length === 0) continue;
    const p = a.attributions.find((x) => x.cue && x.content.start >= r.start && x.content.start <= r.start + 3);
    if (!p || !p.cue) continue;
    let best: GoldAttribution | null = null;
    let bestOverlap = 0;
    for (const g of d.attributions) {
      if (!g.cue || overlapChars(g.cue, p.cue.start, p.cue.end) === 0) continue;
      const o = overlapChars(g.content, r.start, r.hardEnd);
      if (o > bestOverlap) {
        best = g;
        bestOverlap = o;
      }
    }
    if (!best) continue;
    const end = goldWordEnd(d.text, best);
    const positive = r.candidates.findIndex((c) => c.wordEnd >= end);
    aligned.push({ doc: di, trace: r, gold: best, positive });
  }
}
console.log(`traced ${traced} contents, ${aligned.length} aligned to gold (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
const withPositive = aligned.filter((x) => x.positive >= 0).length;
console.log(`  gold end at a candidate or before the last one: ${withPositive}; rules stop right there: ${aligned.filter((x) => x.positive >= 0 && x.trace.candidates[x.positive]!.rule && x.trace.candidates.slice(0, x.positive).every((c) => !c.rule)).length}`);

if (process.argv.includes('--where')) {
  // where the gold contents end, against the candidates: at one, past the hard end, or between (by what follows)
  const at = { exact: 0, past: 0, before: 0, between: 0 };
  const after: Record<string, number> = {};
  for (const x of aligned) {
    const text = docs[x.doc]!.text;
    const end = goldWordEnd(text, x.gold);
    const cs = x.trace.candidates;
    if (cs.some((c) => c.wordEnd === end)) at.exact++;
    else if (end > x.trace.hardEnd) at.past++;
    else if (end <= x.trace.start) at.before++;
    else {
      const m = /^([^A-Za-z0-9]*)([A-Za-z0-9’']*)/.exec(text.slice(end, end + 40))!;
      const punct = m[1]!.trim();
      if (/^[.?!]/.test(punct) && end + m[1]!.length >= x.trace.hardEnd - 1) {
        at.exact++;
        continue;
      }
      at.between++;
      const key = `${punct || '_'} ${m[2]!.toLowerCase()}`;
      after[key] = (after[key] ?? 0) + 1;
    }
  }
  console.log(`gold ends: at a candidate ${at.exact}, past the hard end ${at.past}, before the start ${at.before}, between candidates ${at.between}`);
  console.log('  between, by what follows: ' + Object.entries(after).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, n]) => `«${k}» ${n}`).join(', '));
}

if (process.argv.includes('--words')) {
  // per word after a comma / dash / conjunction: candidates reached before or at the gold end, and how many are the gold end
  const by: Record<string, [number, number]> = {};
  for (const x of aligned) {
    const n = x.positive >= 0 ? x.positive + 1 : x.trace.candidates.length;
    for (let k = 0; k < n; k++) {
      const f = x.trace.candidates[k]!.features[1]!;
      const e = (by[f] ??= [0, 0]);
      e[0]++;
      if (k === x.positive) e[1]++;
    }
  }
  console.log('candidates by kind and next word (reached, gold end there, share): ' + Object.entries(by).filter(([k, e]) => e[0] >= 15 || /despite|although|though|whereas|unlike|amid|since|yet|whilst|according|adding|but/.test(k)).sort((a, b) => b[1][0] - a[1][0]).slice(0, 70).map(([k, e]) => `${k.replace('k=', '').replace('|n1=', ' ')} ${e[0]}/${e[1]} ${(e[1] / e[0]).toFixed(2)}`).join(', '));
}

/** Each feature name's hash, as `boundaryFeatures` computes it at run time (names are for training and the log). */
const hashOf = new Map<string, number>();
for (const x of aligned) for (const c of x.trace.candidates) c.features.forEach((f, t) => hashOf.set(f, c.hashes[t]!));

/** Pack with the buckets of the features' own hashes (`featureHash`), not FNV of the names: the run time hashes the parts of a feature, never builds its string. */
function pack(m: TrainedModel, bits = 18, minAbs = 0.02): { module: LinearModelModule; kept: number; dropped: number } {
  return packModel(m, bits, minAbs, (f) => hashOf.get(f)!);
}

function examplesOf(list: readonly Aligned[]): Example[] {
  const out: Example[] = [];
  for (const x of list) {
    const n = x.positive >= 0 ? x.positive + 1 : x.trace.candidates.length;
    for (let k = 0; k < n; k++) out.push({ features: x.trace.candidates[k]!.features, label: k === x.positive ? 1 : 0 });
  }
  return out;
}

const ruleOf = (c: TracedContent['candidates'][number]) => (c.rule ? 1 : 0);
/** Contents found (50 %) when each stops at the first candidate whose score passes `th`. */
function simulate(list: readonly Aligned[], score: (x: Aligned, k: number) => number, th: number, ruleTh = th): number {
  let found = 0;
  for (const x of list) {
    const cs = x.trace.candidates;
    let end = x.trace.hardEnd;
    for (let k = 0; k < cs.length; k++) {
      if (score(x, k) >= (cs[k]!.rule ? ruleTh : th)) {
        end = cs[k]!.end;
        break;
      }
    }
    const ratio = overlapChars(x.gold.content, x.trace.start, end) / Math.max(goldLength(x.gold.content), end - x.trace.start);
    if (ratio >= 0.5) found++;
  }
  return found;
}

// 2. out of fold
const oof = new Map<Aligned, number[]>();
const foldModels: LinearModel[] = [];
t0 = performance.now();
for (let f = 0; f < FOLDS; f++) {
  const train = aligned.filter((x) => foldOf(x.doc) !== f);
  const m = trainLogisticBatch(examplesOf(train), { l2: L2, minCount: MIN_COUNT });
  const packed = loadLinearModel(pack(m).module);
  foldModels.push(packed);
  for (const x of aligned) if (foldOf(x.doc) === f) oof.set(x, x.trace.candidates.map((c) => sigmoid(packed.logitOfHashes(c.hashes))));
}
console.log(`out-of-fold models trained (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
const rulesFound = simulate(aligned, (x, k) => ruleOf(x.trace.candidates[k]!), 0.5);
const oracleFound = simulate(aligned, (x, k) => (k === x.positive ? 1 : 0), 0.5);
console.log(`aligned contents found (50 %), decision only: rules ${rulesFound} of ${aligned.length} (stopping at the gold candidate: ${oracleFound})`);
let bestTh = 0.5;
let bestRuleTh = 0.5;
let bestFound = -1;
for (const th of THRESHOLDS) {
  const row: string[] = [];
  for (const ruleTh of RULE_THRESHOLDS) {
    const found = simulate(aligned, (x, k) => oof.get(x)![k]!, th, ruleTh);
    row.push(`${ruleTh}: ${found - rulesFound >= 0 ? '+' : ''}${found - rulesFound}`);
    if (found > bestFound) {
      bestFound = found;
      bestTh = th;
      bestRuleTh = ruleTh;
    }
  }
  console.log(`  model, threshold ${th}, where the rule stops: ${row.join(', ')}`);
}
console.log(`  best: ${bestTh} / ${bestRuleTh} where the rule stops: +${bestFound - rulesFound}`);
if (process.argv.includes('--errors')) {
  // contents the gold candidate finds and the model (out of fold, at the chosen thresholds) does not: where it stopped instead
  const early: Record<string, number> = {};
  const late: Record<string, number> = {};
  let nEarly = 0;
  let nLate = 0;
  let modelOnly = 0;
  let neither = 0;
  for (const x of aligned) {
    const cs = x.trace.candidates;
    const ps = oof.get(x)!;
    const m = ps.findIndex((p, k) => p >= (cs[k]!.rule ? bestRuleTh : bestTh));
    if (m === x.positive) continue;
    const gEnd = x.positive >= 0 ? cs[x.positive]!.end : x.trace.hardEnd;
    const mEnd = m >= 0 ? cs[m]!.end : x.trace.hardEnd;
    const ratio = (end: number) => overlapChars(x.gold.content, x.trace.start, end) / Math.max(goldLength(x.gold.content), end - x.trace.start);
    if (ratio(gEnd) < 0.5 || ratio(mEnd) >= 0.5) {
      if (ratio(gEnd) < 0.5 && ratio(mEnd) >= 0.5) modelOnly++;
      else if (ratio(gEnd) < 0.5) neither++;
      continue;
    }
    const key = (k: number) => cs[k]!.features[1]!.replace('k=', '').replace('|n1=', ' ');
    if (m >= 0 && (m < x.positive || x.positive < 0)) {
      nEarly++;
      early[key(m)] = (early[key(m)] ?? 0) + 1;
    } else {
      nLate++;
      late[key(x.positive)] = (late[key(x.positive)] ?? 0) + 1;
    }
  }
  const top = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, n]) => `«${k}» ${n}`).join(', ');
  console.log(`contents (50 %) the gold candidate finds and the model misses: ${nEarly + nLate}; the model finds and the gold candidate misses: ${modelOnly}; neither: ${neither}`);
  console.log(`  the model stops early ${nEarly} (where: ${top(early)})`);
  console.log(`  the model runs past the gold stop ${nLate} (the gold stop: ${top(late)})`);
}
const showN = Number(arg('--show') ?? 0);
if (showN > 0) {
  // contents the model gets wrong (out of fold) and the gold candidate would get right: ⟦G⟧ gold stop, ⟦M⟧ model stop, ⟦·⟧ other candidates
  let shown = 0;
  for (const x of aligned) {
    if (shown >= showN || x.positive < 0) continue;
    const ps = oof.get(x)!;
    const m = ps.findIndex((p) => p >= 0.5);
    if (m === x.positive) continue;
    const text = docs[x.doc]!.text;
    let out = '';
    let at = x.trace.start;
    x.trace.candidates.forEach((c, k) => {
      out += text.slice(at, c.wordEnd) + `⟦${k === x.positive ? 'G' : ''}${k === m ? 'M' : ''}${k !== x.positive && k !== m ? '·' : ''}${ps[k]!.toFixed(2)}⟧`;
      at = c.wordEnd;
    });
    out += text.slice(at, x.trace.hardEnd);
    console.log(`  ${docs[x.doc]!.name}: ${out.replace(/\s+/g, ' ')}`);
    shown++;
  }
}
let tp = 0;
let fp = 0;
let fn = 0;
for (const x of aligned) {
  const n = x.positive >= 0 ? x.positive + 1 : x.trace.candidates.length;
  for (let k = 0; k < n; k++) {
    const yes = oof.get(x)![k]! >= 0.5;
    const gold = k === x.positive;
    if (yes && gold) tp++;
    else if (yes) fp++;
    else if (gold) fn++;
  }
}
console.log(`  per candidate (to the gold end), threshold 0.5: P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`);

// 3. whole pipeline out of fold, at the chosen threshold
const line = (name: string, s: { found: number; both: number; pred: number; gold: number }) => {
  const f1 = (tp: number) => (2 * tp) / (s.pred + s.gold);
  return `${name}: pred ${s.pred}, content found ${s.found}, cue+source right ${s.both}; content found P ${(s.found / s.pred).toFixed(3)} R ${(s.found / s.gold).toFixed(3)} F1 ${f1(s.found).toFixed(3)}, cue+source F1 ${f1(s.both).toFixed(3)}`;
};
async function pipelineOof(th: number, ruleTh: number): Promise<{ found: number; both: number; pred: number; gold: number }> {
  boundaryHooks.mode = 'model';
  boundaryHooks.threshold = th;
  boundaryHooks.ruleThreshold = ruleTh;
  const total = { found: 0, both: 0, pred: 0, gold: 0 };
  for (let di = 0; di < docs.length; di++) {
    const d: PolnearDoc = docs[di]!;
    boundaryHooks.model = foldModels[foldOf(di)]!;
    const a = await analyze({ id: d.name, text: d.text, publishedAt: d.publishedAt });
    const s = scoreAttributions(d.attributions, a.attributions);
    total.found += s.found;
    total.both += s.both;
    total.pred += s.pred;
    total.gold += s.gold;
  }
  boundaryHooks.model = null;
  return total;
}
console.log(line('whole pipeline, train, rules', rulesScore));
console.log(line(`whole pipeline, train out of fold, model at ${bestTh} / ${bestRuleTh}`, await pipelineOof(bestTh, bestRuleTh)));

// 4. all of train
const all = trainLogisticBatch(examplesOf(aligned), { l2: L2, minCount: MIN_COUNT });
const { module, kept, dropped } = pack(all);
console.log(`final model: ${kept} weights kept, ${dropped} under 0.02 dropped; thresholds chosen out of fold: ${bestTh} / ${bestRuleTh}`);
console.log(topFeatures(all, 12));
if (!process.argv.includes('--no-write')) {
  const note = `PolNeAR train: ${aligned.length} drafted contents aligned to gold, ${examplesOf(aligned).length} candidate boundaries; l2 ${L2}, min count ${MIN_COUNT}. Hashed weights only, no text.`;
  const body = JSON.stringify(module, null, 2).replace(/"(\w+)":/g, '$1:').replace(/"/g, "'");
  writeFileSync(OUT, `// Generated by packages/core/scripts/train-attribution-bounds.ts — do not edit by hand.\n// ${note}\nimport type { LinearModelModule } from '../claims/linear.js';\n\nexport const BOUNDARY_MODEL: LinearModelModule = ${body};\n\n/** Stop where the model's probability is at least this (the best of ${THRESHOLDS.join(' / ')} out of fold on train). */\nexport const BOUNDARY_THRESHOLD = ${bestTh};\n/** The same where the round-five hand rule stops too (the best of ${RULE_THRESHOLDS.join(' / ')}). */\nexport const RULE_BOUNDARY_THRESHOLD = ${bestRuleTh};\n`);
  console.log(`wrote ${OUT}`);
}
