/**
 * The loaded-language lexicon: emotive words, name-calling, exaggeration and intensifiers,
 * written by hand as lemmas with a word class; the inflected forms (slams, slammed,
 * slamming; brutally, brutality) are generated once, at module load. One table, so a later
 * version can be learnt from data and dropped in.
 */
import type { LoadedReason } from '../../types/analysis.js';

/** Word class of a lemma, which decides the forms generated from it. */
type WordClass = 'verb' | 'noun' | 'adj' | 'fixed' | 'phrase';

interface LexiconEntry {
  words: string;
  cls: WordClass;
  reason: LoadedReason;
}

/**
 * The lexicon. `fixed` words are matched as written; `phrase` entries are `|`-separated
 * phrases of space-separated words (a hyphenated word is a phrase of its parts).
 */
export const LOADED_LEXICON: readonly LexiconEntry[] = [
  { cls: 'verb', reason: 'emotive', words: 'shock stun slam blast devastate outrage horrify terrify savage rage plague cripple wreck ravage humiliate betray sabotage torpedo' },
  { cls: 'noun', reason: 'emotive', words: 'outrage disaster catastrophe nightmare chaos carnage bloodbath fiasco debacle betrayal humiliation fury turmoil havoc scandal tragedy' },
  { cls: 'adj', reason: 'emotive', words: 'brutal relentless abrupt unpredictable catastrophic disastrous horrific horrendous atrocious shameful disgraceful disgusting appalling terrifying horrifying vicious evil savage cruel heinous chaotic tragic alarming furious fierce scathing reckless bizarre absurd ridiculous insane outrageous heartbreaking harrowing grim dire' },
  { cls: 'fixed', reason: 'emotive', words: 'shocking shocked stunning stunned devastating devastated shockingly' },
  { cls: 'noun', reason: 'name-calling', words: 'thug regime tyrant dictator despot puppet crook traitor warmonger lunatic zealot extremist demagogue strongman henchman cronies' },
  { cls: 'fixed', reason: 'name-calling', words: 'thuggish dictatorial tyrannical so-called' },
  { cls: 'phrase', reason: 'name-calling', words: 'witch hunt|witch hunts' },
  { cls: 'phrase', reason: 'emotive', words: 'lash out|lashes out|lashed out|lashing out' },
  { cls: 'adj', reason: 'exaggeration', words: 'historic pivotal unprecedented massive monumental colossal staggering explosive dramatic sweeping crucial' },
  { cls: 'noun', reason: 'exaggeration', words: 'bombshell' },
  { cls: 'verb', reason: 'exaggeration', words: 'skyrocket plummet soar' },
  { cls: 'fixed', reason: 'exaggeration', words: 'ever never-before-seen once-in-a-generation' },
  {
    cls: 'fixed',
    reason: 'intensifier',
    words: 'significantly exactly strongly extremely incredibly absolutely totally utterly hugely vastly remarkably deeply truly especially enormously tremendously desperately fiercely overwhelmingly',
  },
];

/** Forms of a lemma of the given class. */
function inflect(lemma: string, cls: WordClass): string[] {
  switch (cls) {
    case 'fixed':
      return [lemma];
    case 'noun':
      return [lemma, plural(lemma)];
    case 'adj':
      return [lemma, adverb(lemma), ...(lemma.endsWith('al') ? [`${lemma}ity`] : [])];
    case 'phrase':
      return [lemma];
    case 'verb': {
      const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : doubled(lemma) ? lemma + lemma.at(-1) : lemma;
      return [lemma, plural(lemma), `${stem}ed`, `${stem}ing`, `${stem}ingly`];
    }
  }
}

function plural(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function adverb(w: string): string {
  if (w.endsWith('ic')) return `${w}ally`;
  if (w.endsWith('le')) return `${w.slice(0, -1)}y`;
  if (w.endsWith('y')) return `${w.slice(0, -1)}ily`;
  return `${w}ly`;
}

/** One-syllable consonant-vowel-consonant verbs double their last letter: slam → slammed. */
function doubled(w: string): boolean {
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(w);
}

export interface LoadedTables {
  /** Single-token forms → reason. */
  words: ReadonlyMap<string, LoadedReason>;
  /** Multi-token entries (lowercased tokens; a hyphen is its own token). */
  phrases: readonly { tokens: readonly string[]; reason: LoadedReason }[];
}

/** Compile the lexicon into lookup tables (once, at module load). */
export function compileLoaded(lexicon: readonly LexiconEntry[] = LOADED_LEXICON): LoadedTables {
  const words = new Map<string, LoadedReason>();
  const phrases: { tokens: string[]; reason: LoadedReason }[] = [];
  for (const entry of lexicon) {
    if (entry.cls === 'phrase') {
      for (const phrase of entry.words.split('|')) phrases.push({ tokens: phrase.split(' '), reason: entry.reason });
      continue;
    }
    for (const lemma of entry.words.split(/\s+/)) {
      if (lemma.includes('-')) {
        phrases.push({ tokens: lemma.split(/(-)/), reason: entry.reason });
        continue;
      }
      for (const form of inflect(lemma, entry.cls)) if (!words.has(form)) words.set(form, entry.reason);
    }
  }
  return { words, phrases };
}

export const LOADED: LoadedTables = compileLoaded();

/** The phrases of `LOADED` by their first token, in lexicon order. */
const PHRASES_BY_FIRST = (() => {
  const out = new Map<string, LoadedTables['phrases'][number][]>();
  for (const p of LOADED.phrases) {
    const list = out.get(p.tokens[0]!);
    if (list) list.push(p);
    else out.set(p.tokens[0]!, [p]);
  }
  return out;
})();

/** The loaded word or phrase starting at token `i` (lowercased tokens), or null. "ever" counts only after a superlative. */
export function loadedAt(lower: readonly string[], i: number, end: number): { length: number; reason: LoadedReason } | null {
  for (const p of PHRASES_BY_FIRST.get(lower[i]!) ?? []) {
    if (i + p.tokens.length > end) continue;
    let ok = true;
    for (let k = 0; k < p.tokens.length && ok; k++) if (lower[i + k] !== p.tokens[k]) ok = false;
    if (ok) return { length: p.tokens.length, reason: p.reason };
  }
  const w = lower[i]!;
  const reason = LOADED.words.get(w);
  if (!reason) return null;
  // "ever" is an exaggeration only in "the worst ever", "biggest ever"
  if (w === 'ever' && !(i > 0 && (lower[i - 1]!.endsWith('est') || lower[i - 1] === 'worst' || lower[i - 1] === 'best'))) return null;
  return { length: 1, reason };
}
