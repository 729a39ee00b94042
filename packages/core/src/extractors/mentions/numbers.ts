import { TokenKind, type TokenTable } from '../../types/layers.js';
import type { ValueType } from '../../types/analysis.js';
import { wordIdsOf } from '../../text/wordIds.js';
import { WordIdBytes } from '../../text/wordIdBytes.js';
import { tokenTexts } from '../claims/words.js';

/** The token table with each token's text, raw and lower-cased, computed once per article. */
export interface TokenView {
  text: string;
  tokens: TokenTable;
  readonly raw: readonly string[];
  readonly low: readonly string[];
}

const views = new WeakMap<TokenTable, TokenView>();

/**
 * The token view of a table, made once per article and shared by the extractors that read it.
 * The token texts come from the shared per-table cache (`tokenTexts`), so the article's tokens
 * are sliced and lower-cased once for mentions, times, entities, attributions, claims and signals.
 */
export function toTokenView(text: string, tokens: TokenTable): TokenView {
  const hit = views.get(tokens);
  if (hit && hit.text === text) return hit;
  const { raw, lower } = tokenTexts(text, tokens);
  const view: TokenView = { text, tokens, raw, low: lower };
  views.set(tokens, view);
  return view;
}

const toMap = (o: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(o));
const UNITS: ReadonlyMap<string, number> = toMap({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: ReadonlyMap<string, number> = toMap({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const SCALES: ReadonlyMap<string, number> = toMap({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, tn: 1e12 });
const ORDINAL_WORDS: ReadonlyMap<string, number> = toMap({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100, thousandth: 1000,
});
/** Vague quantities that count like numbers in durations ("several years"). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'couple', 'dozens', 'hundreds', 'thousands', 'numerous']);

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const DIGITS_WITH_SCALE = /^(\d+(?:\.\d+)?)(bn|m|k|tn|million|billion|trillion)$/i;
/** Whether a token text starts with an ASCII digit: the digit patterns below need one, so most tokens skip them. */
const digitFirst = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const COMMAS = /,/g;
const ORDINAL_DIGITS = /^(\d+)(st|nd|rd|th)$/i;

/** The value of an ordinal ("third", "3rd"), given in lower case; null when it is not one. */
export function ordinalValue(lw: string): number | null {
  const word = ORDINAL_WORDS.get(lw);
  if (word !== undefined) return word;
  if (!digitFirst(lw)) return null;
  const m = ORDINAL_DIGITS.exec(lw);
  return m ? Number(m[1]) : null;
}

export interface NumberMatch {
  /** First token of the number. */
  from: number;
  /** One past its last token. */
  to: number;
  /** Its value, or null when vague ("several"). */
  value: number | null;
  /** Whether it was written in words. */
  words: boolean;
}

const isHyphen = (v: TokenView, t: number): boolean => v.raw[t] === '-' || v.raw[t] === '‐' || v.raw[t] === '‑';
const adjacent = (v: TokenView, a: number, b: number): boolean => v.tokens.end[a] === v.tokens.start[b];

/**
 * A number starting at token `t`: digits ("1,200", "3.5"), digits with a scale ("3.2bn"),
 * number words ("twenty-five", "three hundred"), each optionally followed by a scale word
 * ("5 million"). Stops at the sentence end; never crosses more than a few tokens.
 */
export function numberAt(v: TokenView, t: number): NumberMatch | null {
  const n = v.tokens.count;
  if (t >= n) return null;
  const w = v.low[t]!;
  let value: number;
  let to = t + 1;
  let words = false;
  const digit = digitFirst(w);
  if (digit && v.tokens.kind[t] === TokenKind.Number && DIGITS.test(w)) {
    value = Number(w.includes(',') ? w.replace(COMMAS, '') : w);
  } else {
    const ms = digit ? DIGITS_WITH_SCALE.exec(w) : null;
    if (ms) {
      const scale = ms[2]!.toLowerCase();
      return { from: t, to, value: Number(ms[1]) * (scale === 'm' ? 1e6 : scale === 'k' ? 1e3 : SCALES.get(scale)!), words: false };
    }
    const unit = UNITS.get(w);
    const tens = unit === undefined ? TENS.get(w) : undefined;
    if (unit !== undefined) value = unit;
    else if (tens !== undefined) {
      value = tens;
      // twenty-five / twenty five
      if (to + 1 < n && isHyphen(v, to) && adjacent(v, t, to) && UNITS.has(v.low[to + 1]!)) {
        value += UNITS.get(v.low[to + 1]!)!;
        to += 2;
      } else if (to < n && (UNITS.get(v.low[to]!) ?? 0) > 0 && UNITS.get(v.low[to]!)! < 10) {
        value += UNITS.get(v.low[to]!)!;
        to += 1;
      }
    } else if ((w === 'a' || w === 'one') && to < n && (v.low[to] === 'hundred' || v.low[to] === 'thousand' || v.low[to] === 'million' || v.low[to] === 'billion')) {
      value = 1;
    } else return null;
    words = true;
  }
  // scale words: 5 million, three hundred thousand
  let guard = 0;
  while (to < n && guard++ < 3) {
    const s = v.low[to]!;
    if (s === 'hundred' || s === 'thousand' || s === 'million' || s === 'billion' || s === 'trillion' || (s === 'bn' && !words) || (s === 'tn' && !words)) {
      value *= SCALES.get(s)!;
      to++;
      continue;
    }
    break;
  }
  return { from: t, to, value, words };
}

const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '₹', '₽', '₴']);
const CURRENCY_PREFIXES: ReadonlySet<string> = new Set(['us', 'a', 'c', 'hk', 'nz', 's']);
const CURRENCY_WORDS: ReadonlySet<string> = new Set(
  'dollar dollars euro euros pound pounds sterling yen yuan renminbi rouble roubles ruble rubles hryvnia hryvnias rupee rupees franc francs cent cents pence lira liras shekel shekels dinar dinars riyal riyals dirham dirhams peso pesos won krona kronor krone rand usd eur gbp jpy cny rub uah'.split(' '),
);
const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pc']);
const UNIT_WORDS: ReadonlySet<string> = new Set(
  'km kilometre kilometres kilometer kilometers mile miles metre metres meter meters cm centimetres mm millimetres ft foot feet inch inches yard yards kg kilogram kilograms kilo kilos gram grams g tonne tonnes ton tons lb lbs ounce ounces litre litres liter liters gallon gallons barrel barrels acre acres hectare hectares degree degrees °c °f mph kph km/h knots mw gw kw kwh mwh gwh megawatts gigawatts kilowatts calories bytes gb mb tb sq square troops soldiers'.split(' ').filter((w) => w !== 'troops' && w !== 'soldiers'),
);
const UNIT_SUFFIX = /^(\d+(?:\.\d+)?)(km|kg|cm|mm|ft|lb|lbs|mph|kph|mw|gw|kw|kwh|gb|mb|tb|m|g|t|ml|l)$/i;

/**
 * The words (lower case) a value can start at besides those that start with a digit: currency
 * symbols and the prefixes before them ("US$"), ordinals, number words and the "a" / "one" of
 * "a hundred". `findValues` passes over every other token with this one look-up.
 */
const VALUE_STARTS: ReadonlySet<string> = new Set([...CURRENCY_SYMBOLS, ...CURRENCY_PREFIXES, ...ORDINAL_WORDS.keys(), ...UNITS.keys(), ...TENS.keys(), 'a', 'one']);

/** Per word id: 2 when a value can start at the word, 1 when none can, 0 when not looked at yet. */
const startsById = new WordIdBytes();

/**
 * Whether a value can start at token `t` (`VALUE_STARTS`, or a leading digit), by its word id:
 * the word is looked at once, not at each of its tokens (most tokens then need no string read).
 */
function mayStartValue(v: TokenView, ids: Int32Array, t: number): boolean {
  const id = ids[t]!;
  let f = startsById.get(id);
  if (f === 0) {
    const w = v.low[t]!;
    f = digitFirst(w) || VALUE_STARTS.has(w) ? 2 : 1;
    startsById.set(id, f);
  }
  return f === 2;
}

export interface ValueSpan {
  from: number;
  to: number;
  type: ValueType;
}

function startsSentence(v: TokenView, t: number): boolean {
  return t === 0 || v.tokens.sentence[t - 1] !== v.tokens.sentence[t];
}

/** "First Minister", "Second World War": an ordinal that is part of a title or a name, not a count. */
function inName(v: TokenView, t: number): boolean {
  return t + 1 < v.tokens.count && v.raw[t]!.charCodeAt(0) <= 90 && v.raw[t + 1]!.charCodeAt(0) >= 65 && v.raw[t + 1]!.charCodeAt(0) <= 90 && !startsSentence(v, t);
}

/** Numbers that stand for people or things but are part of common phrases, not counts ("no one", "one another"). */
function isPronounOne(v: TokenView, t: number): boolean {
  if (v.low[t] !== 'one') return false;
  const prev = t > 0 ? v.low[t - 1]! : '';
  const next = t + 1 < v.tokens.count ? v.low[t + 1]! : '';
  return prev === 'no' || prev === 'any' || prev === 'every' || prev === 'some' || prev === 'this' || prev === 'that' || prev === 'which' || prev === 'the' || prev === 'each' || next === 'another' || next === '’s' || next === "'s";
}

/**
 * MONEY, PERCENT, QUANTITY, ORDINAL and CARDINAL values over the token table, skipping
 * tokens already `covered` (dates and times). One left-to-right pass.
 */
export function findValues(v: TokenView, covered: Uint8Array): ValueSpan[] {
  const out: ValueSpan[] = [];
  const n = v.tokens.count;
  const sameSentence = (a: number, b: number) => v.tokens.sentence[a] === v.tokens.sentence[b];
  // (the ids first: making them may start a new vocabulary)
  const ids = wordIdsOf(v.text, v.tokens);
  startsById.sync();
  let t = 0;
  while (t < n) {
    if (covered[t]) {
      t++;
      continue;
    }
    // (no value starts here: the checks below would each find nothing)
    if (!mayStartValue(v, ids, t)) {
      t++;
      continue;
    }
    const w = v.low[t]!;
    // money with a symbol first: $5 million, £3.2bn, US$ 20
    let symbolAt = -1;
    if (CURRENCY_SYMBOLS.has(w)) symbolAt = t;
    else if (CURRENCY_PREFIXES.has(w) && t + 1 < n && CURRENCY_SYMBOLS.has(v.low[t + 1]!) && adjacent(v, t, t + 1)) symbolAt = t + 1;
    if (symbolAt >= 0) {
      const num = numberAt(v, symbolAt + 1);
      if (num && !covered[symbolAt + 1] && sameSentence(t, num.to - 1)) {
        out.push({ from: t, to: num.to, type: 'MONEY' });
        t = num.to;
        continue;
      }
    }
    const ordinal = ordinalValue(w);
    // "First Minister", "Second World War": part of a title or a name, not a count
    if (ordinal !== null && v.tokens.kind[t] === TokenKind.Word && !inName(v, t)) {
      // "second" as a unit of time is handled by the time grammar; here it is an ordinal
      out.push({ from: t, to: t + 1, type: 'ORDINAL' });
      t++;
      continue;
    }
    if (v.tokens.kind[t] === TokenKind.Word && digitFirst(w) && UNIT_SUFFIX.test(w) && !DIGITS_WITH_SCALE.test(w)) {
      out.push({ from: t, to: t + 1, type: 'QUANTITY' });
      t++;
      continue;
    }
    const num = numberAt(v, t);
    if (!num || isPronounOne(v, t)) {
      t++;
      continue;
    }
    let to = num.to;
    let type: ValueType = 'CARDINAL';
    const next = to < n && sameSentence(t, to) && !covered[to] ? v.low[to]! : '';
    if (next === '%' || PERCENT_WORDS.has(next)) {
      type = 'PERCENT';
      to++;
    } else if (next === 'per' && to + 1 < n && v.low[to + 1] === 'cent') {
      type = 'PERCENT';
      to += 2;
    } else if (next === 'percentage' && to + 1 < n && (v.low[to + 1] === 'points' || v.low[to + 1] === 'point')) {
      type = 'PERCENT';
      to += 2;
    } else if (CURRENCY_WORDS.has(next)) {
      type = 'MONEY';
      to++;
    } else if (next === 'square' && to + 1 < n && UNIT_WORDS.has(v.low[to + 1]!)) {
      type = 'QUANTITY';
      to += 2;
    } else if (UNIT_WORDS.has(next) && next !== 'square' && next !== 'g' && next !== 'sq') {
      type = 'QUANTITY';
      to++;
    }
    out.push({ from: t, to, type });
    t = to;
  }
  return out;
}
