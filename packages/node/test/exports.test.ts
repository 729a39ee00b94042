// The public surface of @presslens/node: all of core, plus these. Every new export is a deliberate diff.
import { expect, it } from 'vitest';
import * as core from '@presslens/core';
import * as node from '../src/index.js';

it('re-exports core and adds exactly the curated Node API', () => {
  for (const name of Object.keys(core)) expect(node).toHaveProperty(name);
  expect(Object.keys(node).filter((k) => !(k in core)).sort()).toMatchInlineSnapshot(`
    [
      "DEFAULT_CONCURRENCY",
      "DEFAULT_MAX_FILE_BYTES",
      "DEFAULT_MAX_LINE_BYTES",
      "SUPPORTED_EXTENSIONS",
      "analyzeFiles",
      "analyzeStream",
      "articleIdFromPath",
      "decodeText",
      "expandInputs",
      "htmlToArticle",
      "isArticleFailure",
      "parseFrontMatter",
      "readArticleFile",
      "readArticles",
      "readJsonl",
      "toFailedAnalysis",
      "writeChunk",
      "writeJsonl",
    ]
  `);
});
