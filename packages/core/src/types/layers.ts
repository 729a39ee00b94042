import type {
  Attribution,
  Claim,
  Entity,
  Mention,
  Signals,
  TimeExpression,
} from './analysis.js';
import type { Span } from './span.js';

/** Kinds of token in the token table. */
export const TokenKind = {
  Word: 1,
  Number: 2,
  Punct: 3,
  Quote: 4,
  Symbol: 5,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/**
 * Tokens as compact parallel arrays: token `i` covers `[start[i], end[i])` of the text, has
 * kind `kind[i]` and lies in sentence `sentence[i]` (an index into `segments.sentences`).
 */
export interface TokenTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly sentence: Int32Array;
}

/** The structure of the article: headline, byline, dateline, paragraphs and sentences. */
export interface Segments {
  title: Span | null;
  byline: Span | null;
  dateline: Span | null;
  paragraphs: Span[];
  sentences: Span[];
}

/**
 * Every layer an extractor can read or write, by name. Open for declaration merging: a
 * custom extractor adds its own layer with
 *
 * ```ts
 * declare module '@presslens/core' {
 *   interface Layers { watchlist: WatchHit[] }
 * }
 * ```
 *
 * and the layer reaches `analysis.extensions.watchlist` with its type.
 */
export interface Layers {
  segments: Segments;
  tokens: TokenTable;
  mentions: Mention[];
  times: TimeExpression[];
  entities: Entity[];
  attributions: Attribution[];
  claims: Claim[];
  signals: Signals;
}

export type LayerName = keyof Layers & string;

/** The layers that map onto fields of the v1 output contract (or stay internal, like tokens). */
export type BuiltinLayerName =
  | 'segments'
  | 'tokens'
  | 'mentions'
  | 'times'
  | 'entities'
  | 'attributions'
  | 'claims'
  | 'signals';

export const BUILTIN_LAYERS: readonly BuiltinLayerName[] = [
  'segments',
  'tokens',
  'mentions',
  'times',
  'entities',
  'attributions',
  'claims',
  'signals',
];

/** Layers added by custom extractors: they appear under `analysis.extensions`. */
export type ExtensionLayers = Omit<Layers, BuiltinLayerName>;
