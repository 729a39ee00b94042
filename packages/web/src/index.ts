// @presslens/web: presslens in the browser. Re-exports all of core, so a page installs one package.
export * from '@presslens/core';

// HTML and DOM → article
export { documentToArticle, htmlToArticle, type DocumentToArticleOptions, type HtmlToArticleOptions } from './htmlToArticle.js';

// The pipeline in a Web Worker
export { createWorkerAnalyzer, type WorkerAnalyzeOptions, type WorkerAnalyzer, type WorkerLike } from './worker/createWorkerAnalyzer.js';
export { handleWorkerMessage, serveAnalyzer, toSerializedError, type AnalyzerLike, type WorkerScopeLike } from './worker/handleWorkerMessage.js';
export {
  isWorkerRequest,
  isWorkerResponse,
  type AnalyzeFailure,
  type AnalyzeRequest,
  type AnalyzeResult,
  type SerializedError,
  type WorkerRequest,
  type WorkerResponse,
} from './worker/protocol.js';

// The highlight view: DOM and a custom element (registered only when you call definePresslensElement)
export {
  HIGHLIGHTS_CSS,
  VIEW_CSS,
  htmlNodeToDom,
  renderHighlights,
  revealFinding,
  type RenderHighlightsOptions,
} from './render/renderHighlights.js';
export { definePresslensElement, type DefinePresslensElementOptions, type PresslensArticleElement } from './render/definePresslensElement.js';
