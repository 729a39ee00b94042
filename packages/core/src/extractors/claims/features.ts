/**
 * Sparse features of a claim (or of a whole sentence, when the models are trained): words
 * and light stems, word pairs, the rule cues of kind and modality, the project's own
 * lexicons, and what the other layers found in it (people, names, numbers, dates,
 * attribution). Shared by the extractor at run time and by the training scripts, so the
 * model sees the same features in both. Feature strings are short and readable; the
 * evidence of a score is made from the ones that weigh most (`describeFeature`).
 */
import type { WordClusters } from './clusters.js';
import { hashFeature } from './linear.js';
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

  constructor(count: number) {
    this.w = new Array<string>(count).fill('');
    this.wHash = new Uint32Array(count);
    this.bPrev = new Array<string>(count).fill('');
    this.bLabel = new Array<string>(count).fill('');
    this.b = new Array<string>(count).fill('');
    this.bHash = new Uint32Array(count);
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
    this.lastHash = hashFeature(f);
    this.bHash[i] = this.lastHash;
    return f;
  }

  /** The hash of the string last returned. */
  lastHash = 0;
}

const NUM_UNIGRAM = 'w=<num>';
const NUM_UNIGRAM_HASH = hashFeature(NUM_UNIGRAM);
const CONSTANT_HASHES = new Map<string, number>();
function constantHash(f: string): number {
  let h = CONSTANT_HASHES.get(f);
  if (h === undefined) {
    h = hashFeature(f);
    if (CONSTANT_HASHES.size < 1024) CONSTANT_HASHES.set(f, h);
  }
  return h;
}

/**
 * The features of tokens `[ts, te)` with the given cues; `nameAt` tells the tokens of names
 * (which count by shape only). With a `memo` (one per article), the token-level strings are
 * reused and `hashes`, when given, receives each feature's `hashFeature`, in order.
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
): string[] {
  const { lower, raw } = words;
  const f: string[] = [];
  const add = (feature: string, hash: number) => {
    f.push(feature);
    if (hashes) hashes.push(hash);
  };
  const constant = (feature: string) => {
    f.push(feature);
    if (hashes) hashes.push(constantHash(feature));
  };
  const unigram = (i: number, w: string) => {
    if (memo) add(memo.unigram(i, w), memo.lastHash);
    else {
      const u = `w=${w}`;
      add(u, hashes ? hashFeature(u) : 0);
    }
  };
  const bigram = (i: number, prev: string, label: string) => {
    if (memo) add(memo.bigram(i, prev, label), memo.lastHash);
    else {
      const b = `b=${prev}_${label}`;
      add(b, hashes ? hashFeature(b) : 0);
    }
  };
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
    if (!isWordToken(raw[i]!)) {
      if (w === '!') exclamation = true;
      if (w === '“' || w === '”' || w === '"') {
        quoteMark = true;
        constant('quote-mark');
      }
      continue;
    }
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      digits = true;
      add(NUM_UNIGRAM, NUM_UNIGRAM_HASH);
      bigram(i, prev, '<num>');
      prev = '<num>';
      continue;
    }
    if (clusters) {
      const k = clusters.ids[i]!;
      if (k >= 0) add(clusters.clusters.features[k]!, clusters.clusters.hashes[k]!);
    }
    if ((i > ts && isCapitalized(raw[i]!)) || nameAt(i)) {
      capitals++;
      // names, and mid-sentence capitalised words: only their shape counts
      bigram(i, prev, '<Cap>');
      prev = '<Cap>';
      continue;
    }
    unigram(i, w);
    bigram(i, prev, w);
    prev = w;
    const info = infos ? infos[i]! : wordInfo(w);
    const fl = info.flags;
    if (fl === 0 && info.evaluative === 0 && info.loaded === null) continue;
    if (fl & W_LY) ly++;
    if (fl & W_SUPERLATIVE) superlative = true;
    if (fl & W_FIRST_PERSON) firstPerson = true;
    if (fl & W_SECOND_PERSON) secondPerson = true;
    if (info.evaluative !== 0) {
      evaluativeWord = true;
      constant('lex:evaluative');
    }
    if (fl & W_HEDGE_WORD) constant('lex:hedge');
    if (info.loaded !== null) {
      loaded = true;
      constant(`lex:loaded:${info.loaded}`);
    }
  }
  if (marks) {
    // the same test as `isPlainReport` over the list, without reading it back
    marks.opinion = evaluativeWord || superlative || firstPerson || secondPerson || exclamation || quoteMark || ly > 1 || loaded || cues.evaluative > 0 || cues.normative || cues.view || cues.comparison || cues.question;
    marks.actor = cues.people > 0 || cues.otherNames;
  }
  if (ly > 0) constant(ly > 1 ? 'adverbs-ly:2+' : 'adverbs-ly:1');
  if (superlative) constant('superlative');
  if (firstPerson) constant('first-person');
  if (secondPerson) constant('second-person');
  if (exclamation) constant('exclamation');
  if (digits) constant('digits');
  if (capitals > 0) constant(capitals > 3 ? 'names:4+' : 'names:1-3');
  constant(cues.words < 8 ? 'len:short' : cues.words < 25 ? 'len:mid' : 'len:long');
  if (cues.people > 0) constant(cues.people > 1 ? 'people:2+' : 'people:1');
  if (cues.otherNames) constant('other-names');
  if (cues.number) constant('number');
  if (cues.date) constant(cues.past ? 'date+past' : 'date');
  else if (cues.past) constant('past');
  if (cues.future) constant('future');
  if (cues.normative) constant('normative');
  if (cues.evaluative >= 1) constant('evaluative:1+');
  else if (cues.evaluative > 0) constant('evaluative:0.5');
  if (cues.view) constant('view');
  if (cues.comparison) constant('comparison');
  if (cues.causal) constant('causal');
  if (cues.question) constant('question');
  if (cues.hedged) constant('hedged');
  if (cues.negated) constant('negated');
  if (cues.conditional) constant('conditional');
  if (cues.vague) constant('vague-source');
  if (cues.attributed) constant(cues.quoted ? 'quoted' : 'attributed');
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
