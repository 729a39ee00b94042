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
export { analyzeStream, DEFAULT_CONCURRENCY, type AnalyzeStreamOptions } from './analyzeStream.js';
export { analyzeFiles, type AnalyzeFilesOptions } from './analyzeFiles.js';
export { writeJsonl, writeChunk, type WriteSummary } from './writeJsonl.js';
export { isArticleFailure, toFailedAnalysis, type ArticleSource } from './failure.js';
