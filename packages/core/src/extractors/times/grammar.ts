import { anchorDate } from '../../text/dates.js';
import type { TimeType } from '../../types/analysis.js';
import { TokenKind } from '../../types/layers.js';
import { VAGUE_COUNTS, numberAt, ordinalValue, type TokenView } from '../mentions/numbers.js';
import { wordBits, wordBitsOf } from '../../text/wordBits.js';

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
   * "47-year-old", "52 years old"); the `times` layer skips it. Always set (one object shape).
   */
  timex: boolean;
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
const PLURAL_PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([['mornings', 'MO'], ['afternoons', 'AF'], ['evenings', 'EV'], ['nights', 'NI']]);
/** "closed on Sundays": every one (a set). */
const PLURAL_WEEKDAYS: ReadonlyMap<string, number> = new Map(list('mondays tuesdays wednesdays thursdays fridays saturdays sundays').map((d, i) => [d, i + 1] as const));
const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI']]);

type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';
const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['second', 'S'], ['seconds', 'S'], ['minute', 'MIN'], ['minutes', 'MIN'], ['hour', 'H'], ['hours', 'H'], ['day', 'D'], ['days', 'D'],
  ['week', 'W'], ['weeks', 'W'], ['fortnight', 'W'], ['fortnights', 'W'], ['month', 'M'], ['months', 'M'], ['quarter', 'Q'], ['quarters', 'Q'], ['year', 'Y'], ['years', 'Y'],
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

const TIMEZONE_LIST = list('gmt bst utc et est edt pt pst pdt cet cest msk eet eest ist jst');
const MONTH_CUES: ReadonlySet<string> = new Set(list('for in since until till by from through during before after of last next this early late mid end beginning start throughout into to and between least'));
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(list('the a an its his her their'));
/** "May" is also a verb and a surname: only the clearest cues make it a month. */
const MAY_CUES: ReadonlySet<string> = new Set(list('in since until till during early late mid last next this'));
const YEAR_CUES: ReadonlySet<string> = new Set(list('in since until till by from through during before after of early late mid to around circa year between and spring summer autumn winter fall fiscal throughout'));
const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '#', 'no.', 'number', 'route', 'flight', 'room', 'page', 'pages', 'article', 'resolution', 'section', 'chapter', 'rule', 'model', 'version', 'about', 'nearly', 'some', 'than']);
const NOT_YEAR_AFTER: ReadonlySet<string> = new Set([...TIMEZONE_LIST, '%', 'percent', 'people', 'troops', 'soldiers', 'shares', 'men', 'women', 'workers', 'jobs', 'employees', 'points', 'miles', 'feet', 'meters', 'metres', 'kilometers', 'kilometres', 'tons', 'tonnes', 'dollars', 'pounds', 'euros', 'yen', 'hours', 'minutes', 'units', 'cars', 'vehicles', 'barrels', 'pence', 'cents', 'votes', 'seats', 'cases', 'deaths', 'homes', 'acres']);
const FUTURE_MARKERS: ReadonlySet<string> = new Set(list('will shall would going expect expects expected scheduled due planned planning upcoming next hope hopes intends payable until expire expires'));
/** Present-tense verbs of a timetable: "the meeting starts Monday", "the court convenes Tuesday" (not "votes", "returns": often nouns). */
const SCHEDULE_VERBS: ReadonlySet<string> = new Set(list('starts begins opens meets resumes reopens ends closes arrives travels convenes kicks heads testifies'));
/**
 * Plural present forms of a timetable: "ministers meet in Brussels on Monday", "voters head to
 * the polls Sunday"; not after "to", "not" or "did" ("agreed to meet Monday", "did not meet on
 * Monday": the verb before decides), nor as nouns ("the head of the IMF on Monday"). "go" is
 * not one: "was going to … go back to work on Wednesday" is a past plan.
 */
const SCHEDULE_PLURALS: ReadonlySet<string> = new Set(list('meet head'));
const NOT_SCHEDULE_BEFORE: ReadonlySet<string> = new Set(list('to not n’t n\'t did didn’t didn\'t never'));
/** Kinds of `TIMETABLE` verbs: a verb anywhere; one with a noun homograph; a plural form. */
const TIMETABLE_ANY = 1;
const TIMETABLE_AFTER_NAME = 2;
const TIMETABLE_PLURAL = 3;
/**
 * More present-tense verbs that, with a date after them, state a fixed time to come
 * ("Wisconsin holds its primary on Tuesday", "the court hears arguments Monday", "he takes
 * office in January"; seventh version). Those with a noun homograph ("votes", "faces",
 * "plays") count only after a name or a pronoun ("The Senate votes on the bill Wednesday", not
 * "the votes on Wednesday").
 * Their plural forms count after a plural noun or "they"/"we": "voters go to the polls
 * Sunday", "the two sides resume talks on Monday".
 */
const TIMETABLE: ReadonlyMap<string, number> = new Map([
  ...list('holds hosts hears unveils delivers launches gathers takes goes decides').map((w) => [w, TIMETABLE_ANY] as const),
  ...list('votes faces plays visits returns releases debates rules').map((w) => [w, TIMETABLE_AFTER_NAME] as const),
  ...list('hold host hear unveil gather take go decide vote face play visit return resume travel').map((w) => [w, TIMETABLE_PLURAL] as const),
]);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(list('he she it who which that'));
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(list('they we you who which that'));
/** Modals read as future ("may meet Friday"), except "could have met" (past) and "could not be reached" (no cue). */
const MODALS: ReadonlySet<string> = new Set(list('could may might should must'));
/** Nouns or participles that mark the future only before "to"/"for": "plans to meet Friday" but "announced the plan Aug. 21". */
const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(list('plan plans set aim aims forecast likely poised slated'));
/** Words that make the "-ed" word after them an adjective, not a past verb: "a still unspecified date". */
const NOT_VERB_BEFORE: ReadonlySet<string> = new Set(list('a an the its his her their our still very previously'));
/** Past-tense forms that are not "-ed" (the nearest tense marker before a bare date wins). */
const PAST_VERBS: ReadonlySet<string> = new Set(
  list('said was were had did told met made took came went left began saw gave held found got sent rose fell won lost paid sold bought spent struck shot led brought kept ran fled became felt knew thought wrote spoke broke stood sat ago last yesterday'),
);
/** Progressives that announce an arrangement: "is meeting on Thursday", "is releasing the album on Monday". */
const ARRANGEMENT_VERBS: ReadonlySet<string> = new Set(
  list('meeting holding hosting calling leaving travelling traveling visiting flying launching releasing opening starting beginning heading returning unveiling announcing publishing'),
);
const PRESENT_BE: ReadonlySet<string> = new Set(list('is are am ’re \'re'));
const BE: ReadonlySet<string> = new Set(list('be been being is are'));
const NOT_PAST: ReadonlySet<string> = new Set(list('need needed indeed hundred proceed succeed exceed speed feed seed breed red bed shed'));
const TIMEZONES: ReadonlySet<string> = new Set(TIMEZONE_LIST);
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
const HALF = /^h([12])$/;
const FOUR_DIGITS = /^\d{4}$/;
const SHORT_DECADE = /^\d0s$/;

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
/**
 * A month name with no tense cue reads as the nearest one in a window that leans to the past
 * (news reports more than it announces): up to 3 months ahead, up to 8 months back.
 */
const NEAR_AHEAD = 3;
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
    case 'near': return month - m > NEAR_AHEAD ? y - 1 : m - month > 11 - NEAR_AHEAD ? y + 1 : y;
  }
}

/** Half units written out in the next smaller unit: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M. */
const HALVES: ReadonlyMap<Unit, readonly [string, number, string]> = new Map([['Y', ['M', 6, '']], ['D', ['H', 12, 'T']], ['H', ['M', 30, '']], ['MIN', ['S', 30, '']]] as const);

function durationValue(n: number | null, unit: Unit): string {
  if (n !== null && !Number.isInteger(n)) {
    const half = HALVES.get(unit);
    const whole = Math.floor(n);
    if (!half || n - whole !== 0.5) return durationValue(null, unit);
    const head = durationValue(whole, unit);
    return `${head}${half[2]}${half[1]}${half[0]}`;
  }
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
    case 'Q': {
      const index = y * 4 + Math.floor((m - 1) / 3) + n;
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    }
    case 'Y': return pad(y + n, 4);
    case 'DE': return String(Math.floor((y + 10 * n) / 10));
    case 'CE': return String(Math.floor((y + 100 * n) / 100));
  }
}

// ————— holidays —————

/** Easter Sunday of a year (anonymous Gregorian algorithm), as [month, day]. */
function easter(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const cc = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(cc / 4);
  const k = cc % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

/** `days` after the `nth` weekday of a month (Black Friday: the day after Thanksgiving). */
function nthWeekdayPlus(y: number, month: number, weekday: number, nth: number, days: number): [number, number] {
  const [m, d] = nthWeekday(y, month, weekday, nth);
  const date = addDays(new Date(Date.UTC(y, m - 1, d)), days);
  return [date.getUTCMonth() + 1, date.getUTCDate()];
}

/** The `nth` weekday (Monday = 1) of a month; `nth` -1 is the last one. */
function nthWeekday(y: number, month: number, weekday: number, nth: number): [number, number] {
  if (nth > 0) {
    const first = dow(new Date(Date.UTC(y, month - 1, 1)));
    return [month, 1 + ((weekday - first + 7) % 7) + 7 * (nth - 1)];
  }
  const lastDay = new Date(Date.UTC(y, month, 0));
  return [month, lastDay.getUTCDate() - ((dow(lastDay) - weekday + 7) % 7)];
}

const fixed = (month: number, day: number) => (): [number, number] => [month, day];
const easterPlus = (days: number) => (y: number): [number, number] => {
  const [m, d] = easter(y);
  const date = addDays(new Date(Date.UTC(y, m - 1, d)), days);
  return [date.getUTCMonth() + 1, date.getUTCDate()];
};

/**
 * Holidays by their lower-cased tokens ("’s" written "'s"); the longest name wins. US
 * holidays where the name is shared (Thanksgiving, Labor Day), as in TimeBank's US news.
 */
const HOLIDAYS: readonly (readonly [string, (y: number) => [number, number]])[] = [
  ['thanksgiving', (y) => nthWeekday(y, 11, 4, 4)],
  ['thanksgiving day', (y) => nthWeekday(y, 11, 4, 4)],
  ['christmas', fixed(12, 25)],
  ['christmas day', fixed(12, 25)],
  ['christmas eve', fixed(12, 24)],
  ["new year's day", fixed(1, 1)],
  ["new year's eve", fixed(12, 31)],
  ['boxing day', fixed(12, 26)],
  ['independence day', fixed(7, 4)],
  ['halloween', fixed(10, 31)],
  ["valentine's day", fixed(2, 14)],
  ["st. patrick's day", fixed(3, 17)],
  ['labor day', (y) => nthWeekday(y, 9, 1, 1)],
  ['memorial day', (y) => nthWeekday(y, 5, 1, -1)],
  ['veterans day', fixed(11, 11)],
  ['easter', easterPlus(0)],
  ['easter sunday', easterPlus(0)],
  ['easter monday', easterPlus(1)],
  ['good friday', easterPlus(-2)],
  ['palm sunday', easterPlus(-7)],
  ['ash wednesday', easterPlus(-46)],
  // the Friday and the Monday after Thanksgiving
  ['black friday', (y) => nthWeekdayPlus(y, 11, 4, 4, 1)],
  ['cyber monday', (y) => nthWeekdayPlus(y, 11, 4, 4, 4)],
  // the Tuesday after the first Monday of November (US federal elections)
  ['election day', (y) => nthWeekdayPlus(y, 11, 1, 1, 1)],
  // the first Tuesday of March (the primaries of 2012–2024; 2008's was in February)
  ['super tuesday', (y) => nthWeekday(y, 3, 2, 1)],
  ["mother's day", (y) => nthWeekday(y, 5, 7, 2)],
  ["father's day", (y) => nthWeekday(y, 6, 7, 3)],
  ['fourth of july', fixed(7, 4)],
  ['july fourth', fixed(7, 4)],
  ['juneteenth', fixed(6, 19)],
  ['remembrance day', fixed(11, 11)],
  ['armistice day', fixed(11, 11)],
  ['bastille day', fixed(7, 14)],
];
const HOLIDAY_NAMES: ReadonlyMap<string, (y: number) => [number, number]> = new Map(HOLIDAYS);
// the first token of each name ("valentine's day" opens at "valentine": "’s" is a token of its own)
const HOLIDAY_FIRST: ReadonlySet<string> = new Set(HOLIDAYS.map(([name]) => name.split(' ')[0]!.replace("'s", '')));

/** Days that news mostly writes about before they come (read as the next one unless it was under two months ago). */
const LOOKED_AHEAD: ReadonlySet<string> = new Set(['election day', 'super tuesday']);

/**
 * The date of the holiday in the year `dir` points to from the anchor (`near`: within about 3
 * months ahead, 9 back; `ahead`: within a year ahead, 2 months back; `ahead-past`: 3 months back).
 */
function holidayDate(c: Ctx, rule: (y: number) => [number, number], dir: Direction | 'ahead' | 'ahead-past'): Date | null {
  const a = c.anchor;
  if (!a) return null;
  const at = (y: number): Date => {
    const [m, d] = rule(y);
    return new Date(Date.UTC(y, m - 1, d));
  };
  const y = a.getUTCFullYear();
  const days = (d: Date): number => (d.getTime() - a.getTime()) / 86_400_000;
  switch (dir) {
    case 'past': return days(at(y)) <= 0 ? at(y) : at(y - 1);
    case 'last': return days(at(y)) < 0 ? at(y) : at(y - 1);
    case 'future': return days(at(y)) >= 0 ? at(y) : at(y + 1);
    case 'next': return days(at(y)) > 0 ? at(y) : at(y + 1);
    case 'this': return at(y);
    case 'near': {
      const d = days(at(y));
      return d > 92 ? at(y - 1) : d < -273 ? at(y + 1) : at(y);
    }
    case 'ahead': return days(at(y)) >= -61 ? at(y) : at(y + 1);
    case 'ahead-past': return days(at(y)) > 0 ? (days(at(y - 1)) >= -92 ? at(y - 1) : at(y)) : days(at(y)) >= -92 ? at(y) : at(y + 1);
  }
}

/** "Thanksgiving Day", "Christmas 1998", "last Thanksgiving", "Easter week". */
function holiday(c: Ctx, t: number, dir: Direction | null): Partial | null {
  if (!isCapital(c, t) || !HOLIDAY_FIRST.has(word(c, t))) return null;
  let rule: ((y: number) => [number, number]) | undefined;
  let to = t;
  let name = '';
  let found = '';
  for (let k = t; k < t + 4 && same(c, t, k); k++) {
    const w = word(c, k) === '’s' ? "'s" : word(c, k);
    name = k === t ? w : w === "'s" ? `${name}'s` : `${name} ${w}`;
    const r = HOLIDAY_NAMES.get(name);
    if (r) {
      rule = r;
      to = k + 1;
      found = name;
    }
  }
  if (!rule) return null;
  // "Christmas Island", "Easter Parade": a name, not the day
  if (isCapital(c, to) && same(c, t, to) && word(c, to) !== 'week') return null;
  const y = yearAfter(c, to);
  if (y) {
    const [m, d] = rule(y.year);
    return { to: y.to, type: 'date', value: `${pad(y.year, 4)}-${pad(m)}-${pad(d)}`, mention: 'DATE', timex: true };
  }
  // "as Easter week began": the week may have begun before its holiday comes
  if (word(c, to) === 'week' && same(c, t, to)) {
    const inWeek = holidayDate(c, rule, dir ?? 'near');
    return { to: to + 1, type: 'date', value: inWeek ? isoWeek(inWeek) : null, mention: 'DATE', timex: true };
  }
  // an election is reported ahead of it: "by Election Day" in February is this November's; a
  // past verb reaches back only a season ("won on Super Tuesday" in May, not "deployed staff to
  // the Super Tuesday states" in January: that is this year's)
  const cue = dir ?? tense(c, t);
  const date = LOOKED_AHEAD.has(found) && cue !== 'future' ? holidayDate(c, rule, cue === 'past' ? 'ahead-past' : 'ahead') : holidayDate(c, rule, cue ?? 'near');
  if (date) return { to, type: 'date', value: ymd(date), mention: 'DATE', timex: true };
  // without an anchor a fixed holiday keeps its day ("XXXX-12-25"), a movable one has no value
  const [m, d] = rule(2001);
  const [m2, d2] = rule(2002);
  return { to, type: 'date', value: m === m2 && d === d2 ? `XXXX-${pad(m)}-${pad(d)}` : null, mention: 'DATE', timex: true };
}

// ————— the matcher —————

interface Ctx {
  v: TokenView;
  n: number;
  /** Each token's class (`tokenClasses`): the patterns that can start there. */
  cls: Int32Array;
  anchor: Date | null;
  /** The last quarter named so far ("the third quarter" → 1989, 3) and its sentence: earnings reports compare it with "a year ago". */
  quarter: { year: number; n: number; sentence: number } | null;
  /** The last year, month and day values named so far, for "that year", "that same day". */
  last: { year: string | null; month: string | null; day: string | null };
  /** The token after the last year named (`last.year`), -1 before any: "in 2011, the year she retired". */
  yearTo: number;
}

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/** "a year ago" in an earnings report next to "the third quarter" is that quarter a year back (TimeBank: 1988-Q3). */
function yearBack(c: Ctx, t: number, years: number): string | null {
  const q = c.quarter;
  if (q && c.v.tokens.sentence[t]! - q.sentence <= 2) return `${pad(q.year - years, 4)}-Q${q.n}`;
  return c.anchor ? pad(c.anchor.getUTCFullYear() - years, 4) : null;
}

type Partial = Omit<TimeMatch, 'from'>;

const word = (c: Ctx, t: number): string => (t >= 0 && t < c.n ? c.v.low[t]! : '');
const kind = (c: Ctx, t: number): number => (t >= 0 && t < c.n ? c.v.tokens.kind[t]! : 0);
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
const startsSentence = (c: Ctx, t: number): boolean => t === 0 || c.v.tokens.sentence[t - 1] !== c.v.tokens.sentence[t];
const isPossessive = (c: Ctx, t: number): boolean => word(c, t) === '’s' || word(c, t) === "'s";
const yearAt = (c: Ctx, t: number): number | null => {
  // YEAR matches four code units only: the length first, the regular expression for those alone
  if (kind(c, t) !== TokenKind.Number) return null;
  const w = c.v.low[t]!;
  return w.length === 4 && YEAR.test(w) ? Number(w) : null;
};
const monthAt = (c: Ctx, t: number): number | null => (isCapital(c, t) ? (MONTHS.get(word(c, t)) ?? null) : null);

const isPastVerb = (w: string): boolean => PAST_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !NOT_PAST.has(w));

/** How many tokens before a date the tense cue may be (a wider window reads other clauses; 10–16 measured worse on tune). */
const TENSE_WINDOW = 8;
/** How far back a "will" alone may be, when the window held no cue. */
const WILL_WINDOW = 14;

/**
 * Past or future reading of a bare weekday or month, from the nearest tense marker before it
 * in its sentence ("said they would appeal the decision, announced Wednesday" → past), or
 * null when there is none (news reports the past: weekdays read as past, months as the
 * nearest one).
 */
function tense(c: Ctx, t: number): 'past' | 'future' | null {
  if (word(c, t - 1) === 'as' && (word(c, t - 2) === 'early' || word(c, t - 2) === 'soon') && word(c, t - 3) === 'as') return 'future';
  for (let k = t - 1; k >= 0 && k >= t - TENSE_WINDOW && same(c, t, k); k--) {
    const w = word(c, k);
    // most words are no cue: one look-up instead of the dozen tests below (same result)
    if (!TENSE_CUES.has(w) && !w.endsWith('ed') && !w.endsWith('ll')) continue;
    // "not until Tuesday did he", "Up until Thursday, they had": a time now past; "Until
    // Thursday, they had not …": the clause decides
    // "the deadline is Friday", "the election is in November": a present copula names a time to come
    if (PRESENT_BE.has(w) && copulaBefore(c, k, t)) return 'future';
    // "Starting Monday, shops must …", "Beginning in June, fares rise": from then on
    if ((w === 'starting' || w === 'beginning') && startsSentence(c, k) && (k === t - 1 || (k === t - 2 && (word(c, t - 1) === 'on' || word(c, t - 1) === 'in')))) return 'future';
    // "an address, to be delivered Wednesday", "need to be caucusing Monday": a time to come (not
    // "was to be", "appeared to be", "used to be": the verb before decides; not "causing the race
    // to be too close on Tuesday": only a participle after "be")
    if (w === 'be' && word(c, k - 1) === 'to' && same(c, k - 2, k) && (isPastVerb(word(c, k + 1)) || word(c, k + 1).endsWith('ing'))) {
      const before = word(c, k - 2);
      if (before !== 'was' && before !== 'were' && before !== 'used' && !isPastVerb(before)) return 'future';
    }
    if (SCHEDULE_PLURALS.has(w) && !isCapital(c, k) && !NOT_SCHEDULE_BEFORE.has(word(c, k - 1)) && !NOT_VERB_BEFORE.has(word(c, k - 1))) return 'future';
    // (not for a possessive date: "farmers face lean times following December's floods")
    if (timetableVerb(c, k) && !isPossessive(c, t + 1)) return 'future';
    if ((w === 'until' || w === 'till') && k === t - 1) {
      const before = word(c, k - 1);
      if (before === 'not' || before === 'up') return 'past';
      if (startsSentence(c, k)) return tenseAfter(c, t);
    }
    // "if he wins in November", "unless the bill passes on Tuesday": a condition to come (no
    // past verb stood between; not "if fuel is excluded from December's figures"; seventh version)
    // (not an embedded question: "asked if the vote on Tuesday was fair")
    if ((w === 'if' || w === 'unless') && !isCapital(c, k) && !isPossessive(c, t + 1) && !ASKING.has(word(c, k - 1))) return 'future';
    // "since January", "Since announcing in October that …": a time now past
    if (w === 'since') return 'past';
    const future = FUTURE_MARKERS.has(w) || (SCHEDULE_VERBS.has(w) && !isCapital(c, k)) || (w === 'effect' && (word(c, k - 1) === 'takes' || word(c, k - 1) === 'take')) || w.endsWith('’ll') || w.endsWith("'ll") || (FUTURE_BEFORE_TO.has(w) && (word(c, k + 1) === 'to' || word(c, k + 1) === 'for'));
    // "would not say Tuesday whether …", "could not confirm on Monday": a refusal reported, past
    if (refusal(c, k)) return 'past';
    if (isModal(c, k)) {
      const next = word(c, k + 1);
      if (next === 'have') return 'past';
      if (!((next === 'not' || next === 'n’t' || next === "n't") && word(c, k + 2) === 'be')) return 'future';
    }
    // "is to resume trading Tuesday", "is calling for the redemption on Dec. 7": an arrangement
    // (not any progressive: "police are investigating the attack on Monday")
    if ((w === 'to' || ARRANGEMENT_VERBS.has(w)) && PRESENT_BE.has(word(c, k - 1))) return 'future';
    // "had been scheduled to expire Friday": a plan in the past
    if (future) {
      for (let j = k - 1; j >= k - 4 && j >= 0; j--) if (word(c, j) === 'had' || word(c, j) === 'hadn’t') return 'past';
      return 'future';
    }
    // a participle after "be" ("will be paid") is no past tense; look further back
    if (isPastVerb(w) && !BE.has(word(c, k - 1)) && !NOT_VERB_BEFORE.has(word(c, k - 1))) return REPORTING_PAST.has(w) && t - k >= 3 && reportedFuture(c, t) ? 'future' : 'past';
  }
  // no cue in the window: a "will" up to WILL_WINDOW tokens back still counts, unless a clause
  // boundary stands anywhere between ("will give her the lift needed for a good showing
  // Tuesday", but not "will back her because of the shooting on Friday")
  for (let k = t - 1; k >= 0 && k >= t - WILL_WINDOW && same(c, t, k); k--) {
    const w = word(c, k);
    if (CLAUSE_STOPS.has(w)) return null;
    if (k >= t - TENSE_WINDOW) continue;
    if (w === 'will' || w === 'would' || w.endsWith('’ll') || w.endsWith("'ll")) return 'future';
    if (isPastVerb(w) || FUTURE_MARKERS.has(w) || isModal(c, k) || PRESENT_BE.has(w)) return null;
  }
  return null;
}
/** Words before "if" that make it "whether": "asked if the vote on Tuesday was fair". */
const ASKING: ReadonlySet<string> = new Set(list('ask asks asked asking wonder wonders wondered wondering know knows knew see saw unclear sure'));

/** A modal verb at `k`; a capitalised "May" is the month ("from May 3 through Sunday"; seventh version). */
function isModal(c: Ctx, k: number): boolean {
  const w = word(c, k);
  return MODALS.has(w) && !(w === 'may' && isCapital(c, k));
}

/** Verbs of a refusal to speak: "would not say", "could not immediately confirm". */
const REFUSAL_VERBS: ReadonlySet<string> = new Set(list('say comment confirm discuss elaborate disclose reveal specify answer explain'));

/** "would not say", "wouldn’t comment", "could not immediately confirm" at `k` (the modal). */
function refusal(c: Ctx, k: number): boolean {
  const w = word(c, k);
  let v = k + 1;
  if (w === 'would' || w === 'could') {
    const not = word(c, v);
    if (not !== 'not' && not !== 'n’t' && not !== "n't") return false;
    v++;
  } else if (!NEGATED_MODALS.has(w)) return false;
  return REFUSAL_VERBS.has(word(c, v) === 'immediately' ? word(c, v + 1) : word(c, v));
}
const NEGATED_MODALS: ReadonlySet<string> = new Set(list('wouldn’t wouldn\'t couldn’t couldn\'t'));

/**
 * Every word that one of the tests in `tense`'s window compares with or looks up; any other
 * word is a cue only by its ending ("-ed", "’ll"), so the window skips it with one look-up.
 */
const TENSE_CUES: ReadonlySet<string> = new Set([
  ...PRESENT_BE, ...SCHEDULE_PLURALS, ...TIMETABLE.keys(), ...FUTURE_MARKERS, ...SCHEDULE_VERBS, ...FUTURE_BEFORE_TO, ...MODALS,
  ...ARRANGEMENT_VERBS, ...PAST_VERBS, ...NEGATED_MODALS,
  ...list('starting beginning be until till if unless since would could effect to'),
]);

/** Verbs of saying whose clause keeps its own tense: "said the festival in September would be its last". */
const REPORTING_PAST: ReadonlySet<string> = new Set(list('said told announced'));

/**
 * The clause a date stands in, after a verb of saying, is in the future: a "will", "would" or
 * modal within a few tokens after the date, before any comma or past verb ("said the festival
 * in September would be the charity's last"; seventh version).
 */
function reportedFuture(c: Ctx, t: number): boolean {
  for (let k = t + 1; k <= t + 5 && same(c, t, k); k++) {
    const w = word(c, k);
    if (kind(c, k) === TokenKind.Punct || CLAUSE_STOPS.has(w)) return false;
    if (w === 'will' || w === 'would' || w.endsWith('’ll') || w.endsWith("'ll")) return true;
    if (isModal(c, k)) return word(c, k + 1) !== 'have';
    if (isPastVerb(w)) return false;
  }
  return false;
}

/** A present-tense timetable verb at `k` (see `TIMETABLE`), read from the word before it. */
function timetableVerb(c: Ctx, k: number): boolean {
  const verb = TIMETABLE.get(word(c, k));
  if (verb === undefined || isCapital(c, k)) return false;
  const before = word(c, k - 1);
  if (NOT_VERB_BEFORE.has(before) || NOT_SCHEDULE_BEFORE.has(before) || !same(c, k - 1, k)) return false;
  if (verb === TIMETABLE_ANY) return true;
  if (verb === TIMETABLE_AFTER_NAME) return (isCapital(c, k - 1) && !startsSentence(c, k - 1)) || SUBJECT_PRONOUNS.has(before);
  return PLURAL_PRONOUNS.has(before) || (before.length > 3 && before.endsWith('s') && !before.endsWith('ss') && kind(c, k - 1) === TokenKind.Word);
}

/** Words that open another clause: a "will" before them does not reach a date after them ("will back her because of the shooting on Friday"). */
const CLAUSE_STOPS: ReadonlySet<string> = new Set(list(', ; said says because since after when which who that while of'));

/** Words that may stand between a present copula and the date it names: "is on Friday", "is at 8 p.m. on Saturday". */
const COPULA_FILLERS: ReadonlySet<string> = new Set(list('on in at a.m. p.m. am pm noon midnight'));

/**
 * A present copula at `k` names the date at `t` ("the deadline is Friday", "the election is in
 * November", "the rally is at 8 p.m. on Saturday") when only a preposition or a clock time
 * stands between them.
 */
function copulaBefore(c: Ctx, k: number, t: number): boolean {
  if (t - k > 5) return false;
  for (let j = k + 1; j < t; j++) if (!COPULA_FILLERS.has(word(c, j)) && kind(c, j) !== TokenKind.Number) return false;
  return t - k === 1 || word(c, t - 1) === 'on' || word(c, t - 1) === 'in';
}

/** A future marker in the next few tokens: "Third-quarter profit will rise". */
function futureAhead(c: Ctx, t: number): boolean {
  for (let k = t + 1; k <= t + 6 && same(c, t, k); k++) {
    const w = word(c, k);
    if (FUTURE_MARKERS.has(w) || w === 'should' || w.endsWith('’ll') || w.endsWith("'ll")) return true;
  }
  return false;
}

/** Words that may stand between the start of a sentence and a date that opens it: "On Tuesday,", "But in January,". */
const PREPOSITIONS_OPENING: ReadonlySet<string> = new Set(list('on in until till since by also and but late early earlier later'));

/**
 * The tense of the clause a date opens when nothing before it in the sentence gives one: "In
 * January, American Medical brought in …" (past), "On Tuesday the court will rule" (future).
 * Only the first few tokens after the date are read, and only for a date that opens its
 * sentence or follows a preposition that opens it ("On Tuesday,", "Until Thursday,").
 */
function tenseAfter(c: Ctx, t: number): 'past' | 'future' | null {
  let s = t - 1;
  while (s >= 0 && same(c, s, t) && PREPOSITIONS_OPENING.has(word(c, s))) s--;
  if (s >= 0 && same(c, s, t) && !(kind(c, s) === TokenKind.Punct && word(c, s) !== ',')) return null;
  for (let k = t + 1; k <= t + 10 && same(c, t, k); k++) {
    const w = word(c, k);
    // "planned to", "expected to" after the date are past verbs unless "is"/"are" comes first
    if (isPastVerb(w) && !BE.has(word(c, k - 1)) && !NOT_VERB_BEFORE.has(word(c, k - 1)) && kind(c, k - 1) !== TokenKind.Number && !isCapital(c, k)) return 'past';
    if (FUTURE_MARKERS.has(w) || w.endsWith('’ll') || w.endsWith("'ll")) return 'future';
    if (isModal(c, k)) return word(c, k + 1) === 'have' ? 'past' : 'future';
  }
  return null;
}

/**
 * The tense before a date, else the tense of the clause it opens, else a deadline: "to pay
 * down the loan by February", "effective Feb. 1" (but "By 18 February, creditors had …").
 */
function tenseAround(c: Ctx, t: number): 'past' | 'future' | null {
  return tense(c, t) ?? tenseAfter(c, t) ?? (word(c, t - 1) === 'by' || word(c, t - 1) === 'effective' ? 'future' : null);
}

function direction(c: Ctx, t: number): Direction {
  return tenseAround(c, t) ?? 'past';
}

const RELATIVE_YEAR: ReadonlyMap<string, number> = new Map([['last', -1], ['this', 0], ['next', 1]]);

/** An optional ", 2019" or " 2019" after a month or a day. */
function yearAfter(c: Ctx, t: number): { year: number; to: number } | null {
  let k = t;
  // "June last year", "January of this year", "March 3 next year"
  const r = word(c, k) === 'of' ? k + 1 : k;
  const rel = RELATIVE_YEAR.get(word(c, r));
  if (rel !== undefined && word(c, r + 1) === 'year' && c.anchor && same(c, t - 1, r + 1) && !isPossessive(c, r + 2)) {
    return { year: c.anchor.getUTCFullYear() + rel, to: r + 2 };
  }
  if (word(c, k) === ',') k++;
  const y = yearAt(c, k);
  if (y === null) return same(c, t - 1, k) ? spokenYear(c, k) : null;
  return same(c, t - 1, k) ? { year: y, to: k + 1 } : null;
}

function dayNumber(c: Ctx, t: number): number | null {
  if (t >= c.n) return null;
  const w = c.v.low[t]!;
  const first = w.charCodeAt(0);
  if (!(first >= 48 && first <= 57) || w.length > 4) return null; // DAY_NUMBER: one or two digits and a suffix
  const m = DAY_NUMBER.exec(w);
  if (!m || c.v.raw[t]!.includes(',')) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** A date with a month name: "December 2019", "May 14", "14 May 2025", "Dec. 5, 2019", "in December". */
function monthDate(c: Ctx, t: number, dir: Direction | null): Partial | null {
  let month = monthAt(c, t);
  let dayFirst: number | null = null;
  let at = t;
  // "Jan 6", "Sept 11, 2001": a short month without its period only before a day number
  if (month === null && MONTH_SHORT.has(word(c, t)) && isCapital(c, t) && same(c, t, t + 1) && dayNumber(c, t + 1) !== null) month = MONTH_SHORT.get(word(c, t))!;
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
  // "the Sept. 30 deadline": a deadline is still to come unless a verb before says otherwise
  const year = y?.year ?? resolveMonthYear(c.anchor, month, dir ?? tenseAround(c, t) ?? (word(c, to) === 'deadline' ? 'future' : 'near'));
  if (day !== null) {
    if (year !== null && !validDay(year, month, day)) return null;
    return { to, type: 'date', value: year === null ? `XXXX-${pad(month)}-${pad(day)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`, mention: 'DATE', timex: true };
  }
  if (!y && dir === null) {
    // a bare month name needs a cue before it ("in May"), so that "Theresa May" stays a name
    const prev = word(c, t - 1);
    const cues = month === 5 ? MAY_CUES : MONTH_CUES;
    // "the October slaying", "a June agreement": a month used as a modifier
    const attributive = ATTRIBUTIVE_BEFORE.has(prev) && kind(c, t + 1) === TokenKind.Word && !isCapital(c, t + 1) && word(c, t + 1) !== 'of' && same(c, t, t + 1);
    // "October's uptick", "November’s election": a possessive month, not after a name ("Theresa May's")
    const possessive = month !== 5 && isPossessive(c, t + 1) && (startsSentence(c, t) || !isCapital(c, t - 1));
    if (!possessive && !(t > 0 && same(c, t - 1, t) && (cues.has(prev) || isHyphen(c, t - 1) || attributive))) return null;
  }
  return { to, type: 'date', value: year === null ? `XXXX-${pad(month)}` : ym(year, month), mention: 'DATE', timex: true };
}

/** Verbs before a possessive weekday that look ahead: "investors await Friday's jobs report". */
const AWAIT: ReadonlySet<string> = new Set(list('await awaits awaiting awaited'));

/** Capitalised words that make a weekday after them a name: "Super Tuesday", "Bloody Sunday" (holidays such as "Black Friday" are read first). */
const NAMED_DAY_BEFORE: ReadonlySet<string> = new Set(list('super bloody black cyber good holy ash palm maundy easter whit manic'));

function weekdayDate(c: Ctx, t: number, dir: Direction | null): Partial | null {
  if (!isCapital(c, t)) return null;
  const day = WEEKDAYS.get(word(c, t));
  if (day === undefined) return null;
  if (t > 0 && NAMED_DAY_BEFORE.has(word(c, t - 1)) && isCapital(c, t - 1) && same(c, t - 1, t)) return null;
  // "according to the Tucson Sun.": an abbreviation after a name is part of it
  if (word(c, t).endsWith('.') && isCapital(c, t - 1) && same(c, t - 1, t) && !startsSentence(c, t - 1)) return null;
  let to = t + 1;
  // "Wednesday, May 14, 2025" / "Wednesday 14 May"
  let k = to;
  if (word(c, k) === ',') k++;
  if (same(c, t, k)) {
    const full = monthDate(c, k, dir);
    if (full && full.value !== null && FULL_DATE.test(full.value)) return full;
  }
  // "on Saturday nights": every one (TimeBank: XXXX-WXX-6TNI, a set)
  const parts = PLURAL_PARTS_OF_DAY.get(word(c, to));
  if (parts && same(c, t, to)) return { to: to + 1, type: 'set', value: `XXXX-WXX-${day}T${parts}`, mention: 'DATE', timex: true };
  // "Wednesday's ruling", "as of Friday's close": a day that has happened; "ahead of Saturday's
  // caucus", "investors await Friday's jobs report" (seventh version): one to come (not "before
  // Friday's purchases", "until Monday's announcement": past)
  const ahead = (word(c, t - 1) === 'of' && word(c, t - 2) === 'ahead') || AWAIT.has(word(c, t - 1));
  let value = resolveWeekday(c.anchor, day, dir ?? (isPossessive(c, to) ? (ahead ? 'future' : 'past') : direction(c, t)));
  let type: TimeType = 'date';
  let mention: 'DATE' | 'TIME' = 'DATE';
  const part = PARTS_OF_DAY.get(word(c, to));
  if (part && same(c, t, to)) {
    value += `T${part}`;
    type = 'time';
    mention = 'TIME';
    to++;
  }
  return { to, type, value, mention, timex: true };
}

/** "last week", "next month", "this year", "last Monday", "this morning", "earlier this year". */
function relative(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  let dir: Direction;
  if (w === 'last' || w === 'past' || w === 'previous') dir = 'last';
  else if (w === 'next' || w === 'coming') dir = 'next';
  else if (w === 'this') dir = 'this';
  else return null;
  // "this past spring", "this past weekend": the latest one
  if (w === 'this' && word(c, t + 1) === 'past' && same(c, t, t + 2)) {
    const s = SEASONS.get(word(c, t + 2));
    if (s) return { to: t + 3, type: 'date', value: c.anchor ? `${pastSeasonYear(c.anchor, s)}-${s}` : `XXXX-${s}`, mention: 'DATE', timex: true };
    const inner = relative(c, t + 1);
    return inner && inner.type === 'date' ? inner : null;
  }
  // "next fiscal year", "last fiscal quarter": the fiscal calendar, read as the calendar one
  const t1 = word(c, t + 1) === 'fiscal' && (word(c, t + 2) === 'year' || word(c, t + 2) === 'quarter') ? t + 2 : t + 1;
  if (!same(c, t, t1)) return null;
  const u = word(c, t1);
  const a = c.anchor;
  const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
  // "This Week" (a television programme) mid-sentence is a name
  const unit = isCapital(c, t1) && !startsSentence(c, t) ? undefined : UNITS.get(u);
  if (unit && !u.endsWith('s')) {
    if (unit === 'S' || unit === 'MIN' || unit === 'H') return null;
    // "next year's first quarter"
    const q = unit === 'Y' && isPossessive(c, t1 + 1) && same(c, t, t1 + 2) ? quarterAt(c, t1 + 2) : null;
    if (q) return { to: q.to, type: 'date', value: a ? `${pad(a.getUTCFullYear() + step, 4)}-Q${q.n}` : null, mention: 'DATE', timex: true };
    return { to: t1 + 1, type: 'date', value: shifted(a, step, unit), mention: 'DATE', timex: true };
  }
  if (u === 'weekend') return { to: t1 + 1, type: 'date', value: a ? `${isoWeek(addDays(a, 7 * step))}-WE` : null, mention: 'DATE', timex: true };
  const part = PARTS_OF_DAY.get(u);
  if (part) {
    if (dir === 'next') return null;
    const day = dir === 'last' && u === 'night' ? (a ? addDays(a, -1) : null) : dir === 'this' ? a : null;
    if (dir === 'last' && u !== 'night') return null;
    return { to: t1 + 1, type: 'time', value: day ? `${ymd(day)}T${part}` : null, mention: 'TIME', timex: true };
  }
  const season = SEASONS.get(u);
  if (season) {
    const y = a ? a.getUTCFullYear() + step : null;
    return { to: t1 + 1, type: 'date', value: y === null ? `XXXX-${season}` : `${y}-${season}`, mention: 'DATE', timex: true };
  }
  if (isCapital(c, t1) && WEEKDAYS.has(u)) return weekdayDate(c, t1, dir);
  const h = holiday(c, t1, dir);
  if (h) return h;
  if (monthAt(c, t1) !== null) return monthDate(c, t1, dir);
  return null;
}

const SEASON_PREPOSITIONS: ReadonlySet<string> = new Set(list('in over during through'));
/** The words before "the fall" that make it the season, not a decline. */
const SEASON_CUES: ReadonlySet<string> = new Set(list('in over during through until till by since for into before after throughout of to'));
const SEASON_START: ReadonlyMap<string, number> = new Map([['SP', 3], ['SU', 6], ['FA', 9], ['WI', 12]]);

/** The year of the latest season `s` that has begun before the anchor's month (winter by its December). */
function pastSeasonYear(a: Date, s: string): number {
  const m = a.getUTCMonth() + 1;
  const y = a.getUTCFullYear();
  if (s === 'WI') return m <= 3 ? y - 1 : m === 12 ? y : y - 1;
  return m > SEASON_START.get(s)! ? y : y - 1;
}

const COUNT_FILLERS: ReadonlySet<string> = new Set(list('more additional further straight consecutive trading business working full'));

/** Number words of scale: "$1 billion a year" is a rate. */
const SCALE_WORDS: ReadonlySet<string> = new Set(list('hundred thousand million billion trillion bn m k'));

/** "a year" is a duration only after these ("for a year") or before those ("a year later"). */
const A_UNIT_AFTER: ReadonlySet<string> = new Set(list('for over in within after than about nearly almost just only around least of last past lasted lasts took takes take spent spend spends waited served'));
const A_UNIT_BEFORE: ReadonlySet<string> = new Set(list('later earlier after before long on'));

/** "three years", "a 30-day", "several weeks", "47-year-old"; with "ago" a date. */
function countedUnit(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  const bare = UNITS.get(w);
  if (bare && w.endsWith('s') && w !== 'seconds') {
    // "days ago", "for years"
    if (word(c, t + 1) === 'ago' && same(c, t, t + 1)) return { to: t + 2, type: 'date', value: 'PAST_REF', mention: 'DATE', timex: true };
    const prev = word(c, t - 1);
    // "for years", "recent weeks", "the first time in years" (at the end of its clause)
    if (prev === 'for' || prev === 'recent' || (prev === 'in' && kind(c, t + 1) === TokenKind.Punct)) return { to: t + 1, type: 'duration', value: durationValue(null, bare), mention: 'DATE', timex: true };
    return null;
  }
  // "Islam will one day be …": some time to come (TimeBank: FUTURE_REF; seventh version)
  if (w === 'one' && word(c, t + 1) === 'day' && same(c, t, t + 1)) {
    const prev = word(c, t - 1);
    if (prev === 'will' || prev === 'would' || prev.endsWith('’ll') || prev.endsWith("'ll") || isModal(c, t - 1)) return { to: t + 2, type: 'date', value: 'FUTURE_REF', mention: 'DATE', timex: true };
  }
  if (w === 'half' || ((w === 'a' || w === 'an') && word(c, t + 1) === 'half')) return halfUnit(c, t);
  let count: number | null;
  let k: number;
  let vague = false;
  if (VAGUE_COUNTS.has(w) && w !== 'dozens' && w !== 'hundreds' && w !== 'thousands') {
    // TimeBank counts "a couple of years" as two (P2Y)
    count = w === 'couple' ? 2 : null;
    vague = w !== 'couple';
    k = t + 1;
    if (w === 'couple' && word(c, k) === 'of') k++;
  } else if (w === 'a' || w === 'an') {
    count = 1;
    k = t + 1;
    if (word(c, k) === 'few' || word(c, k) === 'couple') {
      count = word(c, k) === 'couple' ? 2 : null;
      vague = count === null;
      k++;
      if (word(c, k) === 'of') k++;
    }
  } else {
    const num = numberAt(c.v, t);
    if (!num) return null;
    if (num.value !== null && num.value > 10_000) return null;
    count = num.value;
    k = num.to;
    // "2 1/2 years", "two and a half hours"
    if (count !== null && word(c, k) === '1' && word(c, k + 1) === '/' && word(c, k + 2) === '2' && adjacent(c, k, k + 1) && adjacent(c, k + 1, k + 2)) {
      count += 0.5;
      k += 3;
    } else if (count !== null && word(c, k) === 'and' && word(c, k + 1) === 'a' && word(c, k + 2) === 'half') {
      count += 0.5;
      k += 3;
    } else if (count !== null) k = rangeEnd(c, k, count);
  }
  // "two more weeks", "an additional year", "eight trading days"
  if (COUNT_FILLERS.has(word(c, k)) && UNITS.has(word(c, k + 1))) k++;
  // "three times a day", "10 times per year": a set
  if (word(c, k) === 'times' && count !== null && !vague) return rate(c, t, k + 1);
  // hyphenated: 30-day, three-year-old
  let hyphenated = false;
  if (isHyphen(c, k) && adjacent(c, k - 1, k) && adjacent(c, k, k + 1)) {
    hyphenated = true;
    k++;
  }
  if (!same(c, t, k)) return null;
  const u = word(c, k);
  const unit = UNITS.get(u);
  // "60 Minutes", "Three Days of the Condor": names
  if (!unit || isCapital(c, k)) return null;
  // "a fortnight": two weeks
  if (count !== null && (u === 'fortnight' || u === 'fortnights')) count *= 2;
  if ((w === 'a' || w === 'an') && count === 1 && (u === 'second' || u.endsWith('s'))) return null;
  // "two quarters", "several quarters"; not "a quarter of", "one quarter of the shares"
  if (unit === 'Q' && (!u.endsWith('s') || (word(c, k + 1) === 'of' && !vague))) return null;
  const to = k + 1;
  if (hyphenated && isHyphen(c, to) && (word(c, to + 1) === 'old' || word(c, to + 1) === 'olds') && adjacent(c, k, to)) {
    return { to: to + 2, type: 'duration', value: durationValue(count, unit), mention: 'DATE', timex: false };
  }
  // "18 to 24 year olds", "3 to 14 year-olds": ages too (seventh version)
  if (!hyphenated && unit === 'Y') {
    if (word(c, to) === 'olds') return { to: to + 1, type: 'duration', value: durationValue(count, unit), mention: 'DATE', timex: false };
    if (isHyphen(c, to) && word(c, to + 1) === 'olds' && adjacent(c, k, to)) return { to: to + 2, type: 'duration', value: durationValue(count, unit), mention: 'DATE', timex: false };
  }
  if (!hyphenated && word(c, to) === 'old' && unit === 'Y') return { to, type: 'duration', value: durationValue(count, unit), mention: 'DATE', timex: false };
  // "a year earlier": a date; "two days later": a duration that keeps its adverb
  if ((word(c, to) === 'earlier' || word(c, to) === 'later' || word(c, to) === 'prior') && same(c, t, to) && !hyphenated) {
    if (word(c, to) !== 'later' && unit === 'Y' && count !== null) return { to: to + 1, type: 'date', value: yearBack(c, t, count), mention: 'DATE', timex: true };
    return { to: to + 1, type: 'duration', value: durationValue(count, unit), mention: 'DATE', timex: true };
  }
  // "a week or so ago", "the next three years or so": TimeBank keeps "or so" in the expression
  const end = word(c, to) === 'or' && word(c, to + 1) === 'so' && same(c, t, to + 1) ? to + 2 : to;
  if (word(c, end) === 'ago' && same(c, t, end)) {
    if (vague || count === null) return { to: end + 1, type: 'date', value: 'PAST_REF', mention: 'DATE', timex: true };
    // "a decade ago" is a year (TBAQ's gold: "a decade ago" → 1989-XX, as "10 years ago")
    // "a century ago" likewise (seventh version; it read as the century, `19`)
    const value = unit === 'Y' ? yearBack(c, t, count) : unit === 'DE' ? shifted(c.anchor, -10 * count, 'Y') : unit === 'CE' ? shifted(c.anchor, -100 * count, 'Y') : shifted(c.anchor, -count, unit);
    return { to: end + 1, type: 'date', value, mention: 'DATE', timex: true };
  }
  // "a year" after an amount is a rate: £1,400 a year
  if ((w === 'a' || w === 'an') && count === 1) {
    const prev = word(c, t - 1);
    const prevKind = kind(c, t - 1);
    // "$1 billion a year", "100,000 barrels a day", "50,000 CDs a year sold"
    const counted = SCALE_WORDS.has(prev) || (prev.endsWith('s') && same(c, t - 2, t) && (kind(c, t - 2) === TokenKind.Number || HAS_DIGIT.test(word(c, t - 2)) || SCALE_WORDS.has(word(c, t - 2))));
    if (prevKind === TokenKind.Number || prev === 'times' || prev === 'twice' || prev === 'once' || prev === '%' || prev === 'percent' || HAS_DIGIT.test(prev) || counted) {
      return { to, type: 'set', value: durationValue(1, unit), mention: 'DATE', timex: true };
    }
  }
  if (w === 'a' || w === 'an') {
    // "a year" alone is a duration only after a preposition of extent or before "later/earlier/after"
    const prev = word(c, t - 1);
    const next = word(c, to);
    if (!A_UNIT_AFTER.has(prev) && !A_UNIT_BEFORE.has(next)) return null;
  }
  return { to: end, type: 'duration', value: durationValue(count, unit), mention: 'DATE', timex: true };
}

/** Half of a unit, as TimeML writes it: "half an hour" → `PT30M`. */
const HALF_UNIT: ReadonlyMap<Unit, string> = new Map([['MIN', 'PT30S'], ['H', 'PT30M'], ['D', 'PT12H'], ['Y', 'P6M'], ['DE', 'P5Y'], ['CE', 'P50Y']]);

/** "half an hour", "half a century", "a half-hour", "a half hour" (seventh version). */
function halfUnit(c: Ctx, t: number): Partial | null {
  let u = t + 1;
  if (word(c, t) === 'half') {
    if (word(c, u) !== 'a' && word(c, u) !== 'an') return null;
    u++;
  } else {
    u++;
    if (isHyphen(c, u) && adjacent(c, u - 1, u) && adjacent(c, u, u + 1)) u++;
  }
  const unit = UNITS.get(word(c, u)) ?? 'S';
  const value = HALF_UNIT.get(unit);
  if (value === undefined || word(c, u).endsWith('s') || isCapital(c, u) || !same(c, t, u)) return null;
  // "half a century ago": a year, as "a decade ago"
  if (word(c, u + 1) === 'ago' && same(c, t, u + 1) && (unit === 'DE' || unit === 'CE')) return { to: u + 2, type: 'date', value: shifted(c.anchor, unit === 'DE' ? -5 : -50, 'Y'), mention: 'DATE', timex: true };
  return { to: u + 1, type: 'duration', value, mention: 'DATE', timex: true };
}

/**
 * "two to three weeks", "10-15 years", "two or three days": a range of counts before a unit is
 * one expression, valued as its lower end (TimeBank: "two to three weeks" → `P2W`); returns
 * the token after the upper count, or `k` when there is no range at `k`.
 */
function rangeEnd(c: Ctx, k: number, count: number): number {
  const sep = word(c, k);
  if (!(sep === 'to' || sep === 'or' || (isHyphen(c, k) && adjacent(c, k - 1, k) && adjacent(c, k, k + 1))) || !same(c, k, k + 1)) return k;
  const upper = numberAt(c.v, k + 1);
  if (!upper || upper.value === null || upper.value <= count || !UNITS.has(word(c, upper.to)) || !same(c, k, upper.to)) return k;
  return upper.to;
}

const THE_PAST_WORDS: ReadonlySet<string> = new Set(list('past last next previous coming following first final'));

/** "the past decade", "the last three years", "the next two weeks": durations. */
function thePast(c: Ctx, t: number): Partial | null {
  if (word(c, t) !== 'the') return null;
  const w = word(c, t + 1);
  if (!THE_PAST_WORDS.has(w)) return null;
  const k = t + 2;
  if (!same(c, t, k)) return null;
  const unit = UNITS.get(word(c, k));
  // "the last quarter" is a date (left to `relative`)
  if (unit === 'Q' && !word(c, k).endsWith('s')) return null;
  // "in the past year", "the last month": the previous one, a date in TimeBank (4 of 4 on tune)
  if ((unit === 'Y' || unit === 'M' || unit === 'W') && (w === 'past' || w === 'last') && !word(c, k).endsWith('s') && !isHyphen(c, k + 1)) {
    return { to: k + 1, type: 'date', value: shifted(c.anchor, -1, unit), mention: 'DATE', timex: true };
  }
  if (unit) return { to: k + 1, type: 'duration', value: durationValue(word(c, k).endsWith('s') ? null : 1, unit), mention: 'DATE', timex: true };
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
  // CLOCK_WORD needs a leading digit and a final "m" or "." ("5pm", "5.30p.m."): most tokens skip it
  const first = w.charCodeAt(0);
  const last = w.charCodeAt(w.length - 1);
  const m1 = first >= 48 && first <= 57 && (last === 109 || last === 46) ? CLOCK_WORD.exec(w) : null;
  if (m1) {
    h = Number(m1[1]);
    min = m1[2] ? Number(m1[2]) : 0;
    ampm = AMPM.get(m1[3]!);
  } else {
    // CLOCK_NUMBER: "5:30", "12:05" (a colon third from the end)
    const m2 = kind(c, t) === TokenKind.Number && (w.length === 4 || w.length === 5) && w.charCodeAt(w.length - 3) === 58 ? CLOCK_NUMBER.exec(w) : null;
    if (m2) {
      h = Number(m2[1]);
      min = Number(m2[2]);
    } else if (kind(c, t) === TokenKind.Number && w.length <= 2 && ONE_OR_TWO_DIGITS.test(w) && (AMPM.has(word(c, t + 1)) || word(c, t + 1) === 'o’clock' || word(c, t + 1) === "o'clock")) {
      h = Number(w);
    } else if (w.length === 4 && TIMEZONES.has(word(c, t + 1)) && kind(c, t) === TokenKind.Number && FOUR_DIGITS.test(w) && same(c, t, t + 1) && word(c, t - 1) !== '(') {
      // "at 1300 GMT" (wire copy); not "(0735 GMT)", a conversion of the time before it
      h = Number(w.slice(0, 2));
      min = Number(w.slice(2));
      if (h > 23) return null;
    } else if (w === '12' && (word(c, t + 1) === 'noon' || word(c, t + 1) === 'midnight') && same(c, t, t + 1)) {
      // "12 noon", "12 midnight"
      return onDay(c, zoned(c, t, t + 2), word(c, t + 1) === 'noon' ? 'T12:00' : 'T24:00');
    } else if ((w === 'noon' || w === 'midday') && !(isCapital(c, t) && isCapital(c, t - 1))) {
      return onDay(c, zoned(c, t, to), 'T12:00');
    } else if (w === 'midnight') {
      return onDay(c, zoned(c, t, to), 'T24:00');
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
  return onDay(c, zoned(c, t, to), `T${pad(h)}:${pad(min)}`);
}

/** Past a time zone after a time ("noon ET"), if there is one. */
const zoned = (c: Ctx, t: number, to: number): number => (TIMEZONES.has(word(c, to)) && same(c, t, to) ? to + 1 : to);

/** A clock time, with the day that follows it when there is one: "10 p.m. Wednesday", "5 p.m. EST Nov. 9". */
function onDay(c: Ctx, to: number, hm: string): Partial {
  let k = to;
  if (word(c, k) === ',') k++;
  if (same(c, to - 1, k)) {
    const day = weekdayDate(c, k, null) ?? monthDate(c, k, null) ?? deictic(c, k);
    if (day && day.type === 'date' && day.value !== null && (FULL_DATE.test(day.value) || day.value.startsWith('XXXX-WXX-'))) {
      return { to: day.to, type: 'time', value: `${day.value}${hm}`, mention: 'TIME', timex: true };
    }
  }
  // "3 p.m. local time on Thursday", "at 9 a.m. on Monday": the day gives the value, not the span
  let j = to;
  if (word(c, j) === 'local' && word(c, j + 1) === 'time') j += 2;
  if (word(c, j) === 'on') j++;
  if (j > to && same(c, to - 1, j)) {
    const day = weekdayDate(c, j, null) ?? monthDate(c, j, null);
    if (day && day.type === 'date' && day.value !== null && (FULL_DATE.test(day.value) || day.value.startsWith('XXXX-WXX-'))) {
      return { to, type: 'time', value: `${day.value}${hm}`, mention: 'TIME', timex: true };
    }
  }
  return { to, type: 'time', value: c.anchor ? `${ymd(c.anchor)}${hm}` : `XXXX-XX-XX${hm}`, mention: 'TIME', timex: true };
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
    return { to: t + 1, type: 'date', value: pad(y, 4), mention: 'DATE', timex: true };
  }
  const spoken = spokenYear(c, t);
  if (spoken) return { to: spoken.to, type: 'date', value: String(spoken.year), mention: 'DATE', timex: true };
  const d = w.length === 5 && w.charCodeAt(4) === 115 ? DECADE.exec(w) : null; // "1990s" only
  if (d) return { to: t + 1, type: 'date', value: `${d[1]}${d[2]}`, mention: 'DATE', timex: true };
  const short = shortDecade(c, t);
  if (short !== null) return { to: t + 1, type: 'date', value: short, mention: 'DATE', timex: true };
  const ord = word(c, t + 1) === 'century' ? ordinalValue(w) : null;
  if (ord !== null && ord >= 1 && ord <= 22 && same(c, t, t + 1)) {
    return { to: t + 2, type: 'date', value: pad(ord - 1), mention: 'DATE', timex: true };
  }
  return null;
}

const isApostrophe = (w: string): boolean => w === "'" || w === '’';

/**
 * "the '90s", "’80s": a decade written with two digits after an apostrophe, in the last
 * century unless that decade of this one has begun by the anchor ("the '10s" in 2025).
 */
function shortDecade(c: Ctx, t: number): string | null {
  const w = word(c, t);
  if (w.length !== 3 || !SHORT_DECADE.test(w) || !isApostrophe(word(c, t - 1)) || !adjacent(c, t - 1, t)) return null;
  const d = Number(w[0]);
  const thisCentury = c.anchor ? 2000 + 10 * d <= c.anchor.getUTCFullYear() : d <= 1;
  return `${thisCentury ? '20' : '19'}${d}`;
}

/** "summer 1998", "the winter of 1994", "the winter of nineteen ninety-two". */
function season(c: Ctx, t: number): Partial | null {
  const at = word(c, t) === 'the' ? t + 1 : t;
  const s = SEASONS.get(word(c, at));
  if (!s) return null;
  let k = at + 1;
  if (word(c, k) === 'of') k++;
  if (!same(c, t, k)) return null;
  const y = yearAt(c, k);
  const spoken = y === null ? spokenYear(c, k) : null;
  if (y === null && !spoken) return null;
  return { to: spoken ? spoken.to : k + 1, type: 'date', value: `${spoken ? spoken.year : y}-${s}`, mention: 'DATE', timex: true };
}

/** "Q3", "third quarter", "third-quarter", "fourth quarters": the quarter number and where it ends. */
function quarterAt(c: Ctx, t: number): { n: number; to: number } | null {
  const w = word(c, t);
  // QUARTER: "q1" … "q4" only
  const q = w.length === 2 && w.charCodeAt(0) === 113 ? QUARTER.exec(w) : null;
  if (q) return { n: Number(q[1]), to: t + 1 };
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

/**
 * The year of a quarter named without one: this year's if it has begun by the anchor, else
 * last year's ("the fourth quarter" in January), unless the sentence speaks of the future.
 */
function quarterYear(c: Ctx, t: number, n: number): number | null {
  const a = c.anchor;
  if (!a) return null;
  const current = Math.floor(a.getUTCMonth() / 3) + 1;
  return n > current && tense(c, t) !== 'future' && !futureAhead(c, t) ? a.getUTCFullYear() - 1 : a.getUTCFullYear();
}

function quarter(c: Ctx, t: number): Partial | null {
  const qa = quarterAt(c, t);
  if (!qa) return null;
  const n = qa.n;
  let k = qa.to;
  let year: number | null = quarterYear(c, t, n);
  if (word(c, k) === 'of' && yearAt(c, k + 1) !== null) {
    year = yearAt(c, k + 1);
    k += 2;
  } else if (word(c, k) === 'of' && RELATIVE_YEAR.has(word(c, k + 1)) && word(c, k + 2) === 'year' && same(c, t, k + 2) && !isPossessive(c, k + 3)) {
    // "Q3 of last year"
    year = c.anchor ? c.anchor.getUTCFullYear() + RELATIVE_YEAR.get(word(c, k + 1))! : null;
    k += 3;
  } else if (yearAt(c, k) !== null && same(c, t, k)) {
    year = yearAt(c, k);
    k++;
  }
  return { to: k, type: 'date', value: year === null ? `XXXX-Q${n}` : `${year}-Q${n}`, mention: 'DATE', timex: true };
}

const THE_EDGES: ReadonlySet<string> = new Set(list('end beginning start middle close'));
const THE_SKIP: ReadonlySet<string> = new Set(list('comparable same corresponding fiscal full early late'));

/** The most recent weekend on or before the anchor, as `2025-W19-WE`. */
function weekendBefore(a: Date): string {
  const d = dow(a);
  return `${isoWeek(d >= 6 ? a : addDays(a, -d))}-WE`;
}

/** The weekend of the anchor's ISO week (the coming one, or the one under way), as `2025-W20-WE`. */
function weekendAfter(a: Date): string {
  return `${isoWeek(a)}-WE`;
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
  if (w === 'future') return { to: k + 1, type: 'date', value: 'FUTURE_REF', mention: null, timex: true };
  if (w === 'near' && word(c, k + 1) === 'future') return { to: k + 2, type: 'date', value: 'FUTURE_REF', mention: null, timex: true };
  if (w === 'past' && !UNITS.has(word(c, k + 1)) && !SEASONS.has(word(c, k + 1)) && numberAt(c.v, k + 1) === null && !VAGUE_COUNTS.has(word(c, k + 1))) {
    return { to: k + 1, type: 'date', value: 'PAST_REF', mention: null, timex: true };
  }
  // "over the weekend": the latest one; "will resume after the weekend": the coming one
  if (w === 'weekend') return { to: k + 1, type: 'date', value: a ? (tense(c, t) === 'future' ? weekendAfter(a) : weekendBefore(a)) : 'XXXX-WXX-WE', mention: 'DATE', timex: true };
  // "the week of March 6": that day's ISO week
  if (w === 'week' && word(c, k + 1) === 'of' && same(c, t, k + 2)) {
    const day = monthDate(c, k + 2, null);
    const date = day && day.value !== null && FULL_DATE.test(day.value) && !day.value.startsWith('X') ? anchorDate(day.value) : null;
    if (date) return { to: day!.to, type: 'date', value: isoWeek(date), mention: 'DATE', timex: true };
  }
  // "the 1990s", "the late 1970s", "the mid-1990s", "the 20th century": TimeBank keeps the determiner
  const e = w === 'mid' && isHyphen(c, k + 1) ? k + 2 : EDGE_MODIFIERS.has(w) ? k + 1 : k;
  if (same(c, t, e) && (DECADE.test(word(c, e)) || word(c, e + 1) === 'century' || isApostrophe(word(c, e)))) {
    const era = isApostrophe(word(c, e)) ? yearish(c, e + 1) : yearish(c, e);
    if (era) return era;
  }
  if (THE_EDGES.has(w) && word(c, k + 1) === 'of' && same(c, t, k + 2)) {
    // never recurse into another "the …" (bounded work per token)
    let inner = word(c, k + 2) === 'the' ? null : matchAt(c, k + 2);
    if (word(c, k + 2) === 'the') {
      const u = UNITS.get(word(c, k + 3));
      if (u === 'M' || u === 'Y' || u === 'W') inner = { to: k + 4, type: 'date', value: shifted(a, 0, u), mention: 'DATE', timex: true };
      // "by the end of the decade", "the middle of the century": the anchor's decade or century (TimeBank: 199, 19)
      else if ((u === 'DE' || u === 'CE') && !word(c, k + 3).endsWith('s')) inner = { to: k + 4, type: 'date', value: shifted(a, 0, u), mention: 'DATE', timex: true };
    }
    return inner && inner.type === 'date' ? inner : null;
  }
  // the [comparable] [year-ago] [1988] [latest|current] [fiscal] (third quarter | quarter | period | year)
  let back = 0;
  let year: number | null = null;
  let rel: 'latest' | 'current' | null = null;
  let fiscal = false;
  let full = false;
  for (let guard = 0; guard < 4; guard++) {
    const x = word(c, k);
    if (THE_SKIP.has(x)) {
      fiscal ||= x === 'fiscal';
      full ||= x === 'full';
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
    let y = year ?? (back ? (a ? a.getUTCFullYear() - 1 : null) : quarterYear(c, t, q.n));
    let to = q.to;
    const of = word(c, to) === 'of' ? to + 1 : to;
    if (year === null && yearAt(c, of) !== null && same(c, t, of)) {
      y = yearAt(c, of);
      to = of + 1;
    } else if (year === null && of > to) {
      // "the second quarter of this year", "the fourth quarter of last year"
      const rel = RELATIVE_YEAR.get(word(c, of));
      if (rel !== undefined && word(c, of + 1) === 'year' && same(c, t, of + 1) && !isPossessive(c, of + 2)) {
        y = a ? a.getUTCFullYear() + rel : null;
        to = of + 2;
      }
    }
    return { to, type: 'date', value: y === null ? `XXXX-Q${q.n}` : `${y}-Q${q.n}`, mention: 'DATE', timex: true };
  }
  const season = SEASONS.get(word(c, k));
  // "said the fall was encouraging", "the fall in prices": "fall" is a season after a
  // preposition ("in the fall", "ahead to the fall") and not before "in"/"of"
  if (season && k <= t + 2 && (word(c, k) !== 'fall' || (SEASON_CUES.has(word(c, t - 1)) && word(c, k + 1) !== 'in' && word(c, k + 1) !== 'of'))) {
    // "sales rose in the summer", "since the spring" in May: the latest one begun, last year's
    // (only a past verb right before its preposition: the sentence's tense misleads here)
    const before = word(c, t - 2);
    const past = word(c, t - 1) === 'since' || (SEASON_PREPOSITIONS.has(word(c, t - 1)) && isPastVerb(before) && before !== 'last' && same(c, t - 2, t));
    // "in 2022, the summer the decision came down": the year named just before
    const named = c.last.year !== null && c.yearTo >= 0 && t - c.yearTo <= 3 && same(c, c.yearTo - 1, t) && k === t + 1 ? Number(c.last.year) : null;
    const y = named ?? (a ? (past ? pastSeasonYear(a, season) : a.getUTCFullYear()) : null);
    return { to: k + 1, type: 'date', value: y === null ? `XXXX-${season}` : `${y}-${season}`, mention: 'DATE', timex: true };
  }
  const u = word(c, k);
  if ((u === 'quarter' || u === 'period') && (u === 'quarter' || back || year !== null || rel !== null)) {
    let value: string | null = null;
    if (a) {
      const latest = latestQuarter(a, back);
      if (year !== null) value = `${year}-Q${latest.slice(-1)}`;
      else if (rel === 'current') value = latestQuarter(a, back - 1);
      else value = latest;
    }
    return { to: k + 1, type: 'date', value, mention: 'DATE', timex: true };
  }
  // "the year 2000"
  if (u === 'year' && k === t + 1 && yearAt(c, k + 1) !== null && same(c, t, k + 1)) return { to: k + 2, type: 'date', value: pad(yearAt(c, k + 1)!, 4), mention: 'DATE', timex: true };
  if (u === 'year' && k === t + 1 && yearAt(c, k + 1) === null && !isHyphen(c, k + 1)) {
    // "for the year ended Sept. 30": a year's length; "for the year": this year
    if (word(c, k + 1) === 'ended' || word(c, k + 1) === 'ending') return { to: k + 1, type: 'duration', value: 'P1Y', mention: 'DATE', timex: true };
    // "in 2011, the year she retired", "2016 will be the year": the year named just before
    // (a few tokens, same sentence; not "since March 2011, … its last session of the year")
    if (c.last.year !== null && c.yearTo >= 0 && t - c.yearTo <= 3 && same(c, c.yearTo - 1, t)) return { to: k + 1, type: 'date', value: c.last.year, mention: 'DATE', timex: true };
    if (word(c, k + 1) !== 'before' && word(c, k + 1) !== 'after') return { to: k + 1, type: 'date', value: a ? pad(a.getUTCFullYear(), 4) : null, mention: 'DATE', timex: true };
  }
  // "the fiscal year ended Jan. 31": a year's length (TimeBank: P1Y)
  if (u === 'year' && fiscal && year === null && rel === null && (word(c, k + 1) === 'ended' || word(c, k + 1) === 'ending')) return { to: k + 1, type: 'duration', value: 'P1Y', mention: 'DATE', timex: true };
  if (u === 'year' && (rel !== null || fiscal || full || back) && !isHyphen(c, k + 1)) {
    // "the 2024 fiscal year" is 2024
    const y = year !== null ? year : a ? a.getUTCFullYear() - (back ? 1 : 0) - (rel === 'latest' && fiscal ? 1 : 0) : null;
    return { to: k + 1, type: 'date', value: y === null ? null : pad(y, 4), mention: 'DATE', timex: true };
  }
  if (k === t + 1) {
    // "over the years", "the weeks ahead": an unspecified stretch (TimeBank: PXY, PXW)
    const bare = UNITS.get(u);
    if (bare !== undefined && u.endsWith('s') && u !== 'seconds') {
      if (word(c, k + 1) === 'ahead' && same(c, t, k + 1)) return { to: k + 2, type: 'duration', value: durationValue(null, bare), mention: 'DATE', timex: true };
      if (word(c, t - 1) === 'over') return { to: k + 1, type: 'duration', value: durationValue(null, bare), mention: 'DATE', timex: true };
    }
    // the nine months, the four days (not "the 30-day truce")
    const d = countedUnit(c, k);
    if (d && d.type === 'duration' && !isHyphen(c, d.to - 2) && word(c, k) !== 'a') return d;
  }
  return null;
}

/** "fiscal 1989", "fiscal second-quarter". */
/** "FY2024", "FY24", "FY 2024": a fiscal year (two digits: 19xx from 50 on). */
const FY = /^fy(\d\d|\d{4})$/;

function fiscalYearWord(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  let m: RegExpExecArray | null = null;
  let to = t + 1;
  if (w === 'fy' && same(c, t, t + 1)) {
    m = FY.exec(`fy${word(c, t + 1)}`);
    to = t + 2;
  } else if (w.length === 4 || w.length === 6) m = FY.exec(w);
  if (!m || c.v.raw[t]!.charCodeAt(1) !== 89) return null; // "FY", not "fy"
  const digits = m[1]!;
  const year = digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) >= 50 ? 1900 : 2000);
  if (year < 1900 || year > 2099) return null;
  return { to, type: 'date', value: pad(year, 4), mention: 'DATE', timex: true };
}

function fiscal(c: Ctx, t: number): Partial | null {
  if (word(c, t) !== 'fiscal') return fiscalYearWord(c, t);
  if (!same(c, t, t + 1)) return null;
  // "fiscal year 2024"
  const at = word(c, t + 1) === 'year' && same(c, t, t + 2) ? t + 2 : t + 1;
  const inner = quarter(c, t + 1) ?? (yearAt(c, at) !== null ? { to: at + 1, type: 'date' as const, value: pad(yearAt(c, at)!, 4), mention: 'DATE' as const, timex: true } : null);
  return inner;
}

/** "The year-ago results", "a year-earlier loss": last year. */
function yearAgo(c: Ctx, t: number): Partial | null {
  if (word(c, t) !== 'year' || !isHyphen(c, t + 1) || !adjacent(c, t, t + 1)) return null;
  const w = word(c, t + 2);
  if (w !== 'ago' && w !== 'earlier') return null;
  return { to: t + 3, type: 'date', value: yearBack(c, t, 1), mention: 'DATE', timex: true };
}

/** "recent years", "in recent days": the past, unspecified. */
const SPOKEN_DECADES: ReadonlyMap<string, number> = new Map(list('twenties thirties forties fifties sixties seventies eighties nineties').map((d, i) => [d, i + 2] as const));

/**
 * "that year", "the same day", "that quarter": the last year, day or quarter named before;
 * "year end", "year-end", "year's end": the end of the anchor's year; "the nineties".
 */
function anaphora(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  let k = t + 1;
  if (w === 'year') {
    let e = k;
    if (isHyphen(c, e) && adjacent(c, t, e)) e++;
    else if (isPossessive(c, e)) e++;
    if (word(c, e) !== 'end' || !same(c, t, e)) return null;
    return { to: e + 1, type: 'date', value: c.anchor ? pad(c.anchor.getUTCFullYear(), 4) : null, mention: 'DATE', timex: true };
  }
  if (w === 'the' && SPOKEN_DECADES.has(word(c, k)) && same(c, t, k)) return { to: k + 1, type: 'date', value: `19${SPOKEN_DECADES.get(word(c, k))}`, mention: 'DATE', timex: true };
  if (w !== 'that' && w !== 'the') return null;
  const step = w === 'the' ? SEQUENCE.get(word(c, k)) : undefined;
  if (step !== undefined && same(c, t, k + 1)) return sequel(c, k + 1, step, word(c, k) === 'next');
  // "up from the year before", "he had arrived the day before.": one unit before or after the
  // last date named, when the clause ends there (not "the day before the vote")
  const around = w === 'the' ? BEFORE_AFTER.get(word(c, k + 1)) : undefined;
  if (around !== undefined && (!same(c, t, k + 2) || kind(c, k + 2) === TokenKind.Punct)) {
    const inner = sequel(c, k, around, false);
    return inner && { to: k + 2, type: inner.type, value: inner.value, mention: inner.mention, timex: inner.timex };
  }
  if (word(c, k) === 'same') k++;
  else if (w === 'the') return null;
  if (!same(c, t, k)) return null;
  const u = word(c, k);
  const q = c.quarter;
  if (u === 'year' && c.last.year !== null) return { to: k + 1, type: 'date', value: c.last.year, mention: 'DATE', timex: true };
  if (u === 'month' && c.last.month !== null) return { to: k + 1, type: 'date', value: c.last.month, mention: 'DATE', timex: true };
  if (u === 'day' && c.last.day !== null) return { to: k + 1, type: 'date', value: c.last.day, mention: 'DATE', timex: true };
  const lastDay = u === 'week' && c.last.day !== null ? anchorDate(c.last.day) : null;
  if (lastDay) return { to: k + 1, type: 'date', value: isoWeek(lastDay), mention: 'DATE', timex: true };
  if (u === 'quarter' && q) return { to: k + 1, type: 'date', value: `${pad(q.year, 4)}-Q${q.n}`, mention: 'DATE', timex: true };
  return null;
}

const BEFORE_AFTER: ReadonlyMap<string, number> = new Map([['before', -1], ['after', 1]]);

/** "the following year", "the previous day": one unit after or before the last date named. */
const SEQUENCE: ReadonlyMap<string, number> = new Map([['following', 1], ['next', 1], ['previous', -1], ['prior', -1]]);

/**
 * "the following year" after "in 1995" → 1996, "the following month" after "In March" → April,
 * "the next day" / "the previous day" → a day after or before the last day named. "the next"
 * only takes a day or a morning (the next year reads from publication: "over the next year").
 */
function sequel(c: Ctx, k: number, step: number, next: boolean): Partial | null {
  const u = word(c, k);
  const last = c.last;
  if (u === 'year' && !next && last.year !== null && !isPossessive(c, k + 1)) return { to: k + 1, type: 'date', value: pad(Number(last.year) + step, 4), mention: 'DATE', timex: true };
  if (u === 'month' && !next && last.month !== null) return { to: k + 1, type: 'date', value: ym(Number(last.month.slice(0, 4)), Number(last.month.slice(5, 7)) + step), mention: 'DATE', timex: true };
  const day = last.day === null ? null : anchorDate(last.day);
  if (!day) return null;
  // "down from the previous Friday" after a Friday: the one a week before; "the following Monday"
  const weekday = isCapital(c, k) ? WEEKDAYS.get(u) : undefined;
  if (weekday !== undefined) return { to: k + 1, type: 'date', value: resolveWeekday(day, weekday, step > 0 ? 'next' : 'last'), mention: 'DATE', timex: true };
  if (u === 'day' || (u === 'morning' && step > 0)) return { to: k + 1, type: 'date', value: ymd(addDays(day, step)), mention: 'DATE', timex: true };
  if (u === 'week' && !next) return { to: k + 1, type: 'date', value: isoWeek(addDays(day, 7 * step)), mention: 'DATE', timex: true };
  return null;
}

const VAGUE_TERMS: ReadonlyMap<string, string> = new Map([['near', 'FUTURE_REF'], ['short', 'FUTURE_REF'], ['long', 'FUTURE_REF']]);

/**
 * Vague references TimeBank marks: "recent years", "in recent days", "coming months", "these
 * days", "the near term", "soon" (not "as soon as").
 */
function recent(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  if (w === 'soon') {
    const prev = word(c, t - 1);
    if (prev === 'as' || prev === 'how' || prev === 'too' || word(c, t + 1) === 'after' || word(c, t + 1) === 'as') return null;
    // "it soon will begin", "may soon seek"; not "was soon released"
    if (tense(c, t) !== 'future' && word(c, t + 1) !== 'will' && word(c, t + 1) !== 'would') return null;
    return { to: t + 1, type: 'date', value: 'FUTURE_REF', mention: null, timex: true };
  }
  if (!same(c, t, t + 1)) return null;
  const u = word(c, t + 1);
  if (w === 'these' && u === 'days') return { to: t + 2, type: 'date', value: 'PRESENT_REF', mention: 'DATE', timex: true };
  if (w === 'the' && VAGUE_TERMS.has(u) && word(c, t + 2) === 'term' && same(c, t, t + 2)) return { to: t + 3, type: 'date', value: VAGUE_TERMS.get(u)!, mention: 'DATE', timex: true };
  if (w !== 'recent' && w !== 'coming') return null;
  if (!UNITS.has(u) || !u.endsWith('s')) return null;
  return { to: t + 2, type: 'duration', value: durationValue(null, UNITS.get(u)!), mention: 'DATE', timex: true };
}

/** Nouns after "today's" that make it the present in general: "today's world", "today's youth". */
const GENERIC_NOW: ReadonlySet<string> = new Set(list('world society youth generation children kids young standards culture era age times politics families parents teenagers'));

function deictic(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  const a = c.anchor;
  // "Today" inside a sentence is a name ("the Today programme")
  if (isCapital(c, t) && t > 0 && same(c, t - 1, t) && (kind(c, t - 1) === TokenKind.Word || kind(c, t - 1) === TokenKind.Number)) return null;
  let day: Date | null | undefined;
  if (w === 'today') day = a;
  else if (w === 'yesterday') day = a && addDays(a, -1);
  else if (w === 'tomorrow') day = a && addDays(a, 1);
  else if (w === 'tonight') return { to: t + 1, type: 'time', value: a ? `${ymd(a)}TNI` : null, mention: 'TIME', timex: true };
  else if (w === 'now' || w === 'currently' || w === 'nowadays' || w === 'presently') return { to: t + 1, type: 'date', value: 'PRESENT_REF', mention: null, timex: true };
  // "Overnight, the rebels shelled …": the night before the anchor's day (TimeBank: the DCT's day − 1, TNI)
  else if (w === 'overnight') return startsSentence(c, t) && word(c, t + 1) === ',' ? { to: t + 1, type: 'time', value: a ? `${ymd(addDays(a, -1))}TNI` : null, mention: 'TIME', timex: true } : null;
  else if (w === 'recently' || w === 'lately') return { to: t + 1, type: 'date', value: 'PAST_REF', mention: null, timex: true };
  else if (w === 'right' && word(c, t + 1) === 'now') return { to: t + 2, type: 'date', value: 'PRESENT_REF', mention: null, timex: true };
  else if (w === 'more' && word(c, t + 1) === 'recently') return { to: t + 2, type: 'date', value: 'PAST_REF', mention: null, timex: true };
  else if (w === 'current' && kind(c, t + 1) === TokenKind.Word && same(c, t, t + 1)) return { to: t + 1, type: 'date', value: 'PRESENT_REF', mention: null, timex: true };
  else return null;
  const part = PARTS_OF_DAY.get(word(c, t + 1));
  if (part && same(c, t, t + 1)) return { to: t + 2, type: 'time', value: day ? `${ymd(day)}T${part}` : null, mention: 'TIME', timex: true };
  // "today's youth", "the people of tomorrow": the present or the future in general, not a day
  // (TimeBank leaves them unmarked; "as of today" is a day); still a DATE mention
  const generic = (isPossessive(c, t + 1) && GENERIC_NOW.has(word(c, t + 2))) || (word(c, t - 1) === 'of' && word(c, t - 2) !== 'as' && w !== 'yesterday' && kind(c, t + 1) !== TokenKind.Word);
  return generic ? { to: t + 1, type: 'date', value: day ? ymd(day) : null, mention: 'DATE', timex: false } : { to: t + 1, type: 'date', value: day ? ymd(day) : null, mention: 'DATE', timex: true };
}

const PREPOSITION_BEFORE_WEEKENDS: ReadonlySet<string> = new Set(list('on at over during'));

/** The words that make a unit after them a rate: "twice a week", "three times per year", "once every month". */
const RATE_BEFORE_UNIT: ReadonlySet<string> = new Set(list('a an per every each'));

/** "a week" after "twice", "three times": the set with its frequency ("twice a week", TimeML `P1W`, freq 2X). */
function rate(c: Ctx, t: number, k: number): Partial | null {
  if (!RATE_BEFORE_UNIT.has(word(c, k)) || !same(c, t, k + 1)) return null;
  const u = word(c, k + 1);
  const unit = UNITS.get(u);
  if (!unit || u.endsWith('s') || isCapital(c, k + 1)) return null;
  return { to: k + 2, type: 'set', value: durationValue(1, unit), mention: 'DATE', timex: true };
}

function sets(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  if (w === 'twice' || w === 'once') return rate(c, t, t + 1);
  const adverb = SET_ADVERBS.get(w);
  // "Breitbart News Daily", "the Daily Telegraph": names
  if (adverb) return (isCapital(c, t + 1) && same(c, t, t + 1)) || (isCapital(c, t) && !startsSentence(c, t)) ? null : { to: t + 1, type: 'set', value: adverb, mention: null, timex: true };
  const plural = PLURAL_WEEKDAYS.get(w);
  if (plural !== undefined) return isCapital(c, t) ? { to: t + 1, type: 'set', value: `XXXX-WXX-${plural}`, mention: 'DATE', timex: true } : null;
  // "on weekends", "at weekends": every weekend
  if (w === 'weekends') return PREPOSITION_BEFORE_WEEKENDS.has(word(c, t - 1)) ? { to: t + 1, type: 'set', value: 'XXXX-WXX-WE', mention: 'DATE', timex: true } : null;
  if (w !== 'every' && w !== 'each') return null;
  // "every other week": every second one
  if (w === 'every' && word(c, t + 1) === 'other' && same(c, t, t + 2)) {
    const other = UNITS.get(word(c, t + 2));
    return other && !word(c, t + 2).endsWith('s') ? { to: t + 3, type: 'set', value: durationValue(2, other), mention: 'DATE', timex: true } : null;
  }
  const k = t + 1;
  if (!same(c, t, k)) return null;
  const day = isCapital(c, k) ? WEEKDAYS.get(word(c, k)) : undefined;
  if (day !== undefined) return { to: k + 1, type: 'set', value: `XXXX-WXX-${day}`, mention: 'DATE', timex: true };
  const month = monthAt(c, k);
  if (month !== null) return { to: k + 1, type: 'set', value: `XXXX-${pad(month)}`, mention: 'DATE', timex: true };
  const unit = UNITS.get(word(c, k));
  if (unit && !word(c, k).endsWith('s')) return { to: k + 1, type: 'set', value: durationValue(1, unit), mention: 'DATE', timex: true };
  const counted = countedUnit(c, k);
  if (counted && counted.type === 'duration') return { to: counted.to, type: 'set', value: counted.value, mention: counted.mention, timex: counted.timex };
  return null;
}

function isoDate(c: Ctx, t: number): Partial | null {
  if (kind(c, t) !== TokenKind.Number || word(c, t).length !== 4 || !FOUR_DIGITS.test(word(c, t))) return null;
  if (!(isHyphen(c, t + 1) && adjacent(c, t, t + 1) && TWO_DIGITS.test(word(c, t + 2)) && adjacent(c, t + 1, t + 2))) return null;
  const y = Number(word(c, t));
  const m = Number(word(c, t + 2));
  if (m < 1 || m > 12) return null;
  if (isHyphen(c, t + 3) && adjacent(c, t + 2, t + 3) && TWO_DIGITS.test(word(c, t + 4)) && adjacent(c, t + 3, t + 4)) {
    const d = Number(word(c, t + 4));
    if (!validDay(y, m, d)) return null;
    return { to: t + 5, type: 'date', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, mention: 'DATE', timex: true };
  }
  return null;
}

/**
 * A numeric date with slashes: "5/14/2013", "14/5/2013" (day first only when the first number
 * cannot be a month), "2013/05/14", "5/14/13". Month first is the US order, as in wire copy.
 */
function slashDate(c: Ctx, t: number): Partial | null {
  if (kind(c, t) !== TokenKind.Number || word(c, t + 1) !== '/' || word(c, t + 3) !== '/') return null;
  if (!(adjacent(c, t, t + 1) && adjacent(c, t + 1, t + 2) && adjacent(c, t + 2, t + 3) && adjacent(c, t + 3, t + 4))) return null;
  const [a, b, e] = [word(c, t), word(c, t + 2), word(c, t + 4)];
  if (!ONE_OR_TWO_DIGITS.test(b) || (word(c, t + 5) === '/' && adjacent(c, t + 4, t + 5)) || (t > 0 && word(c, t - 1) === '/' && adjacent(c, t - 1, t))) return null;
  let y: number;
  let m: number;
  let d: number;
  if (FOUR_DIGITS.test(a) && ONE_OR_TWO_DIGITS.test(e)) [y, m, d] = [Number(a), Number(b), Number(e)];
  else if (ONE_OR_TWO_DIGITS.test(a) && (FOUR_DIGITS.test(e) || TWO_DIGITS.test(e))) {
    y = e.length === 4 ? Number(e) : Number(e) + (Number(e) < 50 ? 2000 : 1900);
    [m, d] = Number(a) > 12 ? [Number(b), Number(a)] : [Number(a), Number(b)];
  } else return null;
  if (y < 1800 || y > 2199 || m < 1 || m > 12 || !validDay(y, m, d)) return null;
  return { to: t + 5, type: 'date', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, mention: 'DATE', timex: true };
}

const HALVES_OF_YEAR: ReadonlyMap<string, 1 | 2> = new Map([['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['last', 2], ['latter', 2]]);

/** "the first half of 1990", "the second half of this year", "the latter half of the year": `1990-H1`. */
function halfYear(c: Ctx, t: number): Partial | null {
  const w = word(c, t);
  // "H1 2024" (the regular expression only for two-letter words starting with "h")
  const hx = w.length === 2 && w.charCodeAt(0) === 104 ? HALF.exec(w) : null;
  if (hx && yearAt(c, t + 1) !== null && same(c, t, t + 1)) return { to: t + 2, type: 'date', value: `${pad(yearAt(c, t + 1)!, 4)}-H${hx[1]}`, mention: 'DATE', timex: true };
  const at = w === 'the' ? t + 1 : t;
  const h = HALVES_OF_YEAR.get(word(c, at));
  if (h === undefined || word(c, at + 1) !== 'half' || word(c, at + 2) !== 'of' || !same(c, t, at + 3)) return null;
  let k = at + 3;
  if (word(c, k) === 'fiscal') k++;
  const y = yearAt(c, k);
  if (y !== null) return { to: k + 1, type: 'date', value: `${pad(y, 4)}-H${h}`, mention: 'DATE', timex: true };
  const rel = word(c, k) === 'the' ? 0 : RELATIVE_YEAR.get(word(c, k));
  if (rel === undefined || word(c, k + 1) !== 'year' || !same(c, t, k + 1)) return null;
  return { to: k + 2, type: 'date', value: c.anchor ? `${pad(c.anchor.getUTCFullYear() + rel, 4)}-H${h}` : `XXXX-H${h}`, mention: 'DATE', timex: true };
}

const PATTERNS: readonly ((c: Ctx, t: number) => Partial | null)[] = [
  (c, t) => isoDate(c, t) ?? slashDate(c, t),
  theDate,
  fiscal,
  recent,
  anaphora,
  yearAgo,
  thePast,
  relative,
  deictic,
  (c, t) => weekdayDate(c, t, null),
  (c, t) => monthDate(c, t, null),
  (c, t) => holiday(c, t, null),
  season,
  (c, t) => quarter(c, t) ?? halfYear(c, t),
  clock,
  sets,
  countedUnit,
  yearish,
];

// ————— which patterns can start at a token —————

const EDGE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later']);

/**
 * Bit `i` of a token's class: pattern `PATTERNS[i]` can match there. Every pattern needs its
 * first token to be a digit-led word or one of a few known words, so a token's class is found
 * once per article (`tokenClasses`) and `matchAt` calls only the patterns of its class (most
 * tokens have none). A class may hold more patterns than match, never fewer.
 */
const P_NUMERIC_DATE = 1 << 0;
const P_THE_DATE = 1 << 1;
const P_FISCAL = 1 << 2;
const P_RECENT = 1 << 3;
const P_ANAPHORA = 1 << 4;
const P_YEAR_AGO = 1 << 5;
const P_THE_PAST = 1 << 6;
const P_RELATIVE = 1 << 7;
const P_DEICTIC = 1 << 8;
const P_WEEKDAY = 1 << 9;
const P_MONTH = 1 << 10;
const P_HOLIDAY = 1 << 11;
const P_SEASON = 1 << 12;
const P_QUARTER = 1 << 13;
const P_CLOCK = 1 << 14;
const P_SETS = 1 << 15;
const P_COUNTED = 1 << 16;
const P_YEARISH = 1 << 17;
const PATTERN_BITS = (1 << PATTERNS.length) - 1;
/** Not patterns: the leading modifiers `scan` reads ("nearly", "early", "more than"). */
const M_MODIFIER = 1 << 18;
/** Not patterns: a unit word ("years"), which a count before it needs. */
const M_UNIT = 1 << 19;
/**
 * Not patterns: words after "the" (or "that") that let a pattern other than `theDate` start
 * at it: "the near term" (`recent`), "the same day", "the following year", "the nineties"
 * (`anaphora`), "the past three years" (`thePast`), "the winter of 1994" (`season`), "the
 * first half of 1990" (`halfYear`).
 */
const F_NEAR = 1 << 20;
const F_ANAPHORA = 1 << 21;
const F_THE_PAST = 1 << 22;
const F_SEASON = 1 << 23;
const F_HALF = 1 << 24;
/**
 * Not patterns: words after "the" that let `theDate` start at it ("the future", "the weekend",
 * "the end of", "the comparable period", "the latest quarter", "the year-ago"); besides them
 * only a digit, a count, an ordinal before "quarter" or "century", "Q3" or a season can.
 */
const F_THE_DATE = 1 << 25;
/**
 * Not patterns: the number words that can open a number (`numberAt`: "two", "twenty"; "a" and
 * digit-led tokens count already), so that `numberAt` is asked only for them.
 */
const M_NUMBER = 1 << 26;
/** Not patterns: "the", "that" and the heads of an ordinal ("quarter", "century"), so that `tokenClasses` compares no strings. */
const M_THE = 1 << 27;
const M_THAT = 1 << 28;
const M_ORDINAL_HEAD = 1 << 29;
/** The bits `tokenClasses` reads and then clears (`scan` skips a token whose class is 0). */
const READ_ONLY = M_NUMBER | M_THE | M_THAT;
/** Patterns that need their first token capitalised when it is a word ("May", "Monday", "Christmas"). */
const CAPITALISED_ONLY = P_WEEKDAY | P_MONTH | P_HOLIDAY;

/** Patterns that can start at a token led by an ASCII digit (the only ones for such a token). */
const DIGIT_CLASS = P_NUMERIC_DATE | P_MONTH | P_QUARTER | P_CLOCK | P_COUNTED | P_YEARISH;

/** The classes of the words that open a pattern, from the pattern's own tables. */
const WORD_CLASSES = wordBits((() => {
  const out = new Map<string, number>();
  const add = (words: Iterable<string>, bits: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bits);
  };
  add(['the'], P_THE_DATE); // and more patterns by the word after it (`tokenClasses`)
  add(['fiscal', 'fy'], P_FISCAL); // "FY2024", "FY24" by their first two code units (`tokenClasses`)
  add(['soon', 'these', 'recent', 'coming'], P_RECENT);
  add(['year'], P_ANAPHORA); // "that" by the word after it
  add(['year'], P_YEAR_AGO);
  add(['last', 'past', 'previous', 'next', 'coming', 'this'], P_RELATIVE);
  add(list('today yesterday tomorrow tonight overnight now currently nowadays presently recently lately right more current'), P_DEICTIC);
  add(WEEKDAYS.keys(), P_WEEKDAY);
  add(MONTHS.keys(), P_MONTH);
  add(MONTH_SHORT.keys(), P_MONTH);
  add(HOLIDAY_FIRST, P_HOLIDAY);
  add(SEASONS.keys(), P_SEASON);
  add(['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'final'], P_QUARTER);
  add(HALVES_OF_YEAR.keys(), P_QUARTER);
  add(['noon', 'midday', 'midnight'], P_CLOCK);
  add(SET_ADVERBS.keys(), P_SETS);
  add(['every', 'each', 'twice', 'once', 'weekends'], P_SETS);
  add(PLURAL_WEEKDAYS.keys(), P_SETS);
  add(UNITS.keys(), P_COUNTED | M_UNIT);
  add(VAGUE_COUNTS, P_COUNTED);
  add(['a', 'an', 'half'], P_COUNTED);
  add(['nineteen'], P_YEARISH);
  add(list('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety'), M_NUMBER);
  add(APPROX, M_MODIFIER);
  add(EDGE_MODIFIERS, M_MODIFIER);
  add(APPROX_PAIRS.keys(), M_MODIFIER);
  add(VAGUE_TERMS.keys(), F_NEAR);
  add([...SPOKEN_DECADES.keys(), ...SEQUENCE.keys(), 'same', 'year', 'month', 'week', 'day'], F_ANAPHORA);
  add(THE_PAST_WORDS, F_THE_PAST);
  add(SEASONS.keys(), F_SEASON);
  add(HALVES_OF_YEAR.keys(), F_HALF);
  add(['future', 'near', 'past', 'weekend', 'week', 'mid', 'year', 'latest', 'current', 'recent', 'quarter', 'period'], F_THE_DATE);
  add(EDGE_MODIFIERS, F_THE_DATE);
  add(["'", '’'], F_THE_DATE); // "the '90s"
  add(THE_EDGES, F_THE_DATE);
  add(THE_SKIP, F_THE_DATE);
  add(['the'], M_THE);
  add(['that'], M_THAT);
  add(['quarter', 'quarters', 'century'], M_ORDINAL_HEAD); // the words an ordinal comes before: "third quarter", "21st century"
  return out;
})());

/**
 * Every token's class, computed once per article (both passes of `findTimeMatches` read it):
 * its word's class (`WORD_CLASSES`), or `DIGIT_CLASS` for a digit-led token, narrowed or
 * widened by the tokens after it:
 * - a count ("three years", "a 30-day", "several weeks") needs a unit word after it in its
 *   sentence (`countedUnit`); only then is `numberAt` asked whether a word starts a number,
 *   so the number words stay in the mentions number grammar alone;
 * - an ordinal ("third quarter", "third-quarter", "21st century") comes right before
 *   "quarter(s)" (or a hyphen and it) or "century" (`quarterAt`, `yearish`), so any word there
 *   may open a quarter or a century, and `ordinalValue` decides;
 * - "the" and "that" open the patterns their next word allows (`F_*`);
 * - month, weekday and holiday names open a date only when capitalised.
 */
function tokenClasses(v: TokenView): Int32Array {
  const n = v.tokens.count;
  const { sentence, start, end } = v.tokens;
  const text = v.text;
  const out = new Int32Array(n);
  // each word's class first; the loop turns them into token classes from the last token back
  wordBitsOf(WORD_CLASSES, v.low, out);
  let unitLater = false;
  let next = 0; // the class of token t + 1, final
  let after = 0; // the class of token t + 2, final
  for (let t = n - 1; t >= 0; t--) {
    if (t + 1 < n && sentence[t + 1] !== sentence[t]) unitLater = false;
    // the first code unit from the text itself (the token as written; lowercasing keeps a digit a digit)
    const ch = end[t]! > start[t]! ? text.charCodeAt(start[t]!) : 0;
    const digit = ch >= 48 && ch <= 57;
    const own = out[t]!;
    let cls = digit ? DIGIT_CLASS : own;
    // "FY2024", "FY24": a fiscal year ('F', 'Y')
    if (ch === 70 && (end[t]! - start[t]! === 4 || end[t]! - start[t]! === 6) && text.charCodeAt(start[t]! + 1) === 89) cls |= P_FISCAL;
    if (!digit && (cls & CAPITALISED_ONLY) !== 0 && !(ch >= 65 && ch <= 90)) cls &= ~CAPITALISED_ONLY;
    if (unitLater) {
      if ((cls & (P_COUNTED | M_NUMBER)) === M_NUMBER && numberAt(v, t) !== null) cls |= P_COUNTED;
    } else if ((cls & M_UNIT) === 0) cls &= ~P_COUNTED;
    if ((next & M_ORDINAL_HEAD) !== 0 || (after & M_ORDINAL_HEAD) !== 0) cls |= P_QUARTER | P_YEARISH;
    if ((own & M_THE) !== 0) {
      if ((next & (F_THE_DATE | F_SEASON | P_YEARISH | P_QUARTER | P_COUNTED)) === 0) cls &= ~P_THE_DATE;
      if ((next & F_NEAR) !== 0) cls |= P_RECENT;
      if ((next & F_ANAPHORA) !== 0) cls |= P_ANAPHORA;
      if ((next & F_THE_PAST) !== 0) cls |= P_THE_PAST;
      if ((next & F_SEASON) !== 0) cls |= P_SEASON;
      if ((next & F_HALF) !== 0) cls |= P_QUARTER;
    } else if ((own & M_THAT) !== 0 && (next & (F_ANAPHORA | M_UNIT)) !== 0) cls |= P_ANAPHORA;
    if ((cls & M_UNIT) !== 0) unitLater = true;
    after = next;
    next = cls & ~READ_ONLY;
    out[t] = next;
  }
  return out;
}

/** The longest match of any pattern at token `t`, with leading modifiers ("just", "early", "mid-"). */
function matchAt(c: Ctx, t: number): Partial | null {
  let bits = t < c.n ? c.cls[t]! & PATTERN_BITS : 0;
  let best: Partial | null = null;
  for (let i = 0; bits !== 0; i++, bits >>>= 1) {
    if ((bits & 1) === 0) continue;
    const m = PATTERNS[i]!(c, t);
    if (m && m.to > t && (!best || m.to > best.to)) best = m;
  }
  return best;
}

const YEAR_VALUE = /^\d{4}(?:$|-)/;
const PART_OF_DAY_VALUE = /T(?:MO|AF|EV|NI)$/;
const MONTH_VALUE = /^\d{4}-\d\d(?:$|-)/;
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
  const cls = tokenClasses(v);
  const first = scan(v, anchor, cls);
  if (anchor) return first;
  const fallback = fallbackAnchor(v, first);
  return fallback ? scan(v, fallback, cls) : first;
}

function scan(v: TokenView, anchor: Date | null, cls: Int32Array): TimeMatch[] {
  const c: Ctx = { v, n: v.tokens.count, cls, anchor, quarter: null, last: { year: null, month: null, day: null }, yearTo: -1 };
  const out: TimeMatch[] = [];
  let t = 0;
  while (t < c.n) {
    const kindT = c.v.tokens.kind[t];
    const classT = cls[t]!;
    if ((kindT !== TokenKind.Word && kindT !== TokenKind.Number) || classT === 0) {
      t++;
      continue;
    }
    const w = c.v.low[t]!;
    let m: Partial | null = null;
    // a modifier that belongs to the expression after it: "just days ago", "early 2019", "mid-May", "earlier this year"
    let k = -1;
    if ((classT & M_MODIFIER) !== 0) {
      if ((APPROX.has(w) || EDGE_MODIFIERS.has(w)) && same(c, t, t + 1)) {
        k = t + 1;
        if (w === 'mid' && isHyphen(c, k) && adjacent(c, t, k)) k++;
      } else if (APPROX_PAIRS.get(w)?.has(word(c, t + 1)) && same(c, t, t + 2)) {
        k = t + 2;
        if (w === 'no') k = word(c, k) === 'than' ? k + 1 : -1;
      }
    }
    // "earlier in the year", "later in the month": TimeBank keeps the adverb (the anchor's year or month)
    if ((w === 'earlier' || w === 'later') && word(c, t + 1) === 'in' && word(c, t + 2) === 'the' && same(c, t, t + 3)) {
      const u = UNITS.get(word(c, t + 3));
      if (u !== undefined && (u === 'Y' || u === 'M' || u === 'W')) m = { to: t + 4, type: 'date', value: shifted(c.anchor, 0, u), mention: 'DATE', timex: true };
    }
    if (!m && k > t && word(c, k) !== 'the') {
      const inner = matchAt(c, k);
      const ok = !inner
        ? false
        : EDGE_MODIFIERS.has(w)
          ? (inner.type === 'date' && inner.mention !== null) || (inner.type === 'time' && inner.value !== null && PART_OF_DAY_VALUE.test(inner.value)) // "later this afternoon", "late Tuesday night"
          : w === 'some'
            ? inner.type === 'duration'
            : inner.mention !== null && !isPossessive(c, inner.to); // "get around Wednesday's ruling"
      if (ok) m = inner;
    }
    m ??= matchAt(c, t);
    if (!m) {
      t++;
      continue;
    }
    out.push({ from: t, to: m.to, type: m.type, value: m.value, mention: m.mention, timex: m.timex });
    if (m.value !== null && YEAR_VALUE.test(m.value) && m.timex !== false) {
      c.last.year = m.value.slice(0, 4);
      c.yearTo = m.to;
      if (MONTH_VALUE.test(m.value)) c.last.month = m.value.slice(0, 7);
      if (DAY_VALUE.test(m.value)) c.last.day = m.value.slice(0, 10);
    }
    const q = m.value === null ? null : QUARTER_VALUE.exec(m.value);
    // only a recent quarter is the one a report compares with "a year ago" (not "the 1988 period")
    if (q && (!anchor || Number(q[1]) * 4 + Number(q[2]) >= anchor.getUTCFullYear() * 4 + Math.floor(anchor.getUTCMonth() / 3) - 3)) {
      c.quarter = { year: Number(q[1]), n: Number(q[2]), sentence: v.tokens.sentence[t]! };
    }
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
