import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reader for TempEval-3's TimeML files (TBAQ-cleaned: TimeBank + AQUAINT). Each document
 * becomes the plain text of its `<TEXT>` element (tags stripped, XML entities decoded) with
 * the gold TIMEX3 spans as UTF-16 offsets into that text, plus its creation time (the DCT).
 * The data is read from ../shared/data and never copied into the repo.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const TBAQ_DIR = resolve(REPO_ROOT, '../shared/data/tempeval3/TBAQ-cleaned');
/** The two official parts; `testpipeline/` is a stray copy added by the source repo (see SOURCE.md). */
const PARTS = ['TimeBank', 'AQUAINT'] as const;

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  /** TimeML type, lower-cased to our `TimeType`: date | time | duration | set. */
  type: string;
  value: string;
  tid: string;
}

export interface TimemlDoc {
  /** `TimeBank/ABC19980108.1830.0711` */
  name: string;
  text: string;
  /** The DCT's value cut to its date (`YYYY-MM-DD`), or null. */
  dct: string | null;
  timexes: GoldTimex[];
}

export function hasTbaq(): boolean {
  return PARTS.every((p) => existsSync(resolve(TBAQ_DIR, p)));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ATTR = /([A-Za-z_:]+)="([^"]*)"/g;

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTR)) out[m[1]!] = m[2]!;
  return out;
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name] ?? null;
}

/** Strip the tags of a TimeML fragment, keeping the TIMEX3 elements as spans. */
export function parseTimemlText(xml: string): { text: string; timexes: GoldTimex[] } {
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { attrs: Record<string, string>; start: number }[] = [];
  let i = 0;
  while (i < xml.length) {
    const ch = xml[i]!;
    if (ch === '<') {
      const close = xml.indexOf('>', i);
      const tag = xml.slice(i + 1, close);
      i = close + 1;
      if (tag.startsWith('TIMEX3')) {
        const attrs = attributes(tag);
        if (tag.endsWith('/')) continue; // an empty (non-consuming) TIMEX3 has no span
        open.push({ attrs, start: text.length });
      } else if (tag === '/TIMEX3') {
        const o = open.pop();
        if (!o) continue;
        timexes.push({
          start: o.start,
          end: text.length,
          text: text.slice(o.start, text.length),
          type: (o.attrs.type ?? '').toLowerCase(),
          value: o.attrs.value ?? '',
          tid: o.attrs.tid ?? '',
        });
      }
      continue;
    }
    if (ch === '&') {
      const semi = xml.indexOf(';', i);
      const decoded = semi > i && semi - i < 10 ? decodeEntity(xml.slice(i + 1, semi)) : null;
      if (decoded !== null) {
        text += decoded;
        i = semi + 1;
        continue;
      }
    }
    text += ch;
    i++;
  }
  return { text, timexes };
}

export function parseTimemlDoc(name: string, xml: string): TimemlDoc {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dctValue = dctTag ? (attributes(dctTag[0]).value ?? null) : null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const from = xml.indexOf('<TEXT>');
  const to = xml.indexOf('</TEXT>');
  const body = from >= 0 && to > from ? xml.slice(from + '<TEXT>'.length, to) : '';
  const { text, timexes } = parseTimemlText(body);
  return { name, text, dct, timexes };
}

/** Every TBAQ document, sorted by file name (without the part folder). */
export function readTbaq(): TimemlDoc[] {
  const files: { part: string; file: string }[] = [];
  for (const part of PARTS) {
    for (const file of readdirSync(resolve(TBAQ_DIR, part))) if (file.endsWith('.tml')) files.push({ part, file });
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return files.map(({ part, file }) => parseTimemlDoc(`${part}/${file.replace(/\.tml$/, '')}`, readFileSync(resolve(TBAQ_DIR, part, file), 'utf8')));
}

/**
 * The fixed dev split: every 5th document in file-name order (indices 4, 9, 14, …), about
 * a fifth of TBAQ. Rules are tuned only on the rest ("tune").
 */
export function tbaqSplit(docs: readonly TimemlDoc[]): { dev: TimemlDoc[]; tune: TimemlDoc[] } {
  const dev: TimemlDoc[] = [];
  const tune: TimemlDoc[] = [];
  docs.forEach((d, i) => (i % 5 === 4 ? dev : tune).push(d));
  return { dev, tune };
}

// ————— scoring, TempEval-3 style —————

export interface SystemTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
}

interface Counts {
  sys: number;
  gold: number;
  strict: number;
  /** Relaxed (overlap) matches, one-to-one. */
  relaxedSys: number;
  relaxedGold: number;
  typeOk: number;
  valueOk: number;
}

const zero = (): Counts => ({ sys: 0, gold: 0, strict: 0, relaxedSys: 0, relaxedGold: 0, typeOk: 0, valueOk: 0 });

export interface TimexError {
  doc: string;
  kind: 'missed' | 'spurious' | 'span' | 'type' | 'value';
  gold?: GoldTimex;
  sys?: SystemTimex;
  context: string;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/**
 * Scores system time expressions against gold ones: strict span (exact offsets), relaxed span
 * (any overlap, matched one-to-one in text order), and on relaxed matches the type and the
 * value (TempEval-3's "value F1": correct values over system and over gold counts).
 */
export class TimexScorer {
  readonly all = zero();
  readonly byType = new Map<string, Counts>();
  readonly errors: TimexError[] = [];

  private typed(type: string): Counts {
    let c = this.byType.get(type);
    if (!c) this.byType.set(type, (c = zero()));
    return c;
  }

  add(doc: string, text: string, gold: readonly GoldTimex[], sys: readonly SystemTimex[]): void {
    const ctx = (s: number, e: number): string => text.slice(Math.max(0, s - 60), Math.min(text.length, e + 60)).replace(/\s+/g, ' ');
    const usedSys = new Set<number>();
    const pairs: [GoldTimex, SystemTimex][] = [];
    for (const g of gold) {
      // prefer an exact match, then the overlapping system span with the most overlap
      let best = -1;
      let bestOverlap = 0;
      sys.forEach((s, j) => {
        if (usedSys.has(j)) return;
        const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
        const score = s.start === g.start && s.end === g.end ? Infinity : overlap;
        if (overlap > 0 && score > bestOverlap) {
          best = j;
          bestOverlap = score;
        }
      });
      this.all.gold++;
      this.typed(g.type).gold++;
      if (best < 0) {
        this.errors.push({ doc, kind: 'missed', gold: g, context: ctx(g.start, g.end) });
        continue;
      }
      usedSys.add(best);
      pairs.push([g, sys[best]!]);
    }
    for (const [j, s] of sys.entries()) {
      this.all.sys++;
      this.typed(s.type).sys++;
      if (!usedSys.has(j)) this.errors.push({ doc, kind: 'spurious', sys: s, context: ctx(s.start, s.end) });
    }
    for (const [g, s] of pairs) {
      const cs = [this.all, this.typed(g.type)];
      const strict = g.start === s.start && g.end === s.end;
      const typeOk = g.type === s.type;
      const valueOk = s.value !== null && g.value === s.value;
      for (const c of cs) {
        c.relaxedGold++;
        if (strict) c.strict++;
        if (typeOk) c.typeOk++;
        if (valueOk) c.valueOk++;
      }
      // precision side by system type
      this.typed(s.type).relaxedSys++;
      if (!strict) this.errors.push({ doc, kind: 'span', gold: g, sys: s, context: ctx(g.start, g.end) });
      else if (!typeOk) this.errors.push({ doc, kind: 'type', gold: g, sys: s, context: ctx(g.start, g.end) });
      if (!valueOk) this.errors.push({ doc, kind: 'value', gold: g, sys: s, context: ctx(g.start, g.end) });
    }
    this.all.relaxedSys += pairs.length;
  }

  /** Strict, relaxed and value P/R/F1 overall. */
  summary(): { strict: number; relaxed: number; value: number; type: number } {
    const a = this.all;
    return {
      strict: f1(ratio(a.strict, a.sys), ratio(a.strict, a.gold)),
      relaxed: f1(ratio(a.relaxedSys, a.sys), ratio(a.relaxedGold, a.gold)),
      value: f1(ratio(a.valueOk, a.sys), ratio(a.valueOk, a.gold)),
      type: ratio(a.typeOk, a.relaxedGold),
    };
  }

  report(title: string): string {
    const lines = [title];
    const a = this.all;
    lines.push(`  gold ${a.gold}, system ${a.sys}, relaxed matches ${a.relaxedGold}, exact ${a.strict}`);
    lines.push('                     P      R      F1');
    const row = (name: string, hit: number, hitGold: number, sys: number, gold: number): string => {
      const p = ratio(hit, sys);
      const r = ratio(hitGold, gold);
      return `  ${name.padEnd(16)} ${pct(p)}  ${pct(r)}  ${pct(f1(p, r))}`;
    };
    lines.push(row('strict span', a.strict, a.strict, a.sys, a.gold));
    lines.push(row('relaxed span', a.relaxedSys, a.relaxedGold, a.sys, a.gold));
    lines.push(row('value', a.valueOk, a.valueOk, a.sys, a.gold));
    lines.push(row('type', a.typeOk, a.typeOk, a.sys, a.gold));
    lines.push(`  type accuracy on relaxed matches ${pct(ratio(a.typeOk, a.relaxedGold))}, value accuracy ${pct(ratio(a.valueOk, a.relaxedGold))}`);
    lines.push('  per gold type (recall side) / system type (precision side):');
    lines.push('    type      gold  sys   relaxed P/R/F1        strict R  value R  value acc');
    for (const type of ['date', 'time', 'duration', 'set']) {
      const c = this.byType.get(type) ?? zero();
      const p = ratio(c.relaxedSys, c.sys);
      const r = ratio(c.relaxedGold, c.gold);
      lines.push(
        `    ${type.padEnd(9)} ${String(c.gold).padStart(4)} ${String(c.sys).padStart(4)}   ${pct(p)} ${pct(r)} ${pct(f1(p, r))}    ${pct(ratio(c.strict, c.gold))}    ${pct(ratio(c.valueOk, c.gold))}    ${pct(ratio(c.valueOk, c.relaxedGold))}`,
      );
    }
    return lines.join('\n');
  }
}

// ————— chrono-node as a TIMEX3 source (for the baseline the times README reports) —————

/** What `chronoTimexes` needs of a chrono-node parser (`chrono.casual`, `chrono.strict`). */
export interface ChronoLike {
  parse(text: string, ref?: Date): readonly ChronoResultLike[];
}
interface ChronoComponentsLike {
  isCertain(component: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'): boolean;
  get(component: 'year' | 'month' | 'day' | 'hour' | 'minute'): number | null;
}
interface ChronoResultLike {
  index: number;
  text: string;
  start: ChronoComponentsLike;
}

const pad2 = (n: number | null): string => String(n ?? 0).padStart(2, '0');

/**
 * chrono-node's results for `text`, read against `dct` (`YYYY-MM-DD`, taken as local noon;
 * chrono's own default, the current time, when null), as TIMEX3: a certain hour gives a
 * `time` `YYYY-MM-DDTHH:MM` (the date chrono implies when it is not certain); otherwise a
 * `date` at the finest granularity chrono is certain of — day (or weekday: chrono resolves a
 * weekday to one day) `YYYY-MM-DD`, month `YYYY-MM`, year `YYYY` — and a `date` with no value
 * when it is certain of none ("this week"). A range ("Monday to Friday") is one expression
 * over chrono's whole span, valued as its start. chrono has no durations, sets, quarters or
 * `*_REF` values, so it never outputs those types.
 */
export function chronoTimexes(parser: ChronoLike, text: string, dct: string | null): SystemTimex[] {
  const ref = dct ? new Date(Number(dct.slice(0, 4)), Number(dct.slice(5, 7)) - 1, Number(dct.slice(8, 10)), 12) : undefined;
  return parser.parse(text, ref).map((r) => {
    const c = r.start;
    const ymd = `${c.get('year')}-${pad2(c.get('month'))}-${pad2(c.get('day'))}`;
    let type = 'date';
    let value: string | null = null;
    if (c.isCertain('hour')) {
      type = 'time';
      value = `${ymd}T${pad2(c.get('hour'))}:${pad2(c.get('minute'))}`;
    } else if (c.isCertain('day') || c.isCertain('weekday')) value = ymd;
    else if (c.isCertain('month')) value = ymd.slice(0, 7);
    else if (c.isCertain('year')) value = ymd.slice(0, 4);
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value };
  });
}

/**
 * `ours` plus every span of `fallback` that overlaps none of `ours` (chrono as a fallback for
 * what the grammar misses), in text order.
 */
export function withFallback(ours: readonly SystemTimex[], fallback: readonly SystemTimex[]): { merged: SystemTimex[]; added: SystemTimex[] } {
  const added = fallback.filter((f) => !ours.some((o) => o.start < f.end && f.start < o.end));
  const merged = [...ours, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  return { merged, added };
}
