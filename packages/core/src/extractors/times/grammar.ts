import { anchorDate } from '../../text/dates.js';
import type { TimeType } from '../../types/analysis.js';
import { TokenKind } from '../../types/layers.js';
import { VAGUE_COUNTS, numberAt, ordinalValue, type TokenView } from '../mentions/numbers.js';

/**
 * The temporal grammar shared by the `mentions` extractor (DATE and TIME mentions) and the
 * `times` extractor (TIMEX3-style values), so both report the same spans. It walks the
 * token table once, left to right, trying a fixed set of patterns at each token; every
 * pattern looks at a bounded number of tokens, so the pass is linear in the text length.
 */

export interface TimeMatch {
  /** First token of the expression. */
  from: number;
  /** One past its last token. */
  to: number;
  type: TimeType;
  /** TIMEX3-style value, or null when it cannot be normalised. */
  value: string | null;
  /** The mention type it also makes, or null for expressions NER does not tag ("now", "annually"). */
  mention: 'DATE' | 'TIME' | null;
  /**
   * False for a DATE mention that TimeML does not mark as a time expression (an age:
   * "47-year-old", "52 years old"); the `times` layer skips it. Absent means true.
   */
  timex?: boolean;
}

const list = (s: string): string[] => s.split(' ');

const MONTHS: ReadonlyMap<string, number> = new Map([
  ...list('january february march april may june july august september october november december').map((m, i) => [m, i + 1] as const),
  ...list('jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.').map((m) => [m, ['jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.'].indexOf(m)] as const).map(([m, i]) => [m, [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][i]!] as const),
]);
/** Month abbreviations without a period: only with a day number after them. */
const MONTH_SHORT: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);
const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ...list('monday tuesday wednesday thursday friday saturday sunday').map((d, i) => [d, i + 1] as const),
  ...list('mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun.').map((d, i) => [d, [1, 2, 2, 3, 4, 4, 4, 5, 6, 7][i]!] as const),
]);
const SEASONS: ReadonlyMap<string, string> = new Map([['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI']]);
const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI']]);

type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE';
const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['second', 'S'], ['seconds', 'S'], ['minute', 'MIN'], ['minutes', 'MIN'], ['hour', 'H'], ['hours', 'H'], ['day', 'D'], ['days', 'D'],
  ['week', 'W'], ['weeks', 'W'], ['fortnight', 'W'], ['fortnights', 'W'], ['month', 'M'], ['months', 'M'], ['year', 'Y'], ['years', 'Y'],
  ['decade', 'DE'], ['decades', 'DE'], ['century', 'CE'], ['centuries', 'CE'],
]);
const SET_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['hourly', 'PT1H'], ['nightly', 'P1D'],
]);
/**
 * Approximating modifiers TimeML keeps inside the expression ("nearly five months", "more
 * than four hours", "at least 72 hours"). "about", "just", "only", "barely" and "over" stay
 * outside, as in TimeBank ("about five hours" → "five hours").
 */
const APPROX: ReadonlySet<string> = new Set(list('around nearly almost roughly some approximately'));
const APPROX_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['more', new Set(['than'])], ['less', new Set(['than'])], ['fewer', new Set(['than'])], ['at', new Set(['least', 'most'])], ['no', new Set(['more', 'less'])],
]);

const MONTH_CUES: ReadonlySet<string> = new Set(list('in since until till by from through during before after of last next this early late mid end beginning start throughout into to and between'));
/** "May" is also a verb and a surname: only the clearest cues make it a month. */
const MAY_CUES: ReadonlySet<string> = new Set(list('in since until till during early late mid last next this'));
const YEAR_CUES: ReadonlySet<string> = new Set(list('in since until till by from through during before after of early late mid to around circa year between and spring summer autumn winter fall fiscal throughout'));
const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '#', 'no.', 'number', 'route', 'flight', 'room', 'page', 'pages', 'article', 'resolution', 'section', 'chapter', 'rule', 'model', 'version', 'about', 'nearly', 'some', 'than']);
const NOT_YEAR_AFTER: ReadonlySet<string> = new Set(['%', 'percent', 'people', 'troops', 'soldiers', 'shares', 'men', 'women', 'workers', 'jobs', 'employees', 'points', 'miles', 'feet', 'meters', 'metres', 'kilometers', 'kilometres', 'tons', 'tonnes', 'dollars', 'pounds', 'euros', 'yen', 'hours', 'minutes', 'units', 'cars', 'vehicles', 'barrels']);
const FUTURE_MARKERS: ReadonlySet<string> = new Set(list('will shall would going expected scheduled due plans plan planned set upcoming next later hopes intends could may might payable until expire expires'));
/** Past-tense forms that are not "-ed" (the nearest tense marker before a bare date wins). */
const PAST_VERBS: ReadonlySet<string> = new Set(
  list('said was were had did told met made took came went left began saw gave held found got sent rose fell won lost paid sold bought spent struck shot led brought kept ran fled became felt knew thought wrote spoke broke stood sat ago last yesterday'),
);
const BE: ReadonlySet<string> = new Set(list('be been being is are'));
const NOT_PAST: ReadonlySet<string> = new Set(list('need needed indeed hundred proceed succeed exceed speed feed seed breed red bed shed'));
const TIMEZONES: ReadonlySet<string> = new Set(list('gmt bst utc et est edt pt pst pdt cet cest msk eet eest ist jst'));
const AMPM: ReadonlyMap<string, 'am' | 'pm'> = new Map([['am', 'am'], ['a.m.', 'am'], ['pm', 'pm'], ['p.m.', 'pm']]);
const CLOCK_WORD = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m\.|p\.m\.)$/;
const CLOCK_NUMBER = /^(\d{1,2}):(\d{2})$/;
const YEAR = /^(1[0-9]|20|21)\d\d$/;
const DECADE = /^(1[0-9]|20)(\d)0s$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const QUARTER = /^q([1-4])$/;
const FULL_DATE = /-\d\d-\d\d$/;
const HAS_DIGIT = /\d/;
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const TWO_DIGITS = /^\d{2}$/;
const FOUR_DIGITS = /^\d{4}$/;

// ————— calendar helpers (UTC, no time zones) —————

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const dow = (d: Date): number => ((d.getUTCDay() + 6) % 7) + 1; // Monday = 1 … Sunday = 7
const ymd = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number): string => {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = (((m - 1) % 12) + 12) % 12 + 1;
  return `${pad(yy, 4)}-${pad(mm)}`;
};

function isoWeek(d: Date): string {
  const thursday = addDays(d, 4 - dow(d));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${pad(week)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 'near': no tense cue; a weekday then reads as past, a month as the nearest one. */
type Direction = 'past' | 'future' | 'last' | 'next' | 'this' | 'near';

function resolveWeekday(anchor: Date | null, day: number, dir: Direction): string {
  if (!anchor) return `XXXX-WXX-${day}`;
  const a = dow(anchor);
  let delta: number;
  switch (dir) {
    case 'past': case 'near': delta = -((a - day + 7) % 7); break;
    case 'future': delta = (day - a + 7) % 7; break;
    case 'last': delta = -((a - day + 7) % 7 || 7); break;
    case 'next': delta = (day - a + 7) % 7 || 7; break;
    case 'this': delta = day - a; break;
  }
  return ymd(addDays(anchor, delta));
}

function resolveMonthYear(anchor: Date | null, month: number, dir: Direction): number | null {
  if (!anchor) return null;
  const y = anchor.getUTCFullYear();
  const m = anchor.getUTCMonth() + 1;
  switch (dir) {
    case 'past': return m >= month ? y : y - 1;
    case 'future': return m <= month ? y : y + 1;
    case 'last': return m > month ? y : y - 1;
    case 'next': return m < month ? y : y + 1;
    case 'this': return y;
    case 'near': return month - m > 6 ? y - 1 : m - month > 6 ? y + 1 : y;
  }
}

function durationValue(n: number | null, unit: Unit): string {
  const q = n === null ? 'X' : String(n);
  switch (unit) {
    case 'S': return `PT${q}S`;
    case 'MIN': return `PT${q}M`;
    case 'H': return `PT${q}H`;
    // TimeBank writes decades and centuries in years: "the past decade" → P10Y
    case 'DE': return n === null ? 'PXY' : `P${n * 10}Y`;
    case 'CE': return n === null ? 'PXY' : `P${n * 100}Y`;
    default: return `P${q}${unit}`;
  }
}

/** The date `n` units before the anchor, at the unit's granularity. */
function shifted(anchor: Date | null, n: number, unit: Unit): string | null {
  if (!anchor) return null;
  const y = anchor.getUTCFullYear();
  const m = anchor.getUTCMonth() + 1;
  switch (unit) {
    case 'S': case 'MIN': case 'H': return ymd(anchor);
    case 'D': return ymd(addDays(anchor, n));
    case 'W': return isoWeek(addDays(anchor, 7 * n));
    case 'M': return ym(y, m + n);
    case 'Y': return pad(y + n, 4);
    case 'DE': return String(Math.floor((y + 10 * n) / 10));
    case 'CE': return String(Math.floor((y + 100 * n) / 100));
  }
}

// ————— the matcher —————

interface Ctx {
  v: TokenView;
  n: number;
  anchor: Date | null;
  /** The last quarter named so far ("the third quarter" → 1989, 3) and its sentence: earnings reports compare it with "a year ago". */
  quarter: { year: number; n: number; sentence: number } | null;
}

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/** "a year ago" in an earnings report next to "the third quarter" is that quarter a year back (TimeBank: 1988-Q3). */
function yearBack(c: Ctx, t: number, years: number): string | null {
  const q = c.quarter;
  if (q && c.v.tokens.sentence[t]! - q.sentence <= 2) return `${pad(q.year - years, 4)}-Q${q.n}`;
  return c.anchor ? pad(c.anchor.getUTCFullYear() - years, 4) : null;
}

type Partial = Omit<TimeMatch, 'from'>;

const word = (c: Ctx, t: number): string => (t < c.n ? c.v.low[t]! : '');
const kind = (c: Ctx, t: number): number => (t < c.n ? c.v.tokens.kind[t]! : 0);
const same = (c: Ctx, a: number, b: number): boolean => b < c.n && c.v.tokens.sentence[a] === c.v.tokens.sentence[b];
const adjacent = (c: Ctx, a: number, b: number): boolean => b < c.n && c.v.tokens.end[a] === c.v.tokens.start[b];
const isHyphen = (c: Ctx, t: number): boolean => {
  const w = word(c, t);
  return w === '-' || w === '‐' || w === '‑';
};
const isCapital = (c: Ctx, t: number): boolean => {
  const ch = c.v.raw[t]?.charCodeAt(0) ?? 0;
  return ch >= 65 && ch <= 90;
};
const yearAt = (c: Ctx, t: number): number | null => (kind(c, t) === TokenKind.Number && YEAR.test(word(c, t)) ? Number(word(c, t)) : null);
const monthAt = (c: Ctx, t: number): number | null => (isCapital(c, t) ? (MONTHS.get(word(c, t)) ?? null) : null);

const isPastVerb = (w: string): boolean => PAST_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !NOT_PAST.has(w));

/**
 * Past or future reading of a bare weekday or month, from the nearest tense marker before it
 * in its sentence ("said they would appeal the decision, announced Wednesday" → past), or
 * null when there is none (news reports the past: weekdays read as past, months as the
 * nearest one).
 */
function tense(c: Ctx, t: number): 'past' | 'future' | null {
  if (word(c, t - 1) === 'as' && (word(c, t - 2) === 'early' || word(c, t - 2) === 'soon') && word(c, t - 3) === 'as') return 'future';
  for (let k = t - 1; k >= 0 && k >= t - 8 && same(c, t, k); k--) {
    const w = word(c, k);
    if (FUTURE_MARKERS.has(w) || w.endsWith('’ll') || w.endsWith("'ll")) return 'future';
    // a participle after "be" ("will be paid") is no past tense; look further back
    if (isPastVerb(w) && !BE.has(word(c, k - 1))) return 'past';
  }
  return null;
}

function direction(c: Ctx, t: number): Direction {
  return tense(c, t) ?? 'past';
}

/** An optional ", 2019" or " 2019" after a month or a day. */
function yearAfter(c: Ctx, t: number): { year: number; to: number } | null {
  let k = t;
  if (word(c, k) === ',') k++;
  const y = yearAt(c, k);
  if (y === null) return same(c, t - 1, k) ? spokenYear(c, k) : null;
  return same(c, t - 1, k) ? { year: y, to: k + 1 } : null;
}

function dayNumber(c: Ctx, t: number): number | null {
  if (t >= c.n) return null;
  const m = DAY_NUMBER.exec(word(c, t));
  if (!m || c.v.raw[t]!.includes(',')) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** A date with a month name: "December 2019", "May 14", "14 May 2025", "Dec. 5, 2019", "in December". */
function monthDate(c: Ctx, t: number, dir: Direction | null): Partial | null {
  let month = monthAt(c, t);
  let dayFirst: number | null = null;
  let at = t;
  if (month === null) {
    // 14 May [2025] / 14th of May
    dayFirst = dayNumber(c, t);
    if (dayFirst === null || kind(c, t) === TokenKind.Punct) return null;
    at = word(c, t + 1) === 'of' ? t + 2 : t + 1;
    month = monthAt(c, at) ?? (isCapital(c, at) ? (MONTH_SHORT.get(word(c, at)) ?? null) : null);
    if (month === null || !same(c, t, at)) return null;
  }
  let to = at + 1;
  let day = dayFirst;
  if (day === null) {
    const short = isCapital(c, t) ? MONTH_SHORT.get(word(c, t)) : undefined;
    const d = same(c, t, t + 1) ? dayNumber(c, t + 1) : null;
    if (d !== null && !(yearAt(c, t + 1) !== null)) {
      day = d;
      to = t + 2;
    } else if (short !== undefined && monthAt(c, t) === null) return null;
  }
  const y = yearAfter(c, to);
  if (y) to = y.to;
  const year = y?.year ?? resolveMonthYear(c.anchor, month, dir ?? tense(c, t) ?? 'near');
  if (day !== null) {
    if (year !== null && !validDay(year, month, day)) return null;
    return { to, type: 'date', value: year === null ? `XXXX-${pad(month)}-${pad(day)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`, mention: 'DATE' };
  }
  if (!y && dir === null) {
    // a bare month name needs a cue before it ("in May"), so that "Theresa May" stays a name
    const prev = word(c, t - 1);
    const cues = month === 5 ? MAY_CUES : MONTH_CUES;
    if (!(t > 0 && same(c, t - 1, t) && (cues.has(prev) || isHyphen(c, t - 1)))) return null;
  }
  return { to, type: 'date', value: year === null ? `XXXX-${pad(month)}` : ym(year, month), mention: 'DATE' };
}

function weekdayDate(c: Ctx, t: number, dir: Direction | null): Partial | null {
  if (!isCapital(c, t)) return null;
  const day = WEEKDAYS.get(word(c, t));
  if (day === undefined) return null;
  let to = t + 1;
  // "Wednesday, May 14, 2025" / "Wednesday 14 May"
  let k = to;
  if (word(c, k) === ',') k++;
  if (same(c, t, k)) {
    const full = monthDate(c, k, dir);
    if (full && full.value !== null && FULL_DATE.test(full.value)) return full;
  }
  let value = resolveWeekday(c.anchor, day, dir ?? direction(c, t));
  let type: TimeType = 'date';
  let mention: 'DATE' | 'TIME' = 'DATE';
  const part = PARTS_OF_DAY.get(word(c, to));
  if (part && same(c, t, to)) {
    value += `T${part}`;
    type = 'time';
    mention = 'TIME';
    to++;
  }
  return { to, type, value, mention };
}

/** "last week", "next month", "this year", "last Monday", "this morning", "earlier this year". */
function relative(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  let dir: Direction;
  if (w === 'last' || w === 'past' || w === 'previous') dir = 'last';
  else if (w === 'next' || w === 'coming') dir = 'next';
  else if (w === 'this') dir = 'this';
  else return null;
  const t1 = t + 1;
  if (!same(c, t, t1)) return null;
  const u = word(c, t1);
  const a = c.anchor;
  const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
  const unit = UNITS.get(u);
  if (unit && !u.endsWith('s')) {
    if (unit === 'S' || unit === 'MIN' || unit === 'H') return null;
    return { to: t1 + 1, type: 'date', value: shifted(a, step, unit), mention: 'DATE' };
  }
  if (u === 'weekend') return { to: t1 + 1, type: 'date', value: a ? `${isoWeek(addDays(a, 7 * step))}-WE` : null, mention: 'DATE' };
  const part = PARTS_OF_DAY.get(u);
  if (part) {
    if (dir === 'next') return null;
    const day = dir === 'last' && u === 'night' ? (a ? addDays(a, -1) : null) : dir === 'this' ? a : null;
    if (dir === 'last' && u !== 'night') return null;
    return { to: t1 + 1, type: 'time', value: day ? `${ymd(day)}T${part}` : null, mention: 'TIME' };
  }
  const season = SEASONS.get(u);
  if (season) {
    const y = a ? a.getUTCFullYear() + step : null;
    return { to: t1 + 1, type: 'date', value: y === null ? `XXXX-${season}` : `${y}-${season}`, mention: 'DATE' };
  }
  if (isCapital(c, t1) && WEEKDAYS.has(u)) return weekdayDate(c, t1, dir);
  if (monthAt(c, t1) !== null) return monthDate(c, t1, dir);
  return null;
}

/** "three years", "a 30-day", "several weeks", "47-year-old"; with "ago" a date. */
function countedUnit(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  const bare = UNITS.get(w);
  if (bare && w.endsWith('s') && w !== 'seconds') {
    // "days ago", "for years"
    if (word(c, t + 1) === 'ago' && same(c, t, t + 1)) return { to: t + 2, type: 'date', value: 'PAST_REF', mention: 'DATE' };
    const prev = word(c, t - 1);
    if (prev === 'for' || prev === 'recent') return { to: t + 1, type: 'duration', value: durationValue(null, bare), mention: 'DATE' };
    return null;
  }
  let count: number | null;
  let k: number;
  let vague = false;
  if (VAGUE_COUNTS.has(w) && w !== 'dozens' && w !== 'hundreds' && w !== 'thousands') {
    count = null;
    vague = true;
    k = t + 1;
    if (w === 'couple' && word(c, k) === 'of') k++;
  } else if (w === 'a' || w === 'an') {
    count = 1;
    k = t + 1;
    if (word(c, k) === 'few' || word(c, k) === 'couple') {
      count = null;
      vague = true;
      k++;
      if (word(c, k) === 'of') k++;
    }
  } else {
    const num = numberAt(c.v, t);
    if (!num) return null;
    if (num.value !== null && num.value > 10_000) return null;
    count = num.value;
    k = num.to;
  }
  // hyphenated: 30-day, three-year-old
  let hyphenated = false;
  if (isHyphen(c, k) && adjacent(c, k - 1, k) && adjacent(c, k, k + 1)) {
    hyphenated = true;
    k++;
  }
  if (!same(c, t, k)) return null;
  const u = word(c, k);
  const unit = UNITS.get(u);
  if (!unit) return null;
  if ((w === 'a' || w === 'an') && !vague && (u === 'second' || u.endsWith('s'))) return null;
  const to = k + 1;
  if (hyphenated && isHyphen(c, to) && word(c, to + 1) === 'old' && adjacent(c, k, to)) {
    return { to: to + 2, type: 'duration', value: durationValue(count, unit), mention: 'DATE', timex: false };
  }
  if (!hyphenated && word(c, to) === 'old' && unit === 'Y') return { to, type: 'duration', value: durationValue(count, unit), mention: 'DATE', timex: false };
  // "a year earlier": a date; "two days later": a duration that keeps its adverb
  if ((word(c, to) === 'earlier' || word(c, to) === 'later') && same(c, t, to) && !hyphenated) {
    if (word(c, to) === 'earlier' && unit === 'Y' && count !== null) return { to: to + 1, type: 'date', value: yearBack(c, t, count), mention: 'DATE' };
    return { to: to + 1, type: 'duration', value: durationValue(count, unit), mention: 'DATE' };
  }
  if (word(c, to) === 'ago' && same(c, t, to)) {
    if (vague || count === null) return { to: to + 1, type: 'date', value: 'PAST_REF', mention: 'DATE' };
    return { to: to + 1, type: 'date', value: unit === 'Y' ? yearBack(c, t, count) : shifted(c.anchor, -count, unit), mention: 'DATE' };
  }
  // "a year" after an amount is a rate: £1,400 a year
  if ((w === 'a' || w === 'an') && count === 1) {
    const prev = word(c, t - 1);
    const prevKind = kind(c, t - 1);
    if (prevKind === TokenKind.Number || prev === 'times' || prev === 'twice' || prev === 'once' || prev === '%' || prev === 'percent' || HAS_DIGIT.test(prev)) {
      return { to, type: 'set', value: durationValue(1, unit), mention: 'DATE' };
    }
  }
  if (w === 'a' || w === 'an') {
    // "a year" alone is a duration only after a preposition of extent or before "later/earlier/after"
    const prev = word(c, t - 1);
    const next = word(c, to);
    if (!['for', 'over', 'in', 'within', 'after', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'around', 'least', 'of', 'last', 'past'].includes(prev) && !['later', 'earlier', 'after', 'before', 'long', 'on'].includes(next)) return null;
  }
  return { to, type: 'duration', value: durationValue(count, unit), mention: 'DATE' };
}

/** "the past decade", "the last three years", "the next two weeks": durations. */
function thePast(c: Ctx, t: number): Partial | null {
  if (word(c, t) !== 'the') return null;
  const w = word(c, t + 1);
  if (!['past', 'last', 'next', 'previous', 'coming', 'following', 'first', 'final'].includes(w)) return null;
  const k = t + 2;
  if (!same(c, t, k)) return null;
  const unit = UNITS.get(word(c, k));
  if (unit) return { to: k + 1, type: 'duration', value: durationValue(word(c, k).endsWith('s') ? null : 1, unit), mention: 'DATE' };
  const counted = countedUnit(c, k);
  if (counted && counted.type === 'duration') return counted;
  if (word(c, k) === 'few' || word(c, k) === 'several' || word(c, k) === 'couple') {
    const inner = countedUnit(c, k);
    if (inner) return inner;
  }
  return null;
}

function clock(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  let h: number;
  let min = 0;
  let to = t + 1;
  let ampm: 'am' | 'pm' | undefined;
  const m1 = CLOCK_WORD.exec(w);
  if (m1) {
    h = Number(m1[1]);
    min = m1[2] ? Number(m1[2]) : 0;
    ampm = AMPM.get(m1[3]!);
  } else {
    const m2 = kind(c, t) === TokenKind.Number ? CLOCK_NUMBER.exec(w) : null;
    if (m2) {
      h = Number(m2[1]);
      min = Number(m2[2]);
    } else if (kind(c, t) === TokenKind.Number && ONE_OR_TWO_DIGITS.test(w) && (AMPM.has(word(c, t + 1)) || word(c, t + 1) === 'o’clock' || word(c, t + 1) === "o'clock")) {
      h = Number(w);
    } else if ((w === 'noon' || w === 'midday') && !(isCapital(c, t) && isCapital(c, t - 1))) {
      return onDay(c, to, 'T12:00');
    } else if (w === 'midnight') {
      return onDay(c, to, 'T24:00');
    } else return null;
    const next = word(c, to);
    if (AMPM.has(next) && same(c, t, to)) {
      ampm = AMPM.get(next);
      to++;
    } else if ((next === 'o’clock' || next === "o'clock") && same(c, t, to)) to++;
  }
  if (h > 24 || min > 59 || (ampm && (h < 1 || h > 12))) return null;
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  if (TIMEZONES.has(word(c, to)) && same(c, t, to)) to++;
  return onDay(c, to, `T${pad(h)}:${pad(min)}`);
}

/** A clock time, with the day that follows it when there is one: "10 p.m. Wednesday", "5 p.m. EST Nov. 9". */
function onDay(c: Ctx, to: number, hm: string): Partial {
  let k = to;
  if (word(c, k) === ',') k++;
  if (same(c, to - 1, k)) {
    const day = weekdayDate(c, k, null) ?? monthDate(c, k, null) ?? deictic(c, k);
    if (day && day.type === 'date' && day.value !== null && (FULL_DATE.test(day.value) || day.value.startsWith('XXXX-WXX-'))) {
      return { to: day.to, type: 'time', value: `${day.value}${hm}`, mention: 'TIME' };
    }
  }
  return { to, type: 'time', value: c.anchor ? `${ymd(c.anchor)}${hm}` : `XXXX-XX-XX${hm}`, mention: 'TIME' };
}

/** A year said in words, as in broadcast transcripts: "nineteen ninety-six". */
function spokenYear(c: Ctx, t: number): { year: number; to: number } | null {
  if (word(c, t) !== 'nineteen' || !same(c, t, t + 1)) return null;
  const n = numberAt(c.v, t + 1);
  if (!n || !n.words || n.value === null || n.value < 10 || n.value > 99) return null;
  return { year: 1900 + n.value, to: n.to };
}

/** A four-digit year in context ("in 2019", "the 2019 election"), a decade ("the 1990s"), a century. */
function yearish(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  const y = yearAt(c, t);
  if (y !== null) {
    const prev = word(c, t - 1);
    const cue = t > 0 && same(c, t - 1, t) && (YEAR_CUES.has(prev) || (isHyphen(c, t - 1) && word(c, t - 2) === 'mid'));
    const attributive = t > 0 && (prev === 'the' || prev === '’s' || prev === "'s" || prev === 'its' || prev === 'his' || prev === 'her' || prev === 'their') && kind(c, t + 1) === TokenKind.Word && !isCapital(c, t + 1) && same(c, t, t + 1);
    // a bare four-digit number from 1900 to 2099 is a year in news (TimeBank: 178 of 183), unless it counts something
    const bare = y >= 1900 && y <= 2099 && !NOT_YEAR_BEFORE.has(prev) && !NOT_YEAR_AFTER.has(word(c, t + 1)) && kind(c, t - 1) !== TokenKind.Number && !isHyphen(c, t + 1);
    if (!cue && !attributive && !bare) return null;
    return { to: t + 1, type: 'date', value: pad(y, 4), mention: 'DATE' };
  }
  const spoken = spokenYear(c, t);
  if (spoken) return { to: spoken.to, type: 'date', value: String(spoken.year), mention: 'DATE' };
  const d = DECADE.exec(w);
  if (d) return { to: t + 1, type: 'date', value: `${d[1]}${d[2]}`, mention: 'DATE' };
  const ord = word(c, t + 1) === 'century' ? ordinalValue(w) : null;
  if (ord !== null && ord >= 1 && ord <= 22 && same(c, t, t + 1)) {
    return { to: t + 2, type: 'date', value: pad(ord - 1), mention: 'DATE' };
  }
  return null;
}

function season(c: Ctx, t: number): Partial | null {
  const s = SEASONS.get(word(c, t));
  if (!s) return null;
  let k = t + 1;
  if (word(c, k) === 'of') k++;
  const y = yearAt(c, k);
  if (y === null || !same(c, t, k)) return null;
  return { to: k + 1, type: 'date', value: `${y}-${s}`, mention: 'DATE' };
}

/** "Q3", "third quarter", "third-quarter", "fourth quarters": the quarter number and where it ends. */
function quarterAt(c: Ctx, t: number): { n: number; to: number } | null {
  const q = QUARTER.exec(word(c, t));
  if (q) return { n: Number(q[1]), to: t + 1 };
  const w = word(c, t);
  let k = t + 1;
  if (isHyphen(c, k) && adjacent(c, t, k) && adjacent(c, k, k + 1)) k++;
  const u = word(c, k);
  if ((u !== 'quarter' && u !== 'quarters') || !same(c, t, k)) return null;
  const ord = w === 'final' ? 4 : ordinalValue(w);
  if (ord === null || ord < 1 || ord > 4) return null;
  return { n: ord, to: k + 1 };
}

/** The last quarter that ended before the anchor, `back` quarters further back. */
function latestQuarter(a: Date, back: number): string {
  const index = a.getUTCFullYear() * 4 + Math.floor(a.getUTCMonth() / 3) - 1 - back;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

function quarter(c: Ctx, t: number): Partial | null {
  const qa = quarterAt(c, t);
  if (!qa) return null;
  const n = qa.n;
  let k = qa.to;
  let year: number | null = c.anchor ? c.anchor.getUTCFullYear() : null;
  if (word(c, k) === 'of' && yearAt(c, k + 1) !== null) {
    year = yearAt(c, k + 1);
    k += 2;
  } else if (yearAt(c, k) !== null && same(c, t, k)) {
    year = yearAt(c, k);
    k++;
  }
  return { to: k, type: 'date', value: year === null ? `XXXX-Q${n}` : `${year}-Q${n}`, mention: 'DATE' };
}

const THE_EDGES: ReadonlySet<string> = new Set(list('end beginning start middle close'));
const THE_SKIP: ReadonlySet<string> = new Set(list('comparable same corresponding fiscal full early late'));

/** The most recent weekend on or before the anchor, as `2025-W19-WE`. */
function weekendBefore(a: Date): string {
  const d = dow(a);
  return `${isoWeek(d >= 6 ? a : addDays(a, -d))}-WE`;
}

/**
 * Expressions that TimeML marks with their determiner: "the third quarter", "the latest
 * quarter", "the year-ago period", "the 1988 quarter", "the current fiscal year", "the nine
 * months", "the weekend", "the end of 1990", "the future", "the past".
 */
function theDate(c: Ctx, t: number): Partial | null {
  if (word(c, t) !== 'the' || !same(c, t, t + 1)) return null;
  const a = c.anchor;
  let k = t + 1;
  const w = word(c, k);
  if (w === 'future') return { to: k + 1, type: 'date', value: 'FUTURE_REF', mention: null };
  if (w === 'near' && word(c, k + 1) === 'future') return { to: k + 2, type: 'date', value: 'FUTURE_REF', mention: null };
  if (w === 'past' && !UNITS.has(word(c, k + 1)) && !SEASONS.has(word(c, k + 1)) && numberAt(c.v, k + 1) === null && !VAGUE_COUNTS.has(word(c, k + 1))) {
    return { to: k + 1, type: 'date', value: 'PAST_REF', mention: null };
  }
  if (w === 'weekend') return { to: k + 1, type: 'date', value: a ? weekendBefore(a) : 'XXXX-WXX-WE', mention: 'DATE' };
  if (THE_EDGES.has(w) && word(c, k + 1) === 'of' && same(c, t, k + 2)) {
    // never recurse into another "the …" (bounded work per token)
    let inner = word(c, k + 2) === 'the' ? null : matchAt(c, k + 2);
    if (word(c, k + 2) === 'the') {
      const u = UNITS.get(word(c, k + 3));
      if (u === 'M' || u === 'Y' || u === 'W') inner = { to: k + 4, type: 'date', value: shifted(a, 0, u), mention: 'DATE' };
    }
    return inner && inner.type === 'date' ? inner : null;
  }
  // the [comparable] [year-ago] [1988] [latest|current] [fiscal] (third quarter | quarter | period | year)
  let back = 0;
  let year: number | null = null;
  let rel: 'latest' | 'current' | null = null;
  let fiscal = false;
  for (let guard = 0; guard < 4; guard++) {
    const x = word(c, k);
    if (THE_SKIP.has(x)) {
      fiscal ||= x === 'fiscal';
      k++;
    } else if (x === 'year' && isHyphen(c, k + 1) && (word(c, k + 2) === 'ago' || word(c, k + 2) === 'earlier') && adjacent(c, k, k + 1)) {
      back = 4;
      k += 3;
    } else if (x === 'latest' || x === 'current' || x === 'recent') {
      rel = x === 'current' ? 'current' : 'latest';
      k++;
    } else if (yearAt(c, k) !== null) {
      year = yearAt(c, k);
      k++;
    } else break;
  }
  if (!same(c, t, k)) return null;
  const q = quarterAt(c, k);
  if (q && !word(c, q.to - 1).endsWith('s')) {
    let y = year ?? (a ? a.getUTCFullYear() : null);
    if (y !== null && back && year === null) y -= 1;
    let to = q.to;
    const of = word(c, to) === 'of' ? to + 1 : to;
    if (year === null && yearAt(c, of) !== null && same(c, t, of)) {
      y = yearAt(c, of);
      to = of + 1;
    }
    return { to, type: 'date', value: y === null ? `XXXX-Q${q.n}` : `${y}-Q${q.n}`, mention: 'DATE' };
  }
  const season = SEASONS.get(word(c, k));
  if (season && k <= t + 2) return { to: k + 1, type: 'date', value: a ? `${a.getUTCFullYear()}-${season}` : `XXXX-${season}`, mention: 'DATE' };
  const u = word(c, k);
  if ((u === 'quarter' || u === 'period') && (u === 'quarter' || back || year !== null || rel !== null)) {
    let value: string | null = null;
    if (a) {
      const latest = latestQuarter(a, back);
      if (year !== null) value = `${year}-Q${latest.slice(-1)}`;
      else if (rel === 'current') value = latestQuarter(a, back - 1);
      else value = latest;
    }
    return { to: k + 1, type: 'date', value, mention: 'DATE' };
  }
  if (u === 'year' && k === t + 1 && yearAt(c, k + 1) === null && !isHyphen(c, k + 1)) {
    // "for the year ended Sept. 30": a year's length; "for the year": this year
    if (word(c, k + 1) === 'ended' || word(c, k + 1) === 'ending') return { to: k + 1, type: 'duration', value: 'P1Y', mention: 'DATE' };
    if (word(c, k + 1) !== 'before' && word(c, k + 1) !== 'after') return { to: k + 1, type: 'date', value: a ? pad(a.getUTCFullYear(), 4) : null, mention: 'DATE' };
  }
  if (u === 'year' && (rel !== null || fiscal || back) && !isHyphen(c, k + 1)) {
    const y = a ? a.getUTCFullYear() - (back ? 1 : 0) - (rel === 'latest' && fiscal ? 1 : 0) : null;
    return { to: k + 1, type: 'date', value: y === null ? null : pad(y, 4), mention: 'DATE' };
  }
  if (k === t + 1) {
    // the nine months, the four days (not "the 30-day truce")
    const d = countedUnit(c, k);
    if (d && d.type === 'duration' && !isHyphen(c, d.to - 2) && word(c, k) !== 'a') return d;
  }
  return null;
}

/** "fiscal 1989", "fiscal second-quarter". */
function fiscal(c: Ctx, t: number): Partial | null {
  if (word(c, t) !== 'fiscal' || !same(c, t, t + 1)) return null;
  const inner = quarter(c, t + 1) ?? (yearAt(c, t + 1) !== null ? { to: t + 2, type: 'date' as const, value: pad(yearAt(c, t + 1)!, 4), mention: 'DATE' as const } : null);
  return inner;
}

/** "The year-ago results", "a year-earlier loss": last year. */
function yearAgo(c: Ctx, t: number): Partial | null {
  if (word(c, t) !== 'year' || !isHyphen(c, t + 1) || !adjacent(c, t, t + 1)) return null;
  const w = word(c, t + 2);
  if (w !== 'ago' && w !== 'earlier') return null;
  return { to: t + 3, type: 'date', value: yearBack(c, t, 1), mention: 'DATE' };
}

/** "recent years", "in recent days": the past, unspecified. */
function recent(c: Ctx, t: number): Partial | null {
  if (word(c, t) !== 'recent' || !same(c, t, t + 1)) return null;
  const u = word(c, t + 1);
  if (!UNITS.has(u) || !u.endsWith('s')) return null;
  return { to: t + 2, type: 'date', value: 'PAST_REF', mention: 'DATE' };
}

function deictic(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  const a = c.anchor;
  // "Today" inside a sentence is a name ("the Today programme")
  if (isCapital(c, t) && t > 0 && same(c, t - 1, t) && (kind(c, t - 1) === TokenKind.Word || kind(c, t - 1) === TokenKind.Number)) return null;
  let day: Date | null | undefined;
  if (w === 'today') day = a;
  else if (w === 'yesterday') day = a && addDays(a, -1);
  else if (w === 'tomorrow') day = a && addDays(a, 1);
  else if (w === 'tonight') return { to: t + 1, type: 'time', value: a ? `${ymd(a)}TNI` : null, mention: 'TIME' };
  else if (w === 'now' || w === 'currently' || w === 'nowadays' || w === 'presently') return { to: t + 1, type: 'date', value: 'PRESENT_REF', mention: null };
  else if (w === 'recently' || w === 'lately') return { to: t + 1, type: 'date', value: 'PAST_REF', mention: null };
  else if (w === 'right' && word(c, t + 1) === 'now') return { to: t + 2, type: 'date', value: 'PRESENT_REF', mention: null };
  else if (w === 'more' && word(c, t + 1) === 'recently') return { to: t + 2, type: 'date', value: 'PAST_REF', mention: null };
  else if (w === 'current' && kind(c, t + 1) === TokenKind.Word && same(c, t, t + 1)) return { to: t + 1, type: 'date', value: 'PRESENT_REF', mention: null };
  else return null;
  const part = PARTS_OF_DAY.get(word(c, t + 1));
  if (part && same(c, t, t + 1)) return { to: t + 2, type: 'time', value: day ? `${ymd(day)}T${part}` : null, mention: 'TIME' };
  return { to: t + 1, type: 'date', value: day ? ymd(day) : null, mention: 'DATE' };
}

function sets(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  const adverb = SET_ADVERBS.get(w);
  if (adverb) return isCapital(c, t + 1) && same(c, t, t + 1) ? null : { to: t + 1, type: 'set', value: adverb, mention: null };
  if (w !== 'every' && w !== 'each') return null;
  const k = t + 1;
  if (!same(c, t, k)) return null;
  const day = isCapital(c, k) ? WEEKDAYS.get(word(c, k)) : undefined;
  if (day !== undefined) return { to: k + 1, type: 'set', value: `XXXX-WXX-${day}`, mention: 'DATE' };
  const unit = UNITS.get(word(c, k));
  if (unit && !word(c, k).endsWith('s')) return { to: k + 1, type: 'set', value: durationValue(1, unit), mention: 'DATE' };
  const counted = countedUnit(c, k);
  if (counted && counted.type === 'duration') return { ...counted, type: 'set' };
  return null;
}

function isoDate(c: Ctx, t: number): Partial | null {
  if (kind(c, t) !== TokenKind.Number || !FOUR_DIGITS.test(word(c, t))) return null;
  if (!(isHyphen(c, t + 1) && adjacent(c, t, t + 1) && TWO_DIGITS.test(word(c, t + 2)) && adjacent(c, t + 1, t + 2))) return null;
  const y = Number(word(c, t));
  const m = Number(word(c, t + 2));
  if (m < 1 || m > 12) return null;
  if (isHyphen(c, t + 3) && adjacent(c, t + 2, t + 3) && TWO_DIGITS.test(word(c, t + 4)) && adjacent(c, t + 3, t + 4)) {
    const d = Number(word(c, t + 4));
    if (!validDay(y, m, d)) return null;
    return { to: t + 5, type: 'date', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, mention: 'DATE' };
  }
  return null;
}

const PATTERNS: readonly ((c: Ctx, t: number) => Partial | null)[] = [
  isoDate,
  theDate,
  fiscal,
  recent,
  yearAgo,
  thePast,
  relative,
  deictic,
  (c, t) => weekdayDate(c, t, null),
  (c, t) => monthDate(c, t, null),
  season,
  quarter,
  clock,
  sets,
  countedUnit,
  yearish,
];

const EDGE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later']);

/** The longest match of any pattern at token `t`, with leading modifiers ("just", "early", "mid-"). */
function matchAt(c: Ctx, t: number): Partial | null {
  let best: Partial | null = null;
  for (const p of PATTERNS) {
    const m = p(c, t);
    if (m && m.to > t && (!best || m.to > best.to)) best = m;
  }
  return best;
}

const YEAR_VALUE = /^\d{4}(?:$|-)/;
const DAY_VALUE = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/;

/**
 * The anchor to use when the article has no publication date: the dateline's date ("MOSCOW,
 * May 15 (Reuters) –", its year from the latest full date in the text) or else the latest
 * full date in the text. Null when the text has no full date.
 */
function fallbackAnchor(v: TokenView, matches: readonly TimeMatch[]): Date | null {
  let latest: string | null = null;
  let latestYear: string | null = null;
  let dateline: RegExpExecArray | null = null;
  for (const m of matches) {
    if (m.value !== null && YEAR_VALUE.test(m.value) && (latestYear === null || m.value.slice(0, 4) > latestYear)) latestYear = m.value.slice(0, 4);
    const d = m.value === null ? null : DAY_VALUE.exec(m.value);
    if (!d) continue;
    if (m.from < 12 && dateline === null) dateline = d; // the dateline opens the text
    if (d[1] !== 'XXXX' && (latest === null || m.value! > latest)) latest = m.value!;
  }
  if (dateline && dateline[1] !== 'XXXX') return anchorDate(dateline[0]);
  if (dateline && latestYear !== null) {
    const year = Number(latestYear);
    const month = Number(dateline[2]);
    const day = Number(dateline[3]);
    if (validDay(year, month, day)) return new Date(Date.UTC(year, month - 1, day));
  }
  return latest === null ? null : anchorDate(latest);
}

/**
 * Every temporal expression in the article's token table, in text order. Relative
 * expressions are resolved against `publishedAt`, or without it against the dateline or the
 * latest full date in the text (two passes, each linear).
 */
export function findTimeMatches(v: TokenView, publishedAt: string | null): TimeMatch[] {
  const anchor = anchorDate(publishedAt);
  const first = scan(v, anchor);
  if (anchor) return first;
  const fallback = fallbackAnchor(v, first);
  return fallback ? scan(v, fallback) : first;
}

function scan(v: TokenView, anchor: Date | null): TimeMatch[] {
  const c: Ctx = { v, n: v.tokens.count, anchor, quarter: null };
  const out: TimeMatch[] = [];
  let t = 0;
  while (t < c.n) {
    const kindT = c.v.tokens.kind[t];
    if (kindT !== TokenKind.Word && kindT !== TokenKind.Number) {
      t++;
      continue;
    }
    const w = c.v.low[t]!;
    let m: Partial | null = null;
    // a modifier that belongs to the expression after it: "just days ago", "early 2019", "mid-May", "earlier this year"
    let k = -1;
    if ((APPROX.has(w) || EDGE_MODIFIERS.has(w)) && same(c, t, t + 1)) {
      k = t + 1;
      if (w === 'mid' && isHyphen(c, k) && adjacent(c, t, k)) k++;
    } else if (APPROX_PAIRS.get(w)?.has(word(c, t + 1)) && same(c, t, t + 2)) {
      k = t + 2;
      if (w === 'no') k = word(c, k) === 'than' ? k + 1 : -1;
    }
    if (k > t && word(c, k) !== 'the') {
      const inner = matchAt(c, k);
      const ok = !inner
        ? false
        : EDGE_MODIFIERS.has(w)
          ? inner.type === 'date' && inner.mention !== null
          : w === 'some'
            ? inner.type === 'duration'
            : inner.mention !== null;
      if (ok) m = inner;
    }
    m ??= matchAt(c, t);
    if (!m) {
      t++;
      continue;
    }
    out.push({ from: t, ...m });
    const q = m.value === null ? null : QUARTER_VALUE.exec(m.value);
    if (q) c.quarter = { year: Number(q[1]), n: Number(q[2]), sentence: v.tokens.sentence[t]! };
    t = m.to;
  }
  return out;
}

const cache = new WeakMap<object, { publishedAt: string | null; matches: TimeMatch[] }>();

/** `findTimeMatches`, computed once per token table and anchor (mentions and times share it). */
export function timeMatches(v: TokenView, publishedAt: string | null): TimeMatch[] {
  const hit = cache.get(v.tokens);
  if (hit && hit.publishedAt === publishedAt) return hit.matches;
  const matches = findTimeMatches(v, publishedAt);
  cache.set(v.tokens, { publishedAt, matches });
  return matches;
}

/** Month and weekday names: on their own, outside a date, they are rarely names. */
export function isCalendarWord(lower: string): boolean {
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}
