import { parseArgs, type ArgsDef } from 'citty';
import { ATTRIBUTION_SCHEMES, type AttributionScheme } from '@presslens/node';

/** The commands, for usage messages. */
export type Command = 'presslens' | 'analyze' | 'plan' | 'serve' | 'enqueue' | 'worker' | 'collect' | 'queue';

/** A mistake in how the command was called: the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command: Command = 'presslens',
  ) {
    super(message);
  }
}

const attributionsArg = {
  type: 'string',
  valueHint: 'parc|quotes',
  description: 'Which attributions to report: parc (default) every one PolNeAR marks, beliefs and stances too; quotes only what someone said',
} as const;

/** `--attributions parc|quotes` (default parc), or a `UsageError`. */
export function attributionScheme(values: Record<string, unknown>, command: Command): AttributionScheme {
  const scheme = (values['attributions'] as string | undefined) ?? 'parc';
  if (!ATTRIBUTION_SCHEMES.includes(scheme as AttributionScheme)) {
    throw new UsageError(`Unknown attribution scheme "${scheme}". Use one of: ${ATTRIBUTION_SCHEMES.join(', ')}.`, command);
  }
  return scheme as AttributionScheme;
}

export const analyzeArgs = {
  format: { type: 'string', alias: 'f', valueHint: 'json|jsonl|md|html|jsonld', description: 'Output format (default: json for one article, jsonl for several; html: one page, for several articles with --out-dir; jsonld: schema.org, one per line)' },
  input: { type: 'string', valueHint: 'auto|text|jsonl', description: 'How to read - (stdin): auto (default) is JSON Lines if it starts with "{", else one text' },
  published: { type: 'string', valueHint: 'YYYY-MM-DD', description: 'Publication date for articles that give none (resolves "Wednesday")' },
  out: { type: 'string', alias: 'o', valueHint: 'file', description: 'Write the results to a file instead of stdout' },
  'out-dir': { type: 'string', valueHint: 'dir', description: 'Write one file per article into this folder (made if missing), named after the article: <name>.json|md|html|jsonld' },
  attributions: attributionsArg,
  concurrency: { type: 'string', alias: 'c', valueHint: 'n', description: 'Worker threads for a batch (default: the number of cores; a single article runs in the main thread)' },
  unordered: { type: 'boolean', description: 'Print each result when it is ready, not in input order' },
  quiet: { type: 'boolean', alias: 'q', description: 'No warnings, progress or summary on stderr (errors still)' },
  debug: { type: 'boolean', description: 'Show stack traces' },
  help: { type: 'boolean', alias: 'h', description: 'Show this help' },
} as const satisfies ArgsDef;

export const serveArgs = {
  port: { type: 'string', alias: 'p', valueHint: 'n', description: 'Port to listen on (default 8080; 0: any free port)' },
  host: { type: 'string', valueHint: 'address', description: 'Address to listen on (default 127.0.0.1: this machine only)' },
  concurrency: { type: 'string', alias: 'c', valueHint: 'n', description: 'Worker threads (default: the number of cores)' },
  'max-body': { type: 'string', valueHint: 'bytes', description: 'Largest body of POST /analyze (default 5242880); more gets 413' },
  timeout: { type: 'string', valueHint: 'ms', description: 'Longest analysis of one article (default 30000); then 504' },
  attributions: attributionsArg,
  'allow-fetch': { type: 'boolean', description: 'Let clients send {"url": …} for the server to fetch (off by default: no server-side requests)' },
  quiet: { type: 'boolean', alias: 'q', description: 'Do not print the address and shutdown notes on stderr' },
  debug: { type: 'boolean', description: 'Show stack traces of server errors' },
  help: { type: 'boolean', alias: 'h', description: 'Show this help' },
} as const satisfies ArgsDef;

const redisArg = { type: 'string', valueHint: 'url', description: 'Redis URL, e.g. redis://127.0.0.1:6379 (required)' } as const;
const queueArg = { type: 'string', valueHint: 'name', description: 'Queue name (default presslens)' } as const;

export const enqueueArgs = {
  redis: redisArg,
  queue: queueArg,
  input: analyzeArgs.input,
  published: analyzeArgs.published,
  attempts: { type: 'string', valueHint: 'n', description: 'Tries per article before it fails (default 3)' },
  quiet: { type: 'boolean', alias: 'q', description: 'No warnings or summary on stderr (errors still)' },
  debug: { type: 'boolean', description: 'Show stack traces' },
  help: { type: 'boolean', alias: 'h', description: 'Show this help' },
} as const satisfies ArgsDef;

export const workerArgs = {
  redis: redisArg,
  queue: queueArg,
  concurrency: { type: 'string', alias: 'c', valueHint: 'n', description: 'Articles at once, each in its own thread (default: the number of cores)' },
  timeout: { type: 'string', valueHint: 'ms', description: 'Longest analysis of one article (default 60000); then the try fails' },
  attributions: attributionsArg,
  'lock-ms': { type: 'string', valueHint: 'ms', description: 'How long a job stays locked without a heartbeat before another worker takes it over (default 30000)' },
  quiet: { type: 'boolean', alias: 'q', description: 'No notes on stderr (errors still)' },
  debug: { type: 'boolean', description: 'Show stack traces' },
  help: { type: 'boolean', alias: 'h', description: 'Show this help' },
} as const satisfies ArgsDef;

export const collectArgs = {
  redis: redisArg,
  queue: queueArg,
  out: { type: 'string', alias: 'o', valueHint: 'file', description: 'JSON Lines file the results are appended to (required); ids already in it are not written again' },
  wait: { type: 'boolean', alias: 'w', description: 'Keep collecting until no article is waiting or in progress' },
  quiet: { type: 'boolean', alias: 'q', description: 'No summary on stderr (errors still)' },
  debug: { type: 'boolean', description: 'Show stack traces' },
  help: { type: 'boolean', alias: 'h', description: 'Show this help' },
} as const satisfies ArgsDef;

export const queueArgs = {
  redis: redisArg,
  queue: queueArg,
  help: { type: 'boolean', alias: 'h', description: 'Show this help' },
} as const satisfies ArgsDef;

export const planArgs = {
  help: { type: 'boolean', alias: 'h', description: 'Show this help' },
} as const satisfies ArgsDef;

/** Option names (long, and short aliases) and whether each takes a value. */
function optionTable(defs: ArgsDef): Map<string, { name: string; takesValue: boolean }> {
  const table = new Map<string, { name: string; takesValue: boolean }>();
  for (const [name, def] of Object.entries(defs)) {
    const entry = { name, takesValue: def.type === 'string' || def.type === 'enum' };
    table.set(`--${name}`, entry);
    const aliases = 'alias' in def && def.alias ? (Array.isArray(def.alias) ? def.alias : [def.alias]) : [];
    for (const a of aliases) table.set(a.length === 1 ? `-${a}` : `--${a}`, entry);
  }
  return table;
}

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/**
 * Parse with citty, after a strict pass of our own (citty is lenient): an unknown option, an
 * option without its value or a value given to a switch is a `UsageError`. `-` is a positional
 * (stdin), and everything after `--` is positional.
 */
export function parseStrict(rawArgs: readonly string[], defs: ArgsDef, command: Command): Parsed {
  const table = optionTable(defs);
  const positionals: string[] = [];
  const cleaned: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!;
    if (arg === '--') {
      positionals.push(...rawArgs.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const option = table.get(flag);
    if (!option) throw new UsageError(`Unknown option "${flag}".`, command);
    if (!option.takesValue) {
      if (eq >= 0) throw new UsageError(`Option "${flag}" takes no value.`, command);
      cleaned.push(`--${option.name}`);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = rawArgs[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(`Option "${flag}" needs a value.`, command);
      i++;
    }
    cleaned.push(`--${option.name}=${value}`);
  }
  const parsed = parseArgs(cleaned, defs);
  const values: Record<string, string | boolean | undefined> = {};
  for (const name of Object.keys(defs)) {
    const v = parsed[name] as unknown;
    values[name] = typeof v === 'string' || typeof v === 'boolean' ? v : undefined;
  }
  return { positionals, values };
}
