// The entry point of each thread of a worker pool (see createWorkerPool). It builds its pipeline
// once, then analyses one article per message and answers with the result or the error. With
// `exportNerTables` it only decodes the NER model's tables for the pool, posts them and ends.
import { parentPort, workerData } from 'node:worker_threads';
import {
  createPipeline,
  defaultExtractors,
  exportNerTables,
  installNerTables,
  isPresslensError,
  toJSONLine,
  type Analysis,
  type AnyExtractor,
  type ArticleInput,
  type NerTables,
  type Pipeline,
} from '@presslens/core';
import type { AnalysisLine, NerTablesMessage, WorkerReply, WorkerRequest, WorkerSettings } from './workerProtocol.js';

const encoder = new TextEncoder();

/** The analysis as its JSON line, in UTF-8: written here, so that the pool's thread only passes bytes on. */
function toLine(result: Analysis): AnalysisLine {
  const problems = [];
  for (const m of result.messages) if (m.severity === 'error') problems.push({ producer: m.producer, text: m.text });
  return { id: result.article.id, jsonl: encoder.encode(`${toJSONLine(result)}\n`), problems };
}

async function loadExtractors(settings: WorkerSettings): Promise<readonly AnyExtractor[]> {
  if (!settings.extractorsModule) return defaultExtractors(settings.attributionScheme ? { attributions: { scheme: settings.attributionScheme } } : {});
  const mod = (await import(settings.extractorsModule)) as { extractors?: unknown; default?: unknown };
  const found = mod.extractors ?? mod.default;
  const list = typeof found === 'function' ? await (found as () => unknown)() : found;
  if (!Array.isArray(list)) {
    throw new Error(`${settings.extractorsModule} must export \`extractors\` (or a default export): an array of extractors, or a function that returns one.`);
  }
  return list as AnyExtractor[];
}

async function start(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('analyzeWorker runs inside a worker thread made by createWorkerPool().');
  const settings = (workerData ?? {}) as WorkerSettings;
  if (settings.exportNerTables) {
    // the weight rows on SharedArrayBuffers: every thread the pool gives them to reads this one copy
    port.postMessage({ nerTables: await exportNerTables({ shared: true }) } satisfies NerTablesMessage);
    return;
  }
  // the NER tables decoded for the whole pool: given now, or promised (the pipeline is built
  // meanwhile, and only the model waits for them); tables that do not fit: the model loads its own
  let tablesArrived: (tables: NerTables | null) => void = () => undefined;
  try {
    if (settings.nerTables) installNerTables(settings.nerTables);
    else if (settings.awaitNerTables) installNerTables(new Promise<NerTables | null>((resolve) => (tablesArrived = resolve)));
  } catch {
    // the model loads its own
  }
  let pipeline: Promise<Pipeline> | null = null;
  const ready = (): Promise<Pipeline> =>
    (pipeline ??= loadExtractors(settings).then(async (extractors) => {
      const p = createPipeline(extractors, settings.maxTextLength === undefined ? {} : { maxTextLength: settings.maxTextLength });
      await p.ready();
      return p;
    }));

  // built now, so that the pool starts an article's clock only once the thread can analyse
  ready().then(
    () => port.postMessage({ ready: true } satisfies WorkerReply),
    () => port.postMessage({ ready: true } satisfies WorkerReply), // the error is reported with the first article
  );
  port.on('message', (message: WorkerRequest | NerTablesMessage) => {
    if ('nerTables' in message) {
      tablesArrived(message.nerTables);
      return;
    }
    const request = message;
    void (async () => {
      let reply: WorkerReply;
      try {
        const result = await (await ready()).analyze(request.input as ArticleInput | string);
        reply = request.as === 'line' ? { task: request.task, ok: true, line: toLine(result) } : { task: request.task, ok: true, result };
      } catch (error) {
        reply = {
          task: request.task,
          ok: false,
          error: {
            code: isPresslensError(error) ? error.code : 'EXTRACTOR_FAILED',
            message: error instanceof Error ? error.message : String(error),
            stack: error instanceof Error ? error.stack : undefined,
          },
        };
      }
      // the bytes of a line are handed over, not copied
      port.postMessage(reply, 'line' in reply ? [reply.line.jsonl.buffer as ArrayBuffer] : []);
    })();
  });
}

// no top-level await: a failure to start crashes the thread, and the pool reports it
start().catch((error: unknown) => {
  throw error;
});
