import type { TimeExpression } from '../../types/analysis.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { firstEndingAfter } from '../../text/spans.js';

import type * as Rules from '../mentions/rules.js';

/**
 * Time expressions with TIMEX3-style types and values, normalised against the article's
 * publication date ("Wednesday" → the most recent Wednesday on or before it in past-tense
 * reporting; `XXXX-WXX-3` when the date is unknown). Spans come from the same grammar as
 * the DATE and TIME mentions.
 */
export function times() {
  let rules: typeof Rules | undefined;
  return defineExtractor({
    name: 'times',
    needs: ['segments', 'tokens', 'mentions'],
    provides: ['times'],
    async setup() {
      // the temporal grammar is shared with (and loaded lazily like) the mentions rules
      rules = await import('../mentions/rules.js');
    },
    run(ctx) {
      const { toTokenView, timeMatches } = rules!;
      const tokens = ctx.get('tokens');
      const view = toTokenView(ctx.text, tokens);
      const out: TimeExpression[] = [];
      // a weekday inside an organisation's name is no time ("the Sunday Telegraph": `mentions/press.ts`; a year is: "the
      // Enforcement Act of 1989")
      const orgs = ctx.get('mentions').filter((x) => x.type === 'ORG');
      for (const m of timeMatches(view, ctx.article.publishedAt)) {
        if (m.timex === false) continue;
        const start = tokens.start[m.from]!;
        if (orgs.length > 0 && m.to === m.from + 1 && WEEKDAYS.has(view.raw[m.from]!) && insideOne(orgs, start, tokens.end[m.from]!)) continue;
        const span = ctx.span(start, tokens.end[m.to - 1]!);
        // the fields written out (no spread): one object shape, in the order of the JSON output
        out.push({ id: ctx.mint('time'), start: span.start, end: span.end, text: span.text, type: m.type, value: m.value });
      }
      ctx.set('times', out);
    },
  });
}

const WEEKDAYS: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Whether `[start, end)` lies inside one of `spans` (in text order, not overlapping). */
function insideOne(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const s = spans[firstEndingAfter(spans, start)];
  return s !== undefined && s.start <= start && s.end >= end;
}
