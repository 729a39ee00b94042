// presslens for Node: everything from core, plus files, folders, globs, HTML and JSONL streams.
export * from '@presslens/core';

// Reading articles
export { readArticleFile, SUPPORTED_EXTENSIONS, DEFAULT_MAX_FILE_BYTES, type ReadOptions } from './readArticleFile.js';
export { readArticles, type ReadArticlesOptions } from './readArticles.js';
export { readJsonl, DEFAULT_MAX_LINE_BYTES, type ByteSource, type JsonlOptions } from './readJsonl.js';
export { htmlToArticle, type HtmlArticleOptions } from './htmlToArticle.js';
export { parseFrontMatter, type FrontMatter } from './frontMatter.js';
export { decodeText, type DecodeOptions } from './decodeText.js';
export { articleIdFromPath } from './articleId.js';
export { expandInputs, type ExpandOptions } from './expandInputs.js';

// Analysing and writing streams
export { analyzeStream, analyzeStreamLines, DEFAULT_CONCURRENCY, DEFAULT_MAX_BUFFERED_BYTES, type AnalyzeStreamOptions, type OutcomeLine } from './analyzeStream.js';
export {
  createWorkerPool,
  DEFAULT_OLD_GENERATION_MB,
  DEFAULT_YOUNG_GENERATION_MB,
  type WorkerPool,
  type WorkerPoolOptions,
  type AnalyzeTaskOptions,
  type AnalysisLine,
  type AnalysisProblem,
} from './workerPool.js';
export { analyzeFiles, type AnalyzeFilesOptions } from './analyzeFiles.js';
export { writeJsonl, writeChunk, type WriteSummary } from './writeJsonl.js';
export { isArticleFailure, toFailedAnalysis, type ArticleSource } from './failure.js';

// Fetching pages, serving the HTTP API
export { fetchArticle, isHttpUrl, DEFAULT_FETCH_MAX_BYTES, DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_REDIRECTS, type FetchArticleOptions } from './fetchArticle.js';
export { createPresslensServer, DEFAULT_MAX_BATCH_BYTES, DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS, type PresslensServer, type ServerOptions } from './server.js';
export { openApiDocument, type OpenApiOptions } from './openapi.js';

// Distributed analysis on BullMQ + Redis
export {
  enqueueArticles,
  startQueueWorker,
  collectResults,
  queueStatus,
  checkRedisUrl,
  jobIdOf,
  DEFAULT_QUEUE_NAME,
  DEFAULT_ATTEMPTS,
  type QueueConnection,
  type EnqueueOptions,
  type EnqueueSummary,
  type QueueWorkerOptions,
  type QueueWorker,
  type CollectOptions,
  type CollectSummary,
  type QueueStatus,
} from './queue.js';
