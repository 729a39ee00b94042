import type { Attribution, Claim, Entity, LoadedSpan, Mention, Signals, VoiceShare } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import type { TokenTable } from '../../types/layers.js';
import type { Span } from '../../types/span.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { hedgeAt } from '../claims/lexicon.js';
import { toWords } from '../claims/words.js';
import { loadedAt } from './loaded.js';
import { findVagueSources } from './vague.js';

/**
 * Signals of framing and sourcing: loaded words, vague or anonymous sources, hedges, and a
 * summary of who gets to speak.
 */
export function signals() {
  return defineExtractor({
    name: 'signals',
    needs: ['segments', 'tokens', 'mentions', 'entities', 'attributions', 'claims'],
    provides: ['signals'],
    run(ctx) {
      const found = findSignals({
        text: ctx.text,
        tokens: ctx.get('tokens'),
        mentions: ctx.get('mentions'),
        entities: ctx.get('entities'),
        attributions: ctx.get('attributions'),
        claims: ctx.get('claims'),
      });
      const span = (x: { start: number; end: number }) => ctx.span(x.start, x.end);
      ctx.set('signals', {
        loaded: found.loaded.map((x) => ({ ...span(x), reason: x.reason })),
        vagueSources: found.vagueSources.map(span),
        hedges: found.hedges.map(span),
        summary: found.summary,
      });
    },
  });
}

interface SignalInput {
  text: string;
  tokens: TokenTable;
  mentions: readonly Mention[];
  entities: readonly Entity[];
  attributions: readonly Attribution[];
  claims: readonly Claim[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The signals of an article (pure: used by the extractor and by tests). */
export function findSignals(input: SignalInput): Signals {
  const { text, tokens, mentions, entities, attributions, claims } = input;
  const words = toWords(text, tokens);
  const { lower, raw } = words;
  const at = (a: number, b: number): Span => ({ start: tokens.start[a]!, end: tokens.end[b - 1]!, text: text.slice(tokens.start[a], tokens.end[b - 1]) });

  const loaded: LoadedSpan[] = [];
  const hedges: Span[] = [];
  for (let i = 0; i < tokens.count; i++) {
    // stay within one sentence (or the headline) for multi-word matches
    let end = i + 1;
    while (end < tokens.count && end < i + 4 && tokens.sentence[end] === tokens.sentence[i]) end++;
    const l = loadedAt(lower, i, end);
    if (l) loaded.push({ ...at(i, i + l.length), reason: l.reason });
    const h = hedgeAt(lower, raw, i, end);
    if (h > 0) {
      hedges.push(at(i, i + h));
      i += h - 1;
    }
  }

  // people, for "analyst John Smith" (a named source)
  const entityType = new Map(entities.map((e) => [e.id, e.type]));
  const personTok = new Uint8Array(tokens.count);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const m of sorted) {
    const type = m.entity ? (entityType.get(m.entity) ?? m.type) : m.type;
    if (type !== 'PERSON' || m.form === 'pronoun') continue;
    while (t > 0 && tokens.start[t - 1]! >= m.start) t--;
    while (t < tokens.count && tokens.end[t]! <= m.start) t++;
    for (let k = t; k < tokens.count && tokens.start[k]! < m.end; k++) personTok[k] = 1;
  }
  const vagueSources: Span[] = [];
  for (let a = 0; a < tokens.count; ) {
    let b = a + 1;
    while (b < tokens.count && tokens.sentence[b] === tokens.sentence[a]) b++;
    for (const m of findVagueSources(words, a, b, (i) => personTok[i] === 1)) vagueSources.push(at(m.start, m.end));
    a = b;
  }

  const attributed = claims.filter((c) => c.claimant.kind !== 'author').length;
  const withSource = attributions.filter((a) => a.source !== null);
  const named = withSource.filter((a) => a.source!.entity !== null).length;
  const counts = new Map<EntityId, number>();
  for (const a of withSource) if (a.source!.entity) counts.set(a.source!.entity, (counts.get(a.source!.entity) ?? 0) + 1);
  const voices: VoiceShare[] = [...counts].map(([entity, n]) => ({ entity, attributions: n })).sort((x, y) => y.attributions - x.attributions);
  return {
    loaded,
    vagueSources,
    hedges,
    summary: {
      attributedClaimShare: claims.length > 0 ? round(attributed / claims.length) : 0,
      namedSourceShare: withSource.length > 0 ? round(named / withSource.length) : 0,
      voices,
    },
  };
}
