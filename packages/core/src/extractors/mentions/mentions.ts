import type { Mention, MentionType } from '../../types/analysis.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { timeMatches } from '../times/grammar.js';
import { findNames } from './names.js';
import { findValues, toTokenView } from './numbers.js';

/**
 * Name and value mentions. This first version is rule-based: names from capitalised runs,
 * gazetteers, context cues and document-level consistency (`names.ts`); money, percentages,
 * quantities and counts from a number grammar (`numbers.ts`); dates and times from the
 * temporal grammar the `times` extractor also uses, so their spans agree.
 */
export function mentions() {
  return defineExtractor({
    name: 'mentions',
    needs: ['segments', 'tokens'],
    provides: ['mentions'],
    run(ctx) {
      const tokens = ctx.get('tokens');
      const view = toTokenView(ctx.text, tokens);
      const found: { from: number; to: number; type: MentionType }[] = [];
      const covered = new Uint8Array(tokens.count);
      for (const m of timeMatches(view, ctx.article.publishedAt)) {
        if (m.mention === null) continue;
        found.push({ from: m.from, to: m.to, type: m.mention });
        covered.fill(1, m.from, m.to);
      }
      for (const v of findValues(view, covered)) {
        found.push(v);
        covered.fill(1, v.from, v.to);
      }
      for (const name of findNames(view, ctx.get('segments'), covered)) found.push(name);
      found.sort((a, b) => a.from - b.from || b.to - a.to);
      const out: Mention[] = [];
      let lastEnd = -1;
      for (const f of found) {
        const start = tokens.start[f.from]!;
        const end = tokens.end[f.to - 1]!;
        if (start < lastEnd) continue; // never overlap
        lastEnd = end;
        out.push({ id: ctx.mint('mention'), ...ctx.span(start, end), type: f.type, form: 'name', entity: null });
      }
      ctx.set('mentions', out);
    },
  });
}
