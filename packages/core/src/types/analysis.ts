import type { AttributionId, ClaimId, EntityId, MentionId, TimeId } from './ids.js';
import type { Span } from './span.js';
import type { ExtensionLayers } from './layers.js';

export const SCHEMA_VERSION = '1' as const;

/** What a caller gives to analyse: a string is the same as `{ text }`. */
export interface ArticleInput {
  /** Stable id of the article; minted from a content hash when absent. */
  id?: string;
  text: string;
  /** Headline. When given and `text` does not already start with it, it is put in front of `text`. */
  title?: string | null;
  /** Publication date or date-time (ISO 8601), the anchor for relative dates. */
  publishedAt?: string | null;
  byline?: string | null;
  url?: string | null;
}

export interface Article {
  id: string;
  text: string;
  title: Span | null;
  byline: Span | null;
  dateline: Span | null;
  /** ISO date (`YYYY-MM-DD`) or date-time, or null when unknown. */
  publishedAt: string | null;
  paragraphs: Span[];
  sentences: Span[];
}

export type NameType = 'PERSON' | 'ORG' | 'LOC' | 'NORP' | 'EVENT' | 'MISC';
export type ValueType = 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL';
export type MentionType = NameType | ValueType;
export type MentionForm = 'name' | 'title' | 'pronoun' | 'nominal';

export const NAME_TYPES: readonly NameType[] = ['PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'MISC'];
export const VALUE_TYPES: readonly ValueType[] = ['DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL'];
export const MENTION_FORMS: readonly MentionForm[] = ['name', 'title', 'pronoun', 'nominal'];

export interface Mention extends Span {
  id: MentionId;
  type: MentionType;
  form: MentionForm;
  /** The entity this mention refers to, or null when unresolved (numbers, dates, unresolved pronouns). */
  entity: EntityId | null;
}

export interface Entity {
  id: EntityId;
  type: NameType;
  /** Canonical name: the longest full form in the article. */
  name: string;
  /** Other surface forms of the name, without possessive endings. */
  aliases: string[];
  /** Titles and roles that describe this entity ("Russian President", "Secretary of State"). */
  titles: Span[];
  mentions: MentionId[];
  /** 0..1: how central the entity is to the article. */
  salience: number;
}

export type Quoted = 'direct' | 'partial' | 'none';
export type SourceKind = 'named' | 'pronoun' | 'nominal' | 'vague';

export interface AttributionSource extends Span {
  entity: EntityId | null;
  kind: SourceKind;
}

export interface Attribution {
  id: AttributionId;
  quoted: Quoted;
  source: AttributionSource | null;
  cue: Span | null;
  content: Span;
  confidence: number;
  /** The rule or feature that produced it, so a user can see why. */
  rule: string;
}

export type ClaimKind = 'factual' | 'opinion' | 'prediction' | 'question';

export type Claimant =
  | { kind: 'entity'; entity: EntityId }
  | { kind: 'vague'; text: string }
  | { kind: 'author' };

export interface Modality {
  hedged: boolean;
  negated: boolean;
  conditional: boolean;
}

export interface Claim extends Span {
  id: ClaimId;
  kind: ClaimKind;
  claimant: Claimant;
  attribution: AttributionId | null;
  modality: Modality;
  checkworthiness: number;
  entities: EntityId[];
  times: TimeId[];
  evidence: string[];
}

export type TimeType = 'date' | 'time' | 'duration' | 'set';

export interface TimeExpression extends Span {
  id: TimeId;
  type: TimeType;
  /** TIMEX3-style value: `2025-05-14`, `2019-12`, `P3D`, `XXXX-WXX-3` when no anchor is known, or null. */
  value: string | null;
}

export type LoadedReason = 'emotive' | 'name-calling' | 'exaggeration' | 'intensifier';

export interface LoadedSpan extends Span {
  reason: LoadedReason;
}

export interface VoiceShare {
  entity: EntityId;
  attributions: number;
}

export interface SignalSummary {
  /** Share of claims attributed to a source other than the author. */
  attributedClaimShare: number;
  /** Share of attributions whose source is named (a name, or a pronoun or title resolved to a named entity). */
  namedSourceShare: number;
  voices: VoiceShare[];
}

export interface Signals {
  loaded: LoadedSpan[];
  vagueSources: Span[];
  hedges: Span[];
  summary: SignalSummary;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  severity: Severity;
  /** Stable rule id, e.g. `extractor-failed`, `invalid-published-at`. */
  rule: string;
  text: string;
  start?: number;
  end?: number;
  /** The extractor (or `pipeline`) that produced it. */
  producer: string;
}

/** The result of analysing one article: output contract v1. */
export interface Analysis {
  schemaVersion: typeof SCHEMA_VERSION;
  article: Article;
  mentions: Mention[];
  entities: Entity[];
  attributions: Attribution[];
  claims: Claim[];
  times: TimeExpression[];
  signals: Signals;
  messages: Message[];
  /**
   * Layers added by custom extractors, by layer name (absent when there are none). A layer
   * declared on `Layers` by declaration merging has its type here (`extensions.watchlist`).
   */
  extensions?: Partial<ExtensionLayers> & Record<string, unknown>;
}

/** The line written for an article that could not be analysed (in JSONL batches). */
export interface FailedAnalysis {
  schemaVersion: typeof SCHEMA_VERSION;
  article: { id: string };
  error: { code: string; message: string };
}

export type AnalysisOutcome = Analysis | FailedAnalysis;

export function isFailedAnalysis(value: AnalysisOutcome): value is FailedAnalysis {
  return 'error' in value && value.error != null;
}
