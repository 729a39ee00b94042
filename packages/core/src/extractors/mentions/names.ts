import type { NameType } from '../../types/analysis.js';
import type { Segments } from '../../types/layers.js';
import { TokenKind } from '../../types/layers.js';
import { isUpper } from '../../text/chars.js';
import { isCalendarWord } from '../times/grammar.js';
import {
  EVENT_CUE_WORDS,
  FUNCTION_WORDS,
  GIVEN_NAME_SET,
  KNOWN_NAMES,
  KNOWN_NAME_WORDS,
  LOC_CUE_WORDS,
  MISC_CUE_WORDS,
  NAME_CONNECTORS,
  ORG_CUE_WORDS,
  PERSON_AFTER,
  PERSON_BEFORE,
  TITLE_HEAD_SET,
  TITLE_MODIFIER_SET,
} from './gazetteer.js';
import type { TokenView } from './numbers.js';

/**
 * Rule-based names: capitalised token runs, split and classified by gazetteers, context
 * cues and document-level consistency. Works on token indices; the extractor turns the
 * result into spans. A trained model replaces this module later.
 */

export interface NameSpan {
  /** First token. */
  from: number;
  /** One past the last token. */
  to: number;
  type: NameType;
}

/** Particles that join the parts of a personal name ("bin", "van", "al-"). */
const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'y']);
const ACRONYM = /^(?:[A-Z]{2,6}|[A-Z](?:\.[A-Z])+\.?|[A-Z]+\d+)$/;
const NOT_NAMES: ReadonlySet<string> = new Set(['i', 'i’m', "i'm", 'i’ve', "i've", 'i’d', "i'd", 'i’ll', "i'll", 'ok', 'tv', 'mr', 'mrs', 'ms', 'mr.', 'mrs.', 'ms.', 'dr.', 'am', 'pm', 'a.m.', 'p.m.', 'mp', 'mps', 'msp', 'msps', 'mep', 'meps', 'id', 'dna', 'gdp', 'vat', 'ceo', 'qc', 'kc']);

const MAX_RUN = 12;

type Strength = 0 | 1 | 2; // 0 default guess, 1 context, 2 gazetteer

interface Candidate extends NameSpan {
  strength: Strength;
  /** Sentence-initial single word with no other evidence: kept only if the document backs it. */
  tentative: boolean;
}

interface Doc {
  v: TokenView;
  n: number;
  covered: Uint8Array;
  /** Lower-cased word forms that occur in lower case somewhere in the text (common words). */
  lowerForms: Set<string>;
  /** Lower-cased words that occur capitalised on their own, not as the first word of a sentence. */
  standalone: Set<string>;
  /** True while classifying headline words, where capitals say nothing (no acronym rule). */
  inHeader: boolean;
}

const isHyphenTok = (d: Doc, t: number): boolean => {
  const w = d.v.raw[t];
  return w === '-' || w === '‐' || w === '‑';
};
const adjacent = (d: Doc, a: number, b: number): boolean => b < d.n && d.v.tokens.end[a] === d.v.tokens.start[b];
const isWord = (d: Doc, t: number): boolean => t < d.n && d.v.tokens.kind[t] === TokenKind.Word;
const isCap = (d: Doc, t: number): boolean => isWord(d, t) && !d.covered[t] && isUpper(d.v.raw[t]!.charCodeAt(0)) && !NOT_NAMES.has(d.v.low[t]!);
const sameSentence = (d: Doc, a: number, b: number): boolean => b < d.n && d.v.tokens.sentence[a] === d.v.tokens.sentence[b];

/** The lower-cased text of tokens [from, to), words joined by one space, hyphens kept tight. */
function keyOf(d: Doc, from: number, to: number): string {
  let s = '';
  for (let t = from; t < to; t++) {
    const w = d.v.low[t]!;
    if (t > from && !isHyphenTok(d, t) && !isHyphenTok(d, t - 1)) s += ' ';
    s += w;
  }
  return s;
}

function isSentenceInitial(d: Doc, t: number): boolean {
  const s = d.v.tokens.sentence[t];
  for (let k = t - 1; k >= 0 && k >= t - 6; k--) {
    if (d.v.tokens.sentence[k] !== s) return true;
    const kind = d.v.tokens.kind[k];
    if (kind === TokenKind.Quote) {
      // after an opening quote the next word starts a (quoted) sentence
      const c = d.v.raw[k]!;
      if (c === '“' || c === '‘' || c === '«' || ((c === '"' || c === "'") && adjacent(d, k, t))) return true;
      continue;
    }
    if (kind === TokenKind.Punct) {
      const c = d.v.raw[k]!;
      if (c === ':' || c === '(' || c === '—' || c === '–') return true;
      continue;
    }
    return false;
  }
  return true;
}

/** Maximal capitalised runs with connectors and hyphens inside, within one sentence. */
function runs(d: Doc, accept: (t: number) => boolean, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let t = from;
  while (t < to) {
    const startsHere = accept(t) || (PARTICLES.has(d.v.low[t]!) && isHyphenTok(d, t + 1) && adjacent(d, t, t + 1) && accept(t + 2));
    if (!startsHere) {
      t++;
      continue;
    }
    const a = t;
    let b = t + 1;
    for (;;) {
      // names are short: a longer run of capitals is split, which keeps the work linear
      if (b >= to || b - a >= MAX_RUN || !sameSentence(d, a, b)) break;
      if (accept(b)) {
        b++;
        continue;
      }
      // hyphen between words: Russia-Ukraine, al-Assad, Jean-Claude
      if (isHyphenTok(d, b) && adjacent(d, b - 1, b) && adjacent(d, b, b + 1) && b + 1 < to && accept(b + 1)) {
        b += 2;
        continue;
      }
      // connectors: Secretary of State, Bank of England, Osama bin Laden, al-Assad
      const c = d.v.low[b]!;
      if (isWord(d, b) && NAME_CONNECTORS.has(c) && !isUpper(d.v.raw[b]!.charCodeAt(0))) {
        let k = b + 1;
        if (k < to && d.v.low[k] === 'the' && (c === 'of' || c === 'for')) k++;
        if (k < to && PARTICLES.has(c) && isHyphenTok(d, k) && adjacent(d, b, k)) k++;
        if (k < to && sameSentence(d, a, k) && accept(k)) {
          b = k + 1;
          continue;
        }
      }
      break;
    }
    out.push([a, b]);
    t = b;
  }
  return out;
}

function knownType(d: Doc, from: number, to: number): NameType | undefined {
  return KNOWN_NAMES.get(keyOf(d, from, to));
}

/** Person evidence from the words around a run. */
function personContext(d: Doc, from: number, to: number): boolean {
  let p = from - 1;
  if (p >= 0 && d.v.raw[p] === ',') p--; // "chief of staff, Andriy Yermak"
  if (p >= 0 && sameSentence(d, p, from) && PERSON_BEFORE.has(d.v.low[p]!)) return true;
  if (p >= 2 && d.v.low[p] === 'staff' && d.v.low[p - 1] === 'of' && d.v.low[p - 2] === 'chief') return true;
  const next = to < d.n && sameSentence(d, from, to) ? d.v.low[to]! : '';
  if (PERSON_AFTER.has(next)) return true;
  // "Putin himself", "Trump, who", "Zelensky, 47,"
  if (next === ',' && to + 1 < d.n) {
    const nn = d.v.low[to + 1]!;
    if (nn === 'who' || (d.v.tokens.kind[to + 1] === TokenKind.Number && d.v.raw[to + 2] === ',')) return true;
  }
  return false;
}

/**
 * Classify one run of tokens [from, to) (connectors and hyphens inside), pushing the names
 * it holds. A run can hold several: "Russian President Vladimir Putin" → NORP "Russian" and
 * PERSON "Vladimir Putin"; "Russia-Ukraine" → two LOC.
 */
function classify(d: Doc, from: number, to: number, initial: boolean, out: Candidate[], titleCue = false): void {
  // trim connectors and hyphens at the edges
  while (from < to && (!isWord(d, from) || (NAME_CONNECTORS.has(d.v.low[from]!) && !isUpper(d.v.raw[from]!.charCodeAt(0)) && !(PARTICLES.has(d.v.low[from]!) && isHyphenTok(d, from + 1))))) from++;
  while (to > from && (!isWord(d, to - 1) || NAME_CONNECTORS.has(d.v.low[to - 1]!))) to--;
  if (from >= to) return;

  const known = knownType(d, from, to);
  if (known) {
    // "Conservatives widely back…" at a sentence start, with "conservatives" elsewhere: a common noun
    if (known === 'NORP' && initial && to - from === 1 && isCommonWord(d, d.v.low[from]!)) return;
    out.push({ from, to, type: known, strength: 2, tentative: false });
    return;
  }
  // sentence-initial function words and common words: "The Kremlin", "In", "Conservative voices"
  const first = d.v.low[from]!;
  if (FUNCTION_WORDS.has(first) || (initial && !GIVEN_NAME_SET.has(first) && !KNOWN_NAMES.has(first) && isCommonWord(d, first))) {
    classify(d, from + 1, to, false, out, titleCue);
    return;
  }

  // hyphenated compounds: split where a part is a name on its own (Russia-Ukraine, Trump-Backed)
  for (let t = from + 1; t < to - 1; t++) {
    if (!isHyphenTok(d, t)) continue;
    const left = d.v.low[t - 1]!;
    const right = d.v.low[t + 1]!;
    if (PARTICLES.has(left) && t - 1 >= from) continue;
    if (KNOWN_NAMES.has(left) || KNOWN_NAMES.has(right) || d.standalone.has(left) || d.standalone.has(right) || !isUpper(d.v.raw[t + 1]!.charCodeAt(0))) {
      classify(d, from, t, initial, out, titleCue);
      classify(d, t + 1, to, false, out, false);
      return;
    }
  }

  // titles: "Russian President", "Secretary of State", "Mr." — keep what follows as a person
  let lastHead = -1;
  for (let t = from; t < to; t++) {
    const w = d.v.low[t]!;
    if (TITLE_HEAD_SET.has(w)) lastHead = t;
    else if (!(TITLE_MODIFIER_SET.has(w) || NAME_CONNECTORS.has(w) || isHyphenTok(d, t) || KNOWN_NAMES.has(w) || (lastHead < 0 && isUpper(d.v.raw[t]!.charCodeAt(0))))) break;
  }
  if (lastHead >= 0) {
    let end = lastHead + 1;
    // the portfolio: "of State", "of the Treasury", "for Health", "of State for the Family"
    for (let guard = 0; guard < 2 && end + 1 < to && (d.v.low[end] === 'of' || d.v.low[end] === 'for'); guard++) {
      let k = end + 1;
      if (d.v.low[k] === 'the' && k + 1 < to) k++;
      if (KNOWN_NAMES.has(d.v.low[k]!)) break;
      end = k + 1;
    }
    const rest = end < to ? d.v.low[end]! : '';
    const restIsCue = ORG_CUE_WORDS.has(rest) || LOC_CUE_WORDS.has(rest) || EVENT_CUE_WORDS.has(rest);
    const personName = GIVEN_NAME_SET.has(d.v.low[from]!) && lastHead === to - 1 && lastHead > from; // "John Major"
    if (!restIsCue && !personName) {
      // known names inside the title ("Russian", "US", "Kremlin") are mentions of their own
      for (let t = from; t < Math.min(lastHead, to); t++) {
        const type = KNOWN_NAMES.get(d.v.low[t]!);
        if (type && !TITLE_HEAD_SET.has(d.v.low[t]!)) out.push({ from: t, to: t + 1, type, strength: 2, tentative: false });
      }
      if (end < to) classify(d, end, to, false, out, true);
      return;
    }
  }

  // connectors that do not belong to a name split it, unless a cue word holds it together
  const words: number[] = [];
  for (let t = from; t < to; t++) if (isWord(d, t)) words.push(t);
  const hasCue = words.some((t) => ORG_CUE_WORDS.has(d.v.low[t]!) || LOC_CUE_WORDS.has(d.v.low[t]!) || EVENT_CUE_WORDS.has(d.v.low[t]!) || MISC_CUE_WORDS.has(d.v.low[t]!));
  if (!hasCue) {
    for (let t = from + 1; t < to - 1; t++) {
      const w = d.v.low[t]!;
      if (NAME_CONNECTORS.has(w) && !PARTICLES.has(w) && !isUpper(d.v.raw[t]!.charCodeAt(0))) {
        classify(d, from, t, initial, out, titleCue);
        classify(d, t + 1, to, false, out, false);
        return;
      }
    }
  }

  const last = d.v.low[words[words.length - 1]!]!;
  const single = words.length === 1;
  let type: NameType | undefined;
  let strength: Strength = 1;
  const firstKnown = KNOWN_NAMES.get(first);
  if (!single && MISC_CUE_WORDS.has(last)) type = 'MISC';
  else if (!single && EVENT_CUE_WORDS.has(last)) type = 'EVENT';
  else if (!single && words.some((t) => ORG_CUE_WORDS.has(d.v.low[t]!))) type = 'ORG';
  else if (!single && GIVEN_NAME_SET.has(first)) type = 'PERSON';
  else if (!single && (LOC_CUE_WORDS.has(last) || LOC_CUE_WORDS.has(first))) type = 'LOC';
  else if (titleCue || personContext(d, from, to)) type = 'PERSON';
  else if (single && !d.inHeader && ACRONYM.test(d.v.raw[from]!)) type = 'ORG';
  else if (!single && (firstKnown === 'NORP' || firstKnown === 'LOC' || PERSON_BEFORE.has(nextWord(d, from, to)))) {
    // "British Airways"; "Liberal Democrat spokeswoman": a name used as a modifier of a role is not a person
    strength = 0;
    type = 'ORG';
  } else {
    strength = 0;
    type = single ? 'MISC' : 'PERSON';
  }
  // a lone unknown word at a sentence start, or one also written in lower case, needs the document's backing
  const tentative = single && strength === 0 && (initial || isCommonWord(d, first) || isCalendarWord(first));
  out.push({ from, to, type, strength, tentative });
}

function nextWord(d: Doc, from: number, to: number): string {
  return to < d.n && sameSentence(d, from, to) && !isUpper(d.v.raw[to]!.charCodeAt(0)) ? d.v.low[to]! : '';
}

/** A word written in lower case elsewhere in the text (or its singular/plural). */
function isCommonWord(d: Doc, lower: string): boolean {
  if (d.lowerForms.has(lower)) return true;
  if (lower.endsWith('s') && d.lowerForms.has(lower.slice(0, -1))) return true;
  return d.lowerForms.has(`${lower}s`);
}

/**
 * Names in the article. `covered` marks tokens already taken by dates and times. Headline,
 * dateline and shouting (ALL CAPS) sentences only keep words the body or the gazetteers
 * know as names, so Title Case headlines do not turn every word into a name.
 */
export function findNames(v: TokenView, segments: Segments, covered: Uint8Array): NameSpan[] {
  const n = v.tokens.count;
  const d: Doc = { v, n, covered, lowerForms: new Set(), standalone: new Set(), inHeader: false };
  const header = new Uint8Array(n);
  markHeaders(d, segments, header);
  for (let t = 0; t < n; t++) {
    if (header[t] || v.tokens.kind[t] !== TokenKind.Word) continue;
    const w = v.raw[t]!;
    const c = w.charCodeAt(0);
    if (!isUpper(c)) d.lowerForms.add(v.low[t]!);
    else if (!isSentenceInitial(d, t) && !(isHyphenTok(d, t - 1) && adjacent(d, t - 1, t)) && !(isHyphenTok(d, t + 1) && adjacent(d, t, t + 1))) d.standalone.add(v.low[t]!);
  }

  // pass 1: the body
  const found: Candidate[] = [];
  const bodyAccept = (t: number) => !header[t] && isCap(d, t);
  for (const [a, b] of runs(d, bodyAccept, 0, n)) classify(d, a, b, isSentenceInitial(d, a), found);

  // document-level consistency: what the body knows firmly
  const byKey = new Map<string, NameType>();
  const personWords = new Set<string>();
  const nameWords = new Set<string>();
  for (const m of found) {
    if (m.tentative) continue;
    for (let t = m.from; t < m.to; t++) if (isWord(d, t) && !NAME_CONNECTORS.has(v.low[t]!)) nameWords.add(v.low[t]!);
    if (m.strength === 0) continue;
    const key = keyOf(d, m.from, m.to);
    if (!byKey.has(key)) byKey.set(key, m.type);
    if (m.type === 'PERSON') for (let t = m.from; t < m.to; t++) if (isWord(d, t) && v.low[t]!.length > 1 && !NAME_CONNECTORS.has(v.low[t]!)) personWords.add(v.low[t]!);
  }
  const resolve = (m: Candidate): Candidate | null => {
    if (m.strength > 0) return m;
    const key = keyOf(d, m.from, m.to);
    const firm = byKey.get(key);
    if (firm) return { ...m, type: firm };
    const lastWord = v.low[m.to - 1]!;
    if (personWords.has(key) || (m.to - m.from > 1 && personWords.has(lastWord))) return { ...m, type: 'PERSON' };
    if (m.tentative) return null;
    if (m.to - m.from > 1) {
      // several capitalised words with a common word among them: not a personal name
      for (let t = m.from; t < m.to; t++) if (isWord(d, t) && isCommonWord(d, v.low[t]!)) return { ...m, type: 'MISC' };
    }
    return m;
  };
  const out: NameSpan[] = [];
  for (const m of found) {
    const r = resolve(m);
    if (r) out.push({ from: r.from, to: r.to, type: r.type });
  }

  // pass 2: headline, dateline, shouting — only words known as names
  const known = (t: number): boolean => {
    if (!header[t] || !isWord(d, t) || covered[t] || !isUpper(v.raw[t]!.charCodeAt(0))) return false;
    const w = v.low[t]!;
    return nameWords.has(w) || personWords.has(w) || KNOWN_NAMES.has(w) || KNOWN_NAME_WORDS.has(w);
  };
  for (const [a, b] of runs(d, known, 0, n)) {
    const key = keyOf(d, a, b);
    const firm = byKey.get(key) ?? KNOWN_NAMES.get(key);
    if (firm) {
      out.push({ from: a, to: b, type: firm });
      continue;
    }
    let allPerson = true;
    for (let t = a; t < b; t++) if (isWord(d, t) && !personWords.has(v.low[t]!)) allPerson = false;
    if (allPerson) {
      out.push({ from: a, to: b, type: 'PERSON' });
      continue;
    }
    d.inHeader = true;
    const local: Candidate[] = [];
    classify(d, a, b, false, local);
    for (const m of local) {
      const r = resolve({ ...m, tentative: false });
      if (r) out.push({ from: r.from, to: r.to, type: r.type });
    }
    d.inHeader = false;
  }
  out.sort((x, y) => x.from - y.from);
  return out;
}

/** Tokens of the headline and dateline, and of sentences written in capitals. */
function markHeaders(d: Doc, segments: Segments, header: Uint8Array): void {
  const { v, n } = d;
  const inSpan = (t: number, s: { start: number; end: number } | null) => s !== null && v.tokens.start[t]! >= s.start && v.tokens.end[t]! <= s.end;
  let sentenceFrom = 0;
  for (let t = 0; t <= n; t++) {
    if (t < n && (inSpan(t, segments.title) || inSpan(t, segments.dateline))) header[t] = 1;
    // sentences in capitals
    if (t === n || (t > 0 && v.tokens.sentence[t] !== v.tokens.sentence[t - 1])) {
      let words = 0;
      let caps = 0;
      for (let k = sentenceFrom; k < t; k++) {
        if (v.tokens.kind[k] !== TokenKind.Word || v.raw[k]!.length < 2) continue;
        words++;
        if (v.raw[k] === v.raw[k]!.toUpperCase() && v.raw[k] !== v.low[k]) caps++;
      }
      if (words >= 3 && caps / words >= 0.7) for (let k = sentenceFrom; k < t; k++) header[k] = 1;
      sentenceFrom = t;
    }
  }
}
