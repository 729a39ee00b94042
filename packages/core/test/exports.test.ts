// The public surface of @presslens/core: every new export is a deliberate diff here.
import { expect, it } from 'vitest';
import * as core from '../src/index.js';

it('exports exactly the curated runtime API', () => {
  expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
    [
      "BUILTIN_LAYERS",
      "DEFAULT_MAX_TEXT_LENGTH",
      "MENTION_FORMS",
      "NAME_TYPES",
      "PresslensError",
      "REPORT_CSS",
      "SCHEMA_VERSION",
      "TokenKind",
      "VALUE_TYPES",
      "analysisSchema",
      "analyze",
      "articleMetadata",
      "attributions",
      "claims",
      "collectSpans",
      "createPipeline",
      "defaultExtractors",
      "defineExtractor",
      "entities",
      "escapeHtml",
      "findSpanProblems",
      "fnv1a",
      "getDefaultPipeline",
      "htmlNodeToString",
      "isFailedAnalysis",
      "isPresslensError",
      "isValidSpan",
      "mentions",
      "normalizePublishedAt",
      "planExtractors",
      "segmentText",
      "segmentation",
      "signals",
      "spanOf",
      "textFromContent",
      "times",
      "toArticleBase",
      "toHtml",
      "toHtmlTree",
      "toJSON",
      "toJSONLine",
      "toJsonLd",
      "toMarkdown",
      "tokenize",
    ]
  `);
});
