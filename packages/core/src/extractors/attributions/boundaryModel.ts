/**
 * Where a reported content ends: a small logistic model, learned on PolNeAR train
 * (`scripts/train-attribution-bounds.ts`), that decides at each candidate boundary inside a
 * drafted content (`, which`, `, and`, `, a` …, a dash, a parenthesis, a second predicate, an
 * attribution of its own after a conjunction, an adjunct after a noun-phrase content) whether
 * the content stops there. `contentEnd` (`contentEnds.ts`) walks the candidates in text
 * order and stops at the first one the model scores at or above `BOUNDARY_THRESHOLD` (or
 * `RULE_BOUNDARY_THRESHOLD` where the round-five hand rule stops too: a prior); the hard
 * stops (`;`, the third nested reporting verb, a quote after a participle's comma) stay rules.
 *
 * The model is a hazard model: trained on the candidates up to the gold end, the first
 * candidate at or after the gold content's last word being the positive one. Its features are
 * the candidate's kind, the words around it and their word classes, how far it is from the
 * content's start and the sentence's end, the cue's lemma, whether a verb was seen since the
 * content started, whether a subject and a verb (or a reporting verb) follow, and whether the
 * hand rule that stood here before (`rule`) would have stopped.
 */
import type { TokenView } from '../entities/tokenView.js';
import { TokenKind } from '../../types/layers.js';
import { FNV_OFFSET, hashFeature, loadLinearModel, sigmoid, type LinearModel } from '../claims/linear.js';
import type { Cue } from './cues.js';
import { BOUNDARY_MODEL, BOUNDARY_THRESHOLD, RULE_BOUNDARY_THRESHOLD } from './boundaryModel.generated.js';

/** What kind of boundary a candidate is. */
export type BoundaryKind = 'comma' | 'closing' | 'dash' | 'paren' | 'and' | 'np-adjunct';

export { BOUNDARY_THRESHOLD, RULE_BOUNDARY_THRESHOLD };

/** One candidate as the training script sees it. */
export interface TracedCandidate {
  /** End offset of the content when it stops here (before trimming). */
  end: number;
  /** End offset of the last word before the boundary. */
  wordEnd: number;
  /** The features, readable ("k=comma|n1=which") and as the hashes the model reads (same order). */
  features: string[];
  hashes: Uint32Array;
  /** Whether the hand rules would stop here. */
  rule: boolean;
}

/** One `contentEnd` call as the training script sees it. */
export interface TracedContent {
  /** Offset of the content's first token. */
  start: number;
  /** Where the content ends when no candidate stops it (a hard stop or the sentence's end). */
  hardEnd: number;
  candidates: TracedCandidate[];
}

/**
 * For the training script only: `mode` 'rules' decides by the hand rules (the round-five
 * boundaries), 'model' by the learned model (`model`, default the generated one); `trace`, when
 * set, receives every `contentEnd` call with all its candidates up to the hard stop.
 */
export const boundaryHooks: {
  mode: 'model' | 'rules';
  model: LinearModel | null;
  threshold: number;
  ruleThreshold: number;
  trace: ((c: TracedContent) => void) | null;
} = { mode: 'model', model: null, threshold: BOUNDARY_THRESHOLD, ruleThreshold: RULE_BOUNDARY_THRESHOLD, trace: null };

let generated: LinearModel | null = null;

/** The model `contentEnd` uses, or null for the hand rules. */
export function boundaryModel(): LinearModel | null {
  if (boundaryHooks.mode === 'rules') return null;
  if (boundaryHooks.model) return boundaryHooks.model;
  generated ??= loadLinearModel(BOUNDARY_MODEL);
  return generated;
}

const WH: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where', 'when', 'what', 'why', 'how', 'whether']);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that']);
const DETS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'each', 'every', 'no', 'any']);
const PREPS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'about', 'after', 'before', 'during', 'since', 'amid', 'over', 'under',
  'against', 'into', 'like', 'unlike', 'despite', 'through', 'including', 'than', 'as', 'without', 'among', 'between',
]);
const CONJS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'yet', 'nor', 'while', 'whereas', 'although', 'though', 'because', 'if', 'unless']);
/** Auxiliaries and modals: a finite verb. */
const AUX: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'does', 'did', 'do', "'s", '’s', "won't", 'won’t', "wouldn't", 'wouldn’t', "can't", 'can’t', "didn't", 'didn’t', "doesn't", 'doesn’t',
  "isn't", 'isn’t', "wasn't", 'wasn’t', "don't", 'don’t',
]);

function wordClass(v: TokenView, tokCue: readonly (Cue | undefined)[], k: number, limit: number): string {
  if (k >= limit) return 'end';
  const w = v.lower[k]!;
  const kind = v.tokens.kind[k];
  if (kind === TokenKind.Quote) return 'quote';
  if (kind === TokenKind.Number) return 'num';
  if (!v.isWord(k)) return 'punct';
  if (WH.has(w)) return 'wh';
  if (AUX.has(w)) return 'aux';
  if (PRONOUNS.has(w)) return 'pron';
  if (DETS.has(w)) return 'det';
  if (PREPS.has(w)) return 'prep';
  if (CONJS.has(w)) return 'conj';
  if (tokCue[k] !== undefined) return tokCue[k]!.participle ? 'cue-ing' : 'cue';
  if (v.nameAt[k]) return 'name';
  if (v.isCap(k)) return 'cap';
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed')) return 'ed';
  if (w.endsWith('ly')) return 'ly';
  if (w.endsWith('s')) return 's';
  return 'w';
}

const bucket = (n: number): string => (n < 3 ? String(n) : n < 6 ? '3-5' : n < 10 ? '6-9' : n < 16 ? '10-15' : n < 25 ? '16-24' : '25+');

/**
 * What follows `n`: a subject and a finite verb ("aux": an auxiliary or modal, "verb": a past
 * form, "speech" / "cue": a reporting verb) within a few tokens, so a clause of its own; else "no".
 */
function clauseFollows(v: TokenView, tokCue: readonly (Cue | undefined)[], n: number, limit: number): string {
  const c0 = wordClass(v, tokCue, n, limit);
  const subject = c0 === 'pron' || c0 === 'det' || c0 === 'name' || c0 === 'cap' || c0 === 'num' || c0 === 'w' || c0 === 's';
  for (let k = n + 1; k < limit && k < n + 7; k++) {
    if (!v.isWord(k) && v.tokens.kind[k] !== TokenKind.Number) return 'no';
    const w = v.lower[k]!;
    if (AUX.has(w)) return subject ? 'aux' : 'aux-nosubj';
    const cue = tokCue[k];
    if (cue && !cue.participle && !v.isCap(k)) return cue.kind === 'speech' ? 'speech' : 'cue';
    if (subject && w.length > 4 && w.endsWith('ed') && !v.isCap(k)) return 'verb';
  }
  return 'no';
}

/** Words that open a subordinate clause at the start of a sentence ("After Trump said …, the crowd …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after', 'as', 'while', 'although', 'though', 'when', 'if', 'because', 'since', 'despite', 'before', 'whereas', 'until', 'even',
  'with', 'while', 'once', 'unless', 'in', 'at', 'on', 'for', 'but', 'and', 'so', 'yet',
]);

/** Most tokens looked back from a content's start for a comma of the sentence (keeps each call bounded). */
const COMMA_LOOKBACK = 40;

/**
 * What the candidates of one content share: computed once at its first candidate, and the
 * running counts since its start (`scanned`: the tokens counted so far), so that a sentence with
 * many candidates is read once, not once per candidate.
 */
export interface ContentState {
  c: number;
  last: number;
  sentenceFirst: number;
  nounPhrase: boolean;
  /** Candidates passed so far. */
  passed: number;
  scanned: number;
  verb: boolean;
  commas: number;
  lemma: string;
  intro: string;
  commaBefore: boolean;
  opener: string;
  /** Trace of the candidates (training only) and the first soft stop when tracing. */
  traced: TracedCandidate[] | null;
  softEnd: number;
}

export function contentState(v: TokenView, tokCue: readonly (Cue | undefined)[], c: number, last: number, sentenceFirst: number, nounPhrase: boolean, tracing: boolean): ContentState {
  // the cue: the nearest cue word before the content
  let lemma = '-';
  for (let k = c - 1; k >= 0 && k >= c - 6; k--) {
    const cue = tokCue[k];
    if (cue !== undefined) {
      lemma = cue.lemma;
      break;
    }
  }
  // a cue inside an introductory clause: "As Trump said …, the crowd …"
  const sw = v.lower[sentenceFirst] ?? '';
  const intro = SUBORDINATORS.has(sw) && sentenceFirst < c ? sw : 'none';
  let commaBefore = false;
  for (let k = Math.max(sentenceFirst, c - COMMA_LOOKBACK); k < c; k++) if (v.lower[k] === ',') commaBefore = true;
  const first = v.lower[c]!;
  const opener = first === 'to' ? 'to' : v.lower[c - 1] === 'that' ? 'that' : v.tokens.kind[c] === TokenKind.Quote ? 'quote' : 'other';
  return { c, last, sentenceFirst, nounPhrase, passed: 0, scanned: c, verb: false, commas: 0, lemma, intro, commaBefore, opener, traced: tracing ? [] : null, softEnd: -1 };
}

/** The parts a feature is made of (slots of `boundaryFeatures`' part list), by name. */
const SLOTS = ['k', 'n1', 'c1', 'c2', 'n2', 'p1', 'pc', 'len', 'rest', 'cue', 'verb', 'after', 'rule', 'np', 'opener', 'passed', 'commas', 'intro', 'comma', 'introB', 'pair'] as const;
type Slot = (typeof SLOTS)[number];
/** The features: each a conjunction of parts (its hash mixes the template's index and the parts' hashes). */
const TEMPLATES: readonly (readonly Slot[])[] = [
  ['k'], ['k', 'n1'], ['k', 'c1'], ['k', 'c1', 'c2'], ['n1', 'c2'], ['n1', 'n2'], ['k', 'p1'], ['k', 'pc', 'c1'], ['k', 'len'], ['k', 'rest'],
  ['k', 'len', 'c1'], ['n1', 'len'], ['cue'], ['cue', 'k', 'c1'], ['cue', 'n1'], ['k', 'verb', 'c1'], ['n1', 'verb'], ['k', 'after'],
  ['k', 'after', 'c1'], ['k', 'rule'], ['n1', 'rule'], ['k', 'np', 'c1'], ['k', 'opener'], ['k', 'passed'], ['k', 'commas'],
  ['k', 'intro', 'after'], ['k', 'intro', 'comma', 'c1'], ['introB', 'after', 'c1'], ['p1', 'n1'], ['k', 'rest', 'c1'], ['k', 'len', 'rest'],
  ['k', 'pair'], ['k', 'pair', 'c1'],
];
const TEMPLATE_SLOTS: readonly Int32Array[] = TEMPLATES.map((t) => Int32Array.from(t, (x) => SLOTS.indexOf(x)));

/** One step of the feature hash: FNV-1a over 32-bit parts. */
function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

/** The final avalanche of a feature hash (murmur3's), so that its low bits (the bucket) depend on every part. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of a feature from its template's index and its parts' `hashFeature`s (the training script uses it too). */
export function featureHash(template: number, partHashes: ArrayLike<number>, slots: ArrayLike<number>): number {
  let h = mix(FNV_OFFSET, template + 1);
  for (let j = 0; j < slots.length; j++) h = mix(h, partHashes[slots[j]!]!);
  return finish(h);
}

const partHashes = new Uint32Array(SLOTS.length);
const parts: string[] = new Array<string>(SLOTS.length).fill('');

/**
 * The features of a candidate boundary at token `i` (`n`: the first token after it) of the
 * content `s` (its running counts move on to `i`), as hashes written to `out` (which must hold
 * `TEMPLATES.length`); with `names`, also as readable strings ("k=comma|n1=which"), for training.
 */
export function boundaryFeatures(
  v: TokenView,
  tokCue: readonly (Cue | undefined)[],
  s: ContentState,
  i: number,
  n: number,
  kind: BoundaryKind,
  rule: boolean,
  out: Uint32Array,
  names: string[] | null,
): void {
  const { c, last } = s;
  for (let k = s.scanned; k < i; k++) {
    const w = v.lower[k]!;
    if (AUX.has(w) || (tokCue[k] !== undefined && !v.isCap(k)) || (w.length > 4 && w.endsWith('ed'))) s.verb = true;
    if (w === ',') s.commas++;
  }
  if (i > s.scanned) s.scanned = i;
  // a dash or a comma that another one closes before the sentence ends: an aside ("the bridge — a project … — will open")
  let pair = 'none';
  const mark = v.lower[i]!;
  for (let k = i + 1; k < last && k < i + 16; k++) {
    const w = v.lower[k]!;
    if (w === mark || (kind === 'paren' && w === ')')) {
      pair = k + 1 < last && v.isWord(k + 1) ? wordClass(v, tokCue, k + 1, last) : 'end';
      break;
    }
  }
  parts[0] = kind;
  parts[1] = n < last ? v.lower[n]! : '</s>';
  parts[2] = wordClass(v, tokCue, n, last);
  parts[3] = wordClass(v, tokCue, n + 1, last);
  parts[4] = n + 1 < last ? v.lower[n + 1]! : '</s>';
  parts[5] = i - 1 >= c ? v.lower[i - 1]! : '<c>';
  parts[6] = i - 1 >= c ? wordClass(v, tokCue, i - 1, last) : 'start';
  parts[7] = bucket(i - c);
  parts[8] = bucket(last - n);
  parts[9] = s.lemma;
  parts[10] = s.verb ? 'true' : 'false';
  parts[11] = clauseFollows(v, tokCue, n, last);
  parts[12] = rule ? '1' : '0';
  parts[13] = s.nounPhrase ? 'true' : 'false';
  parts[14] = s.opener;
  parts[15] = s.passed > 2 ? '3' : String(s.passed);
  parts[16] = s.commas > 2 ? '3' : String(s.commas);
  parts[17] = s.intro;
  parts[18] = s.commaBefore ? 'true' : 'false';
  parts[19] = s.intro !== 'none' ? 'true' : 'false';
  parts[20] = pair;
  for (let j = 0; j < SLOTS.length; j++) partHashes[j] = hashFeature(parts[j]!);
  for (let t = 0; t < TEMPLATE_SLOTS.length; t++) {
    const slots = TEMPLATE_SLOTS[t]!;
    out[t] = featureHash(t, partHashes, slots);
    if (names) {
      let name = '';
      for (let j = 0; j < slots.length; j++) name += `${j ? '|' : ''}${SLOTS[slots[j]!]}=${parts[slots[j]!]}`;
      names.push(name);
    }
  }
}

/** How many features `boundaryFeatures` writes. */
export const FEATURE_COUNT = TEMPLATES.length;

/** The probability that the content stops at this candidate, from its feature hashes. */
export function stopProbability(model: LinearModel, hashes: ArrayLike<number>): number {
  return sigmoid(model.logitOfHashes(hashes));
}
