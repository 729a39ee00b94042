// Types: the data model and output contract v1
export type {
  Analysis,
  Article,
  ArticleInput,
  Attribution,
  AttributionSource,
  Claim,
  ClaimKind,
  Claimant,
  Entity,
  LoadedReason,
  LoadedSpan,
  Mention,
  MentionForm,
  MentionType,
  Message,
  Modality,
  NameType,
  Quoted,
  Severity,
  SignalSummary,
  Signals,
  SourceKind,
  TimeExpression,
  TimeType,
  ValueType,
  VoiceShare,
  FailedAnalysis,
  AnalysisOutcome,
} from './types/analysis.js';
export { isFailedAnalysis, MENTION_FORMS, NAME_TYPES, SCHEMA_VERSION, VALUE_TYPES } from './types/analysis.js';
export type { AttributionId, Brand, ClaimId, EntityId, IdKind, IdKinds, MentionId, TimeId } from './types/ids.js';
export type { BuiltinLayerName, ExtensionLayers, LayerName, Layers, Segments, TokenTable } from './types/layers.js';
export { BUILTIN_LAYERS, TokenKind } from './types/layers.js';
export type { Span } from './types/span.js';

// Errors
export { PresslensError, isPresslensError, type PresslensErrorCode } from './errors.js';

// Pipeline and extractor API
export {
  defineExtractor,
  type AnyExtractor,
  type ArticleBase,
  type Extractor,
  type ExtractorContext,
  type MessageInit,
} from './pipeline/extractor.js';
export { createPipeline, toArticleBase, DEFAULT_MAX_TEXT_LENGTH, type Pipeline, type PipelineOptions } from './pipeline/createPipeline.js';
export { planExtractors } from './pipeline/plan.js';
export { analyze, getDefaultPipeline } from './pipeline/analyze.js';
export { isValidSpan } from './pipeline/validate.js';

// Built-in extractors
export { attributions, claims, defaultExtractors, entities, mentions, segmentation, signals, times } from './extractors/index.js';
export type { MentionsOptions } from './extractors/mentions/mentions.js';
export { ATTRIBUTION_SCHEMES, type AttributionScheme, type AttributionsOptions } from './extractors/attributions/attributions.js';
export type { DefaultExtractorsOptions } from './extractors/index.js';
export type { ClaimModels, ClaimsOptions } from './extractors/claims/claims.js';
export type { SignalsOptions } from './extractors/signals/signals.js';
export type { LoadedModel } from './extractors/signals/loadedModel.js';
// The NER model's decoded tables, shared between threads (one decode, one copy in memory)
export { exportNerTables, installNerTables, type NerLexiconFields, type NerTables } from './model/ner/shared.js';

// Text utilities an extractor author needs
export { tokenize } from './text/tokenize.js';
export { segmentText } from './text/segment.js';
export { fnv1a } from './text/hash.js';
export { normalizePublishedAt } from './text/dates.js';

// Test helpers for extractor authors
export { collectSpans, findSpanProblems, spanOf } from './testing/index.js';

// JSON Schema of the output contract
export { analysisSchema } from './schema/analysisSchema.js';

// Renderers
export { toJSON, toJSONLine, type JsonOptions } from './render/json.js';
export { toMarkdown, type MarkdownOptions } from './render/markdown.js';
export { escapeHtml, htmlNodeToString, toHtml, type HtmlOptions } from './render/html.js';
export {
  toHtmlTree,
  type HighlightKind,
  type HtmlElementNode,
  type HtmlNode,
  type HtmlTag,
  type HtmlTree,
  type HtmlTreeOptions,
} from './render/htmlTree.js';
export { REPORT_CSS } from './render/reportCss.js';
export {
  toJsonLd,
  type JsonLdAgent,
  type JsonLdClaim,
  type JsonLdDocument,
  type JsonLdNewsArticle,
  type JsonLdOptions,
  type JsonLdThing,
  type JsonLdThingType,
} from './render/jsonld.js';

// HTML: page metadata and article text from any DOM (used by the Node and browser adapters)
export { articleMetadata, type ArticleMetadata } from './html/articleMetadata.js';
export { textFromContent } from './html/textFromContent.js';
export type { DocumentLike, ElementLike, NodeLike } from './html/dom.js';
