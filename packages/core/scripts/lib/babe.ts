/**
 * BABE (final_labels_SG2.csv: expert sentence labels of bias and opinion, annotator-marked
 * biased words), read from ../shared/data/babe-mbic. Fixed split: a sentence is held out
 * when FNV-1a of its text is ≡ 0 (mod 5) — about 20 %, stable across runs and machines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hashFeature } from '../../src/extractors/claims/linear.js';
import { DATA_DIR, parseCsv } from './newssd.js';

export const BABE_FILE = resolve(DATA_DIR, 'babe-mbic/final_labels_SG2.csv');

export interface BabeSentence {
  text: string;
  biased: boolean | null;
  /** 'factual' | 'mixed' | 'opinion' | null (no agreement). */
  opinion: 'factual' | 'mixed' | 'opinion' | null;
  biasedWords: string[];
  heldOut: boolean;
}

export function hasBabe(): boolean {
  return existsSync(BABE_FILE);
}

export function isBabeHeldOut(text: string): boolean {
  return hashFeature(text.trim()) % 5 === 0;
}

export function readBabe(): BabeSentence[] {
  const rows = parseCsv(readFileSync(BABE_FILE, 'utf8'), ';');
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const [ti, bi, oi, wi] = [col('text'), col('label_bias'), col('label_opinion'), col('biased_words')];
  return rows.slice(1).map((r) => {
    const text = r[ti]!.trim();
    const o = r[oi]!;
    const opinion = o.startsWith('Entirely factual') ? 'factual' : o.startsWith('Somewhat') ? 'mixed' : o.startsWith('Expresses') ? 'opinion' : null;
    const b = r[bi]!;
    const biasedWords = [...(r[wi] ?? '').matchAll(/'((?:[^'\\]|\\.)*)'|"([^"]*)"/g)].map((m) => (m[1] ?? m[2] ?? '').trim()).filter(Boolean);
    return { text, biased: b === 'Biased' ? true : b === 'Non-biased' ? false : null, opinion, biasedWords, heldOut: isBabeHeldOut(text) };
  });
}
