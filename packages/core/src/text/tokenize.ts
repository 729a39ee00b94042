import { TokenKind, type TokenTable } from '../types/layers.js';
import { LOWERCASE_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { isApostrophe, isDash, isDigit, isLetter, isQuoteChar, isSymbolChar, isUpper, isWhitespace } from './chars.js';

/** Tokens before sentence assignment. */
export interface RawTokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
}

class Growable {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  count = 0;
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
  }
  push(start: number, end: number, kind: TokenKind): void {
    if (this.count === this.start.length) {
      const size = this.count * 2 + 16;
      const s = new Int32Array(size);
      s.set(this.start);
      const e = new Int32Array(size);
      e.set(this.end);
      const k = new Uint8Array(size);
      k.set(this.kind);
      this.start = s;
      this.end = e;
      this.kind = k;
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.kind[this.count] = kind;
    this.count++;
  }
}

function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/** ASCII classes, looked up instead of compared: 1 a letter, 2 a digit, 3 whitespace, 0 anything else. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = isLetter(c) ? 1 : isDigit(c) ? 2 : isWhitespace(c) ? 3 : 0;

/**
 * `LETTER_ENTITIES` (issue 4, twenty-first session): text copied out of HTML without decoding keeps entities for accented
 * letters, "Dr Ren&eacute; Vallot", "Espa&#241;a"; such an entity is part of its word, not a break that leaves "Ren" a name.
 */
const LETTER_ENTITIES = true;

/** Named entities of Latin letters: a letter with a diacritic ("eacute", "Ntilde", "ouml", "aring", "oslash", "ccedil"),
 * ligatures and a few whole letters. */
const LETTER_ENTITY = /^&(?:[A-Za-z](?:acute|grave|circ|tilde|uml|ring|slash|cedil|caron)|[A-Za-z]{2}lig|szlig|eth|ETH|thorn|THORN);/;
/** A numeric entity: `&#233;`, `&#xE9;`. */
const NUMERIC_ENTITY = /^&#(?:(\d{2,5})|[xX]([0-9A-Fa-f]{2,4}));/;

/** The length of a letter's entity at `i` ("&eacute;", "&#233;"), or 0. Reads at most 10 characters. */
function letterEntityLength(text: string, i: number, to: number): number {
  if (text.charCodeAt(i) !== 38) return 0;
  const head = text.slice(i, Math.min(to, i + 10));
  const named = LETTER_ENTITY.exec(head);
  if (named !== null) return named[0].length;
  const numeric = NUMERIC_ENTITY.exec(head);
  if (numeric === null) return 0;
  const code = numeric[1] !== undefined ? Number(numeric[1]) : parseInt(numeric[2]!, 16);
  return code >= 0xc0 && code < 0x2000 && isLetter(code) ? numeric[0].length : 0;
}

/**
 * One linear pass over the text into compact arrays. Words keep internal apostrophes
 * ("O’Brien", "don’t") but split off a possessive "’s"; initialisms ("U.S.") and known
 * abbreviations ("Dr.", "Jan.") keep their period; numbers keep internal separators
 * ("1,200.50", "10:30"); hyphens, dashes, quotes and other punctuation are tokens of their
 * own, a run of the same mark ("...", "--", "!!!") being one token.
 */
export function tokenize(text: string, from = 0, to = text.length): RawTokens {
  const out = new Growable(Math.min(1 << 16, Math.max(16, (to - from) >> 2)));
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII_CLASS[c]! : isWhitespace(c) ? 3 : isLetter(c) ? 1 : 0;
    if (cls === 3) {
      i++;
      continue;
    }
    if (cls !== 0 || (LETTER_ENTITIES && c === 38 && letterEntityLength(text, i, to) > 0)) {
      const start = i;
      let allDigits = true;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const k = ASCII_CLASS[d]!;
          if (k === 1 || k === 2) {
            if (k === 1) allDigits = false;
            i++;
            continue;
          }
        } else if (isLetter(d)) {
          allDigits = false;
          i++;
          continue;
        }
        if (LETTER_ENTITIES && d === 38) {
          const length = letterEntityLength(text, i, to);
          if (length > 0) {
            allDigits = false;
            i += length;
            continue;
          }
        }
        // internal separators in numbers: 1,200 / 3.5 / 10:30
        if (allDigits && (d === 44 || d === 46 || d === 58) && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i - 1))) {
          i += 2;
          continue;
        }
        // apostrophes inside words; split a possessive 's / ’s (and a bare plural possessive ’)
        if (isApostrophe(d) && i + 1 < to && isLetter(text.charCodeAt(i + 1))) {
          const n = text.charCodeAt(i + 1);
          const after = i + 2 < to ? text.charCodeAt(i + 2) : 32;
          if ((n === 115 || n === 83) && !isWordChar(after)) break;
          i++;
          continue;
        }
        break;
      }
      // initialisms: U.S. / U.K. / a.m.
      if (i < to && text.charCodeAt(i) === 46 && i - start === 1 && isLetter(c)) {
        let j = i;
        while (j + 2 < to && text.charCodeAt(j) === 46 && isLetter(text.charCodeAt(j + 1)) && text.charCodeAt(j + 2) === 46) j += 2;
        if (j > i) {
          out.push(start, j + 1, TokenKind.Word);
          i = j + 1;
          continue;
        }
        // a single initial: "J. Smith"
        if (isLetter(c) && c < 128 && c >= 65 && c <= 90) {
          out.push(start, i + 1, TokenKind.Word);
          i++;
          continue;
        }
      }
      if (i < to && text.charCodeAt(i) === 46 && !allDigits) {
        const lower = text.slice(start, i).toLowerCase();
        // (twenty-fourth session: "had been ill." ends its sentence; "Springfield, Ill." does not)
        if (TITLE_ABBREVIATIONS.has(lower) || (OTHER_ABBREVIATIONS.has(lower) && (isUpper(text.charCodeAt(start)) || LOWERCASE_ABBREVIATIONS.has(lower)))) {
          out.push(start, i + 1, TokenKind.Word);
          i++;
          continue;
        }
      }
      out.push(start, i, allDigits ? TokenKind.Number : TokenKind.Word);
      continue;
    }
    if (isApostrophe(c) && i + 1 < to && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && out.count > 0 && out.end[out.count - 1] === i && out.kind[out.count - 1] === TokenKind.Word) {
      const after = i + 2 < to ? text.charCodeAt(i + 2) : 32;
      if (!isWordChar(after)) {
        out.push(i, i + 2, TokenKind.Word);
        i += 2;
        continue;
      }
    }
    if (isQuoteChar(c)) {
      out.push(i, i + 1, TokenKind.Quote);
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      // keep a surrogate pair (emoji, rare scripts) together as one symbol
      out.push(i, i + 2, TokenKind.Symbol);
      i += 2;
      continue;
    }
    if (isSymbolChar(c)) {
      out.push(i, i + 1, TokenKind.Symbol);
      i++;
      continue;
    }
    // punctuation: a run of the same mark is one token (…, --, !!!, ?!)
    const start = i;
    i++;
    if (!isDash(c) || c !== 45) {
      while (i < to && (text.charCodeAt(i) === c || ((c === 33 || c === 63) && (text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63)))) i++;
    } else {
      while (i < to && text.charCodeAt(i) === 45) i++;
    }
    out.push(start, i, TokenKind.Punct);
  }
  return { count: out.count, start: out.start.subarray(0, out.count), end: out.end.subarray(0, out.count), kind: out.kind.subarray(0, out.count) };
}

/** Attach sentence indices to raw tokens, given sorted, non-overlapping sentence spans; -1 outside any sentence. */
export function toTokenTable(raw: RawTokens, sentences: readonly { start: number; end: number }[]): TokenTable {
  const sentence = new Int32Array(raw.count).fill(-1);
  let s = 0;
  for (let t = 0; t < raw.count; t++) {
    const at = raw.start[t]!;
    while (s < sentences.length && sentences[s]!.end <= at) s++;
    if (s < sentences.length && sentences[s]!.start <= at) sentence[t] = s;
  }
  return { count: raw.count, start: raw.start, end: raw.end, kind: raw.kind, sentence };
}
