/**
 * The learned loaded-language scorer: a logistic regression over each word token (the word,
 * its suffix, its neighbours, its shape, and the project's lexicons), trained on the
 * SemEval-2020 PTC Loaded_Language and Name_Calling spans and BABE's biased words
 * (`scripts/train-signals.ts`). Tokens scoring at or above the threshold are marked, and runs
 * of marked tokens become spans; a second model tells name-calling from emotive wording.
 */
import type { LoadedReason } from '../../types/analysis.js';
import { EVALUATIVE_WEIGHTS, HEDGE_WORDS } from '../claims/lexicon.js';
import { loadLinearModel, sigmoid, type LinearModel } from '../claims/linear.js';
import { isCapitalized, isWordToken } from '../claims/words.js';
import { LOADED } from './loaded.js';

export interface LoadedModel {
  /** Loaded (any reason) vs not, per token. */
  readonly loaded: LinearModel;
  /** Name-calling vs emotive, per loaded token. */
  readonly nameCalling: LinearModel;
  /** Probability at or above which a token is loaded. */
  readonly threshold: number;
  /**
   * Probability at or above which an emotive or name-calling word of the hand-written
   * lexicon that no model span covers is kept (see `keepsLexiconWord`).
   */
  readonly lexiconFloor: number;
}

/**
 * Whether a word of the hand-written lexicon that no model span covers is marked, given the
 * model's probability `p` for it: exaggerations and intensifiers always (the data has no label
 * for them), emotive words and namings when `p` reaches the floor (the lexicon marks some
 * words the annotated articles seldom count as loaded).
 */
export function keepsLexiconWord(reason: LoadedReason, p: number, floor: number): boolean {
  return reason === 'exaggeration' || reason === 'intensifier' || p >= floor;
}

/** The features of word token `i` within the sentence tokens `[from, to)`. */
export function loadedTokenFeatures(lower: readonly string[], raw: readonly string[], i: number, from: number, to: number): string[] {
  const w = lower[i]!;
  const f = [`w=${w}`, `x3=${w.slice(-3)}`, `x4=${w.slice(-4)}`, `a3=${w.slice(0, 3)}`];
  const prev = i - 1 >= from ? lower[i - 1]! : '<s>';
  const next = i + 1 < to ? lower[i + 1]! : '</s>';
  f.push(`p=${prev}`, `n=${next}`);
  if (i - 2 >= from) f.push(`p2=${lower[i - 2]}`);
  if (i + 2 < to) f.push(`n2=${lower[i + 2]}`);
  if (i > from && isCapitalized(raw[i]!)) f.push('cap');
  if (raw[i] === raw[i]!.toUpperCase() && raw[i]!.length > 1 && raw[i] !== raw[i]!.toLowerCase()) f.push('allcaps');
  if (w.length > 4 && w.endsWith('ly')) f.push('adverb-ly');
  const reason = LOADED.words.get(w);
  if (reason) f.push(`lex:loaded:${reason}`);
  if (EVALUATIVE_WEIGHTS.has(w)) f.push('lex:evaluative');
  if (HEDGE_WORDS.has(w)) f.push('lex:hedge');
  const pr = LOADED.words.get(prev);
  if (pr) f.push(`prev-loaded:${pr}`);
  const nr = LOADED.words.get(next);
  if (nr) f.push(`next-loaded:${nr}`);
  return f;
}

/**
 * Loaded spans in the sentence tokens `[from, to)` as token ranges with a reason. Scores
 * every word token, marks those at or above the threshold and joins marked tokens that are
 * adjacent (or separated by a hyphen); a capitalised word that ends a run is left out.
 * `probs`, when given, receives each word token's probability at its index (−1 elsewhere).
 */
export function findLoadedSpans(
  model: LoadedModel,
  lower: readonly string[],
  raw: readonly string[],
  from: number,
  to: number,
  probs?: Float32Array,
): { start: number; end: number; reason: LoadedReason }[] {
  const out: { start: number; end: number; reason: LoadedReason }[] = [];
  let runStart = -1;
  let runEnd = -1;
  let nameScore = 0;
  let lexReason: LoadedReason | null = null;
  const flush = () => {
    if (runStart < 0) return;
    // a capitalised word ending a run is a name or a headline word: "Shock Move" → "Shock"
    while (runEnd - runStart > 1 && isCapitalized(raw[runEnd - 1]!) && !LOADED.words.has(lower[runEnd - 1]!)) runEnd--;
    const reason: LoadedReason = lexReason ?? (nameScore > 0 ? 'name-calling' : 'emotive');
    out.push({ start: runStart, end: runEnd, reason });
    runStart = -1;
    nameScore = 0;
    lexReason = null;
  };
  for (let i = from; i < to; i++) {
    if (probs) probs[i] = -1;
    if (!isWordToken(raw[i]!)) {
      if (runStart >= 0 && !(raw[i] === '-' && i + 1 < to)) flush();
      continue;
    }
    const features = loadedTokenFeatures(lower, raw, i, from, to);
    const p = sigmoid(model.loaded.logit(features));
    if (probs) probs[i] = p;
    if (p < model.threshold) {
      flush();
      continue;
    }
    if (runStart < 0) runStart = i;
    runEnd = i + 1;
    nameScore += model.nameCalling.logit(features);
    const lex = LOADED.words.get(lower[i]!);
    if (lex === 'exaggeration' || lex === 'intensifier') lexReason ??= lex;
    else if (lex === 'name-calling') lexReason = lex;
  }
  flush();
  return out;
}

let loading: Promise<LoadedModel> | undefined;

/** The shipped loaded-language model, loaded once and lazily. */
export function loadLoadedModel(): Promise<LoadedModel> {
  loading ??= import('./loaded.generated.js').then((m) => ({
    loaded: loadLinearModel(m.LOADED_MODEL),
    nameCalling: loadLinearModel(m.NAME_CALLING_MODEL),
    threshold: m.LOADED_THRESHOLD,
    lexiconFloor: m.LOADED_LEXICON_FLOOR,
  }));
  return loading;
}
