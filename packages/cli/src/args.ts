import { parseArgs, type ArgsDef } from 'citty';

/** A mistake in how the command was called: the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command: 'presslens' | 'analyze' | 'plan' = 'presslens',
  ) {
    super(message);
  }
}

export const analyzeArgs = {
  format: { type: 'string', alias: 'f', valueHint: 'json|jsonl|md', description: 'Output format (default: json for one article, jsonl for several)' },
  input: { type: 'string', valueHint: 'auto|text|jsonl', description: 'How to read - (stdin): auto (default) is JSON Lines if it starts with "{", else one text' },
  published: { type: 'string', valueHint: 'YYYY-MM-DD', description: 'Publication date for articles that give none (resolves "Wednesday")' },
  out: { type: 'string', alias: 'o', valueHint: 'file', description: 'Write the results to a file instead of stdout' },
  concurrency: { type: 'string', alias: 'c', valueHint: 'n', description: 'Articles read ahead and in flight at once (default: 4)' },
  quiet: { type: 'boolean', alias: 'q', description: 'No warnings, progress or summary on stderr (errors still)' },
  debug: { type: 'boolean', description: 'Show stack traces' },
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
export function parseStrict(rawArgs: readonly string[], defs: ArgsDef, command: 'analyze' | 'plan'): Parsed {
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
