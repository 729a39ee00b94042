/**
 * Sparse features of a claim (or of a whole sentence, when the models are trained): words
 * and light stems, word pairs, the rule cues of kind and modality, the project's own
 * lexicons, and what the other layers found in it (people, names, numbers, dates,
 * attribution). Shared by the extractor at run time and by the training scripts, so the
 * model sees the same features in both. Feature strings are short and readable; the
 * evidence of a score is made from the ones that weigh most (`describeFeature`).
 */
import type { WordClusters } from './clusters.js';
import { continueHash, continueHashCode, hashFeature, type LinearModel } from './linear.js';
import { isCapitalized, isWordToken, type Words } from './words.js';
import { W_FIRST_PERSON, W_HEDGE_WORD, W_LY, W_SECOND_PERSON, W_SUPERLATIVE, wordInfo, type WordInfo } from './wordInfo.js';

/** What the rules found in a claim; the learned models take these as features too. */
export interface ClaimCues {
  people: number;
  otherNames: boolean;
  number: boolean;
  date: boolean;
  past: boolean;
  future: boolean;
  normative: boolean;
  evaluative: number;
  view: boolean;
  comparison: boolean;
  causal: boolean;
  question: boolean;
  hedged: boolean;
  negated: boolean;
  conditional: boolean;
  vague: boolean;
  attributed: boolean;
  quoted: boolean;
  words: number;
}


/** The FNV-1a state after `b=`. */
const BIGRAM_STATE = hashFeature('b=');

/**
 * Typed arrays of `FeatureMemo` and `FeatureWeights`, reused from one article to the next (typed
 * arrays this size live outside the heap: costly to make per article). So only the latest memo
 * and weights made are valid: one article at a time, as `findClaims` uses them.
 */
let bigramHashScratch = new Uint32Array(0);
let weightKeyScratch = new Uint32Array(0);
let weightHasScratch = new Uint8Array(0);
let weightAScratch = new Float64Array(0);
let weightBScratch = new Float64Array(0);

/**
 * The token-level feature strings of one article (`w=…`, `b=…_…`) and their hashes, made once
 * and reused by every range that reads the same token with the same neighbour: a clause, its
 * sentence and its attribution's unit. Pure memo: `claimFeatures` gives the same list with or
 * without one.
 */
export class FeatureMemo {
  private readonly w: string[];
  private readonly wHash: Uint32Array;
  private readonly bPrev: string[];
  private readonly bLabel: string[];
  private readonly b: string[];
  private readonly bHash: Uint32Array;

  /**
   * `count`: the article's tokens. `unigrams` / `unigramHashes`: each token's `w=<lower>` and
   * its hash when already known (`articleInfos`; shared, read-only here).
   */
  constructor(count: number, unigrams?: string[], unigramHashes?: Uint32Array) {
    this.w = unigrams ?? new Array<string>(count).fill('');
    this.wHash = unigramHashes ?? new Uint32Array(count);
    this.bPrev = new Array<string>(count).fill('');
    this.bLabel = new Array<string>(count).fill('');
    this.b = new Array<string>(count).fill('');
    // read only where `b` is set, so stale values do not matter
    if (bigramHashScratch.length < count) bigramHashScratch = new Uint32Array(Math.max(count, 2 * bigramHashScratch.length));
    this.bHash = bigramHashScratch;
  }

  /** `w=<word>` of token `i` (its lowercased text `w`); its hash in `lastHash`. */
  unigram(i: number, w: string): string {
    let f = this.w[i]!;
    if (f === '') {
      f = `w=${w}`;
      this.w[i] = f;
      this.wHash[i] = hashFeature(f);
    }
    this.lastHash = this.wHash[i]!;
    return f;
  }

  /** `b=<prev>_<label>` of token `i`; its hash in `lastHash`. */
  bigram(i: number, prev: string, label: string): string {
    if (this.b[i] !== '' && this.bPrev[i] === prev && this.bLabel[i] === label) {
      this.lastHash = this.bHash[i]!;
      return this.b[i]!;
    }
    const f = `b=${prev}_${label}`;
    this.b[i] = f;
    this.bPrev[i] = prev;
    this.bLabel[i] = label;
    // `hashFeature(f)` piece by piece: FNV-1a runs over the code units in order, and the
    // concatenation need not be flattened to be read
    this.lastHash = continueHash(continueHashCode(continueHash(BIGRAM_STATE, prev), 95 /* _ */), label);
    this.bHash[i] = this.lastHash;
    return f;
  }

  /** The hash of the string last returned. */
  lastHash = 0;
}

/**
 * The weights of the claims' two linear models (opinion, check-worthiness) for each feature a
 * range emits, in order (summed: `sumA`; listed: `b`): the very doubles `weightOfHash` gives, so sums in the same
 * order are the same. Per article, the weights of token-level features are looked up once per
 * token (keyed by slot and hash: a clause, its sentence and its frame read the same tokens).
 */
export class FeatureWeights {
  private readonly key: Uint32Array;
  private readonly has: Uint8Array;
  private readonly wa: Float64Array;
  private readonly wb: Float64Array;
  /**
   * The current range's opinion logit (the opinion model's bias plus each feature's weight, added
   * in order: the very sum `logitOfHashes` makes) and check-worthiness weights (a fresh array
   * per `begin`).
   */
  sumA = 0;
  b: number[] = [];

  /**
   * `count`: tokens of the article; `clusterCount`: size of the cluster table (0: none);
   * `unigramA` / `unigramB`: each token's unigram weights, when known (`articleInfos`; shared,
   * read-only here: read as they are, not copied).
   */
  constructor(
    private readonly modelA: LinearModel,
    private readonly modelB: LinearModel,
    private readonly count: number,
    clusterCount: number,
    unigramA?: Float64Array,
    unigramB?: Float64Array,
  ) {
    this.ua = unigramA ?? null;
    this.ub = unigramB ?? null;
    // without known unigram weights, their slots come first
    this.bigrams = this.ua !== null && this.ub !== null ? 0 : count;
    const n = this.bigrams + count;
    if (weightHasScratch.length < n) {
      const size = Math.max(n, 2 * weightHasScratch.length);
      weightKeyScratch = new Uint32Array(size);
      weightHasScratch = new Uint8Array(size);
      weightAScratch = new Float64Array(size);
      weightBScratch = new Float64Array(size);
    } else weightHasScratch.fill(0, 0, n);
    // `key`, `wa` and `wb` are read only where `has` is set
    this.key = weightKeyScratch;
    this.has = weightHasScratch;
    this.wa = weightAScratch;
    this.wb = weightBScratch;
    // clusters and constants: the same features in every article, remembered across articles
    // (for this pair of models)
    this.clusterCount = clusterCount;
    if (modelA !== lastingModelA || modelB !== lastingModelB || lastingHas.length !== clusterCount + CONSTANT_SLOTS) {
      lastingModelA = modelA;
      lastingModelB = modelB;
      lastingKey = new Uint32Array(clusterCount + CONSTANT_SLOTS);
      lastingHas = new Uint8Array(clusterCount + CONSTANT_SLOTS);
      lastingA = new Float64Array(clusterCount + CONSTANT_SLOTS);
      lastingB = new Float64Array(clusterCount + CONSTANT_SLOTS);
    }
  }

  private readonly clusterCount: number;
  private readonly ua: Float64Array | null;
  private readonly ub: Float64Array | null;
  /** First slot of the bigrams. */
  private readonly bigrams: number;

  /** Append the weights of token `i`'s unigram, of hash `h`. */
  addUnigram(i: number, h: number): void {
    if (this.ua === null || this.ub === null) {
      this.add(i, h);
      return;
    }
    this.sumA += this.ua[i]!;
    this.b.push(this.ub[i]!);
  }

  /** Start a range: the opinion model's bias, a fresh `b`. */
  begin(): void {
    this.sumA = this.modelA.bias;
    this.b = [];
  }

  /** Slot of token `i`'s bigram (`add`). */
  bigramSlot(i: number): number {
    return this.bigrams + i;
  }
  /** Slot of cluster `k` (`addLasting`). */
  clusterSlot(k: number): number {
    return k;
  }
  /** Slot of the constant feature of id `id` (`Constant.id`; `addLasting`). */
  constantSlot(id: number): number {
    return this.clusterCount + id;
  }

  /** Append the weights of the feature of hash `h` (slot -1: not remembered). */
  add(slot: number, h: number): void {
    if (slot < 0) {
      this.sumA += this.modelA.weightOfHash(h);
      this.b.push(this.modelB.weightOfHash(h));
      return;
    }
    if (this.has[slot] !== 1 || this.key[slot] !== h) {
      this.has[slot] = 1;
      this.key[slot] = h;
      this.wa[slot] = this.modelA.weightOfHash(h);
      this.wb[slot] = this.modelB.weightOfHash(h);
    }
    this.sumA += this.wa[slot]!;
    this.b.push(this.wb[slot]!);
  }

  /** `add` for a cluster or constant slot, remembered across articles. */
  addLasting(slot: number, h: number): void {
    if (lastingHas[slot] !== 1 || lastingKey[slot] !== h) {
      lastingHas[slot] = 1;
      lastingKey[slot] = h;
      lastingA[slot] = this.modelA.weightOfHash(h);
      lastingB[slot] = this.modelB.weightOfHash(h);
    }
    this.sumA += lastingA[slot]!;
    this.b.push(lastingB[slot]!);
  }
}

/** The weights of the cluster and constant features for one pair of models (`FeatureWeights.addLasting`). */
let lastingModelA: LinearModel | null = null;
let lastingModelB: LinearModel | null = null;
let lastingKey = new Uint32Array(0);
let lastingHas = new Uint8Array(0);
let lastingA = new Float64Array(0);
let lastingB = new Float64Array(0);

const NUM_UNIGRAM = 'w=<num>';
const NUM_UNIGRAM_HASH = hashFeature(NUM_UNIGRAM);
/** A constant feature and its hash, made once. */
interface Constant {
  readonly f: string;
  readonly h: number;
  /** Its slot among the constants of `FeatureWeights` (-1: none). */
  readonly id: number;
}
/** Slots for constant features in `FeatureWeights`. */
const CONSTANT_SLOTS = 128;
let constants = 0;
const constant = (f: string): Constant => ({ f, h: hashFeature(f), id: constants < CONSTANT_SLOTS ? constants++ : -1 });
const NUM = constant(NUM_UNIGRAM);
const QUOTE_MARK = constant('quote-mark');
const LEX_EVALUATIVE = constant('lex:evaluative');
const LEX_HEDGE = constant('lex:hedge');
const LY_1 = constant('adverbs-ly:1');
const LY_2 = constant('adverbs-ly:2+');
const SUPERLATIVE = constant('superlative');
const FIRST_PERSON = constant('first-person');
const SECOND_PERSON = constant('second-person');
const EXCLAMATION = constant('exclamation');
const DIGITS = constant('digits');
const NAMES_4 = constant('names:4+');
const NAMES_1_3 = constant('names:1-3');
const LEN_SHORT = constant('len:short');
const LEN_MID = constant('len:mid');
const LEN_LONG = constant('len:long');
const PEOPLE_2 = constant('people:2+');
const PEOPLE_1 = constant('people:1');
const OTHER_NAMES = constant('other-names');
const NUMBER = constant('number');
const DATE_PAST = constant('date+past');
const DATE = constant('date');
const PAST = constant('past');
const FUTURE = constant('future');
const NORMATIVE = constant('normative');
const EVALUATIVE_1 = constant('evaluative:1+');
const EVALUATIVE_HALF = constant('evaluative:0.5');
const VIEW = constant('view');
const COMPARISON = constant('comparison');
const CAUSAL = constant('causal');
const QUESTION = constant('question');
const HEDGED = constant('hedged');
const NEGATED = constant('negated');
const CONDITIONAL = constant('conditional');
const VAGUE_SOURCE = constant('vague-source');
const QUOTED = constant('quoted');
const ATTRIBUTED = constant('attributed');
/** `lex:loaded:<reason>` by reason (a handful). */
const LOADED_FEATURES = new Map<string, Constant>();
function loadedFeature(reason: string): Constant {
  let c = LOADED_FEATURES.get(reason);
  if (c === undefined) {
    c = constant(`lex:loaded:${reason}`);
    if (LOADED_FEATURES.size < 1024) LOADED_FEATURES.set(reason, c);
  }
  return c;
}

function pushConstant(f: string[], hashes: number[] | null, weights: FeatureWeights | null, c: Constant): void {
  f.push(c.f);
  if (hashes !== null) hashes.push(c.h);
  if (weights !== null) {
    if (c.id < 0) weights.add(-1, c.h);
    else weights.addLasting(weights.constantSlot(c.id), c.h);
  }
}

/** `b=<prev>_<label>` of token `i` into `f` (and its hash into `hashes`). */
function pushBigram(f: string[], hashes: number[] | null, weights: FeatureWeights | null, memo: FeatureMemo | null, i: number, prev: string, label: string): void {
  if (memo !== null) {
    f.push(memo.bigram(i, prev, label));
    if (hashes !== null) hashes.push(memo.lastHash);
    if (weights !== null) weights.add(weights.bigramSlot(i), memo.lastHash);
  } else {
    const b = `b=${prev}_${label}`;
    f.push(b);
    if (hashes !== null) hashes.push(hashFeature(b));
  }
}

/**
 * The features of tokens `[ts, te)` with the given cues; `nameAt` tells the tokens of names
 * (which count by shape only). With a `memo` (one per article), the token-level strings are
 * reused and `hashes`, when given, receives each feature's `hashFeature`, in order; `weights`
 * (with a memo), each feature's weights in the two models, in order.
 */
export function claimFeatures(
  words: Words,
  ts: number,
  te: number,
  cues: ClaimCues,
  nameAt: (token: number) => boolean = () => false,
  memo: FeatureMemo | null = null,
  hashes: number[] | null = null,
  infos: readonly WordInfo[] | null = null,
  marks: OpinionMarks | null = null,
  clusters: TokenClusters | null = null,
  weights: FeatureWeights | null = null,
): string[] {
  const { lower, raw } = words;
  const f: string[] = [];
  // weights only with a memo (it has the token features' hashes)
  if (memo === null) weights = null;
  let prev = '<s>';
  let ly = 0;
  let superlative = false;
  let firstPerson = false;
  let secondPerson = false;
  let exclamation = false;
  let digits = false;
  let capitals = 0;
  let evaluativeWord = false;
  let loaded = false;
  let quoteMark = false;
  for (let i = ts; i < te; i++) {
    const w = lower[i]!;
    const r = raw[i]!;
    if (!isWordToken(r)) {
      if (w === '!') exclamation = true;
      if (w === '“' || w === '”' || w === '"') {
        quoteMark = true;
        pushConstant(f, hashes, weights, QUOTE_MARK);
      }
      continue;
    }
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      digits = true;
      f.push(NUM_UNIGRAM);
      if (hashes !== null) hashes.push(NUM_UNIGRAM_HASH);
      if (weights !== null) weights.addLasting(weights.constantSlot(NUM.id), NUM_UNIGRAM_HASH);
      pushBigram(f, hashes, weights, memo, i, prev, '<num>');
      prev = '<num>';
      continue;
    }
    if (clusters !== null) {
      const k = clusters.ids[i]!;
      if (k >= 0) {
        f.push(clusters.clusters.features[k]!);
        if (hashes !== null) hashes.push(clusters.clusters.hashes[k]!);
        if (weights !== null) weights.addLasting(weights.clusterSlot(k), clusters.clusters.hashes[k]!);
      }
    }
    if ((i > ts && isCapitalized(r)) || nameAt(i)) {
      capitals++;
      // names, and mid-sentence capitalised words: only their shape counts
      pushBigram(f, hashes, weights, memo, i, prev, '<Cap>');
      prev = '<Cap>';
      continue;
    }
    if (memo !== null) {
      f.push(memo.unigram(i, w));
      if (hashes !== null) hashes.push(memo.lastHash);
      if (weights !== null) weights.addUnigram(i, memo.lastHash);
    } else {
      const u = `w=${w}`;
      f.push(u);
      if (hashes !== null) hashes.push(hashFeature(u));
    }
    pushBigram(f, hashes, weights, memo, i, prev, w);
    prev = w;
    const info = infos !== null ? infos[i]! : wordInfo(w);
    const fl = info.flags;
    if (fl === 0 && info.evaluative === 0 && info.loaded === null) continue;
    if (fl & W_LY) ly++;
    if (fl & W_SUPERLATIVE) superlative = true;
    if (fl & W_FIRST_PERSON) firstPerson = true;
    if (fl & W_SECOND_PERSON) secondPerson = true;
    if (info.evaluative !== 0) {
      evaluativeWord = true;
      pushConstant(f, hashes, weights, LEX_EVALUATIVE);
    }
    if (fl & W_HEDGE_WORD) pushConstant(f, hashes, weights, LEX_HEDGE);
    if (info.loaded !== null) {
      loaded = true;
      pushConstant(f, hashes, weights, loadedFeature(info.loaded));
    }
  }
  if (marks) {
    // the same test as `isPlainReport` over the list, without reading it back
    marks.opinion = evaluativeWord || superlative || firstPerson || secondPerson || exclamation || quoteMark || ly > 1 || loaded || cues.evaluative > 0 || cues.normative || cues.view || cues.comparison || cues.question;
    marks.actor = cues.people > 0 || cues.otherNames;
  }
  if (ly > 0) pushConstant(f, hashes, weights, ly > 1 ? LY_2 : LY_1);
  if (superlative) pushConstant(f, hashes, weights, SUPERLATIVE);
  if (firstPerson) pushConstant(f, hashes, weights, FIRST_PERSON);
  if (secondPerson) pushConstant(f, hashes, weights, SECOND_PERSON);
  if (exclamation) pushConstant(f, hashes, weights, EXCLAMATION);
  if (digits) pushConstant(f, hashes, weights, DIGITS);
  if (capitals > 0) pushConstant(f, hashes, weights, capitals > 3 ? NAMES_4 : NAMES_1_3);
  pushConstant(f, hashes, weights, cues.words < 8 ? LEN_SHORT : cues.words < 25 ? LEN_MID : LEN_LONG);
  if (cues.people > 0) pushConstant(f, hashes, weights, cues.people > 1 ? PEOPLE_2 : PEOPLE_1);
  if (cues.otherNames) pushConstant(f, hashes, weights, OTHER_NAMES);
  if (cues.number) pushConstant(f, hashes, weights, NUMBER);
  if (cues.date) pushConstant(f, hashes, weights, cues.past ? DATE_PAST : DATE);
  else if (cues.past) pushConstant(f, hashes, weights, PAST);
  if (cues.future) pushConstant(f, hashes, weights, FUTURE);
  if (cues.normative) pushConstant(f, hashes, weights, NORMATIVE);
  if (cues.evaluative >= 1) pushConstant(f, hashes, weights, EVALUATIVE_1);
  else if (cues.evaluative > 0) pushConstant(f, hashes, weights, EVALUATIVE_HALF);
  if (cues.view) pushConstant(f, hashes, weights, VIEW);
  if (cues.comparison) pushConstant(f, hashes, weights, COMPARISON);
  if (cues.causal) pushConstant(f, hashes, weights, CAUSAL);
  if (cues.question) pushConstant(f, hashes, weights, QUESTION);
  if (cues.hedged) pushConstant(f, hashes, weights, HEDGED);
  if (cues.negated) pushConstant(f, hashes, weights, NEGATED);
  if (cues.conditional) pushConstant(f, hashes, weights, CONDITIONAL);
  if (cues.vague) pushConstant(f, hashes, weights, VAGUE_SOURCE);
  if (cues.attributed) pushConstant(f, hashes, weights, cues.quoted ? QUOTED : ATTRIBUTED);
  return f;
}

/** The word cluster of each token of an article (`ids`, -1: none), for the `c=` features. */
export interface TokenClusters {
  readonly clusters: WordClusters;
  readonly ids: Int16Array;
}

/** What `claimFeatures` found besides the list: the marks of `isPlainReport`. */
export interface OpinionMarks {
  /** A mark of an opinion (an `OPINION_MARKERS` feature or a loaded word). */
  opinion: boolean;
  /** Names an actor: a person, an organisation, a place. */
  actor: boolean;
}

/** Features that mark a claim as possibly more than a report: judgement, stance, address, emphasis. */
const OPINION_MARKERS = new Set(['lex:evaluative', 'evaluative:1+', 'evaluative:0.5', 'superlative', 'comparison', 'first-person', 'second-person', 'exclamation', 'normative', 'view', 'question', 'quote-mark', 'adverbs-ly:2+']);

/**
 * A plain report: a claim that names an actor (a person, an organisation, a place) and carries
 * none of the marks of an opinion — no evaluative, loaded or intensifying word, no superlative
 * or comparison, no first or second person, no "should", no "seen as", no quotation marks.
 * "The Kremlin announced Putin would not attend", "delegating responsibility to presidential
 * aide Vladimir Medinsky". The opinion model alone reads such short clauses badly (their
 * sentence's tone, a word like "instead"); the extractor then asks it for a clearer opinion
 * (`PLAIN_REPORT_THRESHOLD` in claims.ts, calibrated by `train-claims.ts --calibrate`).
 */
export function isPlainReport(features: readonly string[]): boolean {
  let actor = false;
  for (const f of features) {
    if (OPINION_MARKERS.has(f) || f.startsWith('lex:loaded:')) return false;
    if (f === 'people:1' || f === 'people:2+' || f === 'other-names') actor = true;
  }
  return actor;
}

const NAMED: Readonly<Record<string, string>> = {
  'quote-mark': 'quotation marks',
  'w=<num>': 'figures',
  superlative: 'superlative',
  'first-person': 'first person',
  'second-person': 'addresses the reader',
  exclamation: 'exclamation',
  digits: 'figures',
  'names:1-3': 'capitalised names',
  'names:4+': 'names several things',
  'len:short': 'very short',
  'len:long': 'long sentence',
  'people:1': 'names a person',
  'people:2+': 'names two people',
  'other-names': 'names an organisation or place',
  number: 'contains a number',
  'date+past': 'past event with a date',
  date: 'has a date',
  past: 'reports a past event',
  future: 'a prediction',
  normative: 'says what should be',
  'evaluative:1+': 'judgement words',
  'evaluative:0.5': 'evaluative word',
  view: 'presents a view',
  comparison: 'makes a comparison',
  causal: 'causal claim',
  question: 'a question',
  hedged: 'hedged',
  negated: 'negated',
  conditional: 'conditional',
  'vague-source': 'vague source',
  attributed: 'attributed',
  quoted: 'quoted',
  'adverbs-ly:1': 'an -ly adverb',
  'adverbs-ly:2+': 'several -ly adverbs',
  'lex:evaluative': 'evaluative word',
  'lex:hedge': 'hedge word',
};

/** A short reason for a feature: "word ‘must’", "names two people". Null for the uninformative. */
export function describeFeature(feature: string): string | null {
  const named = NAMED[feature];
  if (named) return named;
  if (feature.startsWith('w=')) return `word ‘${feature.slice(2)}’`;
  if (feature.startsWith('lex:loaded:')) return `${feature.slice(11)} word`;
  if (feature.startsWith('b=')) {
    const [a, b] = feature.slice(2).split('_');
    if (a === '<s>') return b === '<Cap>' ? null : `opens with ‘${b}’`;
    if (a!.startsWith('<') && b!.startsWith('<')) return null;
    return `words ‘${a!.replace('<Cap>', '…').replace('<num>', 'N')} ${b!.replace('<Cap>', '…').replace('<num>', 'N')}’`;
  }
  if (feature.startsWith('len:')) return null;
  return null;
}

const DESCRIBED = new Map<string, string | null>();
/** `describeFeature`, remembered (the few features that weigh recur; the memory is bounded). */
export function describeFeatureCached(feature: string): string | null {
  let d = DESCRIBED.get(feature);
  if (d === undefined) {
    if (DESCRIBED.size >= 4096) DESCRIBED.clear();
    d = describeFeature(feature);
    DESCRIBED.set(feature, d);
  }
  return d;
}
