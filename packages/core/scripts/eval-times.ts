/**
 * Evaluate the `times` layer on TempEval-3's TBAQ-cleaned (TimeBank + AQUAINT), TempEval-3
 * style: strict span, relaxed (overlap) span, type accuracy and value F1 (value counted on
 * relaxed matches), overall and per type. Each document's `<TEXT>` becomes the article
 * text; its creation time (the DCT, not scored) is passed as `publishedAt`, and the text goes
 * through the public `analyze`.
 *
 * Split: TempEval-3 tunes on TBAQ and tests on a separate platinum set that we do not have,
 * so a fixed fifth of TBAQ is held out as dev (every 5th document in file-name order, see
 * `tbaqSplit`); the rules are tuned on the rest ("tune") only. Both are reported.
 *
 *   npx tsx packages/core/scripts/eval-times.ts [--split dev|tune|all] [--no-dct] [--errors N]
 *
 * --no-dct  runs without publishedAt (anchoring falls back to the dateline or the latest
 *           absolute date in the text). --errors N prints N errors of each kind from the tune
 *           split (never from dev).
 *
 * Skips (exit 0) when ../shared/data/tempeval3 is absent.
 */
import { analyze } from '../src/index.js';
import { TimexScorer, hasTbaq, readTbaq, tbaqSplit, type TimemlDoc } from './lib/timeml.js';

if (!hasTbaq()) {
  console.log('eval-times: skipped: ../shared/data/tempeval3/TBAQ-cleaned absent.');
  process.exit(0);
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const which = arg('--split') ?? 'both';
const noDct = process.argv.includes('--no-dct');
const showErrors = Number(arg('--errors') ?? 0);

const { dev, tune } = tbaqSplit(readTbaq());

async function score(docs: readonly TimemlDoc[]): Promise<{ scorer: TimexScorer; ms: number }> {
  const scorer = new TimexScorer();
  const t0 = performance.now();
  for (const d of docs) {
    const a = await analyze({ id: d.name, text: d.text, publishedAt: noDct ? null : d.dct });
    scorer.add(d.name, d.text, d.timexes, a.times);
  }
  return { scorer, ms: performance.now() - t0 };
}

const splits: [string, readonly TimemlDoc[]][] = [];
if (which === 'dev' || which === 'both') splits.push(['dev', dev]);
if (which === 'tune' || which === 'both') splits.push(['tune', tune]);
if (which === 'all') splits.push(['all', [...dev, ...tune]]);

const anchor = noDct ? 'no publishedAt (fallback anchoring)' : 'publishedAt = DCT';
for (const [name, docs] of splits) {
  const { scorer, ms } = await score(docs);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  console.log(scorer.report(`TempEval-3 TBAQ ${name} split: ${docs.length} documents, ~${words} words; ${anchor}; ${ms.toFixed(0)} ms through analyze()`));
  console.log();
  if (showErrors > 0 && name === 'tune') {
    const kinds = ['missed', 'spurious', 'span', 'type', 'value'] as const;
    for (const k of kinds) {
      const errs = scorer.errors.filter((e) => e.kind === k);
      console.log(`— ${k}: ${errs.length}`);
      for (const e of errs.slice(0, showErrors)) {
        const g = e.gold ? `gold "${e.gold.text}" ${e.gold.type} ${e.gold.value}` : '';
        const s = e.sys ? `sys "${e.sys.text}" ${e.sys.type} ${e.sys.value}` : '';
        console.log(`  ${e.doc}: ${[g, s].filter(Boolean).join(' | ')}  «${e.context}»`);
      }
    }
  }
}
