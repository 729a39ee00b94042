import { isUpper } from '../../text/chars.js';
import type { Mention } from '../../types/analysis.js';
import { TokenKind, type Segments, type TokenTable } from '../../types/layers.js';
import { tokenTexts } from '../claims/words.js';

/**
 * A read-only view of the token table for rule-based extractors: lower-cased token texts,
 * sentence bounds in token indices, and the mention (if any) that covers each token. Built
 * once per article in linear time.
 */
export interface TokenView {
  readonly text: string;
  readonly tokens: TokenTable;
  readonly count: number;
  /** Lower-cased text of token `i`. */
  readonly lower: readonly string[];
  /** First token index of sentence `s`, and one past its last. */
  readonly sentenceFirst: Int32Array;
  readonly sentenceEnd: Int32Array;
  /** The name mention covering token `i` (the innermost), or undefined. */
  readonly nameAt: readonly (Mention | undefined)[];
  /** Paragraph index of token `i`, -1 outside any paragraph. */
  readonly paragraph: Int32Array;
  raw(i: number): string;
  isCap(i: number): boolean;
  isWord(i: number): boolean;
  isPunct(i: number, mark?: string): boolean;
  /** Is token `i` the first token of its sentence? */
  isSentenceFirst(i: number): boolean;
  /** Index of the first token starting at or after `offset`. */
  tokenAtOrAfter(offset: number): number;
  /** Index of the last token ending at or before `offset`, -1 when none. */
  tokenEndingBy(offset: number): number;
}

interface Bounds {
  segments: Segments;
  sentenceFirst: Int32Array;
  sentenceEnd: Int32Array;
  paragraph: Int32Array;
}

/** Sentence and paragraph bounds by token table: the same for every view of an article (entities, attributions), so made once. */
const BOUNDS = new WeakMap<TokenTable, Bounds>();

function boundsOf(tokens: TokenTable, segments: Segments): Bounds {
  const hit = BOUNDS.get(tokens);
  if (hit !== undefined && hit.segments === segments && hit.sentenceFirst.length === segments.sentences.length) return hit;
  const n = tokens.count;
  const sentences = segments.sentences.length;
  const sentenceFirst = new Int32Array(sentences).fill(-1);
  const sentenceEnd = new Int32Array(sentences).fill(-1);
  for (let i = 0; i < n; i++) {
    const s = tokens.sentence[i]!;
    if (s < 0) continue;
    if (sentenceFirst[s] === -1) sentenceFirst[s] = i;
    sentenceEnd[s] = i + 1;
  }

  const paragraph = new Int32Array(n).fill(-1);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const at = tokens.start[i]!;
    while (p < segments.paragraphs.length && segments.paragraphs[p]!.end <= at) p++;
    if (p < segments.paragraphs.length && segments.paragraphs[p]!.start <= at) paragraph[i] = p;
  }

  const bounds: Bounds = { segments, sentenceFirst, sentenceEnd, paragraph };
  BOUNDS.set(tokens, bounds);
  return bounds;
}

/**
 * The token view of an article. With `titleSentence`, a headline whose tokens have no sentence
 * (the segmenter leaves `segments.title` out of `sentences`) is one more sentence, numbered
 * `segments.sentences.length`, in `sentenceFirst` / `sentenceEnd` only (`tokens.sentence` is left
 * as it is: see `titleTokens`). Same object shape either way.
 */
export function createTokenView(text: string, tokens: TokenTable, segments: Segments, mentions: readonly Mention[], titleSentence = false, nameWords: ReadonlySet<string> | null = null): TokenView {
  const n = tokens.count;
  // sliced and lowercased once per article, shared with the other extractors (read-only)
  const { raw: texts, lower } = tokenTexts(text, tokens);

  const bounds = boundsOf(tokens, segments);
  const { paragraph } = bounds;
  let { sentenceFirst, sentenceEnd } = bounds;
  const title = titleSentence ? titleTokens(tokens, segments) : null;
  if (title !== null) {
    const s = sentenceFirst.length;
    sentenceFirst = new Int32Array(s + 1);
    sentenceFirst.set(bounds.sentenceFirst);
    sentenceFirst[s] = title[0];
    sentenceEnd = new Int32Array(s + 1);
    sentenceEnd.set(bounds.sentenceEnd);
    sentenceEnd[s] = title[1];
  }

  const tokenAtOrAfter = (offset: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.start[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const tokenEndingBy = (offset: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.end[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };

  const nameAt: (Mention | undefined)[] = new Array<Mention | undefined>(n);
  // longer mentions first so that inner (shorter) ones win
  const names = mentions.filter((m) => m.form === 'name').sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const m of names) {
    for (let i = tokenAtOrAfter(m.start); i < n && tokens.end[i]! <= m.end; i++) nameAt[i] = m;
  }

  // (`nameWords`: such a word written capitalised inside a person's name stays as written, "May said", so that no word set of
  // verbs holds it; the view keeps one shape either way)
  let low = lower;
  if (nameWords !== null) {
    for (let i = 0; i < n; i++) {
      const m = nameAt[i];
      if (m === undefined || m.type !== 'PERSON' || !nameWords.has(lower[i]!) || tokens.kind[i] !== TokenKind.Word || !isUpper(text.charCodeAt(tokens.start[i]!))) continue;
      if (low === lower) low = lower.slice();
      (low as string[])[i] = texts[i]!;
    }
  }
  const view: TokenView = {
    text,
    tokens,
    count: n,
    lower: low,
    sentenceFirst,
    sentenceEnd,
    nameAt,
    paragraph,
    raw: (i) => (i >= 0 && i < n ? texts[i]! : text.slice(tokens.start[i]!, tokens.end[i]!)),
    isCap: (i) => i >= 0 && i < n && tokens.kind[i] === TokenKind.Word && isUpper(text.charCodeAt(tokens.start[i]!)),
    isWord: (i) => i >= 0 && i < n && tokens.kind[i] === TokenKind.Word,
    isPunct: (i, mark) => i >= 0 && i < n && (tokens.kind[i] === TokenKind.Punct || tokens.kind[i] === TokenKind.Quote) && (mark === undefined || low[i] === mark),
    isSentenceFirst: (i) => {
      const s = tokens.sentence[i]!;
      if (s < 0) return i === 0 || tokens.sentence[i - 1] !== -1 || isLineStart(text, tokens.start[i]!);
      return sentenceFirst[s] === i;
    },
    tokenAtOrAfter,
    tokenEndingBy,
  };
  return view;
}

/** The tokens [first, end) of the headline when it has some and none of them is in a sentence, else null. */
export function titleTokens(tokens: TokenTable, segments: Segments): [number, number] | null {
  const title = segments.title;
  if (!title) return null;
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid]! < title.start) lo = mid + 1;
    else hi = mid;
  }
  let b = lo;
  while (b < tokens.count && tokens.end[b]! <= title.end) {
    if (tokens.sentence[b]! >= 0) return null;
    b++;
  }
  return b > lo ? [lo, b] : null;
}

function isLineStart(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** A possessive ending token: ’s / 's / a bare ’ after a plural. */
export function isPossessive(lower: string): boolean {
  return lower === '’s' || lower === "'s" || lower === '’' || lower === "'";
}

const INTRO_WORDS: ReadonlySet<string> = new Set([
  'meanwhile', 'however', 'in', 'on', 'at', 'for', 'with', 'after', 'before', 'as', 'despite', 'although', 'though', 'when', 'while',
  'since', 'during', 'earlier', 'later', 'just', 'last', 'this', 'following', 'amid', 'under', 'according', 'also', 'still', 'now',
  'then', 'today', 'yesterday', 'separately', 'instead', 'indeed', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'if',
  'because', 'by', 'from', 'over', 'within', 'without', 'through', 'once', 'until', 'unlike', 'like', 'speaking', 'asked', 'overall',
]);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['yet', 'but', 'and', 'so', 'or', 'still']);

/**
 * Where the main clause of sentence `s` starts: after a leading conjunction ("Yet") and an
 * introductory phrase closed by a comma ("With Rubio still attending, Trump hopes …").
 */
export function mainClauseStart(v: TokenView, s: number): number {
  let f = v.sentenceFirst[s]!;
  const end = v.sentenceEnd[s]!;
  if (f < 0) return -1;
  if (CONJUNCTIONS.has(v.lower[f]!) && f + 1 < end) f++;
  if (INTRO_WORDS.has(v.lower[f]!)) {
    for (let k = f + 1; k < end && k < f + 16; k++) if (v.isPunct(k, ',')) return k + 1 < end ? (SECOND_ASIDE ? pastAside(v, k + 1, end) : k + 1) : f;
  }
  return f;
}

/** Twenty-sixth session: "On Halden, for example, only one in three …": a connective's aside right after the opening phrase is skipped too (`mainClauseStart`). */
const SECOND_ASIDE = true;
const ASIDES: readonly (readonly string[])[] = [['for', 'example'], ['for', 'instance'], ['however'], ['in', 'fact'], ['of', 'course'], ['meanwhile'], ['though']];

/** `SECOND_ASIDE`: the token after an aside and its comma at `k` ("for example,"), else `k`. */
function pastAside(v: TokenView, k: number, end: number): number {
  for (const a of ASIDES) {
    let ok = k + a.length + 1 < end && v.isPunct(k + a.length, ',');
    for (let i = 0; i < a.length && ok; i++) ok = v.lower[k + i] === a[i];
    if (ok) return k + a.length + 1;
  }
  return k;
}

/**
 * Twelfth session: a group noun a relative clause describes ("fares for commuters, who they say have been worst affected") is not
 * what a "they" after it stands for, so it does not keep "they" from the party named before (`addPronouns`, `groupNearer`).
 */
export const RELATIVE_GROUP = true;
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

/** Is token `k` (a group noun) the antecedent of a relative clause: "commuters, who", "voters who"? */
export function antecedentOfRelative(v: TokenView, k: number): boolean {
  const next = v.isPunct(k + 1, ',') ? k + 2 : k + 1;
  return RELATIVE_WORDS.has(v.lower[next] ?? '');
}
