/**
 * SemEval-2020 Task 11 PTC articles with technique spans (Loaded_Language, Name_Calling), read
 * from ../shared/data/semeval2020-ptc. Fixed split: articles whose numeric id is ≡ 0 (mod 5)
 * are held out for evaluation (about 20 %); the rest train.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from './newssd.js';

export const PTC_DIR = resolve(DATA_DIR, 'semeval2020-ptc');

export interface PtcSpan {
  start: number;
  end: number;
  technique: string;
}

export interface PtcArticle {
  id: string;
  text: string;
  spans: PtcSpan[];
  heldOut: boolean;
}

export const LOADED_TECHNIQUES = new Set(['Loaded_Language', 'Name_Calling,Labeling']);

export function hasPtc(): boolean {
  return existsSync(resolve(PTC_DIR, 'articles')) && existsSync(resolve(PTC_DIR, 'labels'));
}

export function isPtcHeldOut(id: string): boolean {
  return Number(id) % 5 === 0;
}

export function readPtc(): PtcArticle[] {
  const out: PtcArticle[] = [];
  for (const f of readdirSync(resolve(PTC_DIR, 'articles')).sort()) {
    const m = /^article(\d+)\.txt$/.exec(f);
    if (!m) continue;
    const id = m[1]!;
    const text = readFileSync(resolve(PTC_DIR, 'articles', f), 'utf8');
    const lf = resolve(PTC_DIR, 'labels', `article${id}.task2-TC.labels`);
    const spans: PtcSpan[] = [];
    if (existsSync(lf)) {
      for (const line of readFileSync(lf, 'utf8').split('\n')) {
        const [, technique, s, e] = line.split('\t');
        if (technique && s && e) spans.push({ technique, start: Number(s), end: Number(e) });
      }
    }
    out.push({ id, text, spans, heldOut: isPtcHeldOut(id) });
  }
  return out;
}

export interface SpanScores {
  exact: { p: number; r: number; f1: number };
  overlap: { p: number; r: number; f1: number };
  /** SemEval-2020 task 11 SI: character-level partial credit (`scoreSpans`). */
  si: { p: number; r: number; f1: number };
  gold: number;
  predicted: number;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/**
 * Span P/R/F1 over documents:
 *   - exact: same start and end;
 *   - overlap (the measure the figures are quoted in): a predicted span is right when it
 *     shares a character with a gold span (P over predicted spans), a gold span is found when
 *     some predicted span shares one with it (R over gold spans); duplicates counted once;
 *   - si: the SemEval-2020 task 11 span-identification measure (Da San Martino et al. 2020):
 *     each document's gold spans and predicted spans are merged where they overlap (the
 *     techniques pooled), then P = Σ_s Σ_t |s∩t| / |s| over predicted spans s, divided by
 *     their number, and R = Σ_s Σ_t |s∩t| / |t| over gold spans t, divided by theirs:
 *     character-level partial credit, so a one-word hit inside a six-word gold phrase earns
 *     a sixth of it in recall.
 */
export function scoreSpans(docs: { gold: readonly { start: number; end: number }[]; predicted: readonly { start: number; end: number }[] }[]): SpanScores {
  let gold = 0;
  let predicted = 0;
  let exact = 0;
  let predOverlap = 0;
  let goldOverlap = 0;
  let siP = 0;
  let siR = 0;
  let siPredicted = 0;
  let siGold = 0;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const d of docs) {
    const g = dedupe(d.gold);
    const p = dedupe(d.predicted);
    gold += g.length;
    predicted += p.length;
    const keys = new Set(g.map((x) => `${x.start}:${x.end}`));
    for (const x of p) {
      if (keys.has(`${x.start}:${x.end}`)) exact++;
      if (g.some((y) => overlaps(x, y))) predOverlap++;
    }
    for (const y of g) if (p.some((x) => overlaps(x, y))) goldOverlap++;
    const mg = mergeOverlapping(d.gold);
    const mp = mergeOverlapping(d.predicted);
    siGold += mg.length;
    siPredicted += mp.length;
    for (const x of mp)
      for (const y of mg) {
        const shared = Math.min(x.end, y.end) - Math.max(x.start, y.start);
        if (shared <= 0) continue;
        siP += shared / (x.end - x.start);
        siR += shared / (y.end - y.start);
      }
  }
  const sp = siPredicted ? siP / siPredicted : 0;
  const sr = siGold ? siR / siGold : 0;
  const ep = predicted ? exact / predicted : 0;
  const er = gold ? exact / gold : 0;
  const op = predicted ? predOverlap / predicted : 0;
  const or = gold ? goldOverlap / gold : 0;
  return { exact: { p: ep, r: er, f1: f1(ep, er) }, overlap: { p: op, r: or, f1: f1(op, or) }, si: { p: sp, r: sr, f1: f1(sp, sr) }, gold, predicted };
}

function dedupe<T extends { start: number; end: number }>(xs: readonly T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.start}:${x.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Spans sorted, those that share a character merged into one (the SemEval-2020 SI scorer's view of an article). */
function mergeOverlapping(xs: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = xs.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x.start < last.end) last.end = Math.max(last.end, x.end);
    else out.push({ start: x.start, end: x.end });
  }
  return out;
}
