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
  return new Date(parsed).toISOString().slice(0, 10);
}

/** The calendar date (UTC) of a normalised publishedAt, or null. */
export function anchorDate(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const d = new Date(Date.UTC(Number(publishedAt.slice(0, 4)), Number(publishedAt.slice(5, 7)) - 1, Number(publishedAt.slice(8, 10))));
  return Number.isNaN(d.getTime()) ? null : d;
}
