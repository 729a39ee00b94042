/**
 * Evaluate the signals extractor, every text through the full built-in pipeline:
 *   1. loaded language on the held-out fifth of the SemEval-2020 PTC articles (article id
 *      mod 5 = 0; gold = Loaded_Language and Name_Calling,Labeling spans): span P/R/F1, exact
 *      and overlap (a predicted span counts when it shares a character with a gold span, a
 *      gold span when some predicted span shares one with it) and SemEval-2020 task 11 SI
 *      (character-level partial credit, `scoreSpans`), for the bare bias lexicon
 *      (Recasens et al. 2013, every word of it marked), the hand-written lexicon (the rules
 *      baseline), the learned model alone, and the shipped model + lexicon;
 *   2. vague sources and hedges on WikiWeasel (CoNLL-2010 Wikipedia, sentence level: a
 *      sentence is uncertain/weasel when it has a vague source or a hedge), train and test as
 *      released.
 *
 *   npx tsx packages/core/scripts/eval-signals.ts [--loaded-only | --weasel-only]
 *
 * Skips (exit 0) what is absent from ../shared/data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis } from '../src/types/analysis.js';
import { createPipeline, type Pipeline } from '../src/pipeline/createPipeline.js';
import { attributions, claims, entities, mentions, segmentation, signals, times } from '../src/extractors/index.js';
import { binaryScores, fmt, pct } from './lib/linear.js';
import { DATA_DIR, parseCsv } from './lib/newssd.js';
import { LOADED_TECHNIQUES, hasPtc, readPtc, scoreSpans } from './lib/semeval.js';
import { tokensOf } from './lib/semeval-tokens.js';

const argv = process.argv.slice(2);
const withSignals = (s: ReturnType<typeof signals>) => createPipeline([segmentation(), mentions(), times(), entities(), attributions(), claims(), s]);
const analyzeAll = async (p: Pipeline, texts: string[]) => {
  const out: Analysis[] = [];
  for (const text of texts) out.push(await p.analyze({ id: 'x', text }));
  return out;
};

if (!argv.includes('--weasel-only')) {
  if (!hasPtc()) console.log('eval-signals: loaded language skipped: ../shared/data/semeval2020-ptc absent.');
  else {
    const held = readPtc().filter((a) => a.heldOut);
    const gold = held.map((a) => a.spans.filter((s) => LOADED_TECHNIQUES.has(s.technique)));
    console.log(`Loaded language — SemEval-2020 PTC held-out articles (id mod 5 = 0): ${held.length} articles, ${gold.flat().length} Loaded_Language + Name_Calling spans`);
    console.log('(overlap: any shared character, P over predicted spans, R over gold spans; SI: SemEval-2020 task 11 span identification, character-level partial credit)\n');
    const report = (name: string, predicted: { start: number; end: number }[][]) => {
      const sc = scoreSpans(held.map((_, k) => ({ gold: gold[k]!, predicted: predicted[k]! })));
      console.log(
        `  ${name.padEnd(34)} exact   P ${pct(sc.exact.p)}  R ${pct(sc.exact.r)}  F1 ${pct(sc.exact.f1)} | overlap P ${pct(sc.overlap.p)}  R ${pct(sc.overlap.r)}  F1 ${pct(sc.overlap.f1)} | SI P ${pct(sc.si.p)}  R ${pct(sc.si.r)}  F1 ${pct(sc.si.f1)}  (${sc.predicted} spans)`,
      );
    };
    // bare bias lexicon
    const lexFile = resolve(DATA_DIR, 'lexicons/bias-lexicon/bias-lexicon_og.txt');
    if (existsSync(lexFile)) {
      const words = new Set(
        readFileSync(lexFile, 'utf8')
          .split('\n')
          .map((l) => l.trim().toLowerCase())
          .filter((l) => l && !l.startsWith('#')),
      );
      const predicted: { start: number; end: number }[][] = [];
      for (const a of held) {
        const { tokens, lower } = await tokensOf(a.text);
        const spans: { start: number; end: number }[] = [];
        for (let i = 0; i < tokens.count; i++) if (words.has(lower[i]!)) spans.push({ start: tokens.start[i]!, end: tokens.end[i]! });
        predicted.push(spans);
      }
      report('bare bias lexicon (Recasens 2013)', predicted);
    }
    const systems: [string, Pipeline][] = [
      ['hand-written lexicon (rules)', withSignals(signals({ loadedModel: null }))],
      ['learned model alone', withSignals(signals({ lexicon: false }))],
      ['learned model + lexicon (shipped)', withSignals(signals())],
    ];
    for (const [name, p] of systems) report(name, (await analyzeAll(p, held.map((a) => a.text))).map((x) => x.signals.loaded));
    console.log();
  }
}

if (!argv.includes('--loaded-only')) {
  const dir = resolve(DATA_DIR, 'wikiweasel');
  if (!existsSync(resolve(dir, 'test.csv'))) console.log('eval-signals: vague sources and hedges skipped: ../shared/data/wikiweasel absent.');
  else {
    const p = withSignals(signals());
    for (const split of ['train', 'test'] as const) {
      const rows = parseCsv(readFileSync(resolve(dir, `${split}.csv`), 'utf8')).slice(1);
      const texts = rows.map((r) => detokenize(r[0]!));
      const gold = rows.map((r) => r[1]!.trim() === '1');
      const results = await analyzeAll(p, texts);
      const vague = results.map((a) => a.signals.vagueSources.length > 0);
      const hedge = results.map((a) => a.signals.hedges.length > 0);
      const either = results.map((_, i) => vague[i]! || hedge[i]!);
      console.log(`Vague sources and hedges — WikiWeasel ${split} (${rows.length} sentences, ${gold.filter(Boolean).length} uncertain/weasel), sentence level`);
      console.log(`  vague source      ${fmt(binaryScores(gold, vague).pos)}`);
      console.log(`  hedge             ${fmt(binaryScores(gold, hedge).pos)}`);
      console.log(`  either            ${fmt(binaryScores(gold, either).pos)}\n`);
    }
  }
}

/** Undo the PTB tokenisation of WikiWeasel ("-LRB-", "`` … ''", " ,", " 's"). */
function detokenize(s: string): string {
  return s
    .trim()
    .replace(/-LRB-/g, '(')
    .replace(/-RRB-/g, ')')
    .replace(/``|''/g, '"')
    .replace(/ ([,.;:!?%)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/g, '$1');
}
