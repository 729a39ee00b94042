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
 * One pass per list, no allocation while every span is valid (the usual case).
 */
export function keepValidSpans(analysis: Analysis): void {
  const { text } = analysis.article;
  const dropped: Message[] = [];
  const drop = (bad: Span, what: string, producer: string): void => {
    dropped.push({
      severity: 'error',
      rule: 'invalid-span',
      text: `Dropped a ${what} whose span [${bad?.start}, ${bad?.end}) does not match the text.`,
      producer,
    });
  };
  /** The items whose span is valid (the same array when all are). */
  const keep = <T extends Span>(items: T[], what: string, producer: string): T[] => {
    let k = 0;
    while (k < items.length && isValidSpan(text, items[k])) k++;
    if (k === items.length) return items;
    const out = items.slice(0, k);
    for (; k < items.length; k++) {
      const item = items[k]!;
      if (isValidSpan(text, item)) out.push(item);
      else drop(item, what, producer);
    }
    return out;
  };
  const a = analysis.article;
  for (const key of ['title', 'byline', 'dateline'] as const) if (!isValidSpan(text, a[key])) a[key] = null;
  a.paragraphs = keep(a.paragraphs, 'paragraph', 'segmentation');
  a.sentences = keep(a.sentences, 'sentence', 'segmentation');
  analysis.mentions = keep(analysis.mentions, 'mention', 'mentions');
  analysis.times = keep(analysis.times, 'time', 'times');
  for (const e of analysis.entities) e.titles = keep(e.titles, 'title', 'entities');
  const attributions = analysis.attributions;
  let valid = 0;
  for (const x of attributions) {
    const bad = !isValidSpan(text, x.content) ? x.content : !isValidSpan(text, x.cue) ? x.cue : !isValidSpan(text, x.source) ? x.source : undefined;
    if (bad === undefined) attributions[valid++] = x;
    else drop(bad!, 'attribution', 'attributions');
  }
  attributions.length = valid;
  analysis.claims = keep(analysis.claims, 'claim', 'claims');
  const s = analysis.signals;
  s.loaded = keep(s.loaded, 'loaded-language span', 'signals');
  s.vagueSources = keep(s.vagueSources, 'vague source', 'signals');
  s.hedges = keep(s.hedges, 'hedge', 'signals');
  analysis.messages.push(...dropped);
}
