import type { Analysis } from '../types/analysis.js';
import type { Span } from '../types/span.js';

/** The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`spanOf: "${needle}" occurs fewer than ${nth + 1} times in the text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** Every object in `value` that looks like a span (numeric start/end and a string text). */
export function collectSpans(value: unknown, path = '$', out: { path: string; span: Span }[] = []): { path: string; span: Span }[] {
  if (Array.isArray(value)) value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push({ path, span: o as unknown as Span });
    for (const [k, v] of Object.entries(o)) if (k !== 'text' || typeof v !== 'string') collectSpans(v, `${path}.${k}`, out);
  }
  return out;
}

/**
 * The offset rule, checked on a whole result: every span satisfies
 * `article.text.slice(start, end) === text`, and every id reference points at something.
 * Returns the problems found (empty when all is well).
 */
export function findSpanProblems(analysis: Analysis): string[] {
  const text = analysis.article.text;
  const problems: string[] = [];
  for (const { path, span } of collectSpans({ ...analysis, article: { ...analysis.article, text: undefined } })) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length && text.slice(span.start, span.end) === span.text)) {
      problems.push(`${path}: [${span.start}, ${span.end}) is "${text.slice(span.start, span.end)}", not "${span.text}"`);
    }
  }
  const mentionIds = new Set(analysis.mentions.map((m) => m.id));
  const entityIds = new Set(analysis.entities.map((e) => e.id));
  const timeIds = new Set(analysis.times.map((t) => t.id));
  const attributionIds = new Set(analysis.attributions.map((a) => a.id));
  for (const m of analysis.mentions) if (m.entity && !entityIds.has(m.entity)) problems.push(`mention ${m.id} points at missing entity ${m.entity}`);
  for (const e of analysis.entities) for (const m of e.mentions) if (!mentionIds.has(m)) problems.push(`entity ${e.id} lists missing mention ${m}`);
  for (const a of analysis.attributions) if (a.source?.entity && !entityIds.has(a.source.entity)) problems.push(`attribution ${a.id} points at missing entity ${a.source.entity}`);
  for (const c of analysis.claims) {
    if (c.attribution && !attributionIds.has(c.attribution)) problems.push(`claim ${c.id} points at missing attribution ${c.attribution}`);
    for (const e of c.entities) if (!entityIds.has(e)) problems.push(`claim ${c.id} points at missing entity ${e}`);
    for (const t of c.times) if (!timeIds.has(t)) problems.push(`claim ${c.id} points at missing time ${t}`);
    if (c.claimant.kind === 'entity' && !entityIds.has(c.claimant.entity)) problems.push(`claim ${c.id} claimant is missing entity ${c.claimant.entity}`);
  }
  for (const v of analysis.signals.summary.voices) if (!entityIds.has(v.entity)) problems.push(`voice points at missing entity ${v.entity}`);
  const ids = [...analysis.mentions, ...analysis.entities, ...analysis.attributions, ...analysis.claims, ...analysis.times].map((x) => x.id as string);
  if (new Set(ids).size !== ids.length) problems.push('ids are not unique');
  return problems;
}
