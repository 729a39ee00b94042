/**
 * Hand-written aliases of places and organisations: every key (lower-cased, without
 * periods) maps to one canonical group. Compact on purpose: it covers the forms a
 * name-matching rule cannot guess ("America" = "U.S."); acronyms of multi-word names
 * ("EU" = "European Union") are matched by rule, not listed.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['united states', 'united states of america', 'us', 'usa', 'america', 'the states', 'us of a'],
  ['united kingdom', 'uk', 'britain', 'great britain', 'united kingdom of great britain and northern ireland'],
  // seats of power stand for the office, not the person in it: the Kremlin is the Russian
  // presidency (an ORG entity of its own, never merged into Putin); likewise the White House
  ['kremlin', 'russian presidency', 'russian presidential administration', 'presidential administration of russia'],
  ['white house', 'us presidency', 'us administration'],
  ['downing street', 'number 10', 'no 10'],
  ['soviet union', 'ussr', 'union of soviet socialist republics'],
  ['united nations', 'un'],
  ['european union', 'eu'],
  ['north atlantic treaty organization', 'north atlantic treaty organisation', 'nato'],
  ['russia', 'russian federation'],
  ['china', "people's republic of china", 'prc'],
  ['south korea', 'republic of korea'],
  ['north korea', 'dprk'],
  ['united arab emirates', 'uae'],
  ['democratic republic of congo', 'democratic republic of the congo', 'drc'],
  ['turkey', 'türkiye', 'turkiye'],
  ['netherlands', 'holland'],
  ['world health organization', 'world health organisation'],
  ['conservative party', 'tories', 'tory party'],
  ['labour party', 'labour'],
  ['republican party', 'gop'],
];

const ALIAS = new Map<string, string>();
for (const group of GROUPS) for (const key of group) ALIAS.set(key, group[0]!);

const POSSESSIVE_END = /['’]s?$/u;
const PERIODS = /\./g;
const SPACES = /\s+/g;
const CURLY_APOSTROPHE = /’/g;
const LEADING_THE_ANY_CASE = /^[Tt]he\s+/;

/** Lower-case, drop periods and a possessive ending, squeeze spaces: "U.S.’s" → "us". */
export function nameKey(surface: string): string {
  // the usual name ("Vladimir Putin"): no period, apostrophe, or whitespace other than single
  // inner spaces, so lower-casing is all there is to do; anything else takes the general path
  const n = surface.length;
  let plain = n > 0 && surface.charCodeAt(0) !== 32 && surface.charCodeAt(n - 1) !== 32;
  for (let i = 0; plain && i < n; i++) {
    const c = surface.charCodeAt(i);
    if (c === 32) plain = surface.charCodeAt(i - 1) !== 32;
    else if (c === 46 || c === 39 || c === 0x2019 || (c >= 9 && c <= 13) || c >= 0x80) plain = false;
  }
  if (plain) return surface.toLowerCase();
  return surface.replace(POSSESSIVE_END, '').replace(PERIODS, '').replace(SPACES, ' ').trim().toLowerCase().replace(CURLY_APOSTROPHE, "'");
}

/** The canonical alias group of a name key, or null. "the States" and "US" both give "united states". */
export function aliasGroup(key: string): string | null {
  return ALIAS.get(key) ?? (key.startsWith('the ') ? ALIAS.get(key.slice(4)) : undefined) ?? null;
}

/** "the Kremlin" → "Kremlin" (the article is not part of the name). */
export function stripArticle(surface: string): string {
  const c0 = surface.charCodeAt(0);
  if (c0 !== 84 && c0 !== 116) return surface; // no T or t: no article, no regex
  const m = LEADING_THE_ANY_CASE.exec(surface);
  return m && m[0].length < surface.length ? surface.slice(m[0].length) : surface;
}

/** "Putin’s" → "Putin". */
export function stripPossessive(surface: string): string {
  // the usual name does not end in "s": nothing to take off
  return surface.charCodeAt(surface.length - 1) === 115 ? surface.replace(POSSESSIVE_END_STRICT, '') : surface;
}
const POSSESSIVE_END_STRICT = /['’]s$/u;

const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', '&', 'de', 'in', 'on']);

/** Initials of the words of a multi-word name: "European Union" → "eu", "Federal Bureau of Investigation" → "fbi". */
export function initialsOf(surface: string): string {
  const words = surface.split(SPACES).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  return words.length >= 2 ? words.map((w) => w[0]!).join('').toLowerCase() : '';
}
