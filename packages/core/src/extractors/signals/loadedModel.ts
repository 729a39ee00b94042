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
import { wordVocabularyGeneration } from '../../text/wordIds.js';

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
  /**
   * The same for the lexicon's exaggerations and intensifiers (`historic`, `extremely`), which
   * the annotated articles mark more seldom still when the model holds them unlikely
   * (absent: every one is kept, as before this floor existed).
   */
  readonly boostFloor?: number;
  /**
   * Probability at or above which a word next to a loaded token joins its span (1 or more:
   * none joins), since PTC marks phrases ("very sick things") where the model is surest of
   * one word of them (absent: none joins).
   */
  readonly extendFloor?: number;
}

/**
 * Whether a word of the hand-written lexicon that no model span covers is marked, given the
 * model's probability `p` for it: emotive words and namings when `p` reaches `floor`,
 * exaggerations and intensifiers when it reaches `boostFloor` (the lexicon marks words the
 * annotated articles seldom count as loaded; both floors are chosen by cross-validation).
 */
export function keepsLexiconWord(reason: LoadedReason, p: number, floor: number, boostFloor: number): boolean {
  return p >= (reason === 'exaggeration' || reason === 'intensifier' ? boostFloor : floor);
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
 * plus the shape weights. A word's parts are summed from hashed features once per model and
 * kept in a row of a flat table (`PART_*` columns), with the word's lexicon reason, so
 * scoring a token is one map look-up for its row instead of hashing a dozen strings.
 */
interface WordParts {
  readonly model: LinearModel;
  /** The row of each word seen so far. */
  readonly words: Map<string, number>;
  /** `PARTS_PER_ROW` parts per row; grown (copied) as rows are added. */
  rows: Float64Array;
  /** The lexicon reason of each row's word, as an index into `REASONS` (0: none). */
  reasons: Uint8Array;
  /** Weights of `p=<s>`, `n=</s>`, `cap`, `allcaps`. */
  readonly start: number;
  readonly end: number;
  readonly cap: number;
  readonly allcaps: number;
  /** Weights of `adverb-ly`, `lex:evaluative`, `lex:hedge`. */
  readonly adverbLy: number;
  readonly evaluative: number;
  readonly hedge: number;
  /** Weights of `lex:loaded:<reason>`, `prev-loaded:<reason>`, `next-loaded:<reason>`, by reason index. */
  readonly lexLoaded: Float64Array;
  readonly prevLoaded: Float64Array;
  readonly nextLoaded: Float64Array;
  /** The row of each shared word id (`wordIdsOf`) seen so far, -1 none; for the vocabulary generation `idGeneration`. */
  rowById: Int32Array;
  idGeneration: number;
}

const PART_SELF = 0;
const PART_PREV = 1;
const PART_NEXT = 2;
const PART_PREV2 = 3;
const PART_NEXT2 = 4;
const PARTS_PER_ROW = 5;
/** Words kept per model before the table starts afresh (bounds memory on an endless stream). */
const MAX_WORDS = 30_000;
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

/** The lexicon's reasons, by index (0: not in the lexicon). */
const REASONS: readonly (LoadedReason | null)[] = [null, ...new Set(LOADED.words.values())];
const REASON_INDEX: ReadonlyMap<LoadedReason, number> = new Map(REASONS.map((r, i) => [r!, i]));

function partsOf(model: LinearModel): WordParts {
  let parts = PARTS.get(model);
  if (!parts) {
    const byReason = (h: number) => Float64Array.from(REASONS, (r) => (r === null ? 0 : model.weightOfHash(continueHash(h, r))));
    parts = {
      model,
      words: new Map(),
      rows: new Float64Array(4096 * PARTS_PER_ROW),
      reasons: new Uint8Array(4096),
      start: model.weight('p=<s>'),
      end: model.weight('n=</s>'),
      cap: model.weight('cap'),
      allcaps: model.weight('allcaps'),
      adverbLy: model.weight('adverb-ly'),
      evaluative: model.weight('lex:evaluative'),
      hedge: model.weight('lex:hedge'),
      lexLoaded: byReason(H_LEX_LOADED),
      prevLoaded: byReason(H_PREV_LOADED),
      nextLoaded: byReason(H_NEXT_LOADED),
      rowById: new Int32Array(0),
      idGeneration: -1,
    };
    PARTS.set(model, parts);
  }
  return parts;
}

/** Make room for `count` new words: start the table afresh when it could pass `MAX_WORDS` (rows looked up before are void then). */
function reserve(parts: WordParts, count: number): void {
  if (parts.words.size + count > MAX_WORDS) {
    parts.words.clear();
    parts.rowById.fill(-1);
  }
}

/** Word ids kept (the shared vocabulary holds 2^16 words at most). */
const ROWS_BY_ID = 1 << 16;

/** The rows of word ids, valid for the current vocabulary generation (emptied when it changes). */
function rowsById(parts: WordParts): Int32Array {
  const generation = wordVocabularyGeneration();
  if (parts.idGeneration !== generation) {
    if (parts.rowById.length === 0) parts.rowById = new Int32Array(ROWS_BY_ID);
    parts.rowById.fill(-1);
    parts.idGeneration = generation;
  }
  return parts.rowById;
}

/** `continueHash(h, s.slice(from, to))`, without the slice. */
function hashRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash of `g4=` and the character four-gram at `k` of `^w$` (`charGrams`), without building it. */
function gramHash(w: string, k: number): number {
  let h = H_G4;
  const last = w.length + 1;
  for (let j = k; j < k + 4; j++) {
    h ^= j === 0 ? 94 : j === last ? 36 : w.charCodeAt(j - 1); // '^', '$'
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The row of what word `w` adds to a token's logit as the token itself and as each of its
 * neighbours (added up in the order of `loadedTokenFeatures`, so the sums are the same).
 */
function wordRow(parts: WordParts, w: string): number {
  const hit = parts.words.get(w);
  if (hit !== undefined) return hit;
  const at = parts.model.weightOfHash;
  const len = w.length;
  let self = at(continueHash(H_W, w)) + at(hashRange(H_X3, w, Math.max(0, len - 3), len)) + at(hashRange(H_X4, w, Math.max(0, len - 4), len)) + at(hashRange(H_A3, w, 0, Math.min(3, len)));
  if (len > 4 && w.endsWith('ly')) self += parts.adverbLy;
  if (len >= MIN_GRAM_WORD) for (let k = 0; k + 4 <= len + 2; k++) self += at(gramHash(w, k));
  const reason = LOADED.words.get(w);
  const r = reason ? REASON_INDEX.get(reason)! : 0;
  if (reason) self += parts.lexLoaded[r]!;
  if (EVALUATIVE_WEIGHTS.has(w)) self += parts.evaluative;
  if (HEDGE_WORDS.has(w)) self += parts.hedge;
  const row = parts.words.size;
  if ((row + 1) * PARTS_PER_ROW > parts.rows.length) {
    const rows = new Float64Array(2 * parts.rows.length);
    rows.set(parts.rows);
    parts.rows = rows;
    const reasons = new Uint8Array(2 * parts.reasons.length);
    reasons.set(parts.reasons);
    parts.reasons = reasons;
  }
  const o = row * PARTS_PER_ROW;
  const rows = parts.rows;
  rows[o + PART_SELF] = self;
  rows[o + PART_PREV] = at(continueHash(H_P, w)) + (reason ? parts.prevLoaded[r]! : 0);
  rows[o + PART_NEXT] = at(continueHash(H_N, w)) + (reason ? parts.nextLoaded[r]! : 0);
  rows[o + PART_PREV2] = at(continueHash(H_P2, w));
  rows[o + PART_NEXT2] = at(continueHash(H_N2, w));
  parts.reasons[row] = r;
  parts.words.set(w, row);
  return row;
}

/** Whether a token is written in capitals (`allcaps` of `loadedTokenFeatures`). */
function isHyphen(t: string): boolean {
  return t.length === 1 && t.charCodeAt(0) === 45;
}

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
  reserve(parts, 5);
  const self = wordRow(parts, lower[i]!);
  const prev = i - 1 >= from ? wordRow(parts, lower[i - 1]!) : -1;
  const next = i + 1 < to ? wordRow(parts, lower[i + 1]!) : -1;
  const prev2 = i - 2 >= from ? wordRow(parts, lower[i - 2]!) : -1;
  const next2 = i + 2 < to ? wordRow(parts, lower[i + 2]!) : -1;
  const rows = parts.rows;
  let sum = parts.model.bias + rows[self * PARTS_PER_ROW + PART_SELF]!;
  sum += prev >= 0 ? rows[prev * PARTS_PER_ROW + PART_PREV]! : parts.start;
  sum += next >= 0 ? rows[next * PARTS_PER_ROW + PART_NEXT]! : parts.end;
  if (prev2 >= 0) sum += rows[prev2 * PARTS_PER_ROW + PART_PREV2]!;
  if (next2 >= 0) sum += rows[next2 * PARTS_PER_ROW + PART_NEXT2]!;
  if (i > from && isCapitalized(raw[i]!)) sum += parts.cap;
  if (isAllCaps(raw[i]!)) sum += parts.allcaps;
  return sum;
}

/** Scratch space of `findLoadedSpans` (one sentence's logits, marks, rows and reasons), grown as needed. */
let scratch = new Float64Array(256);
let marks = new Uint8Array(256);
let rowsAt = new Int32Array(256);
let reasonsAt = new Uint8Array(256);

/** The logit at or above which a token is loaded (`threshold` as a logit). */
export function logitOfProbability(p: number): number {
  return p <= 0 ? -Infinity : p >= 1 ? Infinity : Math.log(p / (1 - p));
}

export interface LoadedSpanMatch {
  start: number;
  end: number;
  reason: LoadedReason;
}

/**
 * Loaded spans in the sentence tokens `[from, to)` as token ranges with a reason. Scores
 * every word token, marks those at or above the threshold, and the hand-written lexicon's
 * words and the lower-case words at or above the extension floor next to a marked one, and
 * joins marked tokens that are adjacent (or separated by a hyphen); a capitalised word that
 * ends a run is left out. The reason is the lexicon's (name-calling, then exaggeration or
 * intensifier, then emotive) when the run holds a lexicon word, else name-calling when the
 * second model says so, else emotive. `logits`, when given, receives each word token's logit
 * at its index (−Infinity elsewhere): its probability is `sigmoid(logit)`.
 */
export function findLoadedSpans(model: LoadedModel, lower: readonly string[], raw: readonly string[], from: number, to: number, logits?: Float32Array, ids?: Int32Array): LoadedSpanMatch[] {
  const out: LoadedSpanMatch[] = [];
  const parts = partsOf(model.loaded);
  const n = to - from;
  if (scratch.length < n) {
    const size = Math.max(n, 2 * scratch.length);
    scratch = new Float64Array(size);
    marks = new Uint8Array(size);
    rowsAt = new Int32Array(size);
    reasonsAt = new Uint8Array(size);
  }
  // each word's row looked up once for the sentence
  reserve(parts, n);
  if (ids !== undefined) {
    // by the tokens' shared word ids (their text as written, so always the same lower-case form)
    const byId = rowsById(parts);
    for (let k = 0; k < n; k++) {
      const id = ids[from + k]!;
      let row = id >= 0 && id < ROWS_BY_ID ? byId[id]! : -1;
      if (row < 0) {
        row = wordRow(parts, lower[from + k]!);
        if (id >= 0 && id < ROWS_BY_ID) byId[id] = row;
      }
      rowsAt[k] = row;
    }
  } else for (let k = 0; k < n; k++) rowsAt[k] = wordRow(parts, lower[from + k]!);
  const rows = parts.rows;
  // each token's logit, added up word by word: a word's parts go to itself and its neighbours
  const sum = scratch;
  const marked = marks;
  for (let k = 0; k < n; k++) {
    sum[k] = parts.model.bias;
    reasonsAt[k] = parts.reasons[rowsAt[k]!]!;
  }
  sum[0]! += parts.start;
  sum[n - 1]! += parts.end;
  for (let k = 0; k < n; k++) {
    const o = rowsAt[k]! * PARTS_PER_ROW;
    sum[k]! += rows[o + PART_SELF]!;
    if (k + 1 < n) sum[k + 1]! += rows[o + PART_PREV]!;
    if (k > 0) sum[k - 1]! += rows[o + PART_NEXT]!;
    if (k + 2 < n) sum[k + 2]! += rows[o + PART_PREV2]!;
    if (k > 1) sum[k - 2]! += rows[o + PART_NEXT2]!;
  }
  const threshold = logitOfProbability(model.threshold);
  const extend = logitOfProbability(model.extendFloor ?? 1);
  // marked: 1 at or above the threshold; 2 a word next to one that is in the hand-written
  // lexicon ("unpredictable leader": the model marks the noun after the adjective) or, not
  // capitalised (a name, a headline word), at or above the extension floor ("very sick
  // things": PTC marks phrases, the model their heads)
  for (let i = from; i < to; i++) {
    marked[i - from] = 0;
    if (logits) logits[i] = -Infinity;
    if (!isWordToken(raw[i]!)) {
      sum[i - from] = -Infinity;
      continue;
    }
    let logit = sum[i - from]!;
    if (i > from && isCapitalized(raw[i]!)) logit += parts.cap;
    if (isAllCaps(raw[i]!)) logit += parts.allcaps;
    sum[i - from] = logit;
    if (logits) logits[i] = logit;
    if (logit >= threshold) marked[i - from] = 1;
  }
  for (let k = 0; k < n; k++)
    if (marked[k] === 0 && (reasonsAt[k] !== 0 || (sum[k]! >= extend && !isCapitalized(raw[from + k]!))) && ((k > 0 && marked[k - 1] === 1) || (k + 1 < n && marked[k + 1] === 1))) marked[k] = 2;
  let runStart = -1;
  let runEnd = -1;
  let nameScore = 0;
  let lexReason: LoadedReason | null = null;
  for (let i = from; i <= to; i++) {
    // a run ends at the sentence end, at a token that is not marked, and at a non-word other than an inner hyphen
    // (the hyphen by char code: a === on the token strings deoptimised, some being internalised and some not)
    const ends = i === to || (isWordToken(raw[i]!) ? marked[i - from] === 0 : runStart >= 0 && !(isHyphen(raw[i]!) && i + 1 < to));
    if (ends) {
      if (runStart >= 0) {
        // a capitalised word ending a run is a name or a headline word: "Shock Move" → "Shock"
        while (runEnd - runStart > 1 && isCapitalized(raw[runEnd - 1]!) && reasonsAt[runEnd - 1 - from] === 0) runEnd--;
        out.push({ start: runStart, end: runEnd, reason: lexReason ?? (nameScore > 0 ? 'name-calling' : 'emotive') });
        runStart = -1;
        nameScore = 0;
        lexReason = null;
      }
      continue;
    }
    if (!isWordToken(raw[i]!)) continue;
    if (runStart < 0) runStart = i;
    runEnd = i + 1;
    if (marked[i - from] === 1) nameScore += tokenLogit(model.nameCalling, lower, raw, i, from, to);
    const lex = REASONS[reasonsAt[i - from]!]!;
    if (lex === 'name-calling') lexReason = lex;
    else if (lex === 'exaggeration' || lex === 'intensifier') lexReason = lexReason === null || lexReason === 'emotive' ? lex : lexReason;
    else if (lex === 'emotive') lexReason ??= lex;
  }
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
    boostFloor: m.LOADED_BOOST_FLOOR,
    extendFloor: m.LOADED_EXTEND_FLOOR,
  }));
  return loading;
}
