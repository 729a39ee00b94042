import { defineExtractor, PresslensError, type EntityId, type Mention, type MentionId, type Span } from '@presslens/core';

/** One place where the article mentions an organisation on the watchlist. */
export interface WatchlistHit extends Span {
  /** The watchlist entry, as the user gave it. */
  name: string;
  /** `name`: the text says the name; `coreference`: another mention of the same entity ("it", "the agency"). */
  via: 'name' | 'coreference';
  /** The mention at this place, when the `mentions` layer found one there. */
  mention: MentionId | null;
  /** The entity that mention refers to, when resolved. */
  entity: EntityId | null;
}

// A new layer, typed: `ctx.set('watchlist', …)` is checked and `analysis.extensions?.watchlist` is `WatchlistHit[] | undefined`.
declare module '@presslens/core' {
  interface Layers {
    watchlist: WatchlistHit[];
  }
}

export interface WatchlistOptions {
  /** Match regardless of case ("nato" finds "NATO"); default false, so "Apple" does not find "apple". */
  ignoreCase?: boolean;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const escape = (literal: string): string => literal.replace(REGEX_SPECIAL, '\\$&');

/** The innermost name mention covering `[start, end)`, if any. `mentions` is sorted by start. */
function mentionAt(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.start > start) break;
    if (m.end >= end && m.form === 'name' && (!best || m.end - m.start < best.end - best.start)) best = m;
  }
  return best;
}

/**
 * Tag every mention of the organisations in `names` (e.g. `['Kremlin', 'White House', 'NATO']`):
 * where the text says the name, and, when the pipeline resolved that name to an entity, the
 * other mentions of that entity. The result is the `watchlist` layer, in text order.
 */
export function watchlist(names: readonly string[], options: WatchlistOptions = {}) {
  const entries = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
  if (entries.length === 0) {
    throw new PresslensError('INVALID_EXTRACTOR', 'watchlist() needs at least one name, e.g. watchlist([\'Kremlin\', \'NATO\']).');
  }
  const key = (s: string): string => (options.ignoreCase ? s.toLowerCase() : s);
  const entryOf = new Map(entries.map((n) => [key(n), n]));
  let pattern: RegExp | undefined;

  return defineExtractor({
    name: 'watchlist',
    needs: ['mentions', 'entities'],
    provides: ['watchlist'],
    // Once per pipeline: compile one regex for all names (longest first, so "White House Office"
    // wins over "White House"), not touching letters or digits on either side.
    setup() {
      const alternatives = [...entries].sort((a, b) => b.length - a.length).map(escape).join('|');
      pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, options.ignoreCase ? 'giu' : 'gu');
    },
    run(ctx) {
      if (!pattern) throw new PresslensError('INVALID_EXTRACTOR', 'watchlist: setup() did not run; use it through createPipeline().');
      const mentions = [...ctx.get('mentions')].sort((a, b) => a.start - b.start);
      const entities = ctx.get('entities');
      const hits: WatchlistHit[] = [];
      const watchedEntity = new Map<EntityId, string>();

      for (const match of ctx.text.matchAll(pattern)) {
        const span = ctx.span(match.index, match.index + match[0].length);
        const name = entryOf.get(key(span.text)) ?? span.text;
        const mention = mentionAt(mentions, span.start, span.end);
        if (mention?.entity) watchedEntity.set(mention.entity, name);
        hits.push({ ...span, name, via: 'name', mention: mention?.id ?? null, entity: mention?.entity ?? null });
      }

      // The other mentions of a watched entity ("the Russian presidency … it"), unless the text already matched there.
      const byId = new Map(mentions.map((m) => [m.id, m]));
      const named = new Set(hits.map((h) => h.mention));
      for (const entity of entities) {
        const name = watchedEntity.get(entity.id);
        if (name === undefined) continue;
        for (const id of entity.mentions) {
          const m = byId.get(id);
          if (m && !named.has(m.id)) hits.push({ ...ctx.span(m.start, m.end), name, via: 'coreference', mention: m.id, entity: entity.id });
        }
      }

      ctx.set('watchlist', hits.sort((a, b) => a.start - b.start));
    },
  });
}
