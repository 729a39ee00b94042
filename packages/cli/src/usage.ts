import type { ArgsDef } from 'citty';
import { analyzeArgs, collectArgs, enqueueArgs, planArgs, queueArgs, serveArgs, workerArgs } from './args.js';

function optionLines(defs: ArgsDef): string[] {
  const rows = Object.entries(defs).map(([name, def]) => {
    const alias = 'alias' in def && typeof def.alias === 'string' ? `-${def.alias}, ` : '    ';
    const hint = 'valueHint' in def && def.valueHint ? ` <${def.valueHint}>` : '';
    return [`${alias}--${name}${hint}`, def.description ?? ''] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

export function mainUsage(version: string): string {
  return [
    `presslens ${version}: who is in a news article, who says what, and what is claimed.`,
    '',
    'Usage:',
    '  presslens analyze <file|folder|glob|url|->... [options]',
    '  presslens serve [--port n] [--host address] [--allow-fetch]',
    '  presslens enqueue <file|folder|glob|url|->... --redis <url>',
    '  presslens worker --redis <url> [--concurrency n]',
    '  presslens collect --redis <url> --out <file> [--wait]',
    '  presslens queue status --redis <url>',
    '  presslens plan',
    '  presslens --help | --version',
    '',
    'Commands:',
    '  analyze  Analyse articles (.txt, .md, .html, .jsonl, http(s) URLs; - for stdin) and print the results',
    '  serve    Serve the HTTP API (POST /analyze, POST /analyze/batch, GET /health, GET /openapi.json)',
    '  enqueue  Put articles on a BullMQ queue in Redis, for workers on any number of machines',
    '  worker   Analyse the articles of the queue (run as many as you like, anywhere)',
    '  collect  Append the finished results to a JSON Lines file, each article exactly once',
    '  queue    Show the queue: waiting, in progress, done, failed, workers',
    '  plan     Print the extractors in the order they run',
    '',
    'Run "presslens <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

export function analyzeUsage(): string {
  return [
    'Usage: presslens analyze <file|folder|glob|url|->... [options]',
    '',
    'Reads .txt, .md (front matter: title, date, id), .html and .jsonl (one {"id","text","title"?,"publishedAt"?}',
    'a line) files; folders recursively; globs such as "news/**/*.txt"; - for stdin. Stdin comes first, then',
    'the URLs (fetched: http/https only, 15 s, 10 MiB, at most 5 redirects), then the files, sorted. A batch runs',
    'on worker threads (--concurrency); results come in input order unless --unordered. Results go to stdout;',
    'warnings, errors and (on a terminal) progress and a summary go to stderr.',
    '',
    'Options:',
    ...optionLines(analyzeArgs),
    '',
    'Exit codes: 0 every article analysed; 1 an article or file failed (the others were still analysed);',
    '2 usage error.',
    '',
  ].join('\n');
}

export function planUsage(): string {
  return ['Usage: presslens plan', '', 'Prints the built-in extractors in the order they run, with the layers each needs and provides.', '', 'Options:', ...optionLines(planArgs), ''].join('\n');
}

function usage(lines: string[], defs: Parameters<typeof optionLines>[0], footer: string[] = []): string {
  return [...lines, '', 'Options:', ...optionLines(defs), ...(footer.length ? ['', ...footer] : []), ''].join('\n');
}

export function serveUsage(): string {
  return usage(
    [
      'Usage: presslens serve [options]',
      '',
      'Serves the HTTP API until SIGTERM or Ctrl-C, then finishes the requests in progress. POST /analyze takes a JSON',
      'article ({"text", "id"?, "title"?, "publishedAt"?}), text/plain or text/html and answers the analysis;',
      'POST /analyze/batch takes JSON Lines and streams JSON Lines back; GET /health; GET /openapi.json (OpenAPI 3.1).',
      'Articles are analysed on worker threads. The server never fetches a URL for a client unless --allow-fetch.',
    ],
    serveArgs,
  );
}

export function enqueueUsage(): string {
  return usage(
    [
      'Usage: presslens enqueue <file|folder|glob|url|->... --redis <url> [options]',
      '',
      'Puts one job per article on a BullMQ queue in Redis (the job id is the article id: enqueuing an article',
      'twice does not analyse it twice). Then run "presslens worker" on any machines, and "presslens collect".',
    ],
    enqueueArgs,
    ['Exit codes: 0 all queued; 1 an input could not be read (the others were queued); 2 usage error.'],
  );
}

export function workerUsage(): string {
  return usage(
    [
      'Usage: presslens worker --redis <url> [options]',
      '',
      'Analyses the articles of the queue until SIGTERM or Ctrl-C, then finishes the ones in hand. A try that fails',
      'is retried with backoff; a job whose worker died is taken over by another worker once its lock expires.',
    ],
    workerArgs,
  );
}

export function collectUsage(): string {
  return usage(
    [
      'Usage: presslens collect --redis <url> --out <file> [options]',
      '',
      'Appends the results of finished articles to a JSON Lines file and removes them from the queue, each article',
      'exactly once: ids already in the file are not written again, and a job leaves Redis only after its line is',
      'on disk, so an interrupted collect can be run again. Articles that failed every try get a failure line.',
    ],
    collectArgs,
    ['Exit codes: 0 all results written; 1 some articles failed (their failure lines were written); 2 usage error.'],
  );
}

export function queueUsage(): string {
  return usage(['Usage: presslens queue status --redis <url> [--queue name]', '', 'Prints the counts as JSON: waiting, active, delayed (to retry), completed (not yet collected), failed, workers.'], queueArgs);
}
