// Size budget of @presslens/core in a browser: the built ESM entry (packages/core/dist/index.js)
// plus every chunk it imports statically, gzipped, must stay within 60 KB. Chunks reached only
// through a dynamic import() (the lazily loaded model files) are listed but not counted: a page
// pays for them only when it runs the model. Builds nothing: run `npm run build` first.
//
//   node scripts/check-size.mjs [entry] [--limit-kb 60]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit-kb');
const limitKb = limitAt >= 0 ? Number(args[limitAt + 1]) : 60;
const entry = resolve(root, args.find((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1)) ?? 'packages/core/dist/index.js');

if (!Number.isFinite(limitKb) || limitKb <= 0) {
  console.error('check-size: --limit-kb takes a positive number of kilobytes');
  process.exit(2);
}
if (!existsSync(entry)) {
  console.error(`check-size: ${relative(root, entry)} is missing — build core first (npm run build)`);
  process.exit(1);
}

// `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"` (esbuild/tsup output); and `import("./x.js")`
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The entry and its static imports (depth first), and the chunks only loaded dynamically. */
function graph(start) {
  const eager = [];
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    eager.push({ file, code });
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), spec));
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) lazy.add(resolve(dirname(file), spec));
  };
  visit(start);
  return { eager, lazy: [...lazy].filter((f) => !seen.has(f) && existsSync(f)) };
}

/** Gzipped size after esbuild's minifier (the bundler tsup uses), or null when esbuild is not installed. */
async function minifiedSize(codes) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const minified = await Promise.all(codes.map((code) => esbuild.transform(code, { minify: true, format: 'esm', target: 'es2022' })));
  return gz(Buffer.from(minified.map((m) => m.code).join('\n')));
}

const { eager, lazy } = graph(entry);
const total = gz(Buffer.from(eager.map((f) => f.code).join('\n')));
const limit = limitKb * 1024;

console.log(`core ESM bundle, without lazily loaded chunks: ${kb(total)} gzipped (limit ${limitKb} KB)`);
const minified = await minifiedSize(eager.map((f) => f.code));
if (minified !== null) console.log(`  for reference, minified as an app bundler would ship it: ${kb(minified)} gzipped (not the gate)`);
for (const { file, code } of eager) console.log(`  counted   ${relative(root, file)}: ${kb(Buffer.byteLength(code))} raw, ${kb(gz(Buffer.from(code)))} gzipped`);
for (const file of lazy) console.log(`  lazy      ${relative(root, file)}: ${kb(gz(readFileSync(file)))} gzipped (loaded on demand, not counted)`);

if (total > limit) {
  console.error(`check-size: over budget by ${kb(total - limit)} — move large data behind a dynamic import() or trim the bundle`);
  process.exit(1);
}
