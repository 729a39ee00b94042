import type { ArticleInput, Severity } from '../types/analysis.js';
import type { IdKind, IdKinds } from '../types/ids.js';
import type { LayerName, Layers } from '../types/layers.js';
import type { Span } from '../types/span.js';

/** What every extractor sees of the article being analysed, before any layer. */
export interface ArticleBase {
  id: string;
  text: string;
  /** Normalised publication date (`YYYY-MM-DD` or ISO date-time), or null. */
  publishedAt: string | null;
  /** The caller's input, as given. */
  input: Readonly<ArticleInput>;
}

export interface MessageInit {
  severity?: Severity;
  rule: string;
  text: string;
  start?: number;
  end?: number;
}

/**
 * The only way an extractor reads and writes: layers it declared, spans checked against the
 * text, ids minted by core, messages stamped with the extractor's name.
 */
export interface ExtractorContext<N extends LayerName = LayerName, P extends LayerName = LayerName> {
  readonly article: ArticleBase;
  readonly text: string;
  /** The extractor's name, stamped on its messages. */
  readonly producer: string;
  /** Read a layer this extractor needs (or has already provided). */
  get<K extends N | P>(layer: K): Layers[K];
  /** Write a layer this extractor provides. */
  set<K extends P>(layer: K, value: Layers[K]): void;
  /** A checked span `[start, end)` of the text; throws `INVALID_SPAN` when out of range. */
  span(start: number, end: number): Span;
  /** A fresh id of the given kind, unique within this analysis (`m1`, `e1`, …). */
  mint<K extends IdKind>(kind: K): IdKinds[K];
  /** Attach a message (a problem found in the text) to the result. */
  report(message: MessageInit): void;
}

/**
 * An extractor: a declarative object. `needs` and `provides` name layers; the pipeline orders
 * extractors from them once, when it is created.
 */
export interface Extractor<N extends LayerName = LayerName, P extends LayerName = LayerName> {
  readonly name: string;
  readonly needs: readonly N[];
  readonly provides: readonly P[];
  /** Layers this extractor edits in place: it runs after their provider and before their other readers. */
  readonly modifies?: readonly N[];
  /** The name of an extractor this one takes the place of (e.g. a better `mentions`). */
  readonly replaces?: string;
  /** Values for provided layers when `run` fails (built-in layers have their own). */
  readonly defaults?: { readonly [K in P]?: () => Layers[K] };
  /** Once per pipeline, before the first article: load a model, compile a lexicon. */
  setup?(): void | Promise<void>;
  /** Once per article. */
  run(ctx: ExtractorContext<N, P>): void | Promise<void>;
}

/** Any extractor, whatever layers it declares. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExtractor = Extractor<any, any>;

/** Identity helper that infers the layer names, so `ctx.get`/`ctx.set` are typed. */
export function defineExtractor<const N extends LayerName = never, const P extends LayerName = never>(
  extractor: Extractor<N, P>,
): Extractor<N, P> {
  return extractor;
}
