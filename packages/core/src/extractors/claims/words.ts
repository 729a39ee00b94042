import type { TokenTable } from '../../types/layers.js';

/** The token table with each token's text, as written and lowercased (straight apostrophes made typographic). */
export interface Words {
  readonly tokens: TokenTable;
  readonly raw: readonly string[];
  readonly lower: readonly string[];
}

/** The text of every token of a table, as written and plainly lowercased (`toLowerCase`). */
export interface TokenTexts {
  readonly raw: readonly string[];
  readonly lower: readonly string[];
}

const APOSTROPHE = /'/g;

interface Cached {
  text: string;
  count: number;
  texts: TokenTexts;
  words: Words | null;
}

/**
 * Token texts by token table: the extractors that read the same article's tokens (claims,
 * signals, entities, attributions) slice and lowercase them once. Weak: an article's entry
 * goes with its token table.
 */
const CACHE = new WeakMap<TokenTable, Cached>();

function cached(text: string, tokens: TokenTable): Cached {
  const hit = CACHE.get(tokens);
  if (hit !== undefined && hit.text === text && hit.count === tokens.count) return hit;
  const raw = new Array<string>(tokens.count);
  const lower = new Array<string>(tokens.count);
  for (let i = 0; i < tokens.count; i++) {
    const t = text.slice(tokens.start[i], tokens.end[i]);
    raw[i] = t;
    lower[i] = t.toLowerCase();
  }
  const entry: Cached = { text, count: tokens.count, texts: { raw, lower }, words: null };
  CACHE.set(tokens, entry);
  return entry;
}

/** The text of every token, as written and lowercased; computed once per token table (read-only: shared). */
export function tokenTexts(text: string, tokens: TokenTable): TokenTexts {
  return cached(text, tokens).texts;
}

/** One pass over the token table: the text of every token (once per token table; read-only: shared). */
export function toWords(text: string, tokens: TokenTable): Words {
  const entry = cached(text, tokens);
  if (entry.words !== null) return entry.words;
  const { raw, lower: plain } = entry.texts;
  const lower = new Array<string>(plain.length);
  for (let i = 0; i < plain.length; i++) {
    const l = plain[i]!;
    lower[i] = l.includes("'") ? l.replace(APOSTROPHE, '’') : l;
  }
  entry.words = { tokens, raw, lower };
  return entry.words;
}

/** Whether a token starts with an upper-case letter. */
export function isCapitalized(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = token.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a token starts with a letter or digit. */
export function isWordToken(token: string): boolean {
  const c = token.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 0xc0 && token.toLowerCase() !== token.toUpperCase();
}
