import { describe, expect, it } from 'vitest';
import { anchorDate, normalizePublishedAt } from './dates.js';

describe('normalizePublishedAt', () => {
  it.each([
    { input: '2025-05-15', expected: '2025-05-15' },
    { input: '2025-05-15T23:30:00-04:00', expected: '2025-05-15T23:30:00-04:00' },
    { input: '2025-05-15 08:00', expected: '2025-05-15T08:00' },
    // RFC 2822 with an offset: the date where it was published, not the UTC date
    { input: 'Fri, 22 Mar 2013 23:30:00 -0400', expected: '2013-03-22' },
    { input: 'Sat, 23 Mar 2013 01:30:00 +0200', expected: '2013-03-23' },
    { input: 'Fri, 22 Mar 2013 23:30:00 EDT', expected: '2013-03-22' },
    { input: 'Fri, 22 Mar 2013 23:30:00 GMT', expected: '2013-03-22' },
    { input: 'March 22, 2013', expected: '2013-03-22' },
    { input: '22 March 2013', expected: '2013-03-22' },
    { input: '03-22-2013', expected: '2013-03-22' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(normalizePublishedAt(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2025-02-30', '2025-13-01', 'x'.repeat(100)])('rejects %j', (input) => {
    expect(normalizePublishedAt(input)).toBeNull();
  });
});

describe('anchorDate', () => {
  it('reads the calendar day of a normalised date-time', () => {
    expect(anchorDate('2013-03-22T23:30:00-04:00')?.toISOString()).toBe('2013-03-22T00:00:00.000Z');
    expect(anchorDate(null)).toBeNull();
  });
});
