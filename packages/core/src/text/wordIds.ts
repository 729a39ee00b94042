/**
 * Integer word ids: each distinct token text (as written) gets a small integer, shared by all
 * articles (a vocabulary), so per-word facts are looked up once per *word* and kept in typed
 * arrays indexed by id, and each article's tokens need one id look-up each. The look-up hashes
 * the token's characters straight from the article text (no token string needed) into an open
 * addressing table of (hash, id) pairs, and compares the characters with the word's copy in one
 * flat array: fewer memory reads than a `Map` of strings, which is what dominates per-token
 * tables over a whole corpus.
 *
 * Bounded: when the vocabulary would pass `WORD_LIMIT` words or `CHAR_LIMIT` code units it is
 * emptied before the next article and `wordVocabularyGeneration()` changes; whoever keeps data by
 * id checks it (see `claims/wordInfo.ts`). Ids of one article always come from one generation.
 */
import type { TokenTable } from '../types/layers.js';

/** Words kept before the vocabulary is emptied. */
const WORD_LIMIT = 1 << 16;
/** Code units of word text kept before the vocabulary is emptied. */
const CHAR_LIMIT = 1 << 21;

/** (hash, id + 1) pairs; 0 in the id half: empty. Capacity: a power of two, at least twice the words. */
let slots = new Int32Array(2 * 4096);
let mask = 4096 - 1;
/** Per id: the hash, the start of its text in `chars`, its length. */
let wordHash = new Int32Array(1024);
let wordStart = new Int32Array(1024);
let wordLength = new Int32Array(1024);
let chars = new Uint16Array(1 << 14);
let charCount = 0;
let size = 0;
let generation = 0;

/** Changes whenever the vocabulary is emptied (ids then mean other words). */
export function wordVocabularyGeneration(): number {
  return generation;
}

/** Words in the vocabulary now (ids are `0 … size - 1`). */
export function wordVocabularySize(): number {
  return size;
}

function clear(): void {
  slots = new Int32Array(2 * 4096);
  mask = 4096 - 1;
  charCount = 0;
  size = 0;
  generation++;
}

function growSlots(): void {
  const capacity = (mask + 1) * 2;
  const next = new Int32Array(2 * capacity);
  const m = capacity - 1;
  for (let id = 0; id < size; id++) {
    let p = wordHash[id]! & m;
    while (next[2 * p + 1] !== 0) p = (p + 1) & m;
    next[2 * p] = wordHash[id]!;
    next[2 * p + 1] = id + 1;
  }
  slots = next;
  mask = m;
}

function add(text: string, s: number, n: number, h: number, p: number): number {
  const id = size;
  if (id === wordHash.length) {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    wordHash = grow(wordHash);
    wordStart = grow(wordStart);
    wordLength = grow(wordLength);
  }
  if (charCount + n > chars.length) {
    let c = chars.length * 2;
    while (charCount + n > c) c *= 2;
    const b = new Uint16Array(c);
    b.set(chars.subarray(0, charCount));
    chars = b;
  }
  for (let k = 0; k < n; k++) chars[charCount + k] = text.charCodeAt(s + k);
  wordHash[id] = h;
  wordStart[id] = charCount;
  wordLength[id] = n;
  charCount += n;
  size++;
  slots[2 * p] = h;
  slots[2 * p + 1] = id + 1;
  if (size * 2 > mask + 1) growSlots();
  return id;
}

/** The id of `text.slice(s, e)`, added when new. */
function idOf(text: string, s: number, e: number): number {
  const n = e - s;
  // FNV-1a over the code units
  let h = 0x811c9dc5 | 0;
  for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  let p = h & mask;
  for (;;) {
    const id1 = slots[2 * p + 1]!;
    if (id1 === 0) return add(text, s, n, h, p);
    if (slots[2 * p] === h) {
      const id = id1 - 1;
      if (wordLength[id] === n) {
        const at = wordStart[id]!;
        let k = 0;
        while (k < n && chars[at + k] === text.charCodeAt(s + k)) k++;
        if (k === n) return id;
      }
    }
    p = (p + 1) & mask;
  }
}

/**
 * The word id of each string (tokens already sliced: the same ids as `wordIdsOf` gives their
 * tokens; not cached). For callers without the article text at hand.
 */
export function wordIdsOfTexts(words: readonly string[]): Int32Array {
  let length = 0;
  for (let i = 0; i < words.length; i++) length += words[i]!.length;
  if (size + words.length > WORD_LIMIT || (charCount + length > CHAR_LIMIT && charCount > 0)) clear();
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = idOf(words[i]!, 0, words[i]!.length);
  return ids;
}

interface Cached {
  text: string;
  count: number;
  generation: number;
  ids: Int32Array;
}

const CACHE = new WeakMap<TokenTable, Cached>();

/**
 * The word id of every token of a table (its text as written), made once per token table and
 * vocabulary generation (read-only: shared). Ids index per-word data; check
 * `wordVocabularyGeneration()` before reusing such data from an earlier article.
 */
export function wordIdsOf(text: string, tokens: TokenTable): Int32Array {
  const hit = CACHE.get(tokens);
  if (hit !== undefined && hit.text === text && hit.count === tokens.count && hit.generation === generation) return hit.ids;
  const count = tokens.count;
  const { start, end } = tokens;
  let length = 0;
  for (let i = 0; i < count; i++) length += end[i]! - start[i]!;
  // room for the whole article first: its ids all come from one generation
  if (size + count > WORD_LIMIT || (charCount + length > CHAR_LIMIT && charCount > 0)) clear();
  const ids = new Int32Array(count);
  for (let i = 0; i < count; i++) ids[i] = idOf(text, start[i]!, end[i]!);
  CACHE.set(tokens, { text, count, generation, ids });
  return ids;
}
