import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import {
  analyzeStream,
  analyzeStreamLines,
  expandInputs,
  fetchArticle,
  isFailedAnalysis,
  isHttpUrl,
  normalizePublishedAt,
  readArticles,
  toJSON,
  toJSONLine,
  toFailedAnalysis,
  toHtml,
  toJsonLd,
  toMarkdown,
  writeChunk,
  type AnalysisOutcome,
  type AnalysisProblem,
  type ArticleSource,
  type AttributionScheme,
} from '@presslens/node';
import { UsageError, analyzeArgs, attributionScheme, parseStrict } from './args.js';
import { isBrokenPipe, type CliIO } from './io.js';
import { readStdin, type StdinMode } from './stdin.js';

type Format = 'json' | 'jsonl' | 'md' | 'html' | 'jsonld';
const FORMATS: readonly Format[] = ['json', 'jsonl', 'md', 'html', 'jsonld'];
const STDIN_MODES: readonly StdinMode[] = ['auto', 'text', 'jsonl'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Failure and warning lines shown on stderr before the rest are only counted. */
const MAX_NOTES = 20;
const PROGRESS_EVERY_MS = 100;

interface AnalyzeOptions {
  inputs: string[];
  format: Format | undefined;
  stdinMode: StdinMode;
  publishedAt: string | undefined;
  out: string | undefined;
  outDir: string | undefined;
  concurrency: number;
  attributionScheme: AttributionScheme;
  unordered: boolean;
  quiet: boolean;
  debug: boolean;
}

/** Check the arguments of `presslens analyze`; a mistake is a `UsageError`. Returns null for `--help`. */
export function parseAnalyzeArgs(rawArgs: readonly string[]): AnalyzeOptions | null {
  const { positionals, values } = parseStrict(rawArgs, analyzeArgs, 'analyze');
  if (values['help']) return null;
  const format = values['format'] as string | undefined;
  if (format !== undefined && !FORMATS.includes(format as Format)) {
    throw new UsageError(`Unknown format "${format}". Use one of: ${FORMATS.join(', ')}.`, 'analyze');
  }
  const input = (values['input'] as string | undefined) ?? 'auto';
  if (!STDIN_MODES.includes(input as StdinMode)) throw new UsageError(`Unknown input "${input}". Use one of: ${STDIN_MODES.join(', ')}.`, 'analyze');
  const published = values['published'] as string | undefined;
  if (published !== undefined && (!DATE.test(published) || normalizePublishedAt(published) !== published)) {
    throw new UsageError(`--published "${published}" is not a date. Use YYYY-MM-DD, e.g. 2025-05-15.`, 'analyze');
  }
  const concurrencyText = (values['concurrency'] as string | undefined) ?? String(availableParallelism());
  const concurrency = Number(concurrencyText);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024) {
    throw new UsageError(`--concurrency "${concurrencyText}" is not a whole number from 1 to 1024.`, 'analyze');
  }
  const scheme = attributionScheme(values, 'analyze');
  if (positionals.length === 0) throw new UsageError('Give at least one file, folder, glob or http(s) URL to analyse, or - for stdin.', 'analyze');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('Give - (stdin) only once.', 'analyze');
  const out = values['out'] as string | undefined;
  if (out === '') throw new UsageError('--out needs a file name.', 'analyze');
  const outDir = values['out-dir'] as string | undefined;
  if (outDir === '') throw new UsageError('--out-dir needs a folder name.', 'analyze');
  if (outDir !== undefined && out !== undefined) throw new UsageError('Give --out (one file) or --out-dir (a file per article), not both.', 'analyze');
  return {
    inputs: positionals,
    format: format as Format | undefined,
    stdinMode: input as StdinMode,
    publishedAt: published,
    out: out === '-' ? undefined : out,
    outDir,
    concurrency,
    attributionScheme: scheme,
    unordered: values['unordered'] === true,
    quiet: values['quiet'] === true,
    debug: values['debug'] === true,
  };
}

class Reporter {
  failed = 0;
  done = 0;
  private notes = 0;
  private hidden = 0;
  private lastProgress = 0;
  private progressShown = false;
  readonly started = Date.now();

  constructor(
    private readonly stderr: CliIO['stderr'],
    private readonly quiet: boolean,
  ) {}

  get interactive(): boolean {
    return this.stderr.isTTY === true && !this.quiet;
  }

  private line(text: string): void {
    this.clearProgress();
    this.stderr.write(`${text}\n`);
  }

  /** Errors are always shown (the first few, then a count). */
  error(text: string): void {
    if (this.notes >= MAX_NOTES) {
      this.hidden++;
      return;
    }
    this.notes++;
    this.line(`presslens: ${text}`);
  }

  warn(text: string): void {
    if (this.quiet) return;
    this.error(`warning: ${text}`);
  }

  debug(text: string): void {
    this.line(text);
  }

  /** Articles expected in all, when known (shown as done/total with an ETA). */
  total: number | null = null;

  outcome(outcome: AnalysisOutcome): void {
    if (isFailedAnalysis(outcome)) this.result(outcome.article.id, outcome.error, []);
    else this.result(outcome.article.id, null, outcome.messages.filter((m) => m.severity === 'error'));
  }

  /** One article done: failed (`error`), or analysed with these error messages. */
  result(id: string, error: { code: string; message: string } | null, problems: readonly AnalysisProblem[]): void {
    this.done++;
    if (error) {
      this.failed++;
      this.error(`${id}: ${error.message} [${error.code}]`);
    } else {
      for (const m of problems) this.warn(`${id}: ${m.producer}: ${m.text}`);
    }
    if (this.interactive && Date.now() - this.lastProgress >= PROGRESS_EVERY_MS) {
      this.lastProgress = Date.now();
      this.stderr.write(`\r\x1b[K${progressLine(this.done, this.total, this.failed, Date.now() - this.started)}`);
      this.progressShown = true;
    }
  }

  private clearProgress(): void {
    if (this.progressShown) {
      this.stderr.write('\r\x1b[K');
      this.progressShown = false;
    }
  }

  finish(missing: number): void {
    this.clearProgress();
    if (this.hidden > 0) this.stderr.write(`presslens: … and ${this.hidden} more message${this.hidden === 1 ? '' : 's'} not shown\n`);
    if (!this.interactive) return;
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = elapsed > 0 ? `${(this.done / elapsed).toFixed(1)}/s` : '';
    const problems = [`${this.failed} failed`, missing ? `${missing} input${missing === 1 ? '' : 's'} not found` : ''].filter(Boolean);
    this.stderr.write(`presslens: ${this.done} article${this.done === 1 ? '' : 's'} in ${elapsed.toFixed(1)}s${rate ? ` (${rate})` : ''}, ${problems.join(', ')}\n`);
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** The progress line: done/total (percent), rate, ETA, failures. `total` null: not known (stdin). */
export function progressLine(done: number, total: number | null, failed: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts: string[] = [];
  if (total !== null && total >= done && total > 0) {
    const width = 20;
    const filled = Math.round((done / total) * width);
    parts.push(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${Math.floor((done / total) * 100)}%)`);
  } else parts.push(`${done} analysed`);
  parts.push(`${rate.toFixed(1)}/s`);
  if (total !== null && total >= done && rate > 0) parts.push(`ETA ${clock((total - done) / rate)}`);
  if (failed > 0) parts.push(`${failed} failed`);
  return `presslens: ${parts.join(' · ')}`;
}

/** Lines in a file, counted in bytes as it streams (for the progress total of a .jsonl file). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return last === 0x0a ? lines : lines + 1;
}

/** Writes the chosen format to the output, stopping quietly when the reader goes away. */
class Output {
  count = 0;
  brokenPipe = false;
  private error: unknown = null;

  constructor(
    readonly stream: NodeJS.WritableStream,
    private readonly format: Format,
    private readonly many: boolean,
  ) {
    stream.on('error', (error: unknown) => {
      this.error ??= error;
      if (isBrokenPipe(error)) this.brokenPipe = true;
    });
  }

  get failedWith(): unknown {
    return this.error;
  }

  private async write(chunk: string | Uint8Array): Promise<boolean> {
    if (this.error) return false;
    try {
      await writeChunk(this.stream, chunk);
    } catch (error) {
      this.error ??= error;
      if (isBrokenPipe(error)) this.brokenPipe = true;
      return false;
    }
    return this.error === null;
  }

  /** One JSON line (jsonl format) as UTF-8, written by the thread that analysed the article. */
  async addLine(jsonl: Uint8Array): Promise<boolean> {
    this.count++;
    return this.write(jsonl);
  }

  async add(outcome: AnalysisOutcome): Promise<boolean> {
    const first = this.count === 0;
    switch (this.format) {
      case 'jsonl':
        this.count++;
        return this.write(`${toJSONLine(outcome)}\n`);
      case 'json':
        this.count++;
        if (!this.many) return this.write(`${toJSON(outcome)}\n`);
        return this.write(`${first ? '[\n' : ',\n'}${toJSON(outcome)}`);
      case 'md': {
        if (isFailedAnalysis(outcome)) return this.error === null; // a failure is reported on stderr
        this.count++;
        const report = toMarkdown(outcome);
        return this.write(`${first ? '' : '\n---\n\n'}${report.endsWith('\n') ? report : `${report}\n`}`);
      }
      case 'html': {
        // one standalone page per article, one after another (a failure is reported on stderr)
        if (isFailedAnalysis(outcome)) return this.error === null;
        this.count++;
        const page = toHtml(outcome);
        return this.write(page.endsWith('\n') ? page : `${page}\n`);
      }
      case 'jsonld': {
        // one JSON-LD document per article: pretty for one article, one a line for a batch
        if (isFailedAnalysis(outcome)) return this.error === null;
        this.count++;
        return this.write(`${JSON.stringify(toJsonLd(outcome), null, this.many ? undefined : 2)}\n`);
      }
      default: {
        const never: never = this.format;
        throw new Error(`unknown format ${String(never)}`);
      }
    }
  }

  async end(): Promise<void> {
    if (this.format === 'json' && this.many) await this.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

const EXTENSIONS: Record<Format, string> = { json: 'json', jsonl: 'json', md: 'md', html: 'html', jsonld: 'jsonld' };
const UNSAFE_NAME = /[^A-Za-z0-9._-]+/g;
const MAX_NAME = 120;

/** `--out-dir`: one file per article, named after its id (`news/a.txt` → `news_a.html`), never two alike. */
class FolderOutput {
  count = 0;
  private readonly used = new Set<string>();
  private error: unknown = null;

  constructor(
    readonly folder: string,
    private readonly format: Format,
  ) {}

  get failedWith(): unknown {
    return this.error;
  }

  /** The file name for an article id: its path without the extension, unsafe characters as `_`. */
  nameFor(id: string): string {
    const stem = id.slice(0, id.length - extname(basename(id)).length) || id;
    const safe = stem.replace(UNSAFE_NAME, '_').replace(/^[._]+/, '').slice(-MAX_NAME) || 'article';
    let name = safe;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${safe}-${n}`;
    this.used.add(name.toLowerCase());
    return `${name}.${EXTENSIONS[this.format]}`;
  }

  async add(outcome: AnalysisOutcome): Promise<boolean> {
    // a failure is reported on stderr; the JSON formats also keep its record, as in a stream
    const failed = isFailedAnalysis(outcome);
    if (failed && this.format !== 'json' && this.format !== 'jsonl') return true;
    let body: string;
    if (failed || this.format === 'json' || this.format === 'jsonl') body = `${toJSON(outcome)}\n`;
    else if (this.format === 'md') body = toMarkdown(outcome);
    else if (this.format === 'html') body = toHtml(outcome);
    else body = `${JSON.stringify(toJsonLd(outcome), null, 2)}\n`;
    try {
      await writeFile(join(this.folder, this.nameFor(outcome.article.id)), body.endsWith('\n') ? body : `${body}\n`);
      this.count++;
      return true;
    } catch (error) {
      this.error = error;
      return false;
    }
  }
}

async function openFile(path: string, cwd: string): Promise<NodeJS.WritableStream> {
  const stream = createWriteStream(resolve(cwd, path));
  await Promise.race([once(stream, 'open'), once(stream, 'error').then(([e]) => Promise.reject(e))]);
  return stream;
}

/** `presslens analyze`: returns the exit code (0 all analysed, 1 something failed). */
export async function runAnalyze(options: AnalyzeOptions, io: CliIO): Promise<number> {
  const reporter = new Reporter(io.stderr, options.quiet);
  const onWarning = (message: string): void => reporter.warn(message);

  let missing = 0;
  const urls = options.inputs.filter(isHttpUrl);
  const patterns = options.inputs.filter((p) => p !== '-' && !isHttpUrl(p));
  const files = await expandInputs(patterns, {
    cwd: io.cwd,
    onError: (error) => {
      missing++;
      reporter.error(error.message);
    },
  });
  const stdin = options.inputs.includes('-') ? await readStdin(io.stdin, options.stdinMode, { onWarning }) : null;
  if (files.length === 0 && !stdin && urls.length === 0) {
    reporter.finish(missing);
    return 1;
  }

  // one article (one non-JSONL file, or a text on stdin) prints one JSON document; anything else is a batch
  const single =
    (files.length === 1 && !stdin && urls.length === 0 && extname(files[0]!).toLowerCase() !== '.jsonl') ||
    (files.length === 0 && urls.length === 0 && stdin?.mode === 'text') ||
    (urls.length === 1 && files.length === 0 && !stdin);
  const format: Format = options.format ?? (single || options.outDir ? 'json' : 'jsonl');
  if (format === 'html' && !single && !options.outDir) {
    throw new UsageError('--format html makes one page per article: for several articles give --out-dir <folder>.', 'analyze');
  }

  let folder: FolderOutput | null = null;
  if (options.outDir) {
    const path = resolve(io.cwd, options.outDir);
    try {
      await mkdir(path, { recursive: true });
    } catch (error) {
      reporter.error(`cannot make the folder ${options.outDir}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    folder = new FolderOutput(path, format);
  }
  let destination: NodeJS.WritableStream = io.stdout;
  if (options.out) {
    try {
      destination = await openFile(options.out, io.cwd);
    } catch (error) {
      reporter.error(`cannot write to ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  const output = new Output(destination, format, !single);

  async function* source(): AsyncGenerator<ArticleSource> {
    if (stdin) {
      for await (const item of stdin.articles) {
        yield options.publishedAt && !('error' in item) && !item.publishedAt ? { ...item, publishedAt: options.publishedAt } : item;
      }
    }
    for (const url of urls) {
      try {
        const article = await fetchArticle(url, { onWarning });
        yield options.publishedAt && !article.publishedAt ? { ...article, publishedAt: options.publishedAt } : article;
      } catch (error) {
        yield toFailedAnalysis(url, error);
      }
    }
    yield* readArticles(files, { cwd: io.cwd, onWarning, publishedAt: options.publishedAt });
  }

  if (reporter.interactive && !stdin) {
    let total = urls.length;
    for (const file of files) total += extname(file).toLowerCase() === '.jsonl' ? await countLines(resolve(io.cwd, file)).catch(() => 0) : 1;
    reporter.total = total;
  }

  // a batch runs in --concurrency worker threads (one thread too, so that -c 1 and -c 2 compare
  // like with like, and this thread stays free to read and write); one article is analysed here
  const streamOptions = {
    ...(single ? {} : { workers: options.concurrency }),
    attributionScheme: options.attributionScheme,
    unordered: options.unordered,
    onError: options.debug ? (error: unknown, id: string) => reporter.debug(`${id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`) : undefined,
  };
  if (folder) {
    for await (const outcome of analyzeStream(source(), streamOptions)) {
      reporter.outcome(outcome);
      if (!(await folder.add(outcome))) break;
    }
    if (folder.failedWith) {
      const error = folder.failedWith;
      reporter.error(`cannot write the results to ${options.outDir}: ${error instanceof Error ? error.message : String(error)}`);
      reporter.finish(missing);
      return 1;
    }
    reporter.finish(missing);
    return reporter.failed > 0 || missing > 0 ? 1 : 0;
  }
  if (format === 'jsonl') {
    // the threads write the JSON lines: this thread only passes their bytes on
    for await (const outcome of analyzeStreamLines(source(), streamOptions)) {
      reporter.result(outcome.id, outcome.error, outcome.problems);
      if (!(await output.addLine(outcome.jsonl))) break;
    }
  } else {
    for await (const outcome of analyzeStream(source(), streamOptions)) {
      reporter.outcome(outcome);
      if (!(await output.add(outcome))) break;
    }
  }
  if (!output.failedWith) await output.end();
  if (options.out && !output.failedWith) {
    destination.end();
    await once(destination, 'close').catch(() => undefined);
  }
  if (output.failedWith && !output.brokenPipe) {
    const error = output.failedWith;
    reporter.error(`cannot write the results${options.out ? ` to ${options.out}` : ''}: ${error instanceof Error ? error.message : String(error)}`);
    reporter.finish(missing);
    return 1;
  }
  reporter.finish(missing);
  return reporter.failed > 0 || missing > 0 ? 1 : 0;
}
