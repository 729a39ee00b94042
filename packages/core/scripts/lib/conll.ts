import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { NerSpan, NerType } from '../../src/model/ner/labels.js';

/** Where the shared CoNLL-2003 data lives (never copied into the repo). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const CONLL_DIR = resolve(DATA_DIR, 'conll2003');
export const UNLABELED_DIR = resolve(DATA_DIR, 'unlabeled');

export interface ConllSentence {
  words: string[];
  spans: NerSpan[];
}
export interface ConllDoc {
  sentences: ConllSentence[];
}

export function hasConll(): boolean {
  return existsSync(resolve(CONLL_DIR, 'train.iob2.txt')) && existsSync(resolve(CONLL_DIR, 'dev.iob2.txt'));
}

/** Read a CoNLL-2003 IOB2 file (`token POS chunk NER`) into documents of sentences with spans. */
export function readConll(split: 'train' | 'dev'): ConllDoc[] {
  const text = readFileSync(resolve(CONLL_DIR, `${split}.iob2.txt`), 'utf8');
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    doc ??= { sentences: [] };
    if (!docs.includes(doc)) docs.push(doc);
    doc.sentences.push({ words, spans: spansFromIob2(tags) });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '') {
      flush();
      continue;
    }
    const cols = t.split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** A CoNLL document as plain text (words joined by spaces, sentences by `separator`), with the gold spans as character offsets. */
export function conllDocText(doc: ConllDoc, separator = '\n'): { text: string; gold: { start: number; end: number; type: string }[] } {
  let text = '';
  const gold: { start: number; end: number; type: string }[] = [];
  doc.sentences.forEach((s, si) => {
    if (si > 0) text += separator;
    const offs: number[] = [];
    s.words.forEach((w, i) => {
      if (i > 0) text += ' ';
      offs.push(text.length);
      text += w;
    });
    for (const sp of s.spans) gold.push({ start: offs[sp.start]!, end: offs[sp.end - 1]! + s.words[sp.end - 1]!.length, type: sp.type });
  });
  return { text, gold };
}

export function spansFromIob2(tags: readonly string[]): NerSpan[] {
  const out: NerSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const p = tag[0];
    const t = tag.slice(2);
    if (start >= 0 && (p !== 'I' || t !== type)) {
      out.push({ start, end: i, type: type as NerType });
      start = -1;
    }
    if (p === 'B' || (p === 'I' && start < 0)) {
      start = i;
      type = t;
    }
  }
  return out;
}

/** conlleval-style counts: exact span and type match. */
export class Scorer {
  readonly tp = new Map<string, number>();
  readonly fp = new Map<string, number>();
  readonly fn = new Map<string, number>();

  add(gold: readonly { start: number; end: number; type: string }[], pred: readonly { start: number; end: number; type: string }[]): void {
    const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const s of pred) this.inc(g.has(key(s)) ? this.tp : this.fp, s.type);
    for (const s of gold) if (!p.has(key(s))) this.inc(this.fn, s.type);
  }

  private inc(m: Map<string, number>, t: string): void {
    m.set(t, (m.get(t) ?? 0) + 1);
  }

  prf(type?: string): { p: number; r: number; f: number; tp: number; fp: number; fn: number } {
    const sum = (m: Map<string, number>): number => (type ? (m.get(type) ?? 0) : [...m.values()].reduce((a, b) => a + b, 0));
    const tp = sum(this.tp);
    const fp = sum(this.fp);
    const fn = sum(this.fn);
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp, fp, fn };
  }

  report(title: string): string {
    const lines = [title];
    const row = (name: string, x: ReturnType<Scorer['prf']>): string =>
      `  ${name.padEnd(8)} precision ${(100 * x.p).toFixed(2).padStart(6)}%  recall ${(100 * x.r).toFixed(2).padStart(6)}%  F1 ${(100 * x.f).toFixed(2).padStart(6)}   (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
    lines.push(row('overall', this.prf()));
    for (const t of ['PER', 'ORG', 'LOC', 'MISC']) lines.push(row(t, this.prf(t)));
    return lines.join('\n');
  }
}
