export interface FrontMatter {
  /** Keys in lower case, values with surrounding quotes removed. */
  data: Record<string, string>;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;
const ESCAPED_QUOTE = /\\"/g;
const ESCAPED_BACKSLASH = /\\\\/g;
const DOUBLED_APOSTROPHE = /''/g;
const TRAILING_CR = /\r$/;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    const inner = v.slice(1, -1);
    return v.startsWith('"') ? inner.replace(ESCAPED_QUOTE, '"').replace(ESCAPED_BACKSLASH, '\\') : inner.replace(DOUBLED_APOSTROPHE, "'");
  }
  // a trailing YAML comment
  const hash = v.indexOf(' #');
  return hash >= 0 ? v.slice(0, hash).trimEnd() : v;
}

/**
 * Split YAML-style front matter (`---` … `---` at the very start) from a Markdown text. Only
 * flat `key: value` lines are read (what article metadata needs); nested YAML is skipped.
 * Without a closing `---` the text has no front matter.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, body: text };
  const data: Record<string, string> = {};
  let offset = opening[0].length;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(offset, lineEnd).replace(TRAILING_CR, '');
    if (CLOSING.test(line)) return { data, body: nl < 0 ? '' : text.slice(nl + 1) };
    const m = KEY_VALUE.exec(line);
    if (m && m[2] !== undefined && m[2].trim() !== '') data[m[1]!.toLowerCase()] = unquote(m[2]);
    if (nl < 0) break;
    offset = nl + 1;
  }
  return { data: {}, body: text };
}
