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
  gold: number;
  predicted: number;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Span P/R/F1 over documents: exact (same start and end) and overlap (any shared character). */
export function scoreSpans(docs: { gold: readonly { start: number; end: number }[]; predicted: readonly { start: number; end: number }[] }[]): SpanScores {
  let gold = 0;
  let predicted = 0;
  let exact = 0;
  let predOverlap = 0;
  let goldOverlap = 0;
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
  }
  const ep = predicted ? exact / predicted : 0;
  const er = gold ? exact / gold : 0;
  const op = predicted ? predOverlap / predicted : 0;
  const or = gold ? goldOverlap / gold : 0;
  return { exact: { p: ep, r: er, f1: f1(ep, er) }, overlap: { p: op, r: or, f1: f1(op, or) }, gold, predicted };
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
