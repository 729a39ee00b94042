/**
 * The learned loaded-language scorer: a logistic regression over each word token (the word,
 * its affixes and character four-grams, its neighbours, its shape, and the project's
 * lexicons), trained on the SemEval-2020 PTC Loaded_Language and Name_Calling spans and
 * BABE's biased words (`scripts/train-signals.ts`). Tokens scoring at or above the threshold
 * are marked, and runs of marked tokens become spans; a second model tells name-calling from
 * emotive wording. At run time a token's logit is summed from per-word parts (`tokenLogit`).
 */
import type { LoadedReason } from '../../types/analysis.js';
import { EVALUATIVE_WEIGHTS, HEDGE_WORDS } from '../claims/lexicon.js';
import { FNV_OFFSET, continueHash, loadLinearModel, type LinearModel } from '../claims/linear.js';
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

/** Words of at least this length also get their character four-grams as features. */
const MIN_GRAM_WORD = 5;

/** The character four-grams of `^word$` ("^sme", "smea", …): parts shared by derived and inflected forms. */
function charGrams(w: string): string[] {
  const x = `^${w}$`;
  const out: string[] = [];
  for (let k = 0; k + 4 <= x.length; k++) out.push(x.slice(k, k + 4));
  return out;
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
  if (w.length >= MIN_GRAM_WORD) for (const g of charGrams(w)) f.push(`g4=${g}`);
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
 * A model's weights regrouped by word: every feature of `loadedTokenFeatures` is a function of
 * one word (the token's own, or a neighbour's at a fixed distance) except the shape features,
 * so a token's logit is the bias, plus the parts its own word and its neighbours contribute,
 * plus the shape weights. A word's parts are summed from hashed feature strings once per model
 * and kept (`PART_*` slots), so scoring a token is four map look-ups instead of hashing a dozen
 * strings.
 */
interface WordParts {
  readonly model: LinearModel;
  readonly words: Map<string, Float64Array>;
  /** Weights of `p=<s>`, `n=</s>`, `cap`, `allcaps`. */
  readonly start: number;
  readonly end: number;
  readonly cap: number;
  readonly allcaps: number;
}

const PART_SELF = 0;
const PART_PREV = 1;
const PART_NEXT = 2;
const PART_PREV2 = 3;
const PART_NEXT2 = 4;
/** Words kept per model before the table starts afresh (bounds memory on an endless stream). */
const MAX_WORDS = 100_000;
const PARTS = new WeakMap<LinearModel, WordParts>();
const prefix = (p: string) => continueHash(FNV_OFFSET, p);
const H_W = prefix('w=');
const H_X3 = prefix('x3=');
const H_X4 = prefix('x4=');
const H_A3 = prefix('a3=');
const H_P = prefix('p=');
const H_N = prefix('n=');
const H_P2 = prefix('p2=');
const H_N2 = prefix('n2=');
const H_PREV_LOADED = prefix('prev-loaded:');
const H_NEXT_LOADED = prefix('next-loaded:');
const H_LEX_LOADED = prefix('lex:loaded:');
const H_G4 = prefix('g4=');

function partsOf(model: LinearModel): WordParts {
  let parts = PARTS.get(model);
  if (!parts) {
    parts = {
      model,
      words: new Map(),
      start: model.weight('p=<s>'),
      end: model.weight('n=</s>'),
      cap: model.weight('cap'),
      allcaps: model.weight('allcaps'),
    };
    PARTS.set(model, parts);
  }
  return parts;
}

/** What word `w` adds to a token's logit as the token itself and as each of its neighbours. */
function wordParts(parts: WordParts, w: string): Float64Array {
  const hit = parts.words.get(w);
  if (hit) return hit;
  const m = parts.model;
  const at = (h: number, s: string) => m.weightOfHash(continueHash(h, s));
  const out = new Float64Array(5);
  let self = at(H_W, w) + at(H_X3, w.slice(-3)) + at(H_X4, w.slice(-4)) + at(H_A3, w.slice(0, 3));
  if (w.length > 4 && w.endsWith('ly')) self += m.weight('adverb-ly');
  if (w.length >= MIN_GRAM_WORD) for (const g of charGrams(w)) self += at(H_G4, g);
  const reason = LOADED.words.get(w);
  if (reason) self += at(H_LEX_LOADED, reason);
  if (EVALUATIVE_WEIGHTS.has(w)) self += m.weight('lex:evaluative');
  if (HEDGE_WORDS.has(w)) self += m.weight('lex:hedge');
  out[PART_SELF] = self;
  out[PART_PREV] = at(H_P, w) + (reason ? at(H_PREV_LOADED, reason) : 0);
  out[PART_NEXT] = at(H_N, w) + (reason ? at(H_NEXT_LOADED, reason) : 0);
  out[PART_PREV2] = at(H_P2, w);
  out[PART_NEXT2] = at(H_N2, w);
  if (parts.words.size >= MAX_WORDS) parts.words.clear();
  parts.words.set(w, out);
  return out;
}

/** Whether a token is written in capitals (`allcaps` of `loadedTokenFeatures`). */
function isAllCaps(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return false; // starts lower-case: the common case, no string built
  return t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase();
}

/**
 * The logit of `model` over `loadedTokenFeatures(lower, raw, i, from, to)`, from the word
 * parts (the same sum up to rounding).
 */
export function tokenLogit(model: LinearModel, lower: readonly string[], raw: readonly string[], i: number, from: number, to: number): number {
  const parts = partsOf(model);
  let sum = parts.model.bias + wordParts(parts, lower[i]!)[PART_SELF]!;
  sum += i - 1 >= from ? wordParts(parts, lower[i - 1]!)[PART_PREV]! : parts.start;
  sum += i + 1 < to ? wordParts(parts, lower[i + 1]!)[PART_NEXT]! : parts.end;
  if (i - 2 >= from) sum += wordParts(parts, lower[i - 2]!)[PART_PREV2]!;
  if (i + 2 < to) sum += wordParts(parts, lower[i + 2]!)[PART_NEXT2]!;
  if (i > from && isCapitalized(raw[i]!)) sum += parts.cap;
  if (isAllCaps(raw[i]!)) sum += parts.allcaps;
  return sum;
}

/** Scratch space of `findLoadedSpans` (one sentence's logits and marks), grown as needed. */
let scratch = new Float64Array(256);
let marks = new Uint8Array(256);

/** The logit at or above which a token is loaded (`threshold` as a logit). */
export function logitOfProbability(p: number): number {
  return p <= 0 ? -Infinity : p >= 1 ? Infinity : Math.log(p / (1 - p));
}

/**
 * Loaded spans in the sentence tokens `[from, to)` as token ranges with a reason. Scores
 * every word token, marks those at or above the threshold and the hand-written lexicon's
 * words next to a marked one, and joins marked tokens that are adjacent (or separated by a
 * hyphen); a capitalised word that ends a run is left out. The reason is the lexicon's
 * (name-calling, then exaggeration or intensifier, then emotive) when the run holds a lexicon
 * word, else name-calling when the second model says so, else emotive.
 * `logits`, when given, receives each word token's logit at its index (−Infinity elsewhere):
 * its probability is `sigmoid(logit)`.
 */
export function findLoadedSpans(
  model: LoadedModel,
  lower: readonly string[],
  raw: readonly string[],
  from: number,
  to: number,
  logits?: Float32Array,
): { start: number; end: number; reason: LoadedReason }[] {
  const out: { start: number; end: number; reason: LoadedReason }[] = [];
  const parts = partsOf(model.loaded);
  // each word's parts looked up once for the sentence
  const n = to - from;
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
  if (marks.length < n) marks = new Uint8Array(Math.max(n, 2 * marks.length));
  // each token's logit, added up word by word: a word's parts go to itself and its neighbours
  const sum = scratch;
  const marked = marks;
  for (let k = 0; k < n; k++) sum[k] = parts.model.bias;
  sum[0]! += parts.start;
  sum[n - 1]! += parts.end;
  for (let k = 0; k < n; k++) {
    const w = wordParts(parts, lower[from + k]!);
    sum[k]! += w[PART_SELF]!;
    if (k + 1 < n) sum[k + 1]! += w[PART_PREV]!;
    if (k > 0) sum[k - 1]! += w[PART_NEXT]!;
    if (k + 2 < n) sum[k + 2]! += w[PART_PREV2]!;
    if (k > 1) sum[k - 2]! += w[PART_NEXT2]!;
  }
  const threshold = logitOfProbability(model.threshold);
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
  // marked: 1 at or above the threshold; 2 a word of the hand-written lexicon next to one
  // ("unpredictable leader": the model marks the noun after the adjective)
  for (let i = from; i < to; i++) {
    marked[i - from] = 0;
    if (logits) logits[i] = -Infinity;
    if (!isWordToken(raw[i]!)) continue;
    let logit = sum[i - from]!;
    if (i > from && isCapitalized(raw[i]!)) logit += parts.cap;
    if (isAllCaps(raw[i]!)) logit += parts.allcaps;
    if (logits) logits[i] = logit;
    if (logit >= threshold) marked[i - from] = 1;
  }
  for (let i = from; i < to; i++)
    if (marked[i - from] === 0 && LOADED.words.has(lower[i]!) && ((i > from && marked[i - 1 - from] === 1) || (i + 1 < to && marked[i + 1 - from] === 1))) marked[i - from] = 2;
  for (let i = from; i < to; i++) {
    if (!isWordToken(raw[i]!)) {
      if (runStart >= 0 && !(raw[i] === '-' && i + 1 < to)) flush();
      continue;
    }
    if (marked[i - from] === 0) {
      flush();
      continue;
    }
    if (runStart < 0) runStart = i;
    runEnd = i + 1;
    if (marked[i - from] === 1) nameScore += tokenLogit(model.nameCalling, lower, raw, i, from, to);
    const lex = LOADED.words.get(lower[i]!);
    if (lex === 'name-calling') lexReason = lex;
    else if (lex === 'exaggeration' || lex === 'intensifier') lexReason = lexReason === null || lexReason === 'emotive' ? lex : lexReason;
    else if (lex === 'emotive') lexReason ??= lex;
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
