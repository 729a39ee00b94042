// Types of scripts/browser.mjs, written without Node's types so browser-side packages can use them.
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH: string;
export function hasChromium(): boolean;
export const SKIP_REASON: string;
export function tempDir(prefix?: string): string;
export function removeDir(dir: string | URL): void;

export interface Chromium {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
export function launchChromium(options?: { viewport?: { width: number; height: number } }): Promise<Chromium>;

export interface StaticServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}
export function serveStatic(root: string | URL): Promise<StaticServer>;

export function viteBuild(root: string | URL, outDir: string | URL, options?: { fromSource?: boolean; configFile?: false; base?: string; build?: Record<string, unknown> }): Promise<string>;
export function readText(path: string | URL): string;
export function writeText(path: string | URL, text: string): string;
