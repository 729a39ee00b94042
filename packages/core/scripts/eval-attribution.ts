/**
 * Score the default pipeline's attributions on PolNeAR (dev by default) through the public
 * contract: `analyze(...)` → `attributions[]` with `content`, `cue` and `source` spans.
 *
 *   npx tsx packages/core/scripts/eval-attribution.ts [--split dev|train] [--errors N] [--bounds] [--miss-cues N] [--time] [--heads] [--cue-model off|T] [--draft-model off|T]
 *
 * Matching: a predicted content matches a gold content when they share at least 50 % of the
 * characters of the longer of the two (gold pieces of a discontinuous content count as one
 * span's characters); pairs are matched one-to-one, best overlap first. Then, over matched
 * pairs:
 *   - exact: the predicted content has the gold content's first and last character;
 *   - cue: the predicted cue overlaps the gold cue;
 *   - source: the predicted source overlaps the gold source (or both are absent);
 *   - cue+source: both.
 * Each line is P/R/F1 over all predicted and all gold attributions. Also printed: content
 * found at 30 % overlap, and recall/precision per quoted type (gold type read from the quote
 * marks in the gold content: direct when it opens and closes with one, partial when it holds
 * one, none otherwise).
 *
 * `--rules-bounds` ends contents by the round-five hand rules, not the learned boundary model.
 *
 * Also printed: precision per rule and per source kind, and a calibration table of `confidence`
 * (predictions binned by confidence against the share that are right).
 *
 * Skips (exit 0) when ../shared/data/polnear is absent.
 */
import { analyze } from '../src/pipeline/analyze.js';
import { createPipeline } from '../src/pipeline/createPipeline.js';
import { defaultExtractors } from '../src/extractors/index.js';
import type { Attribution } from '../src/types/analysis.js';
import { cueOf } from '../src/extractors/attributions/cues.js';
import { applyCueModelArgs } from './lib/cueModelArgs.js';
import { boundaryHooks } from '../src/extractors/attributions/boundaryModel.js';
import { hasPolnear, matchContents, overlapChars, readPolnear, type GoldAttribution, type PolnearSplit } from './lib/polnear.js';

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const split = (arg('--split') ?? 'dev') as PolnearSplit;
const showErrors = Number(arg('--errors') ?? 0);
// `--cue-model off|T`, `--draft-model off|T` (`lib/cueModelArgs.ts`)
applyCueModelArgs(arg);
// `--rules-bounds`: content ends by the round-five hand rules instead of the learned boundary model
if (process.argv.includes('--rules-bounds')) boundaryHooks.mode = 'rules';
if (!hasPolnear(split)) {
  console.log(`eval-attribution: skipped: ../shared/data/polnear/${split} absent.`);
  process.exit(0);
}

type GoldType = 'direct' | 'partial' | 'none';
const OPEN = /^["“]/;
const CLOSE = /["”]$/;
const ANY_QUOTE = /["“”]/;
function goldType(text: string): GoldType {
  const t = text.trim();
  if (OPEN.test(t) && CLOSE.test(t)) return 'direct';
  return ANY_QUOTE.test(t) ? 'partial' : 'none';
}

class Prf {
  tp = 0;
  constructor(readonly name: string) {}
  line(pred: number, gold: number): string {
    const p = pred ? this.tp / pred : 0;
    const r = gold ? this.tp / gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${this.name.padEnd(22)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${this.tp}, pred ${pred}, gold ${gold})`;
  }
}

const overlaps = (a: { start: number; end: number } | null, g: GoldAttribution['cue']): boolean =>
  a !== null && g !== null && overlapChars(g, a.start, a.end) > 0;

const docs = readPolnear(split);
const found = new Prf('content found (50%)');
const found30 = new Prf('content found (30%)');
const exact = new Prf('content exact');
const cue = new Prf('cue');
const source = new Prf('source');
const both = new Prf('cue+source');
const byGold: Record<GoldType, { gold: number; found: number; both: number }> = {
  direct: { gold: 0, found: 0, both: 0 },
  partial: { gold: 0, found: 0, both: 0 },
  none: { gold: 0, found: 0, both: 0 },
};
const byPred: Record<string, { pred: number; found: number }> = {};
const byRule: Record<string, { pred: number; found: number; both: number }> = {};
const byKind: Record<string, { pred: number; both: number }> = {};
/** `--heads`: cue+source precision by the head word (last word) of nominal and vague sources, and by cue with such a source. */
const showHeads = process.argv.includes('--heads');
/** `--miss-cues N`: the N gold cue texts with the most missed attributions (and how many of those a prediction took the cue of). */
const missCues = Number(arg('--miss-cues') ?? 0);
const missCue: Record<string, { miss: number; cueUsed: number }> = {};
const byHead: Record<string, { pred: number; both: number }> = {};
/** `--buckets N`: missed gold attributions by shape (cue known or not, where the source is, passive, nominal …), N examples each. */
const bucketExamples = Number(arg('--buckets') ?? -1);
const buckets: Record<string, { n: number; cues: Record<string, number>; ex: string[] }> = {};
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);
const NOMINAL_BEFORE = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'in', 's', 'of']);
const CONJ = new Set(['and', 'but', 'or', 'while', 'because', 'as', 'when', 'if', 'although', 'which', 'who', 'that']);
function bucketOf(text: string, g: GoldAttribution, cueUsed: boolean, contentTouched: boolean): string {
  if (!g.cue) return 'no gold cue';
  if (cueUsed) return contentTouched ? 'cue found, content < 50 %' : 'cue found, other content';
  const cueText = g.cue.pieces.map((x) => text.slice(x.start, x.end)).join(' ').toLowerCase();
  const words = cueText.match(/[a-z]+/g) ?? [];
  const before = (text.slice(Math.max(0, g.cue.start - 30), g.cue.start).toLowerCase().match(/[a-z]+/g) ?? []).pop() ?? '';
  const known = words.some((w) => cueOf(w) !== undefined);
  const where = !g.source ? 'no source' : g.source.start > g.cue.start ? 'source after cue' : 'source before cue';
  const order = g.content.start < g.cue.start ? 'content first' : 'content after';
  if (known) {
    if (BE.has(before) || words.some((w, i) => i > 0 && BE.has(words[i - 1]!) && w.endsWith('ed'))) return 'known cue: passive';
    if (CONJ.has(before)) return `known cue: after ${before}, ${where}`;
    return `known cue: ${where}, ${order}`;
  }
  if (words.length === 0) return 'unknown cue: punctuation';
  if (NOMINAL_BEFORE.has(before) || NOMINAL_BEFORE.has(words[0]!)) return 'unknown cue: nominal';
  if (BE.has(before) || BE.has(words[0]!)) return 'unknown cue: passive / copula';
  return words.length > 1 ? 'unknown cue: multiword verb' : 'unknown cue: one word';
}
const headOf = (p: Attribution): string | null =>
  p.source && (p.source.kind === 'nominal' || p.source.kind === 'vague') ? (p.source.text.toLowerCase().split(' ').pop() ?? '') : null;
/** Reliability of `confidence`: predictions binned by confidence, with the share right (content found, cue+source right). */
const bins = Array.from({ length: 10 }, () => ({ pred: 0, both: 0, conf: 0 }));
const binOf = (c: number) => bins[Math.min(9, Math.floor(c * 10))]!;
let nPred = 0;
let nGold = 0;
const errors: string[] = [];
const t0 = performance.now();
for (const d of docs) {
  const a = await analyze({ id: d.name, text: d.text, publishedAt: d.publishedAt });
  const pred = a.attributions;
  nPred += pred.length;
  nGold += d.attributions.length;
  const m = matchContents(d.attributions, pred, 0.5);
  found30.tp += matchContents(d.attributions, pred, 0.3).size;
  found.tp += m.size;
  const matchedP = new Set(m.values());
  d.attributions.forEach((g, gi) => {
    const type = goldType(d.text.slice(g.content.start, g.content.end));
    byGold[type].gold++;
    const pi = m.get(gi);
    if (pi === undefined) {
      if (errors.length < showErrors) errors.push(`MISS [${type}] ${d.name}: ${show(d.text, g)}`);
      if (bucketExamples >= 0) {
        const used = pred.some((p) => p.cue && g.cue && overlapChars(g.cue, p.cue.start, p.cue.end) > 0);
        const touched = pred.some((p) => p.cue && g.cue && overlapChars(g.cue, p.cue.start, p.cue.end) > 0 && overlapChars(g.content, p.content.start, p.content.end) > 0);
        const b = (buckets[bucketOf(d.text, g, used, touched)] ??= { n: 0, cues: {}, ex: [] });
        b.n++;
        const ck = g.cue ? g.cue.pieces.map((x) => d.text.slice(x.start, x.end)).join(' … ').toLowerCase() : '∅';
        b.cues[ck] = (b.cues[ck] ?? 0) + 1;
        const near = used ? pred.find((p) => p.cue && g.cue && overlapChars(g.cue, p.cue.start, p.cue.end) > 0) : undefined;
        if (b.ex.length < bucketExamples) b.ex.push(`${d.name}: ${show(d.text, g)}${near ? `\n        pred «${near.content.text.slice(0, 160)}»` : ''}`);
      }
      if (missCues) {
        const key = g.cue ? g.cue.pieces.map((x) => d.text.slice(x.start, x.end)).join(' … ').toLowerCase() : '∅';
        // a cue the prediction used elsewhere (content boundary off) or one no prediction has
        const used = pred.some((p) => p.cue && g.cue && overlapChars(g.cue, p.cue.start, p.cue.end) > 0);
        const e = (missCue[key] ??= { miss: 0, cueUsed: 0 });
        e.miss++;
        if (used) e.cueUsed++;
      }
      return;
    }
    const p = pred[pi]!;
    byGold[type].found++;
    const isExact = p.content.start === g.content.start && p.content.end === g.content.end;
    const cueOk = overlaps(p.cue, g.cue);
    const sourceOk = g.source === null ? p.source === null : overlaps(p.source, g.source);
    if (isExact) exact.tp++;
    if (cueOk) cue.tp++;
    if (sourceOk) source.tp++;
    if (cueOk && sourceOk) {
      binOf(p.confidence).both++;
      (byKind[p.source?.kind ?? 'none'] ??= { pred: 0, both: 0 }).both++;
      both.tp++;
      byGold[type].both++;
      (byRule[p.rule] ??= { pred: 0, found: 0, both: 0 }).both++;
      const h = headOf(p);
      if (showHeads) (byHead[`any-source cue ${p.cue?.text.toLowerCase() ?? '∅'}`] ??= { pred: 0, both: 0 }).both++;
      if (showHeads && h !== null) {
        (byHead[`head ${h}`] ??= { pred: 0, both: 0 }).both++;
        (byHead[`cue ${p.cue?.text.toLowerCase() ?? '∅'}`] ??= { pred: 0, both: 0 }).both++;
      }
    } else if (errors.length < showErrors) {
      errors.push(`WRONG ${d.name}: gold ${show(d.text, g)}\n      pred source=${p.source?.text ?? '∅'} cue=${p.cue?.text ?? '∅'} (${p.rule})`);
    }
    if (!isExact && errors.length < showErrors && process.argv.includes('--bounds'))
      errors.push(`BOUNDS ${d.name}:\n      gold «${d.text.slice(g.content.start, g.content.end)}»\n      pred «${p.content.text}»`);
  });
  pred.forEach((p, pi) => {
    const s = (byPred[p.quoted] ??= { pred: 0, found: 0 });
    const r = (byRule[p.rule] ??= { pred: 0, found: 0, both: 0 });
    s.pred++;
    r.pred++;
    const b = binOf(p.confidence);
    b.pred++;
    b.conf += p.confidence;
    (byKind[p.source?.kind ?? 'none'] ??= { pred: 0, both: 0 }).pred++;
    const h = headOf(p);
    if (showHeads) (byHead[`any-source cue ${p.cue?.text.toLowerCase() ?? '∅'}`] ??= { pred: 0, both: 0 }).pred++;
    if (showHeads && h !== null) {
      (byHead[`head ${h}`] ??= { pred: 0, both: 0 }).pred++;
      (byHead[`cue ${p.cue?.text.toLowerCase() ?? '∅'}`] ??= { pred: 0, both: 0 }).pred++;
    }
    if (matchedP.has(pi)) {
      s.found++;
      r.found++;
    } else if (errors.length < showErrors) errors.push(`FALSE ${d.name}: ${p.source?.text ?? '∅'} | ${p.cue?.text ?? '∅'} | «${p.content.text.slice(0, 160)}» (${p.rule})`);
  });
}
const elapsed = performance.now() - t0;

function show(text: string, g: GoldAttribution): string {
  const s = (x: GoldAttribution['cue']) => (x ? x.pieces.map((p) => text.slice(p.start, p.end)).join(' … ') : '∅');
  return `source=${s(g.source)} cue=${s(g.cue)} content=«${s(g.content).slice(0, 160)}»`;
}

console.log(`PolNeAR ${split}: ${docs.length} articles (one annotator each, alphabetically first file), ${nGold} gold attributions, ${nPred} predicted`);
for (const x of [found, found30, exact, cue, source, both]) console.log('  ' + x.line(nPred, nGold));
console.log('recall by gold quoted type (found 50% / cue+source):');
for (const [t, s] of Object.entries(byGold)) console.log(`  ${t.padEnd(8)} gold ${String(s.gold).padStart(5)}  found ${(s.found / (s.gold || 1)).toFixed(3)}  cue+source ${(s.both / (s.gold || 1)).toFixed(3)}`);
console.log('precision by predicted quoted type (content found 50%):');
for (const [t, s] of Object.entries(byPred)) console.log(`  ${t.padEnd(8)} pred ${String(s.pred).padStart(5)}  precision ${(s.found / (s.pred || 1)).toFixed(3)}`);
console.log('by rule (pred, content precision, cue+source precision):');
for (const [t, s] of Object.entries(byRule).sort((a, b) => b[1].pred - a[1].pred))
  console.log(`  ${t.padEnd(34)} ${String(s.pred).padStart(5)}  ${(s.found / (s.pred || 1)).toFixed(3)}  ${(s.both / (s.pred || 1)).toFixed(3)}`);
console.log('cue+source precision by source kind:');
for (const [t, s] of Object.entries(byKind)) console.log(`  ${t.padEnd(8)} pred ${String(s.pred).padStart(5)}  ${(s.both / (s.pred || 1)).toFixed(3)}`);
console.log('calibration (confidence bin: pred, mean confidence, share with content found and cue+source right):');
bins.forEach((b, i) => {
  if (b.pred) console.log(`  ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}  ${String(b.pred).padStart(5)}  ${(b.conf / b.pred).toFixed(3)}  ${(b.both / b.pred).toFixed(3)}`);
});
if (showHeads) {
  console.log('nominal and vague sources by head word and by cue, and any source by cue (pred, cue+source precision):');
  for (const [t, s] of Object.entries(byHead).sort((a, b) => b[1].pred - a[1].pred)) console.log(`  ${t.padEnd(30)} ${String(s.pred).padStart(5)}  ${(s.both / (s.pred || 1)).toFixed(3)}`);
}
console.log(`analyze: ${(elapsed / docs.length).toFixed(1)} ms/article (${(elapsed / 1000).toFixed(1)} s in all, first call includes model setup)`);
if (missCues) {
  const all = Object.entries(missCue).sort((a, b) => b[1].miss - a[1].miss);
  const used = all.reduce((n, [, e]) => n + e.cueUsed, 0);
  console.log(`missed gold attributions by gold cue (misses, of them with the cue predicted): ${all.reduce((n, [, e]) => n + e.miss, 0)} misses, ${used} with the cue predicted`);
  for (const [k, e] of all.slice(0, missCues)) console.log(`  ${k.padEnd(30)} ${String(e.miss).padStart(4)} ${String(e.cueUsed).padStart(4)}`);
}
if (bucketExamples >= 0) {
  console.log('missed gold attributions by shape (misses, top gold cues):');
  for (const [k, b] of Object.entries(buckets).sort((x, y) => y[1].n - x[1].n)) {
    const top = Object.entries(b.cues).sort((x, y) => y[1] - x[1]).slice(0, 12).map(([c, n]) => `${c} ${n}`).join(', ');
    console.log(`  ${k.padEnd(44)} ${String(b.n).padStart(5)}  ${top}`);
    for (const e of b.ex) console.log(`      ${e}`);
  }
}
if (errors.length) console.log(errors.join('\n'));

if (process.argv.includes('--time')) {
  // the share of pipeline time spent in the attributions extractor
  const extractors = defaultExtractors().map((e) => {
    if (e.name !== 'attributions') return e;
    const run = e.run.bind(e);
    return { ...e, run: (ctx: Parameters<typeof run>[0]) => {
      const s = performance.now();
      const r = run(ctx);
      attrMs += performance.now() - s;
      return r;
    } };
  });
  let attrMs = 0;
  const pipeline = createPipeline(extractors);
  await pipeline.ready();
  for (const d of docs) await pipeline.analyze({ id: d.name, text: d.text, publishedAt: d.publishedAt });
  // five warm passes, each its own ratio: the median is steadier on a noisy host than one ratio of the totals
  const PASSES = 5;
  const ratios: number[] = [];
  let total = 0;
  let attrTotal = 0;
  for (let rep = 0; rep < PASSES; rep++) {
    attrMs = 0;
    const s = performance.now();
    for (const d of docs) await pipeline.analyze({ id: d.name, text: d.text, publishedAt: d.publishedAt });
    const pass = performance.now() - s;
    ratios.push((100 * attrMs) / (pass - attrMs));
    total += pass;
    attrTotal += attrMs;
  }
  ratios.sort((a, b) => a - b);
  console.log(`time (${PASSES} passes, warm): pipeline ${(total / PASSES).toFixed(0)} ms per pass, attributions ${(attrTotal / PASSES).toFixed(0)} ms; on top of the rest: median ${ratios[PASSES >> 1]!.toFixed(1)} % (passes ${ratios[0]!.toFixed(1)}–${ratios[PASSES - 1]!.toFixed(1)} %)`);
}
