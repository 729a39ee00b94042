import { createPipeline, defaultExtractors, isPresslensError } from '@presslens/node';
import { version } from '../package.json';
import { UsageError, parseStrict, planArgs } from './args.js';
import { parseAnalyzeArgs, runAnalyze } from './analyze.js';
import { defaultIO, isBrokenPipe, type CliIO } from './io.js';
import { runCollect, runEnqueue, runQueue, runWorker } from './queue.js';
import { parseServeArgs, runServe } from './serve.js';
import { analyzeUsage, collectUsage, enqueueUsage, mainUsage, planUsage, queueUsage, serveUsage, workerUsage } from './usage.js';

export { version };

const USAGES: Record<Exclude<UsageError['command'], 'presslens'>, () => string> = {
  analyze: analyzeUsage,
  plan: planUsage,
  serve: serveUsage,
  enqueue: enqueueUsage,
  worker: workerUsage,
  collect: collectUsage,
  queue: queueUsage,
};

function usageOf(command: string | undefined): string {
  return command !== undefined && Object.hasOwn(USAGES, command) ? USAGES[command as keyof typeof USAGES]() : mainUsage(version);
}

function plan(): string {
  const extractors = defaultExtractors();
  const pipeline = createPipeline(extractors);
  const byName = new Map(extractors.map((e) => [e.name, e]));
  const width = Math.max(...pipeline.plan.map((n) => n.length));
  return pipeline.plan
    .map((name, i) => {
      const e = byName.get(name);
      const needs = e && e.needs.length > 0 ? e.needs.join(', ') : '-';
      const provides = e && e.provides.length > 0 ? e.provides.join(', ') : '-';
      return `${i + 1}. ${name.padEnd(width)}  needs: ${needs}; provides: ${provides}`;
    })
    .join('\n');
}

/**
 * The `presslens` command. Returns the exit code: 0 ok, 1 an article or file failed (after all
 * were tried), 2 usage error. Never throws; stack traces only with `--debug`. `io` replaces the
 * process's streams and folder (tests pass their own).
 */
export async function main(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  const streams = defaultIO(io);
  const debug = argv.includes('--debug');
  // a reader that goes away (`| head -1`) must not crash the process with an unhandled 'error'
  const swallowBrokenPipe = (error: unknown): void => {
    if (!isBrokenPipe(error)) streams.stderr.write(`presslens: cannot write the results: ${String(error)}\n`);
  };
  streams.stdout.on('error', swallowBrokenPipe);
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError('Give a command.');
    if (command === '--help' || command === '-h' || command === 'help') {
      streams.stdout.write(usageOf(rest[0]));
      return 0;
    }
    if (command === '--version' || command === '-v' || command === '-V') {
      streams.stdout.write(`${version}\n`);
      return 0;
    }
    if (command === 'analyze') {
      const options = parseAnalyzeArgs(rest);
      if (!options) {
        streams.stdout.write(analyzeUsage());
        return 0;
      }
      return await runAnalyze(options, streams);
    }
    if (command === 'serve') {
      const options = parseServeArgs(rest);
      if (!options) {
        streams.stdout.write(serveUsage());
        return 0;
      }
      return await runServe(options, streams);
    }
    if (command === 'enqueue') return await runEnqueue(rest, streams, enqueueUsage);
    if (command === 'worker') return await runWorker(rest, streams, workerUsage);
    if (command === 'collect') return await runCollect(rest, streams, collectUsage);
    if (command === 'queue') return await runQueue(rest, streams, queueUsage);
    if (command === 'plan') {
      const { positionals, values } = parseStrict(rest, planArgs, 'plan');
      if (values['help']) {
        streams.stdout.write(planUsage());
        return 0;
      }
      if (positionals.length > 0) throw new UsageError(`plan takes no arguments, got "${positionals[0]}".`, 'plan');
      streams.stdout.write(`${plan()}\n`);
      return 0;
    }
    throw new UsageError(command.startsWith('-') ? `Unknown option "${command}".` : `Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError) {
      streams.stderr.write(`presslens: ${error.message}\n\n${usageOf(error.command)}`);
      return 2;
    }
    if (isBrokenPipe(error)) return 0;
    const message = error instanceof Error ? error.message : String(error);
    const code = isPresslensError(error) ? ` [${error.code}]` : '';
    streams.stderr.write(`presslens: ${message}${code}\n`);
    if (debug && error instanceof Error && error.stack) streams.stderr.write(`${error.stack}\n`);
    else streams.stderr.write('presslens: run again with --debug to see where it happened.\n');
    return 1;
  } finally {
    // keep the listener on process.stdout: writes still in flight can fail after we return
    if (io.stdout) streams.stdout.off('error', swallowBrokenPipe);
  }
}
