import type { TokenTable } from '../../types/layers.js';

/** The token table with each token's text, as written and lowercased (straight apostrophes made typographic). */
export interface Words {
  readonly tokens: TokenTable;
  readonly raw: readonly string[];
  readonly lower: readonly string[];
}

const APOSTROPHE = /'/g;

/** One pass over the token table: the text of every token. */
export function toWords(text: string, tokens: TokenTable): Words {
  const raw = new Array<string>(tokens.count);
  const lower = new Array<string>(tokens.count);
  for (let i = 0; i < tokens.count; i++) {
    const t = text.slice(tokens.start[i], tokens.end[i]);
    raw[i] = t;
    lower[i] = t.toLowerCase().replace(APOSTROPHE, '’');
  }
  return { tokens, raw, lower };
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
