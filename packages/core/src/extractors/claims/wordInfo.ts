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
import { wordIdsOfTexts, wordVocabularyGeneration } from '../../text/wordIds.js';
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

/**
 * What a token as written determines, by word id (`text/wordIds.ts`), for one cluster table and
 * pair of models and one vocabulary generation (emptied when any of them changes): its
 * `WordInfo`, its unigram feature `w=<lower>`, and in `byIdNumbers` (four doubles per id, one
 * cache line for two words; frequent words have small ids, met first) the unigram's hash and its
 * weights in the two models, and its word cluster (-1: none) times 2 plus 1 when it may be a
 * finite verb (`mayBeFiniteVerb`, and a word token or "’s"). `byIdInfo[id]` undefined: not yet
 * known.
 */
let byIdInfo: (WordInfo | undefined)[] = [];
let byIdUnigram: string[] = [];
let byIdNumbers = new Float64Array(4 * 1024);
let byIdGeneration = -1;
let byIdClusters: WordClusters | null = null;
let byIdModelA: LinearModel | null = null;
let byIdModelB: LinearModel | null = null;

/** Learn word `id` from its first token (`raw`, lowercased `lower`). */
function learn(id: number, raw: string, lower: string, clusters: WordClusters | null, modelA: LinearModel | null, modelB: LinearModel | null): void {
  const unigram = `w=${lower}`;
  const unigramHash = hashFeature(unigram);
  if (4 * id + 4 > byIdNumbers.length) {
    const grown = new Float64Array(Math.max(4 * id + 4, 2 * byIdNumbers.length));
    grown.set(byIdNumbers);
    byIdNumbers = grown;
  }
  // ids are dense from 0: fill any gap so the arrays stay packed
  while (byIdInfo.length < id) {
    byIdInfo.push(undefined);
    byIdUnigram.push('');
  }
  byIdInfo[id] = wordInfo(lower);
  byIdUnigram[id] = unigram;
  const cluster = clusters ? clusters.of(raw, lower) : -1;
  const verb = (isWordToken(raw) || lower === '’s') && mayBeFiniteVerb(lower) ? 1 : 0;
  byIdNumbers[4 * id] = unigramHash;
  byIdNumbers[4 * id + 1] = modelA ? modelA.weightOfHash(unigramHash) : 0;
  byIdNumbers[4 * id + 2] = modelB ? modelB.weightOfHash(unigramHash) : 0;
  byIdNumbers[4 * id + 3] = 2 * cluster + verb;
}

/** The typed arrays of `articleInfos`, reused from one article to the next. */
let scratchClusters = new Int16Array(0);
let scratchVerbs = new Uint8Array(0);
let scratchHashes = new Uint32Array(0);
let scratchA = new Float64Array(0);
let scratchB = new Float64Array(0);

function growScratch(n: number): void {
  const size = Math.max(n, 2 * scratchClusters.length, 1024);
  scratchClusters = new Int16Array(size);
  scratchVerbs = new Uint8Array(size);
  scratchHashes = new Uint32Array(size);
  scratchA = new Float64Array(size);
  scratchB = new Float64Array(size);
}

/**
 * The per-token results of `articleInfos`. Its typed arrays are views of buffers that the next
 * call overwrites: read them before asking for another article's.
 */
export interface ArticleInfos {
  /** Per token: its `WordInfo` (shared objects: read-only). */
  readonly infos: WordInfo[];
  /** Per token: its word cluster (-1: none); null without a cluster table. */
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

/**
 * The `WordInfo`, word cluster, finite-verb candidacy, unigram feature with its hash and
 * its weights in `modelA` / `modelB`, the claims' opinion and check-worthiness models) of every
 * token of an article: one look-up per token, by word id (the token as written determines them
 * all; `lower` must be the lowercased `raw`, as `toWords` makes it). `ids`: the tokens' word ids
 * (`wordIdsOf`, made once per article); left out, made from `raw`.
 */
export function articleInfos(
  raw: readonly string[],
  lower: readonly string[],
  clusters: WordClusters | null,
  modelA: LinearModel | null = null,
  modelB: LinearModel | null = null,
  ids: Int32Array = wordIdsOfTexts(raw),
): ArticleInfos {
  const generation = wordVocabularyGeneration();
  if (generation !== byIdGeneration || clusters !== byIdClusters || modelA !== byIdModelA || modelB !== byIdModelB) {
    byIdInfo = [];
    byIdUnigram = [];
    byIdGeneration = generation;
    byIdClusters = clusters;
    byIdModelA = modelA;
    byIdModelB = modelB;
  }
  const n = raw.length;
  const infos = new Array<WordInfo>(n);
  const unigrams = new Array<string>(n);
  if (scratchClusters.length < n) growScratch(n);
  // views of scratch buffers (typed arrays this size live outside the heap: costly to make per article)
  const clusterIds = clusters ? scratchClusters.subarray(0, n) : null;
  const verbs = scratchVerbs.subarray(0, n);
  const unigramHashes = scratchHashes.subarray(0, n);
  const unigramA = scratchA.subarray(0, n);
  const unigramB = scratchB.subarray(0, n);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    let info = byIdInfo[id];
    if (info === undefined) {
      learn(id, raw[i]!, lower[i]!, clusters, modelA, modelB);
      info = byIdInfo[id]!;
    }
    // dense per-token copies: the claims' loops read these
    infos[i] = info;
    unigrams[i] = byIdUnigram[id]!;
    const at = 4 * id;
    unigramHashes[i] = byIdNumbers[at]!;
    unigramA[i] = byIdNumbers[at + 1]!;
    unigramB[i] = byIdNumbers[at + 2]!;
    const packed = byIdNumbers[at + 3]!;
    if (clusterIds) clusterIds[i] = packed >> 1;
    verbs[i] = packed & 1;
  }
  return { infos, clusters: clusterIds, verbs, unigrams, unigramHashes, unigramA, unigramB };
}

/**
 * The `WordInfo` and the word cluster of every token of an article, with one lookup per token
 * (the token as written determines both): `infos[i]`, `clusters[i]` (null without a table).
 */
export function tokenInfos(raw: readonly string[], lower: readonly string[], clusters: WordClusters | null): { infos: WordInfo[]; clusters: Int16Array | null } {
  const { infos, clusters: ids } = articleInfos(raw, lower, clusters, byIdModelA, byIdModelB);
  return { infos, clusters: ids && ids.slice() };
}
