// Real-browser test helpers: Debian's Chromium driven by playwright-core (no browser download),
// a static file server on a free loopback port, and a Vite build into a temporary folder.
// Used by the browser tests of @presslens/web and of examples/web-playground.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Debian's `chromium` package puts the browser (`apt-get install chromium`). */
export const CHROMIUM_PATH = process.env.PRESSLENS_CHROMIUM ?? '/usr/bin/chromium';

/** True when the browser is installed; browser tests run only then (`describe.runIf(hasChromium())`). */
export function hasChromium() {
  return existsSync(CHROMIUM_PATH);
}

/** Why browser tests were skipped, for their describe title. */
export const SKIP_REASON = `skipped: ${CHROMIUM_PATH} is missing (install Debian's chromium: apt-get install chromium)`;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

const toPath = (p) => (p instanceof URL ? fileURLToPath(p) : p);

/** A fresh temporary folder; remove it with `rmSync(dir, { recursive: true, force: true })` or `removeDir`. */
export function tempDir(prefix = 'presslens-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir) {
  rmSync(toPath(dir), { recursive: true, force: true });
}

/**
 * Start headless Chromium with a fresh profile. Returns the browser context and `close()`,
 * which closes the browser and deletes the profile.
 */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  const profile = tempDir('presslens-chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  // Playwright's default of 30 s per action is too tight when `npm test` runs every package's
  // tests at once on a two-core machine; a test's own timeout still bounds it.
  context.setDefaultTimeout(120_000);
  return {
    context,
    async newPage() {
      return context.newPage();
    },
    async close() {
      await context.close().catch(() => undefined);
      removeDir(profile);
    },
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serve the files under `root` on 127.0.0.1 and a free port (`/` is `index.html`). Returns
 * `{ url, requests, close() }`; `requests` lists every path asked for, so a test can check what
 * a page fetched.
 */
export async function serveStatic(root) {
  const base = resolve(toPath(root));
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

/**
 * Build the Vite app in `root` into `outDir`, quietly; its `vite.config.*` applies unless
 * `configFile: false` (`base: './'` makes the build work from any folder). With `fromSource: true` the presslens packages resolve to their sources
 * (the `@presslens/source` export condition), so no package build is needed. Returns `outDir`.
 */
export async function viteBuild(root, outDir, { fromSource = false, configFile, base, build: buildOptions = {} } = {}) {
  const vite = await import('vite');
  const conditions = [...vite.defaultClientConditions, '@presslens/source'];
  await vite.build({
    root: toPath(root),
    logLevel: 'warn',
    ...(configFile === false ? { configFile: false } : {}),
    ...(base === undefined ? {} : { base }),
    ...(fromSource ? { resolve: { conditions } } : {}),
    build: { outDir: toPath(outDir), emptyOutDir: true, ...buildOptions },
  });
  return toPath(outDir);
}

/** A file's text (for a test that must paste it into a page). */
export function readText(path) {
  return readFileSync(toPath(path), 'utf8');
}

/** Write a file (and its folder), for a test that must hand a page to the browser as a file. */
export function writeText(path, text) {
  const file = toPath(path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
