import type { Analysis, Attribution, Claim, Claimant, Entity } from '../types/analysis.js';
import type { Span } from '../types/span.js';

export interface MarkdownOptions {
  /** How many claims to list under "Claims to check" (default 10). */
  maxClaims?: number;
}

const ESCAPE = /[\\`*_[\]|<>]/g;
const LINEBREAK = /\s*[\r\n]+\s*/g;

/** Article text in Markdown: special characters escaped, line breaks flattened. */
function md(text: string): string {
  return text.replace(LINEBREAK, ' ').replace(ESCAPE, (c) => `\\${c}`);
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function unique(spans: readonly Span[]): string[] {
  return [...new Set(spans.map((s) => s.text))];
}

function entityLabel(entities: ReadonlyMap<string, Entity>, id: string | null | undefined, fallback: string): string {
  const e = id ? entities.get(id) : undefined;
  return e ? e.name : fallback;
}

function claimantLabel(entities: ReadonlyMap<string, Entity>, c: Claimant): string {
  switch (c.kind) {
    case 'entity':
      return entityLabel(entities, c.entity, 'unknown');
    case 'vague':
      return `${c.text} (vague)`;
    case 'author':
      return 'the author';
    default: {
      const never: never = c;
      return String(never);
    }
  }
}

function attributionLine(entities: ReadonlyMap<string, Entity>, a: Attribution): string {
  const source = a.source ? entityLabel(entities, a.source.entity, a.source.text) : 'unattributed';
  const kind = a.source && a.source.kind !== 'named' ? `, ${a.source.kind} source` : '';
  const cue = a.cue ? ` *${md(a.cue.text)}*` : '';
  const how = a.quoted === 'direct' ? 'direct quote' : a.quoted === 'partial' ? 'partial quote' : 'reported';
  return `- **${md(source)}**${cue}: “${md(a.content.text)}” (${how}${kind}, confidence ${a.confidence.toFixed(2)})`;
}

function claimLine(entities: ReadonlyMap<string, Entity>, c: Claim): string {
  const flags = [c.modality.hedged && 'hedged', c.modality.negated && 'negated', c.modality.conditional && 'conditional'].filter(Boolean);
  const why = c.evidence.length > 0 ? ` — ${c.evidence.map(md).join('; ')}` : '';
  return `${c.checkworthiness.toFixed(2)} · ${c.kind}${flags.length ? ` (${flags.join(', ')})` : ''} · ${md(claimantLabel(entities, c.claimant))}: ${md(c.text)}${why}`;
}

/**
 * A report a person can read: people and organisations, who said what, the claims to check
 * (ranked by check-worthiness), times and framing signals.
 */
export function toMarkdown(analysis: Analysis, options: MarkdownOptions = {}): string {
  const { article } = analysis;
  const entities = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  const out: string[] = [];
  out.push(`# ${md(article.title?.text ?? `Article ${article.id}`)}`, '');
  const words = analysis.article.sentences.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
  const meta = [`id \`${article.id.replace(/`/g, "'")}\``];
  if (article.byline) meta.push(md(article.byline.text));
  if (article.dateline) meta.push(`dateline ${md(article.dateline.text)}`);
  meta.push(article.publishedAt ? `published ${article.publishedAt}` : 'publication date unknown');
  meta.push(`${article.paragraphs.length} paragraphs, ${article.sentences.length} sentences, ${words} words`);
  out.push(meta.join(' · '), '');

  out.push('## People, organisations and places', '');
  if (analysis.entities.length === 0) out.push('None found.', '');
  else {
    out.push('| Name | Type | Mentions | Titles and roles | Also called | Salience |', '|---|---|---:|---|---|---:|');
    for (const e of analysis.entities) {
      out.push(`| ${md(e.name)} | ${e.type} | ${e.mentions.length} | ${unique(e.titles).map(md).join(', ')} | ${e.aliases.map(md).join(', ')} | ${e.salience.toFixed(2)} |`);
    }
    out.push('');
  }

  out.push('## Who said what', '');
  if (analysis.attributions.length === 0) out.push('No quotes or reported speech found.', '');
  else out.push(...analysis.attributions.map((a) => attributionLine(entities, a)), '');

  const max = options.maxClaims ?? 10;
  const ranked = [...analysis.claims].sort((a, b) => b.checkworthiness - a.checkworthiness);
  out.push('## Claims to check', '');
  if (ranked.length === 0) out.push('No claims found.', '');
  else {
    out.push(`Ranked by check-worthiness (0–1), with kind, claimant and the reasons; ${Math.min(max, ranked.length)} of ${ranked.length} claims.`, '');
    ranked.slice(0, max).forEach((c, i) => out.push(`${i + 1}. ${claimLine(entities, c)}`));
    out.push('');
    const kinds = new Map<string, number>();
    for (const c of analysis.claims) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    out.push(`All claims by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}.`, '');
  }

  if (analysis.times.length > 0) {
    out.push('## Times', '');
    for (const t of analysis.times) out.push(`- ${md(t.text)} → ${t.value ?? 'unresolved'} (${t.type})`);
    out.push('');
  }

  const { signals } = analysis;
  out.push('## Framing signals', '');
  out.push(`- Vague or anonymous sources: ${signals.vagueSources.length ? unique(signals.vagueSources).map((t) => `“${md(t)}”`).join(', ') : 'none'}`);
  out.push(`- Hedges: ${signals.hedges.length ? unique(signals.hedges).map((t) => `“${md(t)}”`).join(', ') : 'none'}`);
  out.push(
    `- Loaded language: ${
      signals.loaded.length ? [...new Map(signals.loaded.map((l) => [l.text.toLowerCase(), l])).values()].map((l) => `“${md(l.text)}” (${l.reason})`).join(', ') : 'none'
    }`,
  );
  out.push(`- Claims attributed to a source: ${pct(signals.summary.attributedClaimShare)}; named sources: ${pct(signals.summary.namedSourceShare)}`);
  if (signals.summary.voices.length > 0) {
    out.push(`- Voices: ${signals.summary.voices.map((v) => `${md(entityLabel(entities, v.entity, v.entity))} ${v.attributions}`).join(', ')}`);
  }
  out.push('');

  if (analysis.messages.length > 0) {
    out.push('## Messages', '');
    for (const m of analysis.messages) out.push(`- ${m.severity} \`${m.rule}\` (${m.producer}): ${md(m.text)}`);
    out.push('');
  }
  return out.join('\n');
}
