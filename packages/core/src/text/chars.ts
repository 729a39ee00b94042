const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;

export function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Answers for code units past ASCII, worked out once each (0: not yet, 1: yes, 2: no), so text in
 * other scripts does not run a Unicode regex per character. 64 KiB each, filled as met.
 */
const LETTER_KNOWN = new Uint8Array(0x10000);
const UPPER_KNOWN = new Uint8Array(0x10000);

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: treated as symbols
  const known = LETTER_KNOWN[c]; // undefined for anything but a code unit: worked out, not kept
  if (known === 1) return true;
  if (known === 2) return false;
  const yes = LETTER.test(String.fromCharCode(c));
  if (known === 0) LETTER_KNOWN[c] = yes ? 1 : 2;
  return yes;
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 0xc0) return false;
  const known = UPPER_KNOWN[c];
  if (known === 1) return true;
  if (known === 2) return false;
  const yes = LETTER.test(String.fromCharCode(c)) && UPPER.test(String.fromCharCode(c));
  if (known === 0) UPPER_KNOWN[c] = yes ? 1 : 2;
  return yes;
}

/** Straight and typographic quote marks, including guillemets. */
export function isQuoteChar(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Hyphens and dashes: - ‐ ‑ ‒ – — ―. */
export function isDash(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015);
}

export function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Currency and other symbols that stand alone as tokens. */
export function isSymbolChar(c: number): boolean {
  return c === 36 || c === 37 || c === 0xa3 || c === 0x20ac || c === 0xa5 || c === 38 || c === 64 || c === 35 || c === 43 || c === 0xb0;
}
