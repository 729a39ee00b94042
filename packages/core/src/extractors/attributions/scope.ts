/**
 * What the attribution rules of one article share: the draft and scope types, `createScope`
 * (the article's layers, token view, quotes, cues and the drafts made so far), the tokens each
 * per-token rule starts from (`ruleStarts`), word sets used by several rule families, and small
 * token helpers (`sentenceOf`, `tokenSpan`, `skipAdverbsBack`, `pastDateline`, `confidenceOf` …).
 */
import type { ExtractorContext } from '../../pipeline/extractor.js';
import { NAME_TYPES, type AttributionSource, type Mention, type Quoted } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import type { Span } from '../../types/span.js';
import { TokenKind } from '../../types/layers.js';
import { createTokenView, isPossessive, titleTokens, type TokenView } from '../entities/tokenView.js';
import { nounCueOf, quoteVerbCue, tokenCues, type Cue } from './cues.js';
import { wordIdsOf } from '../../text/wordIds.js';
import { findQuotes, type Quote, type Quotes } from './quotes.js';

export const MODALS: ReadonlySet<string> = new Set([
  'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall',
  "won't", 'won’t', "wouldn't", 'wouldn’t', "can't", 'can’t', "couldn't", 'couldn’t', "shouldn't", 'shouldn’t',
]);
export const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s']);
export const PROGRESSIVE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been', 'keeps', 'kept']);
export const PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'of', 'for', 'from', 'at', 'to', 'in', 'on', 'about']);
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...', ';']);
/** Dashes that open an aside inside a content (boundary candidates; `-` only with a space before it). */
export const BOUNDARY_DASHES: ReadonlySet<string> = new Set(['—', '–', '--', '―', '-']);
export const FINITE_AUX: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'do', 'did', 'does', 'should', 'may', 'might', 'must']);
/** +1 for a male pronoun, -1 for a female one. */
export const PRONOUN_GENDER: ReadonlyMap<string, number> = new Map([
  ['he', 1], ['him', 1], ['his', 1], ['himself', 1], ['she', -1], ['her', -1], ['hers', -1], ['herself', -1],
]);

/** An attribution before it gets its id. */
export interface Draft {
  quoted: Quoted;
  source: AttributionSource | null;
  cue: Span | null;
  content: Span;
  /** A rough score that orders drafts for the same quote; the output's confidence is calibrated per rule (`confidence.ts`). */
  confidence: number;
  rule: string;
  /** Quotes (indices) this attribution covers. */
  quotes: number[];
  /**
   * Where the content ends once the quotes that go on from it have joined (“A,” she said. “B.”);
   * -1 while none has. Always present, so every draft has one shape (a field added later made two).
   */
  extendTo: number;
}

export type Ctx = ExtractorContext<'segments' | 'tokens' | 'mentions' | 'entities', 'attributions'>;

const NAME_TYPE_SET: ReadonlySet<string> = new Set(NAME_TYPES);
/** Read the headline as a sentence (`createTokenView(…, titleSentence)`). */
const TITLE_SENTENCE = true;

/**
 * Twenty-sixth session: a capitalised word of a person's name that is also a modal, an auxiliary or "said" ("May said …",
 * "Carla Long said …", "Edward Said argued") is the name to the rules, not the verb (`createTokenView`'s `nameWords`).
 */
const NAME_WORDS_NOT_VERBS = true;

/** The modals and auxiliaries, "said" and "says", and "long", an adverb the source search steps over ("Carla Long said"). */
const NAME_VERB_WORDS: ReadonlySet<string> = new Set([...MODALS, ...FINITE_AUX, 'said', 'says', 'long']);

/**
 * Twenty-sixth session: "“…,” Reed retorted.", "“…,” shot back Reed.": verbs that report speech only beside a quote are cues in
 * the few words after a closing quote mark, in its sentence (`quoteVerbCue`).
 */
const QUOTE_ONLY_CUES = true;
const QUOTE_CUE_REACH = 8;

/** `QUOTE_ONLY_CUES`: sets `tokCue` for such verbs after each closing quote mark. */
function quoteOnlyCues(v: TokenView, quotes: Quotes, tokCue: (Cue | undefined)[]): void {
  for (const q of quotes.list) {
    if (q.close < 0) continue;
    const s = v.tokens.sentence[q.close];
    for (let j = q.close + 1; j < v.count && j <= q.close + QUOTE_CUE_REACH && v.tokens.sentence[j] === s; j++) {
      if (v.tokens.kind[j] === TokenKind.Quote) break;
      if (tokCue[j] === undefined && v.isWord(j)) tokCue[j] = quoteVerbCue(v.lower[j]!, v.lower[j + 1] ?? '');
    }
  }
}

/** What the rules of one article share: its layers, views and the drafts made so far. */
export function createScope(ctx: Ctx) {
  const text = ctx.text;
  const segments = ctx.get('segments');
  const tokens = ctx.get('tokens');
  const mentions = ctx.get('mentions');
  const names = mentions.filter((m) => m.form === 'name' && NAME_TYPE_SET.has(m.type));
  // the headline is one more sentence (PolNeAR marks attributions in headlines: "Keller Says Rivals Leaked Memo")
  const v = createTokenView(text, tokens, segments, names, TITLE_SENTENCE, NAME_WORDS_NOT_VERBS ? NAME_VERB_WORDS : null);
  let sentence = tokens.sentence;
  const title = v.sentenceFirst.length > segments.sentences.length ? titleTokens(tokens, segments) : null;
  if (title) {
    sentence = tokens.sentence.slice();
    sentence.fill(segments.sentences.length, title[0], title[1]);
  }
  // dates and times ("Wednesday") between a cue and its content are skipped
  const timeTok = new Uint8Array(v.count);
  for (const m of mentions) {
    if (m.type !== 'DATE' && m.type !== 'TIME') continue;
    for (let i = v.tokenAtOrAfter(m.start); i < v.count && v.tokens.end[i]! <= m.end; i++) timeTok[i] = 1;
  }
  const quotes = findQuotes(text, tokens, segments);
  const { one: tokCue, two: tokCuePair } = tokenCues(v.lower, v.count, v.count === tokens.count ? wordIdsOf(text, tokens) : null);
  const { inside } = quotes;
  if (QUOTE_ONLY_CUES) quoteOnlyCues(v, quotes, tokCue);

  // pronoun and nominal mentions by their last token
  const refAt = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.form !== 'pronoun' && m.form !== 'nominal') continue;
    const last = v.tokenEndingBy(m.end);
    if (last >= 0) refAt.set(last, m);
  }

  // people by their lower-case surname, for upper-case transcript speakers ("PENCE:")
  const personBySurname = new Map<string, EntityId>();
  for (const e of ctx.get('entities')) {
    if (e.type !== 'PERSON') continue;
    // (the word after the last space: what `split(' ')` ends with, without the array)
    const last = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
    if (!personBySurname.has(last)) personBySurname.set(last, e.id);
  }

  const usedCue = new Uint8Array(v.count);
  const quoteUsed = new Uint8Array(quotes.list.length);
  const drafts: Draft[] = [];

  // ----- sources



  // ----- content



  const headlineBlock = segments.title ?? segments.paragraphs[0] ?? null;
  const turns = new Map<string, number>();
  const starts = ruleStarts(v, tokCuePair);
  return { ctx, text, segments, tokens, mentions, names, v, sentence, timeTok, quotes, inside, tokCue, tokCuePair, starts, refAt, personBySurname, usedCue, quoteUsed, drafts, headlineBlock, turns };
}

export type Scope = ReturnType<typeof createScope>;

/** The tokens each per-token rule can start from, in text order (supersets: each rule checks its own conditions again). */
interface RuleStarts {
  /** Reporting verbs (one- or two-word cues). */
  cues: number[];
  /** "according" before "to". */
  according: number[];
  /** Noun cues before "that" / "to". */
  nounCues: number[];
  /** Raising verbs and passives before "to". */
  raising: number[];
  /** "asked" (with no subject: "when asked about …"). */
  asked: number[];
  /** Forms of "make" ("made it clear that …"). */
  make: number[];
}

/** `MAKE_CLEAR` (`madeClear` in `otherCueRules.ts`): its starts, forms of "make", are found here. */
const MAKE_CLEAR = true;
const MAKE_FORMS: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);
/** Raising verbs and passives whose subject belongs to the content ("X seems to …", "X is expected to …"). */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** (round twelve: not "scheduled": "X is scheduled to appear" is a timetable, right 2 of 14 times on train, 0 of 1 on dev) */
export const RAISING_PASSIVE: ReadonlySet<string> = new Set(['expected', 'said', 'projected']);
/** Raising verbs without "to" ("seems too risky"): train share 60 of 229, off. */
export const RAISING_BARE = false;

/** Finds the starts of all per-token rules in one pass over the tokens, instead of one pass per rule. */
function ruleStarts(v: TokenView, cuePair: readonly (Cue | undefined)[]): RuleStarts {
  const out: RuleStarts = { cues: [], according: [], nounCues: [], raising: [], asked: [], make: [] };
  for (let k = 0; k < v.count; k++) {
    if (cuePair[k] !== undefined) out.cues.push(k);
    if (k + 1 >= v.count) break;
    const next = v.lower[k + 1]!;
    const w = v.lower[k]!;
    if (w === 'asked') out.asked.push(k);
    // (the first letter first: this loop runs over every token)
    if (MAKE_CLEAR && w.charCodeAt(0) === 109 && w.length >= 4 && w.length <= 6 && MAKE_FORMS.has(w)) out.make.push(k);
    if (k >= 1 && (next === 'to' || RAISING_BARE) && (RAISING_PASSIVE.has(w) || RAISING_VERBS.has(w))) out.raising.push(k);
    if (next !== 'to' && next !== 'that') continue;
    if (next === 'to' && w === 'according') out.according.push(k);
    if (k >= 1 && k + 2 < v.count && nounCueOf(w, next) !== undefined) out.nounCues.push(k);
  }
  return out;
}

/** `/^[a-z]+ing$/.test(w)`, without a regex. */
export function isIng(w: string): boolean {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 103 || w.charCodeAt(n - 2) !== 110 || w.charCodeAt(n - 3) !== 105) return false;
  for (let i = 0; i < n - 3; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Irregular past participles ("was seen as", "is known for"). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'known', 'given', 'shown', 'taken', 'held', 'made', 'done', 'written', 'thought', 'told', 'found', 'brought', 'driven', 'left', 'built', 'caught', 'led', 'meant', 'set', 'put', 'kept', 'won', 'sent', 'spent', 'struck', 'understood']);

/** A past participle form: "-ed" or one of the common irregular ones. */
export function isPastParticiple(w: string): boolean {
  return (w.length > 3 && w.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(w);
}

/** Index of the first quote that starts at or after `offset` (quotes are in text order). */
export function firstQuoteFrom(list: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sentenceOf(st: Scope, i: number): number {
  return st.sentence[i] ?? -1;
}

export function tokenSpan(st: Scope, s: number, e: number): Span {
  const { ctx, v } = st;
  return ctx.span(v.tokens.start[s]!, v.tokens.end[e - 1]!);
}

export const ADVERBS: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'then', 'again', 'later', 'earlier',
  'once', 'already', 'just', 'now', 'still', 'even', 'himself', 'herself', 'themselves', 'itself', 'not', 'never', 'did', 'does', 'do',
  'further', 'first', 'previously', 'last', 'separately', 'too',
  // negated auxiliaries, one token each ("He didn't suggest …")
  "didn't", 'didn’t', "doesn't", 'doesn’t', "don't", 'don’t', "hasn't", 'hasn’t', "haven't", 'haven’t', "hadn't", 'hadn’t',
]);

/** Round fourteen: nouns that end like an adverb ("The family said …", "the former monopoly said": before, read as adverbs, no source at all). */
export const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'monopoly', 'assembly', 'ally', 'rally', 'supply', 'reply', 'anomaly', 'italy', 'bully', 'homily', 'folly', 'jelly', 'belly', 'lily', 'tally', 'panoply', 'oligopoly', 'duopoly']);
/** An -ly word of five letters or more that is no noun of `LY_NOUNS`: an adverb. */
export const isLyAdverb = (w: string): boolean => w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w);

export function skipAdverbsBack(st: Scope, k: number, floor: number): number {
  const { v } = st;
  while (k >= floor && (ADVERBS.has(v.lower[k]!) || (isLyAdverb(v.lower[k]!) && !v.nameAt[k] && !pressNounAt(v, k)))) k--;
  return k;
}

/** Twenty-seventh session: "the daily said", "China's business weekly reported": a newspaper named by how often it appears (`PRESS_DAILY`). */
export const PRESS_DAILY = true;
const PRESS_LY: ReadonlySet<string> = new Set(['daily', 'weekly', 'monthly', 'biweekly', 'quarterly']);
const PRESS_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
/**
 * `PRESS_DAILY`: token `k` is "daily", "weekly" … as a noun, a newspaper: after a determiner or a possessive, or after a
 * lower-case modifier that itself follows one ("the business daily", "China's official daily"); not the adverb ("fixed daily").
 */
export function pressNounAt(v: TokenView, k: number): boolean {
  if (!PRESS_DAILY || !PRESS_LY.has(v.lower[k]!) || k === 0) return false;
  for (let x = k - 1; x >= 0 && x >= k - 4; x--) {
    const w = v.lower[x]!;
    if (PRESS_DETERMINERS.has(w) || isPossessive(w)) return true;
    if (!v.isWord(x) || (v.isCap(x) && !v.nameAt[x]) || w.endsWith('ly') || w.endsWith('ed')) return false;
  }
  return false;
}

export function skipAdverbsForward(v: TokenView, k: number, limit: number): number {
  while (k < limit && (ADVERBS.has(v.lower[k]!) || (isLyAdverb(v.lower[k]!) && !v.nameAt[k]))) k++;
  return k;
}

export const DATELINE_DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '--', '-']);

/** Past a dateline that opens a sentence ("WASHINGTON ― …", "PARIS -- …"), or `from`. */
export function pastDateline(st: Scope, from: number, before: number): number {
  const { v } = st;
  for (let x = from; x < before && x < from + 4; x++) {
    if (v.isWord(x) && v.raw(x) === v.raw(x).toUpperCase()) continue;
    if (x > from && DATELINE_DASHES.has(v.lower[x]!)) return x + 1;
    break;
  }
  return from;
}

export function confidenceOf(st: Scope, source: AttributionSource, base: number): number {
  let c = base;
  if (source.kind === 'vague') c -= 0.05;
  if (source.kind === 'pronoun' && !source.entity) c -= 0.1;
  if (source.kind === 'nominal') c -= 0.05;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

export function inHeadline(st: Scope, k: number): boolean {
  const { v, headlineBlock } = st;
  return headlineBlock !== null && v.tokens.start[k]! >= headlineBlock.start && v.tokens.end[k]! <= headlineBlock.end;
}

export const QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'what', 'who', 'whom', 'how', 'why', 'which', 'where', 'when']);

/**
 * Round fourteen: "Peter Lyle, asked about the remark by reporters, said …": an "asked" right after a comma and before
 * "about" or a question word is a passive aside — the subject was asked, and says what follows (PolNeAR: the aside has no
 * source, the later verb has the subject). Read by `askedAbout` (`otherCueRules`), skipped by the verb rule (`reportedSpeech`) and no cue between
 * a subject and its verb (`sourceBefore`).
 */
export const ASKED_ASIDE = true;

/** Whether token `k` is such an aside "asked" (`ASKED_ASIDE`). */
export function askedAside(v: TokenView, k: number): boolean {
  const next = v.lower[k + 1] ?? '';
  return ASKED_ASIDE && v.lower[k] === 'asked' && v.isPunct(k - 1, ',') && (next === 'about' || QUESTION_WORDS.has(next)) && v.isWord(k - 2);
}
