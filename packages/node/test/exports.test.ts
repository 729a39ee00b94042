// The public surface of @presslens/node: all of core, plus these. Every new export is a deliberate diff.
import { expect, it } from 'vitest';
import * as core from '@presslens/core';
import * as node from '../src/index.js';

it('re-exports core and adds exactly the curated Node API', () => {
  for (const name of Object.keys(core)) expect(node).toHaveProperty(name);
  expect(Object.keys(node).filter((k) => !(k in core)).sort()).toMatchInlineSnapshot(`
    [
      "DEFAULT_ATTEMPTS",
      "DEFAULT_CONCURRENCY",
      "DEFAULT_FETCH_MAX_BYTES",
      "DEFAULT_FETCH_TIMEOUT_MS",
      "DEFAULT_MAX_BATCH_BYTES",
      "DEFAULT_MAX_BODY_BYTES",
      "DEFAULT_MAX_BUFFERED_BYTES",
      "DEFAULT_MAX_FILE_BYTES",
      "DEFAULT_MAX_LINE_BYTES",
      "DEFAULT_MAX_REDIRECTS",
      "DEFAULT_OLD_GENERATION_MB",
      "DEFAULT_QUEUE_NAME",
      "DEFAULT_REQUEST_TIMEOUT_MS",
      "DEFAULT_YOUNG_GENERATION_MB",
      "SUPPORTED_EXTENSIONS",
      "analyzeFiles",
      "analyzeStream",
      "analyzeStreamLines",
      "articleIdFromPath",
      "checkRedisUrl",
      "collectResults",
      "createPresslensServer",
      "createWorkerPool",
      "decodeText",
      "enqueueArticles",
      "expandInputs",
      "fetchArticle",
      "htmlToArticle",
      "isArticleFailure",
      "isHttpUrl",
      "jobIdOf",
      "openApiDocument",
      "parseFrontMatter",
      "queueStatus",
      "readArticleFile",
      "readArticles",
      "readJsonl",
      "startQueueWorker",
      "toFailedAnalysis",
      "writeChunk",
      "writeJsonl",
    ]
  `);
});
