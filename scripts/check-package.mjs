// Checks a built package the way a consumer meets it (run from the package folder, after build):
// publint and arethetypeswrong on the packed package, ESM and CJS entry points load with the same
// exports, and core's bundle uses no Node built-ins or globals.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const dir = resolve(process.cwd());
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const problems = [];

const { messages } = await publint({ pkgDir: dir, level: 'warning', strict: true });
for (const m of messages) problems.push(`publint: ${formatMessage(m, pkg) ?? m.code}`);

const attw = join(dir, '../../node_modules/.bin/attw');
try {
  execFileSync(attw, ['--pack', '.', '--format', 'ascii', '--profile', 'node16', '--exclude-entrypoints', 'package.json'], { cwd: dir, stdio: 'pipe' });
} catch (error) {
  problems.push(`arethetypeswrong:\n${error.stdout?.toString() ?? error.message}`);
}

const esm = await import(pathToFileURL(join(dir, 'dist/index.js')).href);
const cjs = createRequire(join(dir, 'package.json'))(join(dir, 'dist/index.cjs'));
const esmNames = Object.keys(esm).sort().join(',');
const cjsNames = Object.keys(cjs).filter((k) => k !== '__esModule').sort().join(',');
if (esmNames !== cjsNames) problems.push(`ESM and CJS builds export different names:\n  esm: ${esmNames}\n  cjs: ${cjsNames}`);

if (pkg.name === '@presslens/core') {
  const forbidden = [/\bfrom\s*["']node:/, /\brequire\(["'](?:node:)?(?:fs|path|os|crypto|child_process|worker_threads|stream|util)["']\)/, /\bprocess\.(?:env|cwd|argv|exit)\b/, /\bBuffer\.from\b/, /\bdocument\./, /\bwindow\./];
  for (const file of readdirSync(join(dir, 'dist')).filter((f) => /\.(c?js)$/.test(f))) {
    const code = readFileSync(join(dir, 'dist', file), 'utf8');
    for (const re of forbidden) if (re.test(code)) problems.push(`core's ${file} uses ${re} — core must stay isomorphic`);
  }
  const schema = JSON.parse(readFileSync(join(dir, 'dist/schema.json'), 'utf8'));
  if (schema.title !== esm.analysisSchema.title) problems.push('dist/schema.json is stale: rebuild core');
}

if (problems.length > 0) {
  console.error(`${pkg.name}: ${problems.length} packaging problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`${pkg.name}: package OK (publint, arethetypeswrong, ESM/CJS exports${pkg.name === '@presslens/core' ? ', isomorphic bundle' : ''})`);
