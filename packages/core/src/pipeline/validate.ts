import type { Analysis, Message } from '../types/analysis.js';
import type { Span } from '../types/span.js';

export function isValidSpan(text: string, span: Span | null | undefined): boolean {
  if (span == null) return true;
  const { start, end } = span;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start <= end &&
    end <= text.length &&
    text.slice(start, end) === span.text
  );
}

/**
 * The last guard of the offset rule: drop any finding whose span does not match the text
 * (a bug in an extractor), with an error message, so consumers can always trust offsets.
 */
export function keepValidSpans(analysis: Analysis): void {
  const { text } = analysis.article;
  const dropped: Message[] = [];
  const keep = <T>(items: T[], spans: (item: T) => (Span | null | undefined)[], what: string, producer: string): T[] =>
    items.filter((item) => {
      const bad = spans(item).find((s) => !isValidSpan(text, s));
      if (bad === undefined) return true;
      dropped.push({
        severity: 'error',
        rule: 'invalid-span',
        text: `Dropped a ${what} whose span [${bad?.start}, ${bad?.end}) does not match the text.`,
        producer,
      });
      return false;
    });
  const a = analysis.article;
  for (const key of ['title', 'byline', 'dateline'] as const) if (!isValidSpan(text, a[key])) a[key] = null;
  a.paragraphs = keep(a.paragraphs, (s) => [s], 'paragraph', 'segmentation');
  a.sentences = keep(a.sentences, (s) => [s], 'sentence', 'segmentation');
  analysis.mentions = keep(analysis.mentions, (m) => [m], 'mention', 'mentions');
  analysis.times = keep(analysis.times, (t) => [t], 'time', 'times');
  for (const e of analysis.entities) e.titles = keep(e.titles, (s) => [s], 'title', 'entities');
  analysis.attributions = keep(analysis.attributions, (x) => [x.content, x.cue, x.source], 'attribution', 'attributions');
  analysis.claims = keep(analysis.claims, (c) => [c], 'claim', 'claims');
  const s = analysis.signals;
  s.loaded = keep(s.loaded, (x) => [x], 'loaded-language span', 'signals');
  s.vagueSources = keep(s.vagueSources, (x) => [x], 'vague source', 'signals');
  s.hedges = keep(s.hedges, (x) => [x], 'hedge', 'signals');
  analysis.messages.push(...dropped);
}
