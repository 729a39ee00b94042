import type { Attribution, Claim, Claimant, ClaimKind, Entity, Mention, Modality, NameType, TimeExpression } from '../../types/analysis.js';
import type { EntityId, TimeId } from '../../types/ids.js';
import type { Span } from '../../types/span.js';
import { defineExtractor, type ExtractorContext } from '../../pipeline/extractor.js';
import { TokenKind } from '../../types/layers.js';
import { findVagueSources, type VagueSourceMatch } from '../signals/vague.js';
import { scoreCheckworthiness, type CheckFeatures } from './checkworthiness.js';
import { FeatureMemo, FeatureWeights, claimFeatures, describeFeatureCached, type ClaimCues, type OpinionMarks, type TokenClusters } from './features.js';
import type { WordClusters } from './clusters.js';
import { hashFeature, hashFeatures, sigmoid, type LinearModel } from './linear.js';
import { loadClaimModels } from './models.js';
import { isFiniteVerb, setVerbCandidates, splitClauses, startsClause, type ClauseUnit } from './clauses.js';
import { firstEndingAfter } from '../../text/spans.js';
import {
  AUXILIARIES,
  CAUSAL_PHRASES,
  CAUSAL_WORDS,
  CONDITIONAL_PHRASES,
  CONDITIONAL_WORDS,
  FUTURE_PHRASES,
  FUTURE_WORDS,
  IRREGULAR_PAST,
  NEGATION_PHRASES,
  NEGATION_WORDS,
  NORMATIVE_PHRASES,
  NORMATIVE_WORDS,
  NOT_CONDITIONAL_BEFORE_IF,
  NOT_FUTURE_AFTER_WOULD,
  NOT_BEFORE_FINITE,
  NOT_NEGATION_PHRASES,
  STANCE_VERBS,
  hedgeAt,
  indexPhrases,
  phraseAtIndex,
} from './lexicon.js';
import { isWordToken, toWords, type Words } from './words.js';
import { wordIdsOf } from '../../text/wordIds.js';
import { W_CAUSAL, W_COMPARISON, W_CONDITIONAL, W_FUTURE, W_HEDGE, W_NEGATION, W_NORMATIVE, W_REPORTED_PAST, W_VIEW, articleInfos, isStance, type WordInfo } from './wordInfo.js';

/**
 * Claims: the propositions an article puts forward, one per independent assertion. Spans are
 * tight: no surrounding whitespace, no final period, comma or unmatched quote mark; a final
 * question mark is kept, since it makes the claim a question.
 */
export function claims(options: ClaimsOptions = {}) {
  let models: ClaimModels | null = options.models ?? null;
  return defineExtractor({
    name: 'claims',
    needs: ['segments', 'tokens', 'mentions', 'entities', 'times', 'attributions'],
    provides: ['claims'],
    async setup() {
      if (options.models === undefined) models = await loadClaimModels();
    },
    run(ctx) {
      const found = findClaims({ models, ...claimInputOf(ctx) });
      ctx.set(
        'claims',
        found.map((c) => ({ id: ctx.mint('claim'), ...ctx.span(c.start, c.end), ...c.rest })),
      );
    },
  });
}

/** What `findClaims` reads from an analysis in progress (the layers the claims extractor needs). */
export function claimInputOf(ctx: ExtractorContext<ClaimLayers, never>): Omit<ClaimInput, 'models' | 'wholeSentences'> {
  return {
    text: ctx.text,
    segments: ctx.get('segments'),
    tokens: ctx.get('tokens'),
    mentions: ctx.get('mentions'),
    entities: ctx.get('entities'),
    times: ctx.get('times'),
    attributions: ctx.get('attributions'),
  };
}

/** The layers the claims extractor reads. */
export type ClaimLayers = 'segments' | 'tokens' | 'mentions' | 'entities' | 'times' | 'attributions';

/** The learned models of the claims extractor (see `models.ts`). */
export interface ClaimModels {
  /** Opinion (subjective) vs not, over `claimFeatures`. */
  readonly opinion: LinearModel;
  /** Probability at or above which a claim is an opinion. */
  readonly opinionThreshold: number;
  /** Probability at or above which a claim about the future is an opinion rather than a prediction. */
  readonly predictionOpinionThreshold: number;
  /** Unused since the sentence decides (`decideKinds`); kept so the generated module and older callers still type-check. */
  readonly sentenceWeight: number;
  /** Check-worthiness over `claimFeatures`. */
  readonly checkworthiness: LinearModel;
  /** The word clusters the opinion model was trained with (`c=` features); null: none. */
  readonly clusters?: WordClusters | null;
}

export interface ClaimsOptions {
  /**
   * The learned models for kind and check-worthiness: left out, the shipped ones (loaded
   * lazily in `setup`); `null`, the hand-written rules alone (the baseline of the eval).
   */
  models?: ClaimModels | null;
}

type ClaimBody = Omit<Claim, 'id' | 'start' | 'end' | 'text'>;

export interface ClaimInput {
  /** Learned models; null or absent: the rules alone. */
  models?: ClaimModels | null;
  /** One unit per sentence, author's voice unless attributed (how the models are trained). */
  wholeSentences?: boolean;
  /** Word clusters for the `c=` features (default: the models'; the training script passes its own). */
  clusters?: WordClusters | null;
  text: string;
  segments: { title: Span | null; byline: Span | null; dateline: Span | null; sentences: Span[] };
  tokens: Words['tokens'];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  times: readonly TimeExpression[];
  attributions: readonly Attribution[];
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '!', '…', '-', '—', '–', ')']);
const LEADING_PUNCT = new Set([',', ';', ':', '.', '-', '—', '–', ')', '(']);
const VALUE_TYPES_COUNTED = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY']);
const OTHER_NAME_TYPES = new Set<NameType>(['ORG', 'LOC', 'NORP', 'EVENT', 'MISC']);
/** Verbs whose vague subject holds a view rather than doing something checkable. */
const BELIEF_VERBS = new Set(['see', 'sees', 'saw', 'view', 'views', 'viewed', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'consider', 'considers', 'considered', 'regard', 'regards', 'regarded', 'argue', 'argues', 'argued', 'fear', 'fears', 'feared']);
/** Determiners before "will" that make it a noun ("the will of the people"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'free', 'good', 'ill']);
/** Words before "have to"/"need to" that take away the obligation. */
const NOT_NORMATIVE_BEFORE = new Set(['not', 'will', 'would', 'don’t', 'doesn’t', 'didn’t', 'won’t', 'never', 'may', 'might']);
const VIEW_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'widely']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** Irregular past participles (besides the past forms, which double as participles): "has drawn". */
const PAST_PARTICIPLES = new Set(['been', 'done', 'gone', 'seen', 'drawn', 'taken', 'given', 'spoken', 'written', 'chosen', 'grown', 'known', 'shown', 'begun', 'broken', 'driven', 'eaten', 'fallen', 'forgotten', 'hidden', 'ridden', 'risen', 'shaken', 'stolen', 'sworn', 'torn', 'worn', 'thrown', 'flown', 'frozen', 'withdrawn', 'undertaken', 'overtaken', 'forgiven', 'beaten', 'bitten', 'blown', 'proven', 'sunk', 'sung', 'struck']);
/** Words between "has" and its participle: "has already announced", "has yet". */
const PERFECT_GAP = new Set(['already', 'also', 'just', 'now', 'since', 'not', 'never', 'long', 'repeatedly', 'recently', 'twice', 'once']);
/** Prepositions that end a cue ("called for", "warned of"): what follows is a noun phrase, not a clause. */
const CUE_PREPOSITIONS = new Set(['for', 'of', 'about', 'on', 'against', 'with', 'to', 'at', 'over']);
/**
 * Probability at or above which a plain report of a past event is an opinion (`isPlainReport`):
 * higher than `opinionThreshold`, since on such claims the model is often misled by a word or two.
 * Calibrated by `scripts/train-claims.ts --calibrate` on out-of-fold scores of the training
 * sentences (NewsSD train, BABE outside its held-out fifth), against 0.5: 0.7 → +0.7 / +0.1 (the
 * highest that gains on both), 0.8 → +0.7 / −0.1, 0.85 → +1.0 / −0.1, 0.9 → +1.0 / −0.5, never →
 * +1.0 / −1.4.
 */
export const PLAIN_REPORT_THRESHOLD = 0.7;
const ADVERB_LIKE = new Set(['also', 'still', 'often', 'long', 'have', 'has', 'had', 'widely', 'generally', 'broadly', 'largely', 'increasingly']);

const CONDITIONAL_INDEX = indexPhrases(CONDITIONAL_PHRASES);
const NORMATIVE_INDEX = indexPhrases(NORMATIVE_PHRASES);
const CAUSAL_INDEX = indexPhrases(CAUSAL_PHRASES);
const NOT_NEGATION_INDEX = indexPhrases(NOT_NEGATION_PHRASES);
const NEGATION_INDEX = indexPhrases(NEGATION_PHRASES);
const FUTURE_INDEX = indexPhrases(FUTURE_PHRASES);

/** Shrink `[s, e)` to a tight claim span; see `claims()`. */
export function tightenSpan(text: string, s: number, e: number): [number, number] {
  // openers minus closers, kept up to date as characters are dropped (linear in the span)
  let balance = 0;
  let straight = 0;
  let quotes = 0;
  for (let i = s; i < e; i++) {
    // char codes, not one-character strings: “ « „ open, ” » close, " is straight
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab || c === 0x201e) {
      balance++;
      quotes++;
    } else if (c === 0x201d || c === 0xbb) {
      balance--;
      quotes++;
    } else if (c === 34) {
      straight++;
      quotes++;
    }
  }
  for (;;) {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s >= e) return [s, e];
    const last = text[e - 1]!;
    const first = text[s]!;
    if (quotes === 2 && isQuote(first) && isQuote(last) && e - s > 2) {
      // a span wholly in quotes: "We will win." → We will win
      s++;
      e--;
      quotes = 0;
      balance = 0;
      straight = 0;
    } else if (TRAILING_PUNCT.has(last)) e--;
    else if (CLOSERS.has(last) && balance < 0) {
      e--;
      balance++;
      quotes--;
    }
    else if (last === '"' && straight % 2 === 1) {
      e--;
      straight--;
      quotes--;
    }
    else if (LEADING_PUNCT.has(first)) s++;
    else if (OPENERS.has(first) && balance > 0) {
      s++;
      balance--;
      quotes--;
    }
    else if (first === '"' && straight % 2 === 1) {
      s++;
      straight--;
      quotes--;
    }
    else return [s, e];
  }
}

function isQuote(ch: string): boolean {
  return OPENERS.has(ch) || CLOSERS.has(ch) || ch === '"';
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

/** `findClaims`' per-token marks of names, reused from one article to the next (a typed array this size lives outside the heap). */
let personTokScratch = new Uint8Array(0);

/** The claims of an article, without ids (pure: used by the extractor and by tests). */
export function findClaims(input: ClaimInput): FoundClaim[] {
  const { text, segments, tokens, mentions, entities, times, attributions } = input;
  const models = input.models ?? null;
  const words = toWords(text, tokens);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const sortedTimes = [...times].sort((a, b) => a.start - b.start);
  // attributions (with a source) by the sentences their content overlaps
  const bySentence = new Map<number, Attribution[]>();
  for (const x of attributions) {
    if (x.source === null) continue;
    for (let si = firstEndingAfter(segments.sentences, x.content.start); si < segments.sentences.length && segments.sentences[si]!.start < x.content.end; si++) {
      const list = bySentence.get(si);
      if (list) list.push(x);
      else bySentence.set(si, [x]);
    }
  }

  // tokens inside PERSON names (1: a group noun followed by a name is not vague) and other names (2)
  if (personTokScratch.length < tokens.count) personTokScratch = new Uint8Array(Math.max(tokens.count, 2 * personTokScratch.length));
  const personTok = personTokScratch.fill(0, 0, tokens.count);
  {
    let t = 0;
    for (const m of sortedMentions) {
      const type = m.entity ? (entityById.get(m.entity)?.type ?? m.type) : m.type;
      if (m.form !== 'name' || !(type === 'PERSON' || OTHER_NAME_TYPES.has(type as NameType))) continue;
      while (t > 0 && tokens.start[t - 1]! >= m.start) t--;
      while (t < tokens.count && tokens.end[t]! <= m.start) t++;
      for (let k = t; k < tokens.count && tokens.start[k]! < m.end; k++) if (personTok[k] !== 1) personTok[k] = type === 'PERSON' ? 1 : 2;
    }
  }
  // what the word lists say about each token, looked up once
  // and the word cluster of each token (-1: none), when the models read clusters
  const clusters = input.clusters ?? models?.clusters ?? null;
  // (one look-up per token, by word id: `text/wordIds.ts`)
  const { infos, clusters: clusterTok, verbs, unigrams, unigramHashes, unigramA, unigramB } = articleInfos(words.raw, words.lower, clusters, models?.opinion ?? null, models?.checkworthiness ?? null, wordIdsOf(text, tokens));
  setVerbCandidates(words, verbs);
  // token-level feature strings and hashes, shared by a clause, its sentence and its unit
  const memo = models ? new FeatureMemo(tokens.count, unigrams, unigramHashes) : null;
  const clusterFeatures = clusters && clusterTok ? { clusters, ids: clusterTok } : null;
  // the two models' weights of each feature, looked up once per token feature
  const weights = models && memo ? new FeatureWeights(models.opinion, models.checkworthiness, tokens.count, clusterFeatures ? clusters!.hashes.length : 0, unigramA, unigramB) : null;
  const personAt = (i: number) => personTok[i] === 1;
  const nameAt = (i: number) => personTok[i] !== 0;

  const excluded = [segments.title, segments.byline, segments.dateline].filter((s): s is Span => s !== null);
  const out: FoundClaim[] = [];
  let t = 0;
  let mentionFrom = 0;
  let timeFrom = 0;
  for (let si = 0; si < segments.sentences.length; si++) {
    const sentence = segments.sentences[si]!;
    while (t < tokens.count && tokens.end[t]! <= sentence.start) t++;
    const a = t;
    while (t < tokens.count && tokens.start[t]! < sentence.end) t++;
    const b = t;
    if (a >= b) continue;
    if (excluded.some((x) => x.start < sentence.end && sentence.start < x.end)) continue;
    const inSentence = bySentence.get(si) ?? [];
    const vague = findVagueSources(words, a, b, personAt);
    let vi = 0;
    const units = input.wholeSentences ? [{ start: a, end: b, participial: false }] : splitClauses(words, a, b);
    while (mentionFrom < sortedMentions.length && sortedMentions[mentionFrom]!.end <= sentence.start) mentionFrom++;
    while (timeFrom < sortedTimes.length && sortedTimes[timeFrom]!.end <= sentence.start) timeFrom++;
    let previous: Claimant | null = null;
    let previousPast = false;
    const pending: Pending[] = [];
    /** The claim of one unit, its kind not yet decided (null: no claim). */
    const claimOf = (unit: ClauseUnit, whole: boolean): Pending | null => {
      let from = whole ? 0 : vi;
      while (from < vague.length && vague[from]!.start < unit.start) from++;
      if (!whole) vi = from;
      let to = from;
      while (to < vague.length && vague[to]!.start < unit.end) to++;
      const resolved = resolveUnit(words, text, unit, inSentence, from === to ? NO_VAGUE : vague.slice(from, to), whole ? null : previous);
      if (resolved) {
        // a fresh object of resolveUnit: completed in place (a spread copy costs more)
        resolved.participial = unit.participial && resolved.attribution === null;
        resolved.inheritedPast = unit.participial && !whole && previousPast;
      }
      if (!whole) previous = resolved?.fromSubject ? resolved.claimant : null;
      if (!resolved) {
        if (!whole) previousPast = false;
        return null;
      }
      const [s, e] = tightenSpan(text, resolved.start, resolved.end);
      if (s >= e) return null;
      // token range of the tight span
      let ts = unit.start;
      while (ts < unit.end && tokens.start[ts]! < s) ts++;
      let te = ts;
      while (te < unit.end && tokens.end[te]! <= e) te++;
      if (te <= ts) return null;
      if (!whole && !unit.participial && !hasFiniteVerb(words, ts, te)) return null; // a fragment
      const inside = collectInside(sortedMentions, mentionFrom, s, e);
      const insideTimes = collectInside(sortedTimes, timeFrom, s, e);
      const described = describeClaim(words, text, ts, te, s, e, resolved, inside, insideTimes, entityById, models, nameAt, memo, infos, clusterFeatures, weights);
      if (!whole) previousPast = described.past;
      let frame: Described | null = null;
      if (!whole && models && resolved.attribution !== null && (ts > unit.start || te < unit.end)) {
        // reported content: what can be checked is the report with its frame ("the Kremlin
        // announced Putin would not attend"), so check-worthiness reads the whole unit
        const [us, ue] = tightenSpan(text, tokens.start[unit.start]!, tokens.end[unit.end - 1]!);
        const unitMentions = collectInside(sortedMentions, mentionFrom, us, ue);
        const unitTimes = collectInside(sortedTimes, timeFrom, us, ue);
        frame = describeClaim(words, text, unit.start, unit.end, us, ue, withoutInheritedPast(resolved), unitMentions, unitTimes, entityById, models, nameAt, memo, infos, clusterFeatures, weights);
        previousPast = frame.past;
      }
      return { s, e, described, frame };
    };
    for (const unit of units) {
      const c = claimOf(unit, input.wholeSentences === true);
      if (c) pending.push(c);
    }
    if (pending.length === 0) continue;
    if (models) {
      // the sentence decides whether it is an opinion (read as the models are trained: the whole
      // sentence as one unit); its clauses inherit that unless they are clearly separate
      const single = pending.length === 1 && units.length === 1 && units[0]!.start === a && units[0]!.end === b && !units[0]!.participial;
      const sentence = single ? pending[0]!.described : (claimOf({ start: a, end: b, participial: false }, true)?.described ?? pending[0]!.described);
      decideKinds(pending, sentence, models);
    }
    for (const c of pending) {
      // reported content is scored with its frame (the claim's own score would be replaced)
      const body = finishClaim(c.described, models, c.frame && models ? scoreOf(c.frame, models, c.described.kind) : null);
      out.push({ start: c.s, end: c.e, rest: body, features: c.described.features });
    }
  }
  return out;
}

/** A claim without its id, with the features the models saw. */
export interface FoundClaim {
  start: number;
  end: number;
  rest: ClaimBody;
  features: string[];
}


function collectInside<T extends Span>(sorted: readonly T[], from: number, s: number, e: number): T[] {
  const found: T[] = [];
  for (let i = from; i < sorted.length && sorted[i]!.start < e; i++) {
    const x = sorted[i]!;
    if (x.start >= s && x.end <= e) found.push(x);
  }
  return found;
}

function hasFiniteVerb(words: Words, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isFiniteVerb(words, i, from, to)) return true;
  return false;
}

interface Resolved {
  start: number;
  end: number;
  claimant: Claimant;
  attribution: Attribution | null;
  /** The claimant comes from the unit's own subject (a participial clause after it inherits it). */
  fromSubject: boolean;
  /** A participial clause (no finite verb of its own). */
  participial?: boolean;
  /** The claimant's verb presents a view ("supporters see … as …", "critics believe"). */
  view?: boolean;
  /** A participial clause after a clause in the past: "announced …, delegating …". */
  inheritedPast?: boolean;
}

/** A copy of `r` with `inheritedPast: false`. */
function withoutInheritedPast(r: Resolved): Resolved {
  const copy: Resolved = { start: r.start, end: r.end, claimant: r.claimant, attribution: r.attribution, fromSubject: r.fromSubject, inheritedPast: false };
  if (r.participial !== undefined) copy.participial = r.participial;
  if (r.view !== undefined) copy.view = r.view;
  return copy;
}

function overlap(a: { start: number; end: number }, s: number, e: number): number {
  return Math.max(0, Math.min(a.end, e) - Math.max(a.start, s));
}

function claimantOf(a: Attribution): Claimant {
  const source = a.source!;
  if (source.entity) return { kind: 'entity', entity: source.entity };
  return { kind: 'vague', text: source.text };
}

/** Where a unit's claim lies and who makes it. Null for a unit that is only an attribution frame ("Trump said"). */
function resolveUnit(
  words: Words,
  text: string,
  unit: ClauseUnit,
  attributions: readonly Attribution[],
  vague: readonly VagueSourceMatch[],
  previous: Claimant | null,
): Resolved | null {
  const { tokens, lower } = words;
  const s = tokens.start[unit.start]!;
  const e = tokens.end[unit.end - 1]!;
  let best: Attribution | null = null;
  let bestOverlap = 0;
  for (const a of attributions) {
    const o = overlap(a.content, s, e);
    if (o > bestOverlap) {
      best = a;
      bestOverlap = o;
    }
  }
  const frameInside = (a: Attribution) =>
    (a.cue !== null && a.cue.start >= s && a.cue.end <= e) || (a.source !== null && a.source.start >= s && a.source.end <= e && overlap(a.content, a.source.start, a.source.end) === 0);
  if (best && frameInside(best)) {
    const cs = Math.max(best.content.start, s);
    const ce = Math.min(best.content.end, e);
    let ts = unit.start;
    while (ts < unit.end && tokens.start[ts]! < cs) ts++;
    let te = ts;
    while (te < unit.end && tokens.end[te]! <= ce) te++;
    // a partial quote is a fragment inside the author's paraphrase: the claim is the whole unit
    if (best.quoted !== 'partial' && isPropositionalContent(words, text, ts, te, best)) return { start: cs, end: ce, claimant: claimantOf(best), attribution: best, fromSubject: false };
    // content that is no clause ("called for direct talks", "urged Zelensky to seize …"): the
    // claim is the whole unit, the author's report of what a named source did; a vague group's
    // stance and a partial quote stay their source's
    return { start: s, end: e, claimant: best.source?.entity && best.quoted === 'none' ? { kind: 'author' } : claimantOf(best), attribution: best, fromSubject: false };
  }
  if (best && bestOverlap * 2 >= nonSpaceLength(text, s, e)) return { start: s, end: e, claimant: claimantOf(best), attribution: best, fromSubject: false };
  // a unit that is only the frame of an attribution whose content lies elsewhere
  for (const a of attributions) {
    if (!frameInside(a)) continue;
    let rest = false;
    for (let i = unit.start; i < unit.end && !rest; i++) {
      if (!isWordToken(words.raw[i]!)) continue;
      const inFrame = (a.source && tokens.start[i]! >= a.source.start && tokens.end[i]! <= a.source.end) || (a.cue && tokens.start[i]! >= a.cue.start && tokens.end[i]! <= a.cue.end);
      if (!inFrame) rest = true;
    }
    if (!rest) return null;
  }
  // "For conservatives, …" / "According to critics, …"
  const opener = lower[unit.start]!;
  const viewpointAt = opener === 'for' || opener === 'to' ? unit.start + 1 : opener === 'according' && lower[unit.start + 1] === 'to' ? unit.start + 2 : -1;
  if (viewpointAt > 0) {
    const m = vague.find((v) => v.start === viewpointAt);
    if (m && m.end < unit.end && lower[m.end] === ',') return { start: s, end: e, claimant: vagueClaimant(text, tokens, m), attribution: null, fromSubject: true };
  }
  // a vague group as the subject of a verb of saying or believing: "Conservatives widely back …"
  for (const m of vague) {
    if (m.start < unit.start || m.end >= unit.end) continue;
    let v = m.end;
    while (v < unit.end && v < m.end + 4 && (lower[v]!.endsWith('ly') || ADVERB_LIKE.has(lower[v]!) || (AUXILIARIES.has(lower[v]!) && !STANCE_VERBS.has(lower[v]!)))) v++;
    if (v < unit.end && isStance(lower[v]!) && (v === m.end || isFiniteVerb(words, m.end, unit.start, unit.end) || isFiniteVerb(words, v, unit.start, unit.end) || lower[m.end]!.endsWith('ly'))) {
      return { start: s, end: e, claimant: vagueClaimant(text, tokens, m), attribution: null, fromSubject: true, view: BELIEF_VERBS.has(lower[v]!) };
    }
  }
  if (unit.participial && previous && previous.kind === 'vague') return { start: s, end: e, claimant: previous, attribution: null, fromSubject: true };
  return { start: s, end: e, claimant: { kind: 'author' }, attribution: null, fromSubject: false };
}

/**
 * Whether an attribution's content over tokens `[ts, te)` is a proposition: a clause with its
 * own subject and finite verb ("he will not attend", "that talks would resume"), not a noun
 * phrase ("direct talks with Zelensky" after "called for"), an infinitive ("to derail …") or
 * an object with an infinitive ("Zelensky to seize the opportunity"). A direct quote only needs
 * a finite verb.
 */
export function isPropositionalContent(words: Words, text: string, ts: number, te: number, a: Attribution): boolean {
  if (!hasFiniteVerb(words, ts, te)) return false;
  if (a.quoted === 'direct') return true;
  const { lower, raw } = words;
  let i = ts;
  while (i < te && !isWordToken(raw[i]!)) i++;
  if (i >= te) return false;
  const complementizer = lower[i] === 'that' || lower[i] === 'whether' || lower[i] === 'if';
  if (a.cue && !complementizer && a.cue.end <= words.tokens.start[i]!) {
    // right after a cue that ends in a preposition, only a noun phrase can follow
    const cue = a.cue.text.toLowerCase();
    const last = cue.slice(cue.lastIndexOf(' ') + 1);
    if (CUE_PREPOSITIONS.has(last) && text.slice(a.cue.end, words.tokens.start[i]).trim() === '') return false;
  }
  if (complementizer) i++;
  if (i < te && lower[i] === 'to') return false;
  return startsClause(words, i, te);
}

function vagueClaimant(text: string, tokens: Words['tokens'], m: VagueSourceMatch): Claimant {
  return { kind: 'vague', text: text.slice(tokens.start[m.start], tokens.end[m.end - 1]) };
}

function nonSpaceLength(text: string, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** Modality, cues, features and links of a claim over tokens `[ts, te)` = chars `[s, e)`; its kind is decided later (`decideKinds`), then `finishClaim`. */
function describeClaim(
  words: Words,
  text: string,
  ts: number,
  te: number,
  s: number,
  e: number,
  resolved: Resolved,
  mentions: readonly Mention[],
  times: readonly TimeExpression[],
  entityById: ReadonlyMap<EntityId, Entity>,
  models: ClaimModels | null,
  nameAt: (token: number) => boolean,
  memo: FeatureMemo | null,
  infos: readonly WordInfo[],
  clusterFeatures: TokenClusters | null,
  weights: FeatureWeights | null,
): Described {
  const { lower, raw, tokens } = words;
  const modality: Modality = { hedged: false, negated: false, conditional: false };
  let normative = false;
  let future = false;
  let evaluative = 0;
  let view = false;
  let past = false;
  let firstVerbSeen = false;
  let reportedPast = false;
  let comparison = false;
  let causal = false;
  let whether = false;
  let wordCount = 0;
  for (let i = ts; i < te; i++) {
    const w = lower[i]!;
    if (isWordToken(raw[i]!)) wordCount++;
    const info = infos[i]!;
    const f = info.flags;
    if (!firstVerbSeen && !resolved.participial && isFiniteVerb(words, i, ts, te)) {
      // the tense of the claim is the tense of its first finite verb
      firstVerbSeen = true;
      past = PAST_AUX.has(w) || IRREGULAR_PAST.has(w) || w.endsWith('ed') || isPerfectAt(lower, i, te);
    }
    if (f === 0 && info.evaluative === 0) {
      if (w === 'whether') whether = true;
      continue;
    }
    if (w === 'whether') whether = true;
    if (!modality.hedged && f & W_HEDGE && hedgeAt(lower, raw, i, te) > 0) modality.hedged = true;
    if (!modality.negated && f & W_NEGATION && isNegationAt(lower, i, te)) modality.negated = true;
    if (!modality.conditional && f & W_CONDITIONAL) {
      if (CONDITIONAL_WORDS.has(w)) {
        const prev = i > ts ? lower[i - 1]! : '';
        if (!NOT_CONDITIONAL_BEFORE_IF.has(prev) && !(prev === 'or' && whether)) modality.conditional = true;
      } else if (phraseAtIndex(lower, i, CONDITIONAL_INDEX, te) > 0) modality.conditional = true;
    }
    // "will not have to pay" is no judgement
    if (f & W_NORMATIVE && (NORMATIVE_WORDS.has(w) || (phraseAtIndex(lower, i, NORMATIVE_INDEX, te) > 0 && !(i > ts && NOT_NORMATIVE_BEFORE.has(lower[i - 1]!))))) normative = true;
    // "announced he will not attend": a future inside past reported speech is not the claim's own
    if (!future && !reportedPast && f & W_FUTURE && isFutureAt(lower, raw, i, ts, te)) future = true;
    const weight = info.evaluative;
    if (weight) {
      // attributive use ("crucial peace talks") colours a noun; predicative use ("is crucial") judges
      const next = i + 1 < te ? lower[i + 1]! : '';
      const attributive = next !== '' && isWordToken(raw[i + 1]!) && !NOT_BEFORE_FINITE.has(next) && next !== 'and' && next !== 'or' && next !== 'but';
      evaluative += attributive && !w.endsWith('ly') ? weight / 2 : weight;
    }
    if (f & W_VIEW && i > ts && (lower[i - 1] === 'as' || VIEW_BEFORE.has(lower[i - 1]!)) && i + 1 < te && lower[i + 1] === 'as') view = true;
    if (!reportedPast && f & W_REPORTED_PAST && isFiniteVerb(words, i, ts, te)) reportedPast = true;
    if (f & W_COMPARISON) comparison = true;
    if (f & W_CAUSAL && (CAUSAL_WORDS.has(w) || phraseAtIndex(lower, i, CAUSAL_INDEX, te) > 0)) causal = true;
  }
  if (resolved.participial && resolved.inheritedPast) past = true;
  // "might attend if Putin participated": a possibility under a condition is about what may come
  if (!future && modality.hedged && modality.conditional && !normative && hasModal(lower, ts, te)) future = true;
  const question = text[e - 1] === '?';
  const ruleKind: ClaimKind = question ? 'question' : normative ? 'opinion' : future ? 'prediction' : evaluative >= 1 || view || resolved.view ? 'opinion' : 'factual';

  const entityIds: EntityId[] = [];
  const people = new Set<EntityId>();
  let otherNames = false;
  let number = false;
  let dateMention = false;
  for (const m of mentions) {
    if (m.entity) {
      if (!entityIds.includes(m.entity)) entityIds.push(m.entity);
      const type = entityById.get(m.entity)?.type ?? m.type;
      if (m.form === 'name' || m.form === 'title') {
        if (type === 'PERSON') people.add(m.entity);
        else if (OTHER_NAME_TYPES.has(type as NameType)) otherNames = true;
      }
    }
    if (VALUE_TYPES_COUNTED.has(m.type) && !inAny(times, m.start, m.end)) number = true;
    if (m.type === 'DATE' || m.type === 'TIME') dateMention = true;
  }
  if (!number) {
    for (let i = ts; i < te; i++) {
      if (tokens.kind[i] === TokenKind.Number && !inAny(times, tokens.start[i]!, tokens.end[i]!) && !inAnyMention(mentions, tokens.start[i]!, tokens.end[i]!)) number = true;
    }
  }
  const date = times.length > 0 || dateMention;
  const cues: ClaimCues = {
    people: people.size,
    otherNames,
    number,
    date,
    past,
    future,
    normative,
    evaluative,
    view: view || resolved.view === true,
    comparison,
    causal,
    question,
    hedged: modality.hedged,
    negated: modality.negated,
    conditional: modality.conditional,
    vague: resolved.claimant.kind === 'vague',
    attributed: resolved.attribution !== null,
    quoted: resolved.attribution !== null && resolved.attribution.quoted !== 'none',
    words: wordCount,
  };
  // each feature hashed once, for both models (with a memo, each token's once per article)
  // with `weights`, the models read the weights and the hashes are not kept
  const hashList: number[] | null = memo && weights === null ? [] : null;
  const marks: OpinionMarks = { opinion: false, actor: false };
  if (weights !== null) weights.begin();
  const features = claimFeatures(words, ts, te, cues, nameAt, memo, hashList, infos, marks, clusterFeatures, weights);
  // the opinion logit (the model's bias and each feature's weight, the very doubles `weightOfHash`
  // gives, added in order) and each feature's check-worthiness weight, in order
  const opinionSum: number | null = weights !== null && memo !== null ? weights.sumA : null;
  const checkWeights: ArrayLike<number> | null = weights !== null && memo !== null ? weights.b : null;
  const hashes: ArrayLike<number> = hashList ?? (models && opinionSum === null ? hashFeatures(features) : NO_HASHES);
  // the rules' strong cues stand ("must", "only through"; "was seen as"); otherwise the model
  // decides (`decideKinds`): a question is one unless the model reads an opinion in it
  const decided = !question && (normative || cues.view);
  const logit = models ? (opinionSum ?? models.opinion.logitOfHashes(hashes)) : 0;
  const own = models && !decided ? logit : 0;
  // a plain report of a past event and a source's reported content are read alone: the tone
  // of the author's sentence around them is not theirs
  const plain = past && !decided && models !== null && marks.actor && !marks.opinion;
  const alone = plain || (resolved.attribution !== null && resolved.claimant.kind !== 'author');
  return {
    kind: ruleKind,
    decided,
    future,
    own,
    logit,
    plain,
    alone,
    features,
    hashes,
    checkWeights,
    past,
    claimant: resolved.claimant,
    attribution: resolved.attribution?.id ?? null,
    modality,
    entities: entityIds,
    times: times.map((x) => x.id as TimeId),
    check: {
      people: Math.min(2, people.size),
      otherNames: otherNames ? 1 : 0,
      number: number ? 1 : 0,
      pastWithDate: past && date ? 1 : 0,
      date: date && !past ? 1 : 0,
      past: past && !date ? 1 : 0,
      comparison: comparison ? 1 : 0,
      causal: causal ? 1 : 0,
      opinion: 0,
      question: 0,
      prediction: 0,
      hedged: modality.hedged ? 1 : 0,
      conditional: modality.conditional ? 1 : 0,
      vague: resolved.claimant.kind === 'vague' ? 1 : 0,
      short: wordCount < 5 ? 1 : 0,
    },
  };
}

/** A claim described by `describeClaim`, its kind decided by the rules or by `decideKinds`. */
interface Described {
  kind: ClaimKind;
  /** The rules' strong cues decided the kind (a question, "must", "seen as"): the model does not. */
  readonly decided: boolean;
  readonly future: boolean;
  /** The opinion model's logit of the claim alone (0 without models or when decided). */
  readonly own: number;
  /** The opinion model's logit of the claim alone, decided or not (0 without models). */
  readonly logit: number;
  /** A plain report of a past event (`isPlainReport`). */
  readonly plain: boolean;
  /** Read alone, not with its sentence: a plain report, or a source's reported content. */
  readonly alone: boolean;
  readonly features: string[];
  readonly hashes: ArrayLike<number>;
  /** The check-worthiness weight of each feature (null: ask the model by `hashes`). */
  readonly checkWeights: ArrayLike<number> | null;
  readonly past: boolean;
  readonly claimant: Claimant;
  readonly attribution: Claim['attribution'];
  readonly modality: Modality;
  readonly entities: EntityId[];
  readonly times: TimeId[];
  readonly check: CheckFeatures;
}

interface Pending {
  s: number;
  e: number;
  described: Described;
  /** The whole unit around a source's reported content (its check-worthiness is the frame's). */
  frame: Described | null;
}

const NO_VAGUE: VagueSourceMatch[] = [];

/**
 * The kinds of a sentence's claims with the models (a question stays one unless the model reads
 * an opinion in it: "Is this the leadership we deserve?"). Whether the sentence is an opinion is
 * decided once, over the whole sentence (as the model is trained); its clauses inherit that,
 * except a source's reported content and a plain report of a past event, which are read alone.
 * An opinion sentence keeps at least one opinion claim (its most opinionated clause that is not
 * read alone: a clause about the future otherwise), so the sentence-level decision carries to the
 * claims. A claim about the future is a prediction unless
 * the opinion is clearer (`predictionOpinionThreshold`).
 */
function decideKinds(pending: readonly Pending[], sentence: Described, models: ClaimModels): void {
  const sentenceLogit = sentence.logit;
  const sentenceP = sigmoid(sentenceLogit);
  let opinions = 0;
  let best: Described | null = null;
  for (const { described: d } of pending) {
    if (d.decided) {
      if (d.kind === 'opinion') opinions++;
      continue;
    }
    const p = d.alone ? sigmoid(d.own) : sentenceP;
    const threshold = d.plain ? Math.max(models.opinionThreshold, PLAIN_REPORT_THRESHOLD) : models.opinionThreshold;
    if (d.kind === 'question') d.kind = p >= threshold ? 'opinion' : 'question';
    else d.kind = d.future ? (p >= models.predictionOpinionThreshold ? 'opinion' : 'prediction') : p >= threshold ? 'opinion' : 'factual';
    if (d.kind === 'opinion') opinions++;
    else if (!d.alone && d.kind !== 'question' && (best === null || d.own > best.own)) best = d;
  }
  if (opinions === 0 && best !== null && !sentence.decided && sentenceP >= (sentence.future ? models.predictionOpinionThreshold : models.opinionThreshold)) best.kind = 'opinion';
}

/** The claim's body once its kind is known: check-worthiness (learned with models, else the rules) and evidence. */
function finishClaim(d: Described, models: ClaimModels | null, scored: { score: number; evidence: string[] } | null = null): ClaimBody {
  const { score, evidence } = scored ?? scoreOf(d, models, d.kind);
  return {
    kind: d.kind,
    claimant: d.claimant,
    attribution: d.attribution,
    modality: d.modality,
    checkworthiness: score,
    entities: d.entities,
    times: d.times,
    evidence,
  };
}

/** Check-worthiness of `d` scored as a claim of kind `kind` (learned with models, else the rules). */
function scoreOf(d: Described, models: ClaimModels | null, kind: ClaimKind): { score: number; evidence: string[] } {
  if (models) return learnedCheckworthiness(models.checkworthiness, d.features, d.hashes, d.checkWeights, kind);
  const check: CheckFeatures = { ...d.check, opinion: kind === 'opinion' ? 1 : 0, question: kind === 'question' ? 1 : 0, prediction: kind === 'prediction' ? 1 : 0 };
  return scoreCheckworthiness(check);
}


const NO_HASHES = new Uint32Array(0);

const MODALS = new Set(['might', 'may', 'could']);

function hasModal(lower: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (MODALS.has(lower[i]!)) return true;
  return false;
}

/** "has reaffirmed", "have already drawn", "has yet to respond": a present perfect reports a past event. */
function isPerfectAt(lower: readonly string[], i: number, end: number): boolean {
  const w = lower[i]!;
  if (w !== 'has' && w !== 'have' && w !== 'hasn’t' && w !== 'haven’t') return false;
  let k = i + 1;
  while (k < end && k < i + 3 && (PERFECT_GAP.has(lower[k]!) || lower[k]!.endsWith('ly'))) k++;
  const v = k < end ? lower[k]! : '';
  // "has yet to respond": nothing has happened up to now
  if (v === 'yet' && k + 1 < end && lower[k + 1] === 'to') return true;
  return v.length > 3 && ((v.endsWith('ed') && !v.endsWith('eed')) || IRREGULAR_PAST.has(v) || PAST_PARTICIPLES.has(v));
}

/** The kind of a claim as a feature of check-worthiness. */
export function kindFeature(kind: ClaimKind): string {
  return `kind:${kind}`;
}

/** `hashFeature(kindFeature(kind))`, made once per kind (`model.weight(f)` is `weightOfHash(hashFeature(f))`). */
const KIND_HASHES = new Map<ClaimKind, number>();
function kindHash(kind: ClaimKind): number {
  let h = KIND_HASHES.get(kind);
  if (h === undefined) {
    h = hashFeature(kindFeature(kind));
    KIND_HASHES.set(kind, h);
  }
  return h;
}

/** Check-worthiness from the learned model; the evidence names the features that weigh most. */
function learnedCheckworthiness(model: LinearModel, features: readonly string[], hashes: ArrayLike<number>, weights: ArrayLike<number> | null, kind: ClaimKind): { score: number; evidence: string[] } {
  // each feature hashed once (`hashes`); only the few that weigh are described, their weights
  // summed by reason in first-seen order (scratch arrays: a claim has a handful of reasons)
  let sum = model.bias;
  let count = 0;
  for (let i = 0; i <= features.length; i++) {
    const last = i === features.length;
    const w = last ? model.weightOfHash(kindHash(kind)) : weights !== null ? weights[i]! : model.weightOfHash(hashes[i]!);
    sum += w;
    if (Math.abs(w) < 0.05) continue;
    const reason = last ? (kind === 'factual' ? null : kind === 'opinion' ? 'opinion wording' : kind === 'question' ? 'a question' : 'a prediction') : describeFeatureCached(features[i]!);
    if (reason === null) continue;
    let k = 0;
    while (k < count && SEEN_REASONS[k] !== reason) k++;
    if (k === count) {
      SEEN_REASONS[count] = reason;
      SEEN_WEIGHTS[count] = 0 + w;
      count++;
    } else SEEN_WEIGHTS[k] = SEEN_WEIGHTS[k]! + w;
  }
  return { score: Math.round(sigmoid(sum) * 100) / 100, evidence: count > 0 ? topReasons(count, 4) : [] };
}

/** Scratch of `learnedCheckworthiness`: the reasons seen and their summed weights. */
const SEEN_REASONS: string[] = [];
const SEEN_WEIGHTS: number[] = [];

/** The `n` reasons of `SEEN_*[0, count)` of greatest absolute weight, ties in first-seen order (as a stable sort would give). */
function topReasons(count: number, n: number): string[] {
  const reasons: string[] = [];
  const weights: number[] = [];
  for (let j = 0; j < count; j++) {
    const reason = SEEN_REASONS[j]!;
    const a = Math.abs(SEEN_WEIGHTS[j]!);
    // insert after every kept reason at least as heavy; drop what falls past n
    let k = reasons.length;
    while (k > 0 && weights[k - 1]! < a) k--;
    if (k >= n) continue;
    reasons.splice(k, 0, reason);
    weights.splice(k, 0, a);
    if (reasons.length > n) {
      reasons.pop();
      weights.pop();
    }
  }
  return reasons;
}

function inAny(spans: readonly Span[], s: number, e: number): boolean {
  return spans.some((x) => x.start <= s && e <= x.end);
}

function inAnyMention(mentions: readonly Mention[], s: number, e: number): boolean {
  return mentions.some((m) => (m.type === 'DATE' || m.type === 'TIME') && m.start <= s && e <= m.end);
}

function isNegationAt(lower: readonly string[], i: number, end: number): boolean {
  const w = lower[i]!;
  if (phraseAtIndex(lower, i, NOT_NEGATION_INDEX, end) > 0) return false;
  if (NEGATION_WORDS.has(w) || w.endsWith('n’t')) return true;
  return phraseAtIndex(lower, i, NEGATION_INDEX, end) > 0;
}

function isFutureAt(lower: readonly string[], raw: readonly string[], i: number, from: number, end: number): boolean {
  const w = lower[i]!;
  if (phraseAtIndex(lower, i, FUTURE_INDEX, end) > 0) return true;
  const next = i + 1 < end ? lower[i + 1]! : '';
  if (FUTURE_WORDS.has(w)) {
    // "the will of the people", "political will"
    if (w === 'will' && (next === 'of' || next === '' || !isWordToken(raw[i + 1]!) || (i > from && (NOUN_DETERMINERS.has(lower[i - 1]!) || lower[i - 1] === 'political' || lower[i - 1] === '’s')))) return false;
    return true;
  }
  if (w === 'would' || w === 'wouldn’t') {
    let k = i + 1;
    while (k < end && (lower[k] === 'not' || lower[k]!.endsWith('ly'))) k++;
    const verb = k < end ? lower[k]! : '';
    return verb !== '' && !NOT_FUTURE_AFTER_WOULD.has(verb) && verb !== 'have';
  }
  return false;
}
