import { defineExtractor } from '../../pipeline/extractor.js';
import { spanOf } from '../../testing/index.js';
import type { MentionType } from '../../types/analysis.js';

/** `[needle, type, nth?]`: the nth (0-based) occurrence of needle is a name mention of that type. */
export type HandMention = readonly [needle: string, type: MentionType, nth?: number];

/**
 * Test support: a `mentions` extractor that gives hand-made name mentions, found with
 * `spanOf`, so entities and attributions can be tested apart from the NER. `all` marks every
 * occurrence of the needle as a whole word.
 */
export function handMentions(specs: readonly HandMention[], all: readonly (readonly [string, MentionType])[] = []) {
  return defineExtractor({
    name: 'mentions',
    needs: ['segments', 'tokens'],
    provides: ['mentions'],
    run(ctx) {
      const spans: { start: number; end: number; type: MentionType }[] = [];
      for (const [needle, type, nth] of specs) {
        const s = spanOf(ctx.text, needle, nth ?? 0);
        spans.push({ start: s.start, end: s.end, type });
      }
      for (const [needle, type] of all) {
        for (let at = ctx.text.indexOf(needle); at >= 0; at = ctx.text.indexOf(needle, at + 1)) {
          const before = at > 0 ? ctx.text[at - 1]! : ' ';
          const after = ctx.text[at + needle.length] ?? ' ';
          if (isWordChar(before) || isWordChar(after)) continue;
          if (spans.some((s) => s.start < at + needle.length && at < s.end)) continue;
          spans.push({ start: at, end: at + needle.length, type });
        }
      }
      spans.sort((a, b) => a.start - b.start);
      ctx.set(
        'mentions',
        spans.map((s) => ({ id: ctx.mint('mention'), ...ctx.span(s.start, s.end), type: s.type, form: 'name' as const, entity: null })),
      );
    },
  });
}

function isWordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
