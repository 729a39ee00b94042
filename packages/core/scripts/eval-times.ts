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
 *                                               [--chrono] [--chrono-fallback] [--added N]
 *
 * --no-dct  runs without publishedAt (anchoring falls back to the dateline or the latest
 *           absolute date in the text). --errors N prints, for the split named by
 *           --errors-split (tune unless told), the errors grouped by class (value errors by
 *           what the expression is: weekday, month, week, quarter, …) with N examples each.
 *
 * --chrono  also scores chrono-node (`chrono.casual` and `chrono.strict`) on the same
 *           documents, with the DCT as reference date and the same scorer; its results become
 *           TIMEX3 by `chronoTimexes` (lib/timeml.ts: the granularity chrono is certain of,
 *           ranges valued as their start). --chrono-fallback also scores our grammar plus
 *           chrono's spans that overlap none of ours, and lists what the fallback adds (N
 *           examples per class, --added N, 10 unless told). Either prints a summary table of
 *           every system scored. (chrono-node is a devDependency of @presslens/core.)
 *
 * Skips (exit 0) when ../shared/data/tempeval3 is absent.
 */
import { analyze } from '../src/index.js';
import {
  TimexScorer,
  chronoTimexes,
  hasTbaq,
  readTbaq,
  tbaqSplit,
  withFallback,
  type GoldTimex,
  type SystemTimex,
  type TimemlDoc,
  type TimexError,
} from './lib/timeml.js';

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
const withChrono = process.argv.includes('--chrono');
const withChronoFallback = process.argv.includes('--chrono-fallback');
const showAdded = Number(arg('--added') ?? 10);

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

/** One system to score: its TIMEX3 for a document, given our grammar's. */
interface System {
  label: string;
  timexes(doc: TimemlDoc, ours: readonly SystemTimex[]): SystemTimex[];
  /** For a fallback: what it adds to ours, per document (filled while scoring). */
  added?: { doc: TimemlDoc; sys: SystemTimex; ours: readonly SystemTimex[] }[];
}

// chrono-node is loaded only for --chrono / --chrono-fallback, so the plain eval does not need it
const chrono = withChrono || withChronoFallback ? await import('chrono-node') : null;
const parsers = chrono
  ? ([
      ['casual', chrono.casual],
      ['strict', chrono.strict],
    ] as const)
  : [];
const systems: System[] = [{ label: 'ours (grammar)', timexes: (_d, ours) => [...ours] }];
if (withChrono) {
  for (const [name, parser] of parsers) systems.push({ label: `chrono ${name}`, timexes: (d) => chronoTimexes(parser, d.text, noDct ? null : d.dct) });
}
if (withChronoFallback) {
  for (const [name, parser] of parsers) {
    const system: System = {
      label: `ours + chrono ${name} fallback`,
      added: [],
      timexes: (d, ours) => {
        const { merged, added } = withFallback(ours, chronoTimexes(parser, d.text, noDct ? null : d.dct));
        for (const sys of added) system.added!.push({ doc: d, sys, ours });
        return merged;
      },
    };
    systems.push(system);
  }
}

async function score(docs: readonly TimemlDoc[]): Promise<{ scorers: TimexScorer[]; ms: number }> {
  const scorers = systems.map(() => new TimexScorer());
  for (const s of systems) s.added?.splice(0);
  const t0 = performance.now();
  for (const d of docs) {
    const a = await analyze({ id: d.name, text: d.text, publishedAt: noDct ? null : d.dct });
    systems.forEach((s, i) => scorers[i]!.add(d.name, d.text, d.timexes, s.timexes(d, a.times)));
  }
  return { scorers, ms: performance.now() - t0 };
}

function printErrors(scorer: TimexScorer): void {
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

/**
 * What a fallback added, against the gold: a span over a gold expression that ours does not
 * overlap (right or wrong value), a second span over a gold expression ours already matched
 * (scored spurious: matching is one-to-one), or a span over no gold at all.
 */
function printAdded(system: System): void {
  const classes = new Map<string, string[]>();
  const put = (c: string, line: string): void => {
    const list = classes.get(c);
    if (list) list.push(line);
    else classes.set(c, [line]);
  };
  for (const { doc, sys, ours } of system.added!) {
    const overlaps = (g: GoldTimex): boolean => g.start < sys.end && sys.start < g.end;
    const gold = doc.timexes.filter(overlaps);
    const oursToo = gold.some((g) => ours.some((o) => o.start < g.end && g.start < o.end));
    const ctx = doc.text.slice(Math.max(0, sys.start - 50), Math.min(doc.text.length, sys.end + 50)).replace(/\s+/g, ' ');
    const line = `${doc.name}: "${sys.text}" ${sys.type} ${sys.value}${gold.length ? ` | gold ${gold.map((g) => `"${g.text}" ${g.type} ${g.value}`).join(', ')}` : ''}  «${ctx}»`;
    if (gold.length === 0) put('spurious (no gold overlaps it)', line);
    else if (oursToo) put('gold that ours overlaps too (a second, spurious match)', line);
    else if (gold.some((g) => g.value === sys.value)) put('gold found, right value', line);
    else put('gold found, wrong value', line);
  }
  console.log(`  what "${system.label}" adds: ${system.added!.length} spans`);
  for (const [c, lines] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`    ${c}: ${lines.length}`);
    for (const l of lines.slice(0, showAdded)) console.log(`      ${l}`);
  }
}

const splits: [string, readonly TimemlDoc[]][] = [];
if (which === 'dev' || which === 'both') splits.push(['dev', dev]);
if (which === 'tune' || which === 'both') splits.push(['tune', tune]);
if (which === 'all') splits.push(['all', [...dev, ...tune]]);

const anchor = noDct ? 'no publishedAt (fallback anchoring)' : 'publishedAt = DCT';
const table: string[] = [];
for (const [name, docs] of splits) {
  const { scorers, ms } = await score(docs);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  systems.forEach((system, i) => {
    const scorer = scorers[i]!;
    const who = systems.length > 1 ? `${system.label}: ` : '';
    const time = systems.length > 1 ? `${ms.toFixed(0)} ms for all ${systems.length} systems` : `${ms.toFixed(0)} ms through analyze()`;
    console.log(scorer.report(`${who}TempEval-3 TBAQ ${name} split: ${docs.length} documents, ~${words} words; ${anchor}; ${time}`));
    if (system.added) printAdded(system);
    console.log();
    if (showErrors > 0 && name === errorsSplit) printErrors(scorer);
    const f = scorer.summary();
    const pc = (x: number): string => (100 * x).toFixed(1).padStart(8);
    table.push(`  ${name.padEnd(5)} ${system.label.padEnd(30)} ${String(scorer.all.sys).padStart(6)} ${pc(f.strict)} ${pc(f.relaxed)} ${pc(f.value)}`);
  });
}
if (systems.length > 1) {
  console.log(`Summary (F1; ${anchor}):`);
  console.log(`  split ${'system'.padEnd(30)} ${'system'.padStart(6)} ${'strict'.padStart(8)} ${'relaxed'.padStart(8)} ${'value'.padStart(8)}`);
  for (const line of table) console.log(line);
}
