/**
 * Clauses without a parser: finite verbs are found from a word list and context, and a
 * sentence is cut into independent assertions at "; ", ", and/but/while/yet/so/whereas"
 * when both sides have their own subject and finite verb, and before a trailing participial
 * clause (", making this … significant"), which is a proposition of its own.
 */
import {
  AUXILIARIES,
  CLAUSE_COORDINATORS,
  DETERMINERS,
  IRREGULAR_PAST,
  NON_FINITE_AFTER,
  NOT_BEFORE_FINITE,
  NOT_PARTICIPLE,
  NOT_PAST_ED,
  PARTICIPLE_ADVERBS,
  S_IS_AFTER,
  SUBJECT_PRONOUNS,
  VERB_LEMMAS,
} from './lexicon.js';
import { isCapitalized, isWordToken, type Words } from './words.js';

const PLURAL_PRONOUNS = new Set(['i', 'we', 'you', 'they']);
const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** The lemma of a verb form ending in -s, or null: "undermines" → "undermine", "tries" → "try". */
function lemmaOfS(w: string): string | null {
  if (w.length < 3 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('’s')) return null;
  if (w.endsWith('ies') && VERB_LEMMAS.has(`${w.slice(0, -3)}y`)) return `${w.slice(0, -3)}y`;
  if (w.endsWith('es') && VERB_LEMMAS.has(w.slice(0, -2))) return w.slice(0, -2);
  if (VERB_LEMMAS.has(w.slice(0, -1))) return w.slice(0, -1);
  return null;
}

/** Index of the previous token skipping "-ly" adverbs and "also/still/not/never", or -1. */
function previousContent(lower: readonly string[], i: number, from: number): number {
  let p = i - 1;
  while (p >= from && p >= i - 3 && (lower[p]!.endsWith('ly') || lower[p] === 'also' || lower[p] === 'still' || lower[p] === 'often' || lower[p] === 'never')) p--;
  return p;
}

/** Whether a lowercased token could be a finite verb in some context (the word tests of `isFiniteVerb`). */
export function mayBeFiniteVerb(w: string): boolean {
  if (AUXILIARIES.has(w) || w === '’s' || IRREGULAR_PAST.has(w) || VERB_LEMMAS.has(w)) return true;
  if (w.includes('’') && (w.endsWith('’re') || w.endsWith('’ve') || w.endsWith('’ll') || w.endsWith('’d') || w.endsWith('’m') || w.endsWith('n’t'))) return true;
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !(w.endsWith('eed') && !w.endsWith('reed'))) return true;
  return lemmaOfS(w) !== null;
}

/** Per token of an article: 1 when `mayBeFiniteVerb` (the last article's, kept: its claims ask again and again). */
let verbWords: Words | null = null;
let verbCandidates: Uint8Array = new Uint8Array(0);
function candidatesOf(words: Words): Uint8Array {
  if (verbWords === words) return verbCandidates;
  const { lower, raw } = words;
  const out = new Uint8Array(lower.length);
  for (let i = 0; i < lower.length; i++) if ((isWordToken(raw[i]!) || lower[i] === '’s') && mayBeFiniteVerb(lower[i]!)) out[i] = 1;
  verbWords = words;
  verbCandidates = out;
  return out;
}

/**
 * Give the candidates of an article's tokens made elsewhere (`articleInfos`: the same test, one
 * lookup per token as written), so `isFiniteVerb` need not make them again.
 */
export function setVerbCandidates(words: Words, candidates: Uint8Array): void {
  verbWords = words;
  verbCandidates = candidates;
}

/** Whether token `i` (within `[from, to)`) looks like a finite verb. */
export function isFiniteVerb(words: Words, i: number, from: number, to: number): boolean {
  if (candidatesOf(words)[i] === 0) return false;
  const { lower, raw } = words;
  const w = lower[i]!;
  const prev = i - 1 >= from ? lower[i - 1]! : '';
  if (AUXILIARIES.has(w)) {
    if (BE_HAVE.has(w) || w === 'do') return !NON_FINITE_AFTER.has(prev);
    return true;
  }
  if (w === '’s') return S_IS_AFTER.has(prev);
  if (w.includes('’') && (w.endsWith('’re') || w.endsWith('’ve') || w.endsWith('’ll') || w.endsWith('’d') || w.endsWith('’m') || w.endsWith('n’t'))) return true;
  if (i > from && isCapitalized(raw[i]!) && isWordToken(raw[i - 1]!)) return false; // a name mid-sentence
  const next = i + 1 < to ? lower[i + 1]! : '';
  const p = previousContent(lower, i, from);
  const pw = p >= from ? lower[p]! : '';
  if (IRREGULAR_PAST.has(w)) return !NOT_BEFORE_FINITE.has(pw) && !BE_HAVE.has(pw);
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !(w.endsWith('eed') && !w.endsWith('reed'))) {
    if (next === 'by') return false; // passive participle: "negotiations encouraged by"
    if (NOT_BEFORE_FINITE.has(pw) || BE_HAVE.has(pw) || pw.endsWith('ing')) return false;
    return p >= from; // needs something before it to be its subject
  }
  const lemma = lemmaOfS(w);
  if (lemma) return p >= from && !NOT_BEFORE_FINITE.has(pw) && !DETERMINERS.has(pw) && !pw.endsWith('ing');
  if (VERB_LEMMAS.has(w) && p >= from) {
    if (PLURAL_PRONOUNS.has(pw)) return true;
    if (pw.length > 3 && pw.endsWith('s') && !pw.endsWith('ss') && !pw.endsWith('’s') && !NOT_BEFORE_FINITE.has(pw) && lemmaOfS(pw) === null && isWordToken(raw[p]!)) return true;
  }
  return false;
}

/** The first finite verb in `[from, to)`, or -1. */
export function firstFiniteVerb(words: Words, from: number, to: number, scanFrom = from): number {
  for (let i = scanFrom; i < to; i++) if (isFiniteVerb(words, i, from, to)) return i;
  return -1;
}

/** Whether tokens `[from, to)` start with a subject followed (within a few words) by a finite verb. */
export function startsClause(words: Words, from: number, to: number): boolean {
  const { lower, raw } = words;
  let i = from;
  while (i < to && !isWordToken(raw[i]!)) i++; // quotes, dashes
  if (i >= to) return false;
  const w = lower[i]!;
  const subjectLike =
    SUBJECT_PRONOUNS.has(w) || DETERMINERS.has(w) || isCapitalized(raw[i]!) || /* a number */ (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57) || (!w.endsWith('ly') && !w.endsWith('ing') && !NOT_BEFORE_FINITE.has(w) && !VERB_LEMMAS.has(w) && !AUXILIARIES.has(w) && !PARTICIPLE_ADVERBS.has(w));
  if (!subjectLike) return false;
  const limit = Math.min(to, i + 9);
  for (let k = i + 1; k < limit; k++) {
    if (lower[k] === ',' || lower[k] === ';') return false;
    if (isFiniteVerb(words, k, i, to)) return true;
  }
  return false;
}

/** A piece of a sentence that is one assertion: tokens `[start, end)`. */
export interface ClauseUnit {
  start: number;
  end: number;
  /** A trailing participial clause: its subject is the previous unit's. */
  participial: boolean;
}

/** Whether token `i` is a participle opening a clause: "making", "highlighting" (not "including"). */
function isParticiple(words: Words, i: number, to: number): boolean {
  const w = words.lower[i]!;
  return i + 1 < to && w.length >= 6 && w.endsWith('ing') && !NOT_PARTICIPLE.has(w) && !isCapitalized(words.raw[i]!) && isWordToken(words.lower[i + 1]!);
}

/** `splitClauses`' per-sentence table, reused (a typed array of this size lives outside the heap: costly to make per sentence). */
let nextFiniteScratch = new Int32Array(256);

/** “ « „ as a token, by char code. */
function isOpenQuote(w: string): boolean {
  if (w.length !== 1) return false;
  const c = w.charCodeAt(0);
  return c === 0x201c || c === 0xab || c === 0x201e;
}

/** ” » as a token, by char code. */
function isCloseQuote(w: string): boolean {
  if (w.length !== 1) return false;
  const c = w.charCodeAt(0);
  return c === 0x201d || c === 0xbb;
}

/**
 * Cut the sentence tokens `[from, to)` into units. Splits happen at "; " and at a comma
 * before a coordinator when both sides are clauses, and at a comma before a participle when
 * the left side has a finite verb. Coordinators and the comma stay outside both units.
 */
export function splitClauses(words: Words, from: number, to: number): ClauseUnit[] {
  const { lower } = words;
  // finite verbs once per token, and the next one after each token (linear in the sentence)
  if (nextFiniteScratch.length < to - from + 1) nextFiniteScratch = new Int32Array(Math.max(to - from + 1, 2 * nextFiniteScratch.length));
  const nextFinite = nextFiniteScratch;
  nextFinite[to - from] = -1;
  for (let i = to - 1; i >= from; i--) nextFinite[i - from] = isFiniteVerb(words, i, from, to) ? i : nextFinite[i - from + 1]!;
  const hasFinite = (a: number, b: number) => a < b && nextFinite[a - from]! >= 0 && nextFinite[a - from]! < b;
  const units: ClauseUnit[] = [];
  let unitStart = from;
  let participial = false;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const w = lower[i]!;
    if (isOpenQuote(w)) depth++;
    else if (isCloseQuote(w)) depth = Math.max(0, depth - 1);
    else if (w === '"') depth = depth > 0 ? depth - 1 : 1;
    if (w !== ';' && w !== ',') continue;
    let next = i + 1;
    // ", “and …" / ",” and": quotes between the comma and the next word
    while (next < to && (isOpenQuote(lower[next]!) || isCloseQuote(lower[next]!) || lower[next] === '"')) next++;
    if (next >= to) continue;
    if (!participial && !hasFinite(unitStart, i)) continue;
    if (w === ';') {
      if (hasFinite(next, to)) {
        units.push({ start: unitStart, end: i, participial });
        unitStart = next;
        participial = false;
      }
      continue;
    }
    const nw = lower[next]!;
    if (CLAUSE_COORDINATORS.has(nw) && startsClause(words, next + 1, to)) {
      units.push({ start: unitStart, end: i, participial });
      unitStart = next + 1;
      participial = false;
      continue;
    }
    let p = next;
    if (PARTICIPLE_ADVERBS.has(lower[p]!) || (lower[p]!.endsWith('ly') && lower[p]!.length > 4)) p++;
    if (p < to && depth === 0 && isParticiple(words, p, to)) {
      units.push({ start: unitStart, end: i, participial });
      unitStart = next;
      participial = true;
    }
  }
  if (unitStart < to) units.push({ start: unitStart, end: to, participial });
  return units;
}
