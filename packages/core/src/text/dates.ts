const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Normalise a publication date to `YYYY-MM-DD` (or keep a full ISO date-time); returns null
 * for anything that is not a real calendar date.
 */
export function normalizePublishedAt(value: string): string | null {
  const trimmed = value.trim();
  const m = ISO_DATE.exec(trimmed);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
    return m[4] === undefined ? trimmed.slice(0, 10) : trimmed.replace(' ', 'T');
  }
  if (trimmed.length > 64) return null;
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed)) return null;
  // The calendar date as written, not the UTC one: "Fri, 22 Mar 2013 23:30:00 -0400" is the
  // 22nd where it was published (the 23rd in UTC). With a zone, shift the instant by its
  // offset; without one, Date.parse read the text as this machine's local time, so its
  // local fields give the written date back whatever the machine's time zone.
  const offset = zoneOffsetMinutes(trimmed);
  const date = new Date(offset === null ? parsed : parsed + offset * 60_000);
  return offset === null ? isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate()) : date.toISOString().slice(0, 10);
}

const NUMERIC_ZONE = /\d:\d{2}(?::\d{2})?\s*(?:GMT|UTC|UT)?\s*([+-])(\d{2}):?(\d{2})$/;
const NAMED_ZONE = /\b(GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$/i;
const NAMED_OFFSETS: Readonly<Record<string, number>> = { GMT: 0, UTC: 0, UT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

/** Minutes east of UTC of a date string's trailing zone ("-0400", "+05:30", "GMT", "EDT"), or null when it names none. */
function zoneOffsetMinutes(value: string): number | null {
  const numeric = NUMERIC_ZONE.exec(value);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const named = NAMED_ZONE.exec(value);
  return named ? NAMED_OFFSETS[named[1]!.toUpperCase()]! : null;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date (UTC) of a normalised publishedAt, or null. */
export function anchorDate(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const d = new Date(Date.UTC(Number(publishedAt.slice(0, 4)), Number(publishedAt.slice(5, 7)) - 1, Number(publishedAt.slice(8, 10))));
  return Number.isNaN(d.getTime()) ? null : d;
}
