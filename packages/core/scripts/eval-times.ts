/**
 * Evaluate the `times` layer on TempEval-3's TBAQ-cleaned (TimeBank + AQUAINT), TempEval-3
 * style: strict span, relaxed (overlap) span, type accuracy and value F1 (value counted on
 * relaxed matches), overall and per type. Each document's `<TEXT>` becomes the article
 * text; its creation time (the DCT, not scored) is passed as `publishedAt`, and the text goes
 * through the public `analyze`.
 *
 * Split: TempEval-3 tunes on TBAQ and tests on a separate platinum set that we do not have,
 * so a fixed fifth of TBAQ is held out as dev (every 5th document in file-name order, see
 * `tbaqSplit`); the rules are tuned on the rest ("tune"). Both are reported. (The grammar's
 * fourth round also read dev's error dump; see the times README for what that means.)
 *
 *   npx tsx packages/core/scripts/eval-times.ts [--split dev|tune|all] [--no-dct] [--errors N] [--errors-split tune|dev]
 *
 * --no-dct  runs without publishedAt (anchoring falls back to the dateline or the latest
 *           absolute date in the text). --errors N prints, for the split named by
 *           --errors-split (tune unless told), the errors grouped by class (value errors by
 *           what the expression is: weekday, month, week, quarter, …) with N examples each.
 *
 * Skips (exit 0) when ../shared/data/tempeval3 is absent.
 */
import { analyze } from '../src/index.js';
import { TimexScorer, hasTbaq, readTbaq, tbaqSplit, type TimemlDoc, type TimexError } from './lib/timeml.js';

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
const errorsSplit = arg('--errors-split') ?? 'tune';

/** A coarse class for an error, from the gold (else system) expression: what kind of rule it concerns. */
function errorClass(e: TimexError): string {
  const x = e.gold ?? e.sys!;
  const text = x.text.toLowerCase();
  const value = x.value ?? '';
  if (/^(mon|tues|wednes|thurs|fri|satur|sun)day/.test(text) || /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(text)) return 'weekday';
  if (/(PAST|PRESENT|FUTURE)_REF/.test(value) || /^(now|current|currently|recently|recent)/.test(text)) return 'vague ref';
  if (/quarter|period|-Q/.test(text + value)) return 'quarter';
  if (/week/.test(text)) return 'week';
  if (/T\d|T[A-Z]{2}$/.test(value) || /a\.m|p\.m|night|morning|evening|afternoon|tonight/.test(text)) return 'time of day';
  if (x.type === 'duration') return 'duration';
  if (x.type === 'set') return 'set';
  if (/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/.test(text)) return 'month / day';
  if (/year|ago|earlier|decade|century|\d{4}|\d0s/.test(text)) return 'year / era';
  return 'other';
}

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
  if (showErrors > 0 && name === errorsSplit) {
    const kinds = ['missed', 'spurious', 'span', 'type', 'value'] as const;
    for (const k of kinds) {
      const errs = scorer.errors.filter((e) => e.kind === k);
      console.log(`— ${k}: ${errs.length}`);
      const groups = new Map<string, TimexError[]>();
      for (const e of errs) {
        const c = errorClass(e);
        const group = groups.get(c);
        if (group) group.push(e);
        else groups.set(c, [e]);
      }
      for (const [c, group] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
        console.log(`  ${c}: ${group.length}`);
        for (const e of group.slice(0, showErrors)) {
          const g = e.gold ? `gold "${e.gold.text}" ${e.gold.type} ${e.gold.value}` : '';
          const s = e.sys ? `sys "${e.sys.text}" ${e.sys.type} ${e.sys.value}` : '';
          console.log(`    ${e.doc}: ${[g, s].filter(Boolean).join(' | ')}  «${e.context}»`);
        }
      }
    }
  }
}
