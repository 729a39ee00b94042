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
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['hourly', 'PT1H'], ['nightly', 'P1D'], ['annual', 'P1Y'],
]);
const APPROX: ReadonlySet<string> = new Set(list('just only about around nearly almost roughly some approximately barely'));
const MONTH_CUES: ReadonlySet<string> = new Set(list('in since until till by from through during before after of last next this early late mid end beginning start throughout into to and between'));
/** "May" is also a verb and a surname: only the clearest cues make it a month. */
const MAY_CUES: ReadonlySet<string> = new Set(list('in since until till during early late mid last next this'));
const YEAR_CUES: ReadonlySet<string> = new Set(list('in since until till by from through during before after of early late mid to around circa year between and spring summer autumn winter fall fiscal throughout'));
const FUTURE_MARKERS: ReadonlySet<string> = new Set(list('will shall would going expected scheduled due plans plan planned set upcoming next later hopes intends could may might'));
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

type Direction = 'past' | 'future' | 'last' | 'next' | 'this';

function resolveWeekday(anchor: Date | null, day: number, dir: Direction): string {
  if (!anchor) return `XXXX-WXX-${day}`;
  const a = dow(anchor);
  let delta: number;
  switch (dir) {
    case 'past': delta = -((a - day + 7) % 7); break;
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
  }
}

function durationValue(n: number | null, unit: Unit): string {
  const q = n === null ? 'X' : String(n);
  switch (unit) {
    case 'S': return `PT${q}S`;
    case 'MIN': return `PT${q}M`;
    case 'H': return `PT${q}H`;
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

/** Past or future reading of a bare weekday or month, from the words before it in its sentence. */
function direction(c: Ctx, t: number): Direction {
  for (let k = t - 1; k >= 0 && k >= t - 8 && same(c, t, k); k--) {
    const w = word(c, k);
    if (FUTURE_MARKERS.has(w) || w.endsWith('’ll') || w.endsWith("'ll")) return 'future';
  }
  return 'past';
}

/** An optional ", 2019" or " 2019" after a month or a day. */
function yearAfter(c: Ctx, t: number): { year: number; to: number } | null {
  let k = t;
  if (word(c, k) === ',') k++;
  const y = yearAt(c, k);
  return y !== null && same(c, t - 1, k) ? { year: y, to: k + 1 } : null;
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
  const year = y?.year ?? resolveMonthYear(c.anchor, month, dir ?? direction(c, t));
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
    return { to: to + 2, type: 'duration', value: durationValue(count, unit), mention: 'DATE' };
  }
  if (word(c, to) === 'ago' && same(c, t, to)) {
    if (vague || count === null) return { to: to + 1, type: 'date', value: 'PAST_REF', mention: 'DATE' };
    return { to: to + 1, type: 'date', value: shifted(c.anchor, -count, unit), mention: 'DATE' };
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
    } else if (w === 'noon' || w === 'midday') {
      return { to, type: 'time', value: c.anchor ? `${ymd(c.anchor)}T12:00` : 'XXXX-XX-XXT12:00', mention: 'TIME' };
    } else if (w === 'midnight') {
      return { to, type: 'time', value: c.anchor ? `${ymd(c.anchor)}T24:00` : 'XXXX-XX-XXT24:00', mention: 'TIME' };
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
  const hm = `T${pad(h)}:${pad(min)}`;
  return { to, type: 'time', value: c.anchor ? `${ymd(c.anchor)}${hm}` : `XXXX-XX-XX${hm}`, mention: 'TIME' };
}

/** A four-digit year in context ("in 2019", "the 2019 election"), a decade ("the 1990s"), a century. */
function yearish(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  const y = yearAt(c, t);
  if (y !== null) {
    const prev = word(c, t - 1);
    const cue = t > 0 && same(c, t - 1, t) && (YEAR_CUES.has(prev) || (isHyphen(c, t - 1) && word(c, t - 2) === 'mid'));
    const attributive = t > 0 && (prev === 'the' || prev === '’s' || prev === "'s" || prev === 'its' || prev === 'his' || prev === 'her' || prev === 'their') && kind(c, t + 1) === TokenKind.Word && !isCapital(c, t + 1) && same(c, t, t + 1);
    if (!cue && !attributive) return null;
    return { to: t + 1, type: 'date', value: pad(y, 4), mention: 'DATE' };
  }
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

function quarter(c: Ctx, t: number): Partial | null {
  const q = QUARTER.exec(word(c, t));
  let n: number | null = q ? Number(q[1]) : null;
  let k = t + 1;
  if (n === null) {
    const w = word(c, t);
    if (word(c, t + 1) !== 'quarter') return null;
    const ord = w === 'final' || w === 'last' ? 4 : ordinalValue(w);
    if (ord === null || ord < 1 || ord > 4 || word(c, t + 1) !== 'quarter' || !same(c, t, t + 1)) return null;
    n = ord;
    k = t + 2;
  }
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
  else return null;
  const part = PARTS_OF_DAY.get(word(c, t + 1));
  if (part && same(c, t, t + 1)) return { to: t + 2, type: 'time', value: day ? `${ymd(day)}T${part}` : null, mention: 'TIME' };
  return { to: t + 1, type: 'date', value: day ? ymd(day) : null, mention: 'DATE' };
}

function sets(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  const adverb = SET_ADVERBS.get(w);
  if (adverb) return { to: t + 1, type: 'set', value: adverb, mention: null };
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

/** Every temporal expression in the article's token table, in text order. */
export function findTimeMatches(v: TokenView, publishedAt: string | null): TimeMatch[] {
  const c: Ctx = { v, n: v.tokens.count, anchor: anchorDate(publishedAt) };
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
    if ((APPROX.has(w) || EDGE_MODIFIERS.has(w)) && same(c, t, t + 1)) {
      let k = t + 1;
      if (w === 'mid' && isHyphen(c, k) && adjacent(c, t, k)) k++;
      if (word(c, k) !== 'the') {
        const inner = matchAt(c, k);
        const edge = EDGE_MODIFIERS.has(w);
        if (inner && (edge ? inner.type === 'date' && inner.mention !== null : inner.type === 'duration' || word(c, inner.to - 1) === 'ago')) m = inner;
      }
    }
    m ??= matchAt(c, t);
    if (!m) {
      t++;
      continue;
    }
    out.push({ from: t, ...m });
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
