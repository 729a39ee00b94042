import type { NerSpan } from '../../src/model/ner/labels.js';
import type { ConllDoc, ConllSentence } from './conll.js';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Split hyphenated tokens the way our tokenizer does ("Anglo-Dutch" → "Anglo", "-", "Dutch"), keeping spans. */
export function splitHyphens(s: ConllSentence): ConllSentence {
  if (!s.words.some((w) => w.length > 1 && w.includes('-') && /[^-]/.test(w))) return s;
  const words: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  for (const w of s.words) {
    first.push(words.length);
    if (w.length > 1 && w.includes('-') && /[^-]/.test(w)) {
      for (const part of w.split(/(-+)/)) if (part !== '') words.push(part);
    } else words.push(w);
    last.push(words.length - 1);
  }
  const spans: NerSpan[] = s.spans.map((sp) => ({ start: first[sp.start]!, end: last[sp.end - 1]! + 1, type: sp.type }));
  return { words, spans };
}

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as']);

export function upperCase(s: ConllSentence): ConllSentence {
  return { words: s.words.map((w) => w.toUpperCase()), spans: s.spans };
}
export function lowerCase(s: ConllSentence): ConllSentence {
  return { words: s.words.map((w) => w.toLowerCase()), spans: s.spans };
}
export function titleCase(s: ConllSentence): ConllSentence {
  return {
    words: s.words.map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.length > 0 ? w[0]!.toUpperCase() + w.slice(1) : w)),
    spans: s.spans,
  };
}
/** Typographic quotes and apostrophes, as in real articles. */
export function curly(s: ConllSentence): ConllSentence {
  let open = true;
  return {
    words: s.words.map((w) => {
      if (w === '"') {
        const q = open ? '\u201c' : '\u201d';
        open = !open;
        return q;
      }
      return w.replace(/'/g, '\u2019');
    }),
    spans: s.spans,
  };
}

/**
 * The training documents: every original document (hyphens split, as our tokenizer would,
 * in a share `splitShare[0]` of them), plus a share of copies where sentences are turned into
 * headlines (ALL CAPS, Title Case), lower case, or get typographic quotes (hyphens split in a
 * share `splitShare[1]` of those sentences).
 */
export function augment(docs: readonly ConllDoc[], share: number, seed = 7, splitShare: readonly [number, number] = [0.5, 0.7]): ConllDoc[] {
  const rand = rng(seed);
  const out: ConllDoc[] = [];
  for (const d of docs) {
    const split = rand() < splitShare[0];
    out.push({ sentences: d.sentences.map((s) => (split ? splitHyphens(s) : s)) });
    if (rand() >= share) continue;
    out.push({
      sentences: d.sentences.map((s0) => {
        let s = rand() < splitShare[1] ? splitHyphens(s0) : s0;
        const r = rand();
        if (r < 0.3) s = upperCase(s);
        else if (r < 0.55) s = titleCase(s);
        else if (r < 0.62) s = lowerCase(s);
        if (rand() < 0.3) s = curly(s);
        return s;
      }),
    });
  }
  return out;
}
