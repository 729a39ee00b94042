import type { ArgsDef } from 'citty';
import { analyzeArgs, planArgs } from './args.js';

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
    '  presslens analyze <file|folder|glob|->... [options]',
    '  presslens plan',
    '  presslens --help | --version',
    '',
    'Commands:',
    '  analyze  Analyse articles (.txt, .md, .html, .jsonl; - for stdin) and print the results',
    '  plan     Print the extractors in the order they run',
    '',
    'Run "presslens analyze --help" for the options of analyze.',
    '',
  ].join('\n');
}

export function analyzeUsage(): string {
  return [
    'Usage: presslens analyze <file|folder|glob|->... [options]',
    '',
    'Reads .txt, .md (front matter: title, date, id), .html and .jsonl (one {"id","text","title"?,"publishedAt"?}',
    'a line) files; folders recursively; globs such as "news/**/*.txt"; - for stdin. Stdin comes first, then',
    'the files, sorted. Results go to stdout; warnings, errors and (on a terminal) progress go to stderr.',
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
