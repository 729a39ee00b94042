/**
 * Read PolNeAR (Newell, Margolin & Ruths, LREC 2018) from ../shared/data/polnear: brat
 * standoff `.ann` files with Source / Cue / Content spans tied together by `E` lines, the
 * article texts and the publication dates. Never copied into the repo.
 */
import { bestPairs, type ScoredPair } from './matching.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const POLNEAR_DIR = resolve(REPO_ROOT, '../shared/data/polnear');

export type PolnearSplit = 'train' | 'dev';

/** A possibly discontinuous span: its pieces in text order. */
export interface GoldSpan {
  pieces: { start: number; end: number }[];
  start: number;
  end: number;
}

export interface GoldAttribution {
  content: GoldSpan;
  cue: GoldSpan | null;
  source: GoldSpan | null;
}

export interface PolnearDoc {
  name: string;
  annotator: string;
  text: string;
  publishedAt: string | null;
  attributions: GoldAttribution[];
}

export function hasPolnear(split: PolnearSplit): boolean {
  return existsSync(resolve(POLNEAR_DIR, split, 'text')) && existsSync(resolve(POLNEAR_DIR, split, 'attributions'));
}

function readDates(): Map<string, string> {
  const out = new Map<string, string>();
  const file = resolve(POLNEAR_DIR, 'metadata.tsv');
  if (!existsSync(file)) return out;
  const lines = readFileSync(file, 'utf8').split('\n');
  const head = lines[0]!.split('\t');
  const fi = head.indexOf('filename');
  const di = head.indexOf('publication_date');
  for (const line of lines.slice(1)) {
    const cols = line.split('\t');
    if (cols.length > Math.max(fi, di) && /^\d{4}-\d\d-\d\d$/.test(cols[di]!)) out.set(cols[fi]!, cols[di]!);
  }
  return out;
}

function parseSpan(offsets: string): GoldSpan {
  const pieces = offsets.split(';').map((p) => {
    const [s, e] = p.trim().split(' ').map(Number);
    return { start: s!, end: e! };
  });
  pieces.sort((a, b) => a.start - b.start);
  return { pieces, start: pieces[0]!.start, end: Math.max(...pieces.map((p) => p.end)) };
}

/** Parse one brat `.ann` file into attributions (an `E` line with a Content; others are workflow flags). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; span: GoldSpan }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, info] = line.split('\t');
      if (!id || !info) continue;
      const sp = info.indexOf(' ');
      spans.set(id, { label: info.slice(0, sp), span: parseSpan(info.slice(sp + 1)) });
    } else if (line.startsWith('E')) events.push(line.split('\t')[1] ?? '');
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    let content: GoldSpan | null = null;
    let cue: GoldSpan | null = null;
    let source: GoldSpan | null = null;
    for (const part of e.trim().split(' ')) {
      const [role, ref] = part.split(':');
      const t = ref ? spans.get(ref) : undefined;
      if (!role || !t) continue;
      if (role === 'Content' && !content) content = t.span;
      else if (role === 'Content2' && content) content = merge(content, t.span);
      else if (role === 'Cue' && !cue) cue = t.span;
      else if (role === 'Source' && !source) source = t.span;
    }
    if (content) out.push({ content, cue, source });
  }
  out.sort((a, b) => a.content.start - b.content.start);
  return out;
}

function merge(a: GoldSpan, b: GoldSpan): GoldSpan {
  const pieces = [...a.pieces, ...b.pieces].sort((x, y) => x.start - y.start);
  return { pieces, start: pieces[0]!.start, end: Math.max(a.end, b.end) };
}

/** The articles of a split, each with one annotator's file: the alphabetically first one. */
export function readPolnear(split: PolnearSplit): PolnearDoc[] {
  const dates = readDates();
  const textDir = resolve(POLNEAR_DIR, split, 'text');
  const annDir = resolve(POLNEAR_DIR, split, 'attributions');
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const docs: PolnearDoc[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${name}_`) && /^[0-9a-f]+$/.test(a.slice(name.length + 1, -4)));
    if (!ann) continue;
    docs.push({
      name,
      annotator: ann.slice(name.length + 1, -4),
      text: readFileSync(resolve(textDir, file), 'utf8'),
      publishedAt: dates.get(name) ?? null,
      attributions: parseAnn(readFileSync(resolve(annDir, ann), 'utf8')),
    });
  }
  return docs;
}

/** Characters of `a` (a gold span, maybe in pieces) that `[start, end)` covers. */
export function overlapChars(a: GoldSpan, start: number, end: number): number {
  let n = 0;
  for (const p of a.pieces) n += Math.max(0, Math.min(p.end, end) - Math.max(p.start, start));
  return n;
}

export function goldLength(a: GoldSpan): number {
  let n = 0;
  for (const p of a.pieces) n += p.end - p.start;
  return n;
}

/** Attribution spans as scored: content, cue and source (offsets; cue and source may be absent). */
export interface ScoredAttribution {
  content: { start: number; end: number };
  cue: { start: number; end: number } | null;
  source: { start: number; end: number } | null;
}

/**
 * One-to-one matching of predicted to gold contents at `threshold` overlap (shared characters
 * over the longer one's, gold pieces counted), best overlap first, as `eval-attribution.ts`
 * scores: gold index → predicted index.
 */
export function matchContents(gold: readonly GoldAttribution[], pred: readonly { content: { start: number; end: number } }[], threshold = 0.5): Map<number, number> {
  const pairs: ScoredPair[] = [];
  for (let g = 0; g < gold.length; g++) {
    const gs = gold[g]!.content;
    const gl = goldLength(gs);
    for (let p = 0; p < pred.length; p++) {
      const c = pred[p]!.content;
      if (c.end <= gs.start || c.start >= gs.end) continue;
      const ratio = overlapChars(gs, c.start, c.end) / Math.max(gl, c.end - c.start);
      if (ratio >= threshold) pairs.push({ g, p, ratio });
    }
  }
  return bestPairs(pairs);
}

/** Content found (50 %) and cue + source right, counted as `eval-attribution.ts` does. */
export function scoreAttributions(gold: readonly GoldAttribution[], pred: readonly ScoredAttribution[]): { found: number; both: number; pred: number; gold: number } {
  const m = matchContents(gold, pred);
  let both = 0;
  for (const [gi, pi] of m) {
    const g = gold[gi]!;
    const p = pred[pi]!;
    const cueOk = p.cue !== null && g.cue !== null && overlapChars(g.cue, p.cue.start, p.cue.end) > 0;
    const sourceOk = g.source === null ? p.source === null : p.source !== null && overlapChars(g.source, p.source.start, p.source.end) > 0;
    if (cueOk && sourceOk) both++;
  }
  return { found: m.size, both, pred: pred.length, gold: gold.length };
}
