import type { Mention, MentionType } from '../../types/analysis.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import type { NerModel } from '../../model/ner/index.js';
import { loadNerModel } from '../../model/ner/loadNerModel.js';

import type * as Rules from './rules.js';

export interface MentionsOptions {
  /**
   * Find names with the statistical NER model (default), or with the rules alone
   * (`'rules'`: no model to load, weaker on organisations and unknown names).
   */
  names?: 'model' | 'rules';
}

/**
 * Name and value mentions. Names come from the statistical NER model (`model/ner`, loaded
 * once in `setup`), cleaned up by rules (`modelNames.ts`): titles cut off, hyphenated
 * compounds split, one type per surface form. Money, percentages, quantities and counts
 * come from a number grammar (`numbers.ts`); dates and times from the temporal grammar the
 * `times` extractor also uses, so their spans agree.
 */
export function mentions(options: MentionsOptions = {}) {
  let model: NerModel | null = null;
  let rules: typeof Rules | undefined;
  const useModel = options.names !== 'rules';
  return defineExtractor({
    name: 'mentions',
    needs: ['segments', 'tokens'],
    provides: ['mentions'],
    async setup() {
      [rules, model] = await Promise.all([import('./rules.js'), useModel ? loadNerModel() : null]);
    },
    run(ctx) {
      const { timeMatches, findValues, findModelNames, findNames, findPressNames, toTokenView } = rules!;
      const tokens = ctx.get('tokens');
      const view = toTokenView(ctx.text, tokens);
      const found: { from: number; to: number; type: MentionType }[] = [];
      const covered = new Uint8Array(tokens.count);
      // newspapers named after a day ("the Sunday Telegraph"), before the dates take the day
      for (const p of findPressNames(view)) {
        found.push({ from: p.from, to: p.to, type: 'ORG' });
        covered.fill(1, p.from, p.to);
      }
      for (const m of timeMatches(view, ctx.article.publishedAt)) {
        if (m.mention === null) continue;
        if (covered.subarray(m.from, m.to).includes(1)) continue;
        found.push({ from: m.from, to: m.to, type: m.mention });
        covered.fill(2, m.from, m.to); // 2: a date or time
      }
      for (const v of findValues(view, covered)) {
        found.push(v);
        covered.fill(1, v.from, v.to);
      }
      const segments = ctx.get('segments');
      const names = model ? findModelNames(view, segments, covered, model) : findNames(view, segments, covered);
      for (const name of names) found.push(name);
      found.sort((a, b) => a.from - b.from || b.to - a.to);
      const out: Mention[] = [];
      let lastEnd = -1;
      for (const f of found) {
        const start = tokens.start[f.from]!;
        const end = tokens.end[f.to - 1]!;
        if (start < lastEnd) continue; // never overlap
        lastEnd = end;
        const span = ctx.span(start, end);
        // the fields one by one, in the order of the Mention type (no spread: one object shape)
        out.push({ id: ctx.mint('mention'), start: span.start, end: span.end, text: span.text, type: f.type, form: 'name', entity: null });
      }
      ctx.set('mentions', out);
    },
  });
}
