/**
 * What the claims extractor's word lists say about a word, looked up once per token of an
 * article (`wordInfos`) instead of once per list per claim: a claim, its sentence and its frame
 * read the same tokens, and each read asked a dozen sets. A flag says only that a cue *may*
 * start at the token (its word is in a list, or starts a phrase of one); the context checks
 * (`hedgeAt`, `isNegationAt`, phrase matches) run only where a flag is set, so the results are
 * the same as asking every list.
 */
import { LOADED } from '../signals/loaded.js';
import type { WordClusters } from './clusters.js';
import { mayBeFiniteVerb } from './clauses.js';
import { hashFeature, type LinearModel } from './linear.js';
import { isWordToken } from './words.js';
import {
  CAUSAL_PHRASES,
  CAUSAL_WORDS,
  COMPARISON_WORDS,
  CONDITIONAL_PHRASES,
  CONDITIONAL_WORDS,
  EVALUATIVE_WEIGHTS,
  FUTURE_PHRASES,
  FUTURE_WORDS,
  HEDGE_PHRASES,
  HEDGE_WORDS,
  IRREGULAR_PAST,
  NEGATION_PHRASES,
  NEGATION_WORDS,
  NORMATIVE_PHRASES,
  NORMATIVE_WORDS,
  STANCE_VERBS,
  VIEW_VERBS,
} from './lexicon.js';

/** A hedge may start here (`hedgeAt`). */
export const W_HEDGE = 1;
/** A negation may start here (`isNegationAt`). */
export const W_NEGATION = 2;
/** A conditional word or phrase may start here. */
export const W_CONDITIONAL = 4;
/** A normative word or phrase may start here. */
export const W_NORMATIVE = 8;
/** A future may start here (`isFutureAt`). */
export const W_FUTURE = 16;
/** A view verb ("seen", "regarded"). */
export const W_VIEW = 32;
/** A past verb of saying or reporting ("said", "announced"). */
export const W_REPORTED_PAST = 64;
export const W_COMPARISON = 128;
/** A causal word or phrase may start here. */
export const W_CAUSAL = 256;
export const W_FIRST_PERSON = 512;
export const W_SECOND_PERSON = 1024;
/** In `HEDGE_WORDS` (the `lex:hedge` feature). */
export const W_HEDGE_WORD = 2048;
/** An -ly adverb of more than four letters. */
export const W_LY = 4096;
/** A superlative in -est. */
export const W_SUPERLATIVE = 8192;

export interface WordInfo {
  readonly flags: number;
  /** `EVALUATIVE_WEIGHTS` of the word (0: none). */
  readonly evaluative: number;
  /** The loaded-language reason of the word (`LOADED.words`), or null. */
  readonly loaded: string | null;
}

/** Words in -est that are no superlatives. */
const NOT_SUPERLATIVE = new Set(['interest', 'interests', 'request', 'protest', 'protests', 'arrest', 'suggest', 'honest', 'modest', 'forest', 'harvest', 'contest', 'manifest', 'digest', 'invest', 'latest', 'earnest']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'myself', 'ourselves']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);
/** Past reporting verbs besides the stance verbs: "announced he will …". */
export const REPORTING_PAST = new Set(['announced', 'told', 'stated', 'declared', 'reported', 'revealed', 'confirmed', 'added', 'wrote', 'explained', 'indicated', 'signaled', 'signalled']);

const firstWords = (phrases: readonly (readonly string[])[]) => new Set(phrases.map((p) => p[0]!));
const HEDGE_FIRST = firstWords(HEDGE_PHRASES);
const NEGATION_FIRST = firstWords(NEGATION_PHRASES);
const CONDITIONAL_FIRST = firstWords(CONDITIONAL_PHRASES);
const NORMATIVE_FIRST = firstWords(NORMATIVE_PHRASES);
const FUTURE_FIRST = firstWords(FUTURE_PHRASES);
const CAUSAL_FIRST = firstWords(CAUSAL_PHRASES);

/** A verb of saying or believing, in any form ("says", "claimed", "said"). */
export function isStance(w: string): boolean {
  if (STANCE_VERBS.has(w)) return true;
  if (w.endsWith('s') && STANCE_VERBS.has(w.slice(0, -1))) return true;
  if (w.endsWith('ed') && (STANCE_VERBS.has(w.slice(0, -2)) || STANCE_VERBS.has(w.slice(0, -1)))) return true;
  return w === 'said' || w === 'thought' || w === 'saw' || w === 'felt';
}

/** What the lists say about a lowercased word (uncached). */
export function wordInfoOf(w: string): WordInfo {
  let flags = 0;
  if (HEDGE_WORDS.has(w)) flags |= W_HEDGE | W_HEDGE_WORD;
  if (HEDGE_FIRST.has(w)) flags |= W_HEDGE;
  if (NEGATION_WORDS.has(w) || w.endsWith('n’t') || NEGATION_FIRST.has(w)) flags |= W_NEGATION;
  if (CONDITIONAL_WORDS.has(w) || CONDITIONAL_FIRST.has(w)) flags |= W_CONDITIONAL;
  if (NORMATIVE_WORDS.has(w) || NORMATIVE_FIRST.has(w)) flags |= W_NORMATIVE;
  if (FUTURE_WORDS.has(w) || FUTURE_FIRST.has(w) || w === 'would' || w === 'wouldn’t') flags |= W_FUTURE;
  if (VIEW_VERBS.has(w)) flags |= W_VIEW;
  if ((IRREGULAR_PAST.has(w) || w.endsWith('ed')) && (isStance(w) || REPORTING_PAST.has(w))) flags |= W_REPORTED_PAST;
  if (COMPARISON_WORDS.has(w)) flags |= W_COMPARISON;
  if (CAUSAL_WORDS.has(w) || CAUSAL_FIRST.has(w)) flags |= W_CAUSAL;
  if (FIRST_PERSON.has(w)) flags |= W_FIRST_PERSON;
  if (SECOND_PERSON.has(w)) flags |= W_SECOND_PERSON;
  if (w.length > 4 && w.endsWith('ly')) flags |= W_LY;
  if (w.length > 5 && w.endsWith('est') && !NOT_SUPERLATIVE.has(w)) flags |= W_SUPERLATIVE;
  const evaluative = EVALUATIVE_WEIGHTS.get(w) ?? 0;
  const loaded = LOADED.words.get(w) ?? null;
  return flags === 0 && evaluative === 0 && loaded === null ? NONE : { flags, evaluative, loaded };
}

const NONE: WordInfo = { flags: 0, evaluative: 0, loaded: null };
const CACHE = new Map<string, WordInfo>();
const CACHE_LIMIT = 1 << 16;

/** `wordInfoOf`, remembered (bounded). */
export function wordInfo(w: string): WordInfo {
  let info = CACHE.get(w);
  if (info === undefined) {
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    info = wordInfoOf(w);
    CACHE.set(w, info);
  }
  return info;
}

/** The `WordInfo` of every token of an article (by its lowercased text). */
export function wordInfos(lower: readonly string[]): WordInfo[] {
  const out = new Array<WordInfo>(lower.length);
  for (let i = 0; i < lower.length; i++) out[i] = wordInfo(lower[i]!);
  return out;
}

/** A token as written: its `WordInfo`, its word cluster (-1: none) and whether it may be a finite verb. */
interface TokenEntry {
  readonly info: WordInfo;
  readonly cluster: number;
  /** 1 when `mayBeFiniteVerb` (see `clauses.ts`), else 0. */
  readonly verb: number;
  /** The unigram feature `w=<lower>` and its `hashFeature` (`features.ts`). */
  readonly unigram: string;
  readonly unigramHash: number;
  /** The unigram's weight in the two models of `articleInfos` (0 without them). */
  readonly unigramA: number;
  readonly unigramB: number;
}

/** Token entries by the token as written, for one cluster table (cleared when another comes). */
const BY_RAW = new Map<string, TokenEntry>();
/** The same for one-character ASCII tokens (punctuation, "a", "I"), by char code: no hash lookup. */
const BY_CHAR = new Array<TokenEntry | null>(128).fill(null);
let byRawClusters: WordClusters | null = null;
let byRawModelA: LinearModel | null = null;
let byRawModelB: LinearModel | null = null;

/** The per-token results of `articleInfos`. */
export interface ArticleInfos {
  readonly infos: WordInfo[];
  readonly clusters: Int16Array | null;
  /** Per token: 1 when it may be a finite verb (`mayBeFiniteVerb` and a word token or "’s"). */
  readonly verbs: Uint8Array;
  /** Per token: its unigram feature `w=<lower>` and that feature's hash (for `FeatureMemo`). */
  readonly unigrams: string[];
  readonly unigramHashes: Uint32Array;
  /** Per token: its unigram's weight in each of the two models (0 without them; `FeatureWeights`). */
  readonly unigramA: Float64Array;
  readonly unigramB: Float64Array;
}

function entryOf(raw: string, lower: string, clusters: WordClusters | null, modelA: LinearModel | null, modelB: LinearModel | null): TokenEntry {
  const unigram = `w=${lower}`;
  const unigramHash = hashFeature(unigram);
  return {
    unigram,
    unigramHash,
    unigramA: modelA ? modelA.weightOfHash(unigramHash) : 0,
    unigramB: modelB ? modelB.weightOfHash(unigramHash) : 0,
    info: wordInfo(lower),
    cluster: clusters ? clusters.of(raw, lower) : -1,
    verb: (isWordToken(raw) || lower === '’s') && mayBeFiniteVerb(lower) ? 1 : 0,
  };
}

/**
 * The `WordInfo`, the word cluster, the finite-verb candidacy and the unigram feature (with its
 * hash and its weights in `modelA` / `modelB`, the claims' opinion and check-worthiness models)
 * of every token of an article, with one lookup per token (the token as written determines them
 * all; `lower` must be the lowercased `raw`, as `toWords` makes it).
 */
export function articleInfos(raw: readonly string[], lower: readonly string[], clusters: WordClusters | null, modelA: LinearModel | null = null, modelB: LinearModel | null = null): ArticleInfos {
  if (clusters !== byRawClusters || modelA !== byRawModelA || modelB !== byRawModelB) {
    BY_RAW.clear();
    BY_CHAR.fill(null);
    byRawClusters = clusters;
    byRawModelA = modelA;
    byRawModelB = modelB;
  }
  const n = raw.length;
  const infos = new Array<WordInfo>(n);
  const ids = clusters ? new Int16Array(n) : null;
  const verbs = new Uint8Array(n);
  const unigrams = new Array<string>(n);
  const unigramHashes = new Uint32Array(n);
  const unigramA = new Float64Array(n);
  const unigramB = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = raw[i]!;
    let e: TokenEntry | null | undefined;
    const c = r.length === 1 ? r.charCodeAt(0) : 128;
    if (c < 128) {
      e = BY_CHAR[c] as TokenEntry | null;
      if (e === null) {
        e = entryOf(r, lower[i]!, clusters, modelA, modelB);
        BY_CHAR[c] = e;
      }
    } else {
      e = BY_RAW.get(r);
      if (e === undefined) {
        if (BY_RAW.size >= CACHE_LIMIT) BY_RAW.clear();
        e = entryOf(r, lower[i]!, clusters, modelA, modelB);
        BY_RAW.set(r, e);
      }
    }
    infos[i] = e.info;
    if (ids) ids[i] = e.cluster;
    verbs[i] = e.verb;
    unigrams[i] = e.unigram;
    unigramHashes[i] = e.unigramHash;
    unigramA[i] = e.unigramA;
    unigramB[i] = e.unigramB;
  }
  return { infos, clusters: ids, verbs, unigrams, unigramHashes, unigramA, unigramB };
}

/**
 * The `WordInfo` and the word cluster of every token of an article, with one lookup per token
 * (the token as written determines both): `infos[i]`, `clusters[i]` (null without a table).
 */
export function tokenInfos(raw: readonly string[], lower: readonly string[], clusters: WordClusters | null): { infos: WordInfo[]; clusters: Int16Array | null } {
  const { infos, clusters: ids } = articleInfos(raw, lower, clusters, byRawModelA, byRawModelB);
  return { infos, clusters: ids };
}
