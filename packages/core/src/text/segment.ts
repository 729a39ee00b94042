import type { Segments } from '../types/layers.js';
import { TokenKind } from '../types/layers.js';
import type { Span } from '../types/span.js';
import { SENTENCE_STARTERS, STATE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { isDigit, isUpper, isWhitespace } from './chars.js';
import { tokenize, toTokenTable, type RawTokens } from './tokenize.js';
import type { TokenTable } from '../types/layers.js';

interface Range {
  start: number;
  end: number;
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** Line feed, carriage return and the Unicode line and paragraph separators. */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Non-empty lines, trimmed, each with whether a blank line (or the start) precedes it. */
function lines(text: string): { start: number; end: number; afterBlank: boolean }[] {
  const out: { start: number; end: number; afterBlank: boolean }[] = [];
  let i = 0;
  let blank = true;
  while (i <= text.length) {
    let j = i;
    while (j < text.length && !isLineBreak(text.charCodeAt(j))) j++;
    let s = i;
    let e = j;
    while (s < e && isWhitespace(text.charCodeAt(s))) s++;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      out.push({ start: s, end: e, afterBlank: blank });
      blank = false;
    } else if (i < text.length || j > i) blank = true;
    if (j >= text.length) break;
    i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  return out;
}

function endsLikeSentence(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 34 || c === 0x201d || c === 0x2019 || c === 58 || c === 41;
}

/** Twenty-sixth session: a first line in capitals or title case is a headline, whose line break says nothing of hard wrapping (`paragraphRanges`). */
const HEADLINE_LINE_NOT_WRAP = true;

/** `HEADLINE_LINE_NOT_WRAP`: line `l` is short and its words mostly capitalised. */
function headlineLike(text: string, l: { start: number; end: number }): boolean {
  if (l.end - l.start > 150) return false;
  const words = text.slice(l.start, l.end).split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  let capital = 0;
  for (const w of words) if (isUpper(w.charCodeAt(0))) capital++;
  return words.length >= 2 && capital * 10 >= words.length * 7;
}

/**
 * Paragraphs: each non-empty line, unless the text is hard-wrapped (blocks of several short
 * lines that mostly break mid-sentence), in which case each blank-line-separated block.
 */
function paragraphRanges(text: string): Range[] {
  const ls = lines(text);
  const blocks: Range[] = [];
  let multiLineBlocks = 0;
  let midBreaks = 0;
  let breaks = 0;
  for (let k = 0; k < ls.length; k++) {
    const l = ls[k]!;
    if (l.afterBlank || blocks.length === 0) blocks.push({ start: l.start, end: l.end });
    else {
      const b = blocks[blocks.length - 1]!;
      breaks++;
      // (twenty-sixth session, `HEADLINE_LINE_NOT_WRAP`: the break after a first line in capitals or title case is a headline's, not a
      // wrap: "HALDEN SHARES OFFERED\nHalden Corp said …" is a headline and one paragraph)
      if (!endsLikeSentence(text, b.end) && !(HEADLINE_LINE_NOT_WRAP && k === 1 && headlineLike(text, ls[0]!))) midBreaks++;
      if (b.end - b.start === ls[k - 1]!.end - ls[k - 1]!.start) multiLineBlocks++;
      b.end = l.end;
    }
  }
  // midBreaks / breaks > 0.5, without a division (a fraction there deopts the optimised caller)
  const hardWrapped = multiLineBlocks > 0 && breaks > 0 && midBreaks * 2 > breaks;
  if (hardWrapped) return blocks;
  // a packed array like `blocks` (`map` makes a holey one: two array maps for the caller)
  const out: Range[] = [];
  for (let k = 0; k < ls.length; k++) out.push({ start: ls[k]!.start, end: ls[k]!.end });
  return out;
}

function looksLikeTitle(text: string, p: Range, next: Range | undefined): boolean {
  if (!next) return false;
  const len = p.end - p.start;
  if (len > 250) return false;
  const last = text.charCodeAt(p.end - 1);
  if (last === 46 || last === 44 || last === 58 || last === 59) return false;
  // (twenty-sixth session, `QUOTE_END_NOT_TITLE`: a first paragraph that ends in a stop inside a closing quote mark is a
  // sentence, 'Reed said: “We will not go.”', not a headline)
  if (QUOTE_END_NOT_TITLE && isClosingMark(last) && p.end - p.start >= 2 && text.charCodeAt(p.end - 2) === 46) return false;
  const gap = text.slice(p.end, next.start);
  if (/\n[ \t]*\r?\n|\r[ \t]*\r/.test(gap)) return true;
  // a line on its own in title case
  const words = text.slice(p.start, p.end).split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  const capital = words.filter((w) => isUpper(w.charCodeAt(0))).length;
  if (words.length >= 2 && capital / words.length >= 0.6 && len < 150) return true;
  // (eighteenth session, `SENTENCE_CASE_TITLE`: "Pork prices climb this Christmas" over a longer first paragraph that ends
  // like a sentence: a headline in sentence case, as wires and broadcasters print them)
  return SENTENCE_CASE_TITLE && words.length >= 3 && len <= 120 && isUpper(text.charCodeAt(p.start)) && !isClosingMark(last) && next.end - next.start > Math.max(len, 40) && endsLikeSentence(text, next.end);
}

/** Eighteenth session: a first line of three words or more in sentence case with no end mark, over a longer paragraph (40 characters or more) that ends like a sentence, is the headline (`looksLikeTitle`). */
const SENTENCE_CASE_TITLE = true;
/** Twenty-sixth session: a paragraph that ends in a stop and a closing quote mark is no headline (`looksLikeTitle`). */
const QUOTE_END_NOT_TITLE = true;
const isClosingMark = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41;

const BYLINE = /^(?:by|from)\s+\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,8}/iu;
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.? \d{1,2})?\s*(?:\([\p{L} .&-]{1,30}\)\s*)?[-—–]{1,2}\s/u;

/** Split a paragraph's tokens into sentences. */
/** Twentieth session: a period inside a stock ticker ("AEGN.AS") ends no sentence (`sentenceRanges`). */
const TICKER_PERIOD = true;

/** `TICKER_PERIOD`: text [start, end) is a ticker's code: one to five capital letters. */
function tickerCode(text: string, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 5) return false;
  for (let i = start; i < end; i++) if (!isUpper(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Twenty-sixth session: "a.m." / "p.m." end a sentence before a capitalised word that is no day, month or time zone and
 * opens no "… time" ("called at 3 a.m. MacLeod said …"; not "2 p.m. Tuesday", "9 a.m. ET", "8 p.m. New York time").
 */
const TIME_OF_DAY_END = true;
const AFTER_TIME_OF_DAY: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt',
  'pst', 'pdt', 'at', 'ast', 'adt', 'nt', 'gmt', 'bst', 'utc', 'cet', 'cest', 'eastern', 'pacific', 'central', 'mountain', 'atlantic', 'local',
]);

/** `TIME_OF_DAY_END`: the abbreviation `word` (without its period) is a time of day and token `k` opens the next sentence. */
function timeOfDayEnds(text: string, tokens: RawTokens, word: string, k: number, to: number): boolean {
  const w = word.toLowerCase();
  if (w !== 'a.m' && w !== 'p.m') return false;
  if (AFTER_TIME_OF_DAY.has(text.slice(tokens.start[k]!, tokens.end[k]!).toLowerCase())) return false;
  for (let j = k + 1; j < Math.min(to, k + 4); j++) if (text.slice(tokens.start[j]!, tokens.end[j]!).toLowerCase() === 'time') return false;
  return true;
}

/** Twenty-sixth session: "U.S. Officials said" (wire capitals) goes on after the abbreviation unless "the" stands before it (`sentenceRanges`). */
const NOUN_AFTER_ABBREVIATION = true;
const PLURAL_STARTERS: ReadonlySet<string> = new Set(['Officials', 'Critics']);

/**
 * Twenty-sixth session: a firm's suffix ("Co.", "Inc.") ends a sentence before a capitalised word and a verb of saying
 * ("… said Ann Lee of Halden and Co. Lee said she was a buyer."; not "Halden Co. Inc. said", "Halden Corp. Wednesday said").
 */
const FIRM_SUFFIX_END = true;
const FIRM_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros']);
const SAYING_AFTER_NAME: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);

/** `FIRM_SUFFIX_END`: the abbreviation `word` (without its period) is a firm's suffix and token `k` opens a sentence "Name said". */
function firmSuffixEnds(text: string, tokens: RawTokens, word: string, k: number, to: number): boolean {
  if (!FIRM_SUFFIXES.has(word.toLowerCase()) || k + 1 >= to) return false;
  const next = text.slice(tokens.start[k]!, tokens.end[k]!);
  // (nor before a day or a month: "General Motors Corp. Wednesday said")
  if (next.includes('.') || FIRM_SUFFIXES.has(next.toLowerCase()) || AFTER_TIME_OF_DAY.has(next.toLowerCase())) return false;
  return SAYING_AFTER_NAME.has(text.slice(tokens.start[k + 1]!, tokens.end[k + 1]!));
}

/**
 * Twenty-seventh session: a province's or a state's abbreviation after a town and a comma ends a sentence before a capitalised
 * word ("… in Halifax, N.S. Residents said", "… near Tulsa, Okla. Smith said"), unless that word is an office the place's
 * name modifies ("Gander, N.L. Mayor Percy Farwell said"). Canadian and American news write places so.
 */
const PLACE_ABBREVIATION_END = true;
/** Offices after a place's abbreviation ("Gander, N.L. Mayor …"): the abbreviation modifies them and ends no sentence. */
const OFFICES_AFTER_PLACE: ReadonlySet<string> = new Set([
  'Mayor', 'Premier', 'MLA', 'MPP', 'MP', 'MNA', 'Chief', 'Coun', 'Coun.', 'Councillor', 'Councilor', 'Reeve', 'Warden', 'Sheriff', 'Gov', 'Gov.',
  'Governor', 'Sen', 'Sen.', 'Senator', 'Rep', 'Rep.', 'Representative', 'Deputy', 'Acting', 'Interim', 'Attorney', 'District', 'County', 'City',
]);
/**
 * The provinces', territories' and states' initialisms, without the last period (not a person's or a firm's initials after a
 * comma: "Citicorp, J.P. Morgan", "Goldman Sachs, E.F. Hutton").
 */
const PLACE_INITIALISMS: ReadonlySet<string> = new Set([
  'B.C', 'N.S', 'N.B', 'P.E.I', 'N.L', 'N.W.T', 'Y.T', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'S.C', 'S.D', 'R.I', 'D.C',
]);

/**
 * `PLACE_ABBREVIATION_END`: the abbreviation `word` (without its period) at token `t` is a province's or a state's after "Town,"
 * (`PLACE_INITIALISMS`, "N.S", "B.C", or a capitalised state abbreviation, "Okla", "Calif"), and `next`, a capitalised word
 * (not a dateline's date), opens a sentence.
 */
function placeAbbreviationEnds(text: string, tokens: RawTokens, word: string, t: number, from: number, next: string): boolean {
  // (nor before a day or a month: "… in Orlando, Fla. Monday")
  if (t - 2 < from || !isUpper(next.charCodeAt(0)) || OFFICES_AFTER_PLACE.has(next) || AFTER_TIME_OF_DAY.has(next.toLowerCase())) return false;
  if (!PLACE_INITIALISMS.has(word) && !(isUpper(word.charCodeAt(0)) && STATE_ABBREVIATIONS.has(word.toLowerCase()))) return false;
  if (text.slice(tokens.start[t - 1]!, tokens.end[t - 1]!) !== ',') return false;
  return tokens.kind[t - 2] === TokenKind.Word && isUpper(text.charCodeAt(tokens.start[t - 2]!));
}

function sentenceRanges(text: string, tokens: RawTokens, from: number, to: number, startAt: number, out: Range[]): void {
  let sentStart = startAt;
  let t = from;
  while (t < to && tokens.start[t]! < startAt) t++;
  if (t < to) sentStart = tokens.start[t]!;
  for (; t < to; t++) {
    const s = tokens.start[t]!;
    const e = tokens.end[t]!;
    const last = text.charCodeAt(e - 1);
    let ends = false;
    let abbreviation = false;
    if (tokens.kind[t] === TokenKind.Punct && (last === 46 || last === 33 || last === 63 || last === 0x2026)) ends = true;
    else if (tokens.kind[t] === TokenKind.Word && last === 46 && e - s > 1) {
      ends = true;
      abbreviation = true;
    }
    if (!ends) continue;
    let endTok = t;
    while (endTok + 1 < to && (tokens.kind[endTok + 1] === TokenKind.Quote || text.charCodeAt(tokens.start[endTok + 1]!) === 41 || text.charCodeAt(tokens.start[endTok + 1]!) === 93)) {
      const q = text.charCodeAt(tokens.start[endTok + 1]!);
      // an opening quote after the mark belongs to the next sentence: a curly opening mark, a straight one
      // glued to the word after it, or (a quote mark) one after a space ("development. ''Obama")
      if (q === 0x201c || q === 0x2018 || q === 0xab) break;
      if (tokens.kind[endTok + 1] === TokenKind.Quote && tokens.start[endTok + 1] !== tokens.end[endTok]) break;
      // (a doubled apostrophe closes as one mark: "This Week.''")
      const next2 = endTok + 2 < to && tokens.start[endTok + 2] === tokens.end[endTok + 1] ? endTok + 2 : -1;
      if ((q === 34 || q === 39) && next2 >= 0 && !(q === 39 && tokens.kind[next2] === TokenKind.Quote && text.charCodeAt(tokens.start[next2]!) === 39)) break;
      endTok++;
    }
    if (endTok + 1 >= to) break;
    const n = tokens.start[endTok + 1]!;
    const nc = text.charCodeAt(n);
    const opens = nc === 0x201c || nc === 0x2018 || nc === 34 || nc === 39 || nc === 40 || nc === 91 || nc === 0xab;
    if (!(isUpper(nc) || isDigit(nc) || opens)) continue;
    // (issue 4, twentieth session, `TICKER_PERIOD`: "<AEGN.AS>", "BT.L": a period glued between two capitalised codes of a
    // stock ticker ends no sentence)
    if (TICKER_PERIOD && endTok === t && n === e && t > from && tickerCode(text, tokens.start[t - 1]!, tokens.end[t - 1]!) && tokens.end[t - 1] === s &&
      tickerCode(text, n, tokens.end[endTok + 1]!)) continue;
    if (abbreviation) {
      const word = text.slice(s, e - 1);
      if (TITLE_ABBREVIATIONS.has(word.toLowerCase()) || word.length === 1) continue;
      const next = text.slice(n, tokens.end[endTok + 1]!);
      // (twenty-sixth session, `NOUN_AFTER_ABBREVIATION`: "…, U.S. Officials said": a plural noun after a place's abbreviation used
      // as a modifier, as the wires of the 1980s capitalised it; after "the" the abbreviation is the noun and ends the sentence)
      const placeEnd = PLACE_ABBREVIATION_END && placeAbbreviationEnds(text, tokens, word, t, from, next);
      if (!placeEnd && NOUN_AFTER_ABBREVIATION && PLURAL_STARTERS.has(next) && !(t > from && text.slice(tokens.start[t - 1]!, tokens.end[t - 1]!).toLowerCase() === 'the')) continue;
      if (!placeEnd && !SENTENCE_STARTERS.has(next) && !(TIME_OF_DAY_END && timeOfDayEnds(text, tokens, word, endTok + 1, to)) && !(FIRM_SUFFIX_END && firmSuffixEnds(text, tokens, word, endTok + 1, to))) continue;
    }
    out.push({ start: sentStart, end: tokens.end[endTok]! });
    t = endTok;
    sentStart = n;
  }
  const lastTok = to - 1;
  if (lastTok >= from && tokens.end[lastTok]! > sentStart) out.push({ start: sentStart, end: tokens.end[lastTok]! });
}

export interface Segmentation {
  segments: Segments;
  tokens: TokenTable;
}

/** Headline, byline, dateline, paragraphs, sentences and tokens, in one pass over the text. */
export function segmentText(text: string): Segmentation {
  const paragraphs = paragraphRanges(text);
  let title: Span | null = null;
  let byline: Span | null = null;
  let dateline: Span | null = null;
  let first = 0;
  if (paragraphs.length > 1 && looksLikeTitle(text, paragraphs[0]!, paragraphs[1])) {
    title = span(text, paragraphs[0]!.start, paragraphs[0]!.end);
    first = 1;
  }
  for (let k = first; k < Math.min(first + 3, paragraphs.length); k++) {
    const p = paragraphs[k]!;
    if (p.end - p.start > 120) continue;
    const m = BYLINE.exec(text.slice(p.start, p.end));
    if (m && m[0].length >= (p.end - p.start) * 0.5) {
      byline = span(text, p.start, p.end);
      paragraphs.splice(k, 1);
      break;
    }
  }
  const body = paragraphs.slice(first);
  let bodyStart = body[0]?.start ?? 0;
  if (body[0]) {
    const m = DATELINE.exec(text.slice(body[0].start, Math.min(body[0].end, body[0].start + 120)));
    if (m) {
      let e = body[0].start + m[0].length;
      while (e > body[0].start && isWhitespace(text.charCodeAt(e - 1))) e--;
      let dl = e;
      while (dl > body[0].start && (text.charCodeAt(dl - 1) === 45 || text.charCodeAt(dl - 1) === 0x2014 || text.charCodeAt(dl - 1) === 0x2013 || isWhitespace(text.charCodeAt(dl - 1)))) dl--;
      dateline = span(text, body[0].start, dl);
      bodyStart = body[0].start + m[0].length;
    }
  }

  const raw = tokenize(text);
  const sentences: Range[] = [];
  let t = 0;
  for (let k = 0; k < body.length; k++) {
    const p = body[k]!;
    while (t < raw.count && raw.start[t]! < p.start) t++;
    let u = t;
    while (u < raw.count && raw.start[u]! < p.end) u++;
    sentenceRanges(text, raw, t, u, k === 0 ? bodyStart : p.start, sentences);
    t = u;
  }
  return {
    segments: {
      title,
      byline,
      dateline,
      paragraphs: body.map((p) => span(text, p.start, p.end)),
      sentences: sentences.map((s) => span(text, s.start, s.end)),
    },
    tokens: toTokenTable(raw, sentences),
  };
}
