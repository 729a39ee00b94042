import { isWhitespace } from '../../text/chars.js';
import { TokenKind, type Segments, type TokenTable } from '../../types/layers.js';

/** A pair of quote marks and what lies between them. */
export interface Quote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the quote runs on without one (a new quote or paragraph takes over). */
  close: number;
  /** Offsets of the text between the marks (whitespace trimmed). */
  contentStart: number;
  contentEnd: number;
  /** Offsets of the whole quote, marks included. */
  start: number;
  end: number;
}

export interface Quotes {
  list: Quote[];
  /** For each token: index into `list` of the quote whose content holds it, or -1. Marks are not inside. */
  inside: Int32Array;
}

/**
 * Round thirteen (c): a left double mark glued to the text before it and followed by a space or a closing
 * mark is typed for a right one ("“The reality is …,“ said Jim Calloway"): it closes the open quote.
 */
export const WRONG_WAY_CLOSE = true;

const enum Mark {
  None,
  Open,
  Close,
  Either,
}

function isOpeningContext(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45 || c === 44;
}

function isClosingContext(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 0x2014 || c === 0x2013 || c === 0x2026;
}

/** Set in `classify`'s answer for a single quote mark; the mark is the answer's low bits (`& MARK`). */
const SINGLE = 4;
const MARK = 3;

/**
 * What a double (or guillemet, or curly single) quote mark at `at` can do, from its shape and its
 * neighbours: a `Mark`, with `SINGLE` set for a single quote (a number, not an object per mark).
 */
function classify(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (WRONG_WAY_CLOSE && c === 0x201c && at > 0 && !isWhitespace(text.charCodeAt(at - 1)) && (at + 1 >= text.length || isWhitespace(text.charCodeAt(at + 1)) || isClosingContext(text.charCodeAt(at + 1)))) {
    return Mark.Close;
  }
  if (c === 0x201c || c === 0x201e || c === 0x201f || c === 0xab) return Mark.Open;
  // a right mark with space before it and a word after it is typed for a left one ("\n”Mr. Dorn embodies …”")
  if (c === 0x201d && at + 1 < text.length && (at === 0 || isWhitespace(text.charCodeAt(at - 1))) && !isWhitespace(text.charCodeAt(at + 1)) && !isClosingContext(text.charCodeAt(at + 1))) {
    return Mark.Open;
  }
  if (c === 0x201d || c === 0xbb) return Mark.Close;
  if (c === 0x2018 || c === 0x201a || c === 0x201b) return Mark.Open | SINGLE;
  let prev = at > 0 ? text.charCodeAt(at - 1) : 32;
  let next = at + 1 < text.length ? text.charCodeAt(at + 1) : 32;
  // two apostrophes stand for a double quote mark (''like this'', as some wires print it)
  let pair = false;
  if (c === 39 && prev === 39) return Mark.None;
  if (c === 39 && next === 39) {
    pair = true;
    next = at + 2 < text.length ? text.charCodeAt(at + 2) : 32;
    if (next === 39) return Mark.None;
  }
  if (prev === 39 && at > 1 && text.charCodeAt(at - 2) === 39) prev = 32;
  const left = isWhitespace(prev) || isOpeningContext(prev);
  const right = isWhitespace(next) || isClosingContext(next) || next === 0x201d || next === 0x2019;
  if (c === 34 || pair) {
    if (left && !right) return Mark.Open;
    if (right && !left) return Mark.Close;
    return Mark.Either;
  }
  if (c === 0x2019 || c === 39) {
    // a standalone ’ or ' is a closing single quote only after text ("…peace’"), never an opener
    if (c === 39 && left && !right) return Mark.Open | SINGLE;
    return (right && !left ? Mark.Close : Mark.None) | SINGLE;
  }
  return Mark.None;
}

/**
 * Pair the quote marks of an article in one linear pass. Double quotes (curly, straight,
 * guillemets) nest single ones. A quote left open runs to the next opening mark when one
 * follows in the same paragraph or opens the next one (the news convention for a quote that
 * goes on); otherwise it is dropped, so an unbalanced mark never swallows the rest of the text, unless the mark opens its
 * paragraph (`UNCLOSED_PARAGRAPH_QUOTE`): the quote then ends with the paragraph.
 */
export function findQuotes(text: string, tokens: TokenTable, segments: Segments): Quotes {
  // entities and attributions both ask for the same article's quotes: the last answer is kept
  if (last !== null && last.tokens === tokens && last.segments === segments && last.text === text) return last.quotes;
  const quotes = pairQuotes(text, tokens, segments);
  last = { text, tokens, segments, quotes };
  return quotes;
}

/** The last article `findQuotes` answered (read-only for callers: the same result is handed out again). */
let last: { text: string; tokens: TokenTable; segments: Segments; quotes: Quotes } | null = null;

/** Add the quote from token `o` (its content ending at offset `contentEnd`) unless its content is blank, and mark the tokens inside it. */
function pushQuote(text: string, tokens: TokenTable, out: Quotes, o: number, closeToken: number, contentEnd: number, end: number): void {
  let cs = tokens.end[o]!;
  if (text.charCodeAt(cs) === 39 && text.charCodeAt(cs - 1) === 39) cs++;
  while (cs < contentEnd && isWhitespace(text.charCodeAt(cs))) cs++;
  let ce = contentEnd;
  while (ce > cs && isWhitespace(text.charCodeAt(ce - 1))) ce--;
  if (ce <= cs) return;
  const id = out.list.length;
  out.list.push({ open: o, close: closeToken, contentStart: cs, contentEnd: ce, start: tokens.start[o]!, end });
  const last = closeToken >= 0 ? closeToken : tokens.count;
  for (let t = o + 1; t < last && tokens.start[t]! < ce; t++) out.inside[t] = id;
}

/**
 * Round fourteen: a quote opened inside a sentence (after a word that is no verb of saying: `were "only 10% of the …`) that
 * runs on to the next opening mark without its closing one ends with its sentence: the words after the sentence's end are
 * the writer's ("… the schools agenda. Dr Pryce, who was a surgeon …, said …"). A quote opened at a sentence's start, after a
 * colon or comma, or after "said" is a multi-sentence quote and runs on as before.
 */
export const PARTIAL_RUN_ON_SENTENCE = true;
const SAY_BEFORE: ReadonlySet<string> = new Set(['said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'declared', 'insisted', 'warned', 'replied', 'asked']);

/** The sentence end (a `.`, `!` or `?` token followed by a capitalised word) in tokens (open, before), or -1. */
function sentenceEndIn(text: string, tokens: TokenTable, open: number, before: number): number {
  for (let t = open + 2; t + 1 < before; t++) {
    if (tokens.kind[t] !== TokenKind.Punct) continue;
    const c = text.charCodeAt(tokens.start[t]!);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const n = tokens.start[t + 1]!;
    if (tokens.kind[t + 1] === TokenKind.Word && n > tokens.end[t]! && text.charCodeAt(n) >= 65 && text.charCodeAt(n) <= 90) return t;
  }
  return -1;
}

/** Close the quote open at token `open` without a mark, at the last token before `beforeToken`. */
function runOn(text: string, tokens: TokenTable, out: Quotes, open: number, beforeToken: number): void {
  let before = beforeToken;
  if (PARTIAL_RUN_ON_SENTENCE && open > 0 && tokens.kind[open - 1] === TokenKind.Word && !SAY_BEFORE.has(text.slice(tokens.start[open - 1]!, tokens.end[open - 1]!).toLowerCase())) {
    const stop = sentenceEndIn(text, tokens, open, beforeToken);
    if (stop > 0) before = stop;
  }
  const lastEnd = before > open + 1 ? tokens.end[before - 1]! : tokens.end[open]!;
  pushQuote(text, tokens, out, open, -1, lastEnd, lastEnd);
}

function pairQuotes(text: string, tokens: TokenTable, segments: Segments): Quotes {
  const out: Quotes = { list: [], inside: new Int32Array(tokens.count).fill(-1) };
  const paragraphs = segments.paragraphs;
  // the paragraph of each token, by a pointer that moves forward with the tokens: the first paragraph
  // ending after the token's start, if it has begun (-1 between paragraphs)
  let p = 0;

  let open = -1; // token of the open double quote
  let openSingle = -1; // token of an open single quote (outside double quotes)
  let openParagraph = -1;

  for (let t = 0; t < tokens.count; t++) {
    const offset = tokens.start[t]!;
    while (p < paragraphs.length && paragraphs[p]!.end <= offset) p++;
    const paragraph = p < paragraphs.length && paragraphs[p]!.start <= offset ? p : -1;
    if (open >= 0 && paragraph !== openParagraph) {
      // the paragraph ended with the quote open: it goes on only if this paragraph opens with a quote
      const first: Mark = tokens.kind[t] === TokenKind.Quote ? classify(text, tokens.start[t]!) & MARK : Mark.None;
      if (first === Mark.Open || first === Mark.Either || (UNCLOSED_PARAGRAPH_QUOTE && opensParagraph(tokens, paragraphs, open, openParagraph))) runOn(text, tokens, out, open, t);
      open = -1;
    }
    if (openSingle >= 0 && paragraph !== openParagraph) openSingle = -1;
    if (tokens.kind[t] !== TokenKind.Quote) continue;
    // one number, no object per quote mark
    const kind = classify(text, tokens.start[t]!);
    const mark: Mark = kind & MARK;
    const single = (kind & SINGLE) !== 0;
    if (mark === Mark.None) continue;
    if (single) {
      if (open >= 0) continue; // nested in a double quote: part of its content
      if (mark === Mark.Open && openSingle < 0) {
        openSingle = t;
        openParagraph = paragraph;
      } else if (mark === Mark.Close && openSingle >= 0) {
        pushQuote(text, tokens, out, openSingle, t, tokens.start[t]!, tokens.end[t]!);
        openSingle = -1;
      }
      continue;
    }
    openSingle = -1;
    if (open < 0) {
      if (mark === Mark.Open || mark === Mark.Either) {
        open = t;
        openParagraph = paragraph;
      }
      continue;
    }
    if (mark === Mark.Close || mark === Mark.Either) {
      // a closing '' is two tokens: the quote ends at the second
      const last = text.charCodeAt(tokens.start[t]!) === 39 && t + 1 < tokens.count && tokens.start[t + 1] === tokens.start[t]! + 1 ? t + 1 : t;
      pushQuote(text, tokens, out, open, last, tokens.start[t]!, tokens.end[last]!);
      open = -1;
    } else {
      // a second opening mark: the first quote ran on without its closing mark
      runOn(text, tokens, out, open, t);
      open = t;
      openParagraph = paragraph;
    }
  }
  // the last paragraph opens a quote and never closes it
  if (UNCLOSED_PARAGRAPH_QUOTE && open >= 0 && opensParagraph(tokens, paragraphs, open, openParagraph)) runOn(text, tokens, out, open, tokens.count);
  return out;
}

/**
 * Eighteenth session: a paragraph that opens with a quote mark and never closes it ("he said.\n"We lose 20 cents in dockages
 * … too fat." at an article's end, or before a paragraph of the writer's) is a quote to the paragraph's end: a mark that
 * opens a paragraph opens what someone said. A mark left open inside a paragraph is still dropped.
 */
export const UNCLOSED_PARAGRAPH_QUOTE = true;

/** Whether the quote mark at token `open` is the first token of its paragraph. */
function opensParagraph(tokens: TokenTable, paragraphs: Segments['paragraphs'], open: number, paragraph: number): boolean {
  const p = paragraphs[paragraph];
  return p !== undefined && (open === 0 || tokens.start[open - 1]! < p.start);
}
