/**
 * Evaluate names through the whole pipeline, the way the held-out test is scored: each
 * CoNLL-2003 document becomes a plain text (tokens joined by spaces, sentences by
 * newlines), goes through `analyze` (segmentation, mentions, …, as the CLI runs it), and
 * the `mentions` with `form: "name"` are scored conlleval-style (exact character span and
 * type) against the gold spans. Types: PERSON→PER, ORG→ORG, LOC→LOC, NORP/MISC/EVENT→MISC.
 *
 *   npx tsx packages/core/scripts/eval-ner-pipeline.ts [--split dev] [--join newline|blank|space] [--errors N] [--mentions-only] [--dump FILE]
 *
 * `--join blank` separates sentences by a blank line, `--join space` runs them together
 * (robustness checks; the reported figure uses newlines). `--dump FILE` writes every error
 * as a tab-separated line (document, FP/FN, start:end, type, text, context); newline and
 * space joins keep the same offsets, so two dumps compare line by line
 * (`comm -3 <(sort a) <(sort b)`). Skips (exit 0) when
 * ../shared/data/conll2003 is absent.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyze as analyzeDefault, createPipeline, mentions, segmentation, times } from '../src/index.js';
import { Scorer, conllDocText, hasConll, readConll } from './lib/conll.js';

if (!hasConll()) {
  console.log('eval-ner-pipeline: skipped: ../shared/data/conll2003 absent.');
  process.exit(0);
}

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : fallback;
};
const split = arg('--split', 'dev') as 'dev' | 'train';
const join = arg('--join', 'newline');
const separator = join === 'blank' ? '\n\n' : join === 'space' ? ' ' : '\n';
const showErrors = Number(arg('--errors', '0'));
const dumpPath = arg('--dump', '');
const dump: string[] = [];
// `--mentions-only`: segmentation, mentions and times alone (what the entities step changes shows as the difference)
const analyze = process.argv.includes('--mentions-only') ? createPipeline([segmentation(), mentions(), times()]).analyze : analyzeDefault;

const TYPE_MAP: Record<string, string | undefined> = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', NORP: 'MISC', MISC: 'MISC', EVENT: 'MISC' };

const docs = readConll(split);
const scorer = new Scorer();
const errors: string[] = [];
let chars = 0;
const t0 = performance.now();
for (const [di, d] of docs.entries()) {
  const { text, gold } = conllDocText(d, separator);
  chars += text.length;
  const result = await analyze({ id: `conll-${split}-${di}`, text });
  const pred: { start: number; end: number; type: string }[] = [];
  for (const m of result.mentions) {
    const type = m.form === 'name' ? TYPE_MAP[m.type] : undefined;
    if (type) pred.push({ start: m.start, end: m.end, type });
  }
  scorer.add(gold, pred);
  const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
  if (dumpPath) {
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    const line = (what: string, s: { start: number; end: number; type: string }): string =>
      `${di}\t${what}\t${s.start}:${s.end}\t${s.type}\t${text.slice(s.start, s.end)}\t${text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/g, ' / ')}`;
    for (const s of pred) if (!g.has(key(s))) dump.push(line('FP', s));
    for (const s of gold) if (!p.has(key(s))) dump.push(line('FN', s));
  }
  if (errors.length < showErrors) {
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const s of pred) if (!g.has(key(s))) errors.push(`doc ${di} FP ${s.type} "${text.slice(s.start, s.end)}"  …${text.slice(Math.max(0, s.start - 30), s.end + 30).replace(/\n/g, ' / ')}…`);
    for (const s of gold) if (!p.has(key(s))) errors.push(`doc ${di} FN ${s.type} "${text.slice(s.start, s.end)}"  …${text.slice(Math.max(0, s.start - 30), s.end + 30).replace(/\n/g, ' / ')}…`);
  }
}
const seconds = (performance.now() - t0) / 1000;
console.log(scorer.report(`CoNLL-2003 ${split} through analyze() (${docs.length} documents, sentences joined by ${JSON.stringify(separator)}), mentions with form "name", exact match:`));
console.log(`  (${docs.length} documents, ${chars.toLocaleString('en-US')} characters in ${seconds.toFixed(1)} s, whole pipeline)`);
if (dumpPath) writeFileSync(dumpPath, dump.length > 0 ? `${dump.join('\n')}\n` : '');
if (showErrors > 0) console.log(`\n${errors.slice(0, showErrors).join('\n')}`);
