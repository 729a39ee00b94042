import type { Analysis, Attribution, Claim, Entity, EntityId } from '@presslens/node';

export interface SummaryOptions {
  /** How many claims to list, most check-worthy first (default 5). */
  claims?: number;
  /** Longest quote or claim shown before it is cut with "…" (default 110 characters). */
  width?: number;
}

const cut = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}…`);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function section(title: string, lines: string[]): string {
  return [title, ...(lines.length > 0 ? lines : ['  (none found)'])].join('\n');
}

/**
 * A short plain-text report of one analysis: the people and organisations in it, who said
 * what, the claims most worth checking, vague sources and loaded words.
 */
export function summarize(analysis: Analysis, options: SummaryOptions = {}): string {
  const { claims: topClaims = 5, width = 110 } = options;
  const entities = new Map<EntityId, Entity>(analysis.entities.map((e) => [e.id, e]));
  const nameOf = (id: EntityId | null | undefined): string | null => (id ? (entities.get(id)?.name ?? null) : null);

  const { article } = analysis;
  const heading = `${article.title?.text ?? article.id}${article.publishedAt ? ` (${article.publishedAt})` : ''}`;
  const counts = [
    plural(article.paragraphs.length, 'paragraph'),
    plural(article.sentences.length, 'sentence'),
    plural(analysis.entities.length, 'entity', 'entities'),
    plural(analysis.attributions.length, 'attribution'),
    plural(analysis.claims.length, 'claim'),
  ].join(' · ');

  const people = analysis.entities
    .filter((e) => e.type === 'PERSON' || e.type === 'ORG')
    .sort((a, b) => b.mentions.length - a.mentions.length || b.salience - a.salience)
    .map((e) => {
      const titles = [...new Set(e.titles.map((t) => t.text))];
      return `  ${e.name} (${e.type === 'PERSON' ? 'person' : 'organisation'}) — ${plural(e.mentions.length, 'mention')}${titles.length > 0 ? ` — ${titles.join(', ')}` : ''}`;
    });

  const sourceOf = (a: Attribution): string => {
    if (!a.source) return '(no source)';
    const name = nameOf(a.source.entity);
    if (name) return name;
    return a.source.kind === 'named' ? a.source.text : `${a.source.text} (${a.source.kind})`;
  };
  const said = [...analysis.attributions]
    .sort((a, b) => a.content.start - b.content.start)
    .map((a) => {
      const content = cut(a.content.text, width);
      return `  ${sourceOf(a)} → ${a.cue?.text ?? '(no cue)'} → ${a.quoted === 'none' ? content : `“${content}”`}`;
    });

  const claimantOf = (c: Claim): string => {
    switch (c.claimant.kind) {
      case 'entity':
        return nameOf(c.claimant.entity) ?? 'someone';
      case 'vague':
        return `${c.claimant.text} (vague)`;
      case 'author':
        return 'the author';
      default: {
        const unknown: never = c.claimant;
        return String(unknown);
      }
    }
  };
  const claims = [...analysis.claims]
    .sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start)
    .slice(0, topClaims)
    .map((c) => `  ${c.checkworthiness.toFixed(2)}  ${c.kind.padEnd(10)} ${cut(c.text, width)} — ${claimantOf(c)}`);

  const distinct = (texts: string[]): string[] => [...new Set(texts)];
  const vague = distinct(analysis.signals.vagueSources.map((s) => s.text));
  const loaded = distinct(analysis.signals.loaded.map((s) => `${s.text} (${s.reason})`));
  const problems = analysis.messages.filter((m) => m.severity !== 'info').map((m) => `  ${m.severity}: ${m.text} [${m.producer}]`);

  return [
    `${heading}\n${counts}`,
    section('People and organisations', people),
    section('Who said what (source → cue → content)', said),
    section(`Claims most worth checking (top ${topClaims})`, claims),
    section('Vague sources', vague.length > 0 ? [`  ${vague.join(', ')}`] : []),
    section('Loaded words', loaded.length > 0 ? [`  ${loaded.join(', ')}`] : []),
    ...(problems.length > 0 ? [section('Messages', problems)] : []),
  ].join('\n\n');
}
