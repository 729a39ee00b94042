import type { ExtractorContext } from '../../pipeline/extractor.js';
import { NAME_TYPES, type Entity, type Mention, type NameType } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import type { Span } from '../../types/span.js';
import { cueOf } from '../attributions/cues.js';
import { findQuotes } from '../attributions/quotes.js';
import { GROUP_NOUNS } from '../attributions/sources.js';
import { ageEndingAt } from '../attributions/phrases.js';
import { KNOWN_NAMES, LEGAL_SUFFIX_WORDS, ORG_CUE_WORDS } from '../mentions/gazetteer.js';
import { distance as levenshtein } from 'fastest-levenshtein';
import { FAMILY_NAMES_FIRST } from './familyNames.js';
import { wordIdsOf } from '../../text/wordIds.js';
import { WordIdBytes } from '../../text/wordIdBytes.js';
import { aliasGroup, initialsOf, nameKey, stripArticle, stripPossessive } from './aliases.js';
import { GENDERED_WORDS, HONORIFICS, PRONOUNS, genderOfGivenName, givenNameGender, type Gender, type PronounInfo } from './pronouns.js';
import { LEADER_HEADS, NOMINAL_HEADS, TITLE_HEADS, TITLE_MODIFIERS, appositiveAfter, appositiveBefore, premodifierTitle } from './titles.js';
import { RELATIVE_GROUP, antecedentOfRelative, createTokenView, isPossessive, mainClauseStart, type TokenView } from './tokenView.js';

/** One entity being built: its name mentions, and the title, pronoun and nominal mentions added to it. */
interface Cluster {
  type: NameType;
  names: Mention[];
  added: Mention[];
  titles: Span[];
  gender: Gender | undefined;
  /** Surface forms without article, possessive or honorific, in order of appearance. */
  forms: string[];
  /** Name tokens of the longest form (for surname / given-name matching). */
  words: string[];
  /** `surface` of each name mention, in the order of `names`. */
  surfaces: string[];
}

type Ctx = ExtractorContext<'segments' | 'tokens' | 'mentions', 'entities'>;

const NAME_TYPE_SET: ReadonlySet<string> = new Set(NAME_TYPES);
const TYPE_RANK: Record<NameType, number> = { PERSON: 6, ORG: 5, LOC: 4, NORP: 3, EVENT: 2, MISC: 1 };
const SPACES = /\s+/;
const ALL_CAPS = /^[A-Z]{2,6}$/;
const PUNCT = /[.’']/g;
const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later',
  'recently', 'again', 'also', 'on', 'last', 'week', 'this', 'morning', 'evening', 'afternoon',
]);

/** The parts of a name mention that identify it: its form, key words, honorific gender, leading title tokens. */
interface NameParts {
  form: string;
  /** The mention's text without article or possessive (the form before honorifics are taken off). */
  surface: string;
  words: string[];
  gender: Gender | undefined;
  /** Whether the form is all capitals, 2–6 letters (a possible acronym). */
  upper: boolean;
}

function nameParts(m: Mention): NameParts {
  const surface = stripArticle(stripPossessive(m.text.trim()));
  let form = surface;
  let words = form.split(SPACES).filter(Boolean);
  let gender: Gender | undefined;
  if (m.type === 'PERSON') {
    // honorifics and leading title words are not part of the name ("Ms Pryor", "President Hale")
    while (words.length > 1) {
      const w = words[0]!.toLowerCase();
      if (HONORIFICS.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w)) {
        gender ??= GENDERED_WORDS.get(w);
        words = words.slice(1);
      } else break;
    }
    form = words.join(' ');
    // (twentieth session, `GENERATION_SUFFIX`: "Samuel Ogden Ward III", "Richard Kelly Sr.": the surname is the word before the
    // generation, so that "Ward said" finds him; the form keeps it)
    if (GENERATION_SUFFIX) while (words.length > 2 && GENERATIONS.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))) words = words.slice(0, -1);
  }
  return { form, surface, words: words.map((w) => nameKey(w)), gender, upper: ALL_CAPS.test(form) };
}

/** The gender an honorific gives a name mention: inside it ("Mrs Lyle" as one mention) or right before it (`SPOUSE_GENDER`). */
function honorificGender(m: Mention, p: NameParts, text: string): Gender | undefined {
  if (p.gender) return p.gender;
  const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start));
  return before ? GENDERED_WORDS.get(before[1]!.toLowerCase()) : undefined;
}
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.? $/;

/** Union-find over group indices: the root of `i`, halving the path on the way. */
function findRoot(parent: Int32Array, i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

function unite(parent: Int32Array, a: number, b: number): void {
  const ra = findRoot(parent, a);
  const rb = findRoot(parent, b);
  if (ra !== rb) parent[rb] = ra;
}

function newCluster(type: NameType): Cluster {
  return { type, names: [], added: [], titles: [], gender: undefined, forms: [], words: [], surfaces: [] };
}

/**
 * Group name mentions into clusters: the same key or alias group, surnames and given names
 * joined to the full name of a person, acronyms joined to the multi-word name they abbreviate.
 */
function clusterNames(names: Mention[], text = ''): Cluster[] {
  const parts = new Map<Mention, NameParts>();
  const byKey = new Map<string, Mention[]>();
  // a name comes back many times in an article: its parts and key depend only on its text and type
  const known = new Map<string, Map<string, { p: NameParts; key: string }>>();
  for (const m of names) {
    let ofType = known.get(m.type);
    if (ofType === undefined) known.set(m.type, (ofType = new Map()));
    let hit = ofType.get(m.text);
    if (hit === undefined) {
      const p = nameParts(m);
      const nk = CORPORATE_SUFFIX_KEY && m.type === 'ORG' ? withoutCorporateSuffix(nameKey(p.form)) : nameKey(p.form);
      const base = aliasGroup(nk) ?? nk;
      // the mentions step settles each form's type in the article; the same form with another
      // type is another thing ("New York" the city in a dateline, "New York" the team)
      ofType.set(m.text, (hit = { p, key: base ? `${base}\u0000${m.type}` : '' }));
    }
    const { p, key } = hit;
    parts.set(m, p);
    if (!key) continue;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(m);
  }
  // one group per key; its type is the majority type of its mentions
  const groups: { key: string; mentions: Mention[]; type: NameType; words: string[]; upper: string }[] = [];
  for (const [key, mentions] of byKey) {
    // the key holds the type: every mention of the group has it
    const type = mentions[0]!.type as NameType;
    let words: string[] = [];
    let upper = '';
    for (const m of mentions) {
      const p = parts.get(m)!;
      if (p.words.length > words.length) words = p.words;
      if (p.upper) upper = p.form;
    }
    // twelfth session (`SPOUSE_GENDER`): "Mrs Lyle" beside "Mr Lyle" is another person of that surname (his wife): the
    // mentions a woman's honorific marks make a group of their own when a man's honorific marks others
    if (SPOUSE_GENDER && type === 'PERSON' && words.length === 1) {
      const female = mentions.filter((m) => honorificGender(m, parts.get(m)!, text) === 'female');
      if (female.length > 0 && female.length < mentions.length && mentions.some((m) => honorificGender(m, parts.get(m)!, text) === 'male')) {
        const hers = new Set(female);
        groups.push({ key: `${key}\u0000female`, mentions: female, type, words, upper });
        groups.push({ key, mentions: mentions.filter((m) => !hers.has(m)), type, words, upper });
        continue;
      }
    }
    groups.push({ key, mentions, type, words, upper });
  }

  // union-find over groups
  const parent = new Int32Array(groups.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const full: { g: (typeof groups)[number]; i: number }[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.type === 'PERSON' && g.words.length >= 2) full.push({ g, i });
  }
  // "Ann M. Keller" = "Ann Keller": same first and last word (each joins the first full name
  // with both, which is what joining every such pair does; one lookup each instead of all pairs)
  const byFirstLast = new Map<string, Map<string, number>>();
  const byLast = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const byLastPart = new Map<string, number[]>();
  const byMiddle = new Map<string, number[]>();
  for (const { g, i } of full) {
    const firstWord = g.words[0]!;
    const lastWord = g.words[g.words.length - 1]!;
    let lasts = byFirstLast.get(firstWord);
    if (!lasts) byFirstLast.set(firstWord, (lasts = new Map()));
    const earlier = lasts.get(lastWord);
    if (earlier === undefined) lasts.set(lastWord, i);
    else unite(parent, earlier, i);
    let l = byLast.get(lastWord);
    if (!l) byLast.set(lastWord, (l = []));
    l.push(i);
    let f = byFirst.get(firstWord);
    if (!f) byFirst.set(firstWord, (f = []));
    f.push(i);
    // (twenty-fourth session, `MIDDLE_SURNAME`: a Spanish or Portuguese father's surname stands for the name, "Nogales" for Javier
    // Nogales Iturri: the second word of a name of three words or more, when it is no given name itself)
    if (MIDDLE_SURNAME && g.words.length >= 3 && g.words[1]!.length > 2 && givenNameGender(g.words[1]!) === undefined) {
      const list = byMiddle.get(g.words[1]!);
      if (list) list.push(i);
      else byMiddle.set(g.words[1]!, [i]);
    }
    // a double-barrelled surname's first part stands for it ("Ashby" for Robert Ashby-Lowe)
    const hyphen = lastWord.indexOf('-');
    if (hyphen > 1) {
      const part = lastWord.slice(0, hyphen);
      let h = byLastPart.get(part);
      if (!h) byLastPart.set(part, (h = []));
      h.push(i);
    }
  }
  // twelfth session (`LAST_WORD_OF_NAME`): a person's name of two words or more that ends exactly one longer person's name is
  // that person ("Mr Lacey Grant" after "Charles Lacey Grant")
  if (LAST_WORD_OF_NAME) {
    const bySuffix = new Map<string, number[]>();
    for (const { g, i } of full) {
      for (let k = 1; k + 1 < g.words.length; k++) {
        const key = g.words.slice(k).join(' ');
        const list = bySuffix.get(key);
        if (list) list.push(i);
        else bySuffix.set(key, [i]);
      }
    }
    for (const { g, i } of full) {
      const list = bySuffix.get(g.words.join(' '));
      if (list !== undefined && new Set(list.map((j) => findRoot(parent, j))).size === 1) unite(parent, list[0]!, i);
    }
  }
  // round sixteen: one word the tagger read as a person in one place and as an organisation elsewhere ("Market leader Zentek"
  // beside "Zentek said it …") is one name; the mentions' votes give its type
  const bodies: number[] = [];
  /** Groups joined to a firm's name though the tagger read a person (`FIRM_DESCRIPTORS`, `FIRM_NAME_S`): the cluster is the firm. */
  const firms: number[] = [];
  if (SAME_WORD_BODY) {
    const orgByKey = new Map<string, number>();
    /** `FIRM_NAME_S`: firms whose name's first word ends in "'s", by that word without it ("mcdonald" for "McDonald's Corp."). */
    const nameSFirms = new Map<string, number>();
    groups.forEach((g, i) => {
      if (g.type !== 'ORG') return;
      const base = g.key.slice(0, g.key.lastIndexOf('\u0000'));
      orgByKey.set(base, i);
      if (FIRM_NAME_S && base.endsWith("'s") && !base.includes(' ')) nameSFirms.set(base.slice(0, -2), i);
    });
    groups.forEach((g, i) => {
      // (twelfth session, `SAME_NAME_THING`: a name read as a thing in one place and an organisation in another is one entity,
      // "Kolvik saw its shares rise … after it said" read as MISC beside "Kolvik's subsidiary brands", read as ORG)
      if (SAME_NAME_THING && g.type === 'MISC') {
        const org = orgByKey.get(g.key.slice(0, g.key.lastIndexOf('\u0000')));
        if (org !== undefined) unite(parent, org, i);
        return;
      }
      // (twenty-first session, `FIRM_NAME_S_PLACE`: or a place, "Halvor's said" beside "Halvor's Inc", when every mention has the "'s")
      if (FIRM_NAME_S_PLACE && FIRM_NAME_S && g.type === 'LOC' && g.words.length === 1) {
        const firm = nameSFirms.get(g.key.slice(0, g.key.lastIndexOf('\u0000')));
        if (firm !== undefined && g.mentions.every((m) => POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3)))) {
          unite(parent, firm, i);
          firms.push(i);
        }
        return;
      }
      if (g.type !== 'PERSON' || g.words.length !== 1 || g.mentions.some((m) => parts.get(m)!.gender)) return;
      const key = g.key.slice(0, g.key.lastIndexOf('\u0000'));
      const org = orgByKey.get(key);
      // (twentieth session, `FIRM_NAME_S`: "McDonald's said" beside "McDonald's Corp.": the firm, which the tagger read as a person)
      const firm = org === undefined && FIRM_NAME_S ? nameSFirms.get(key) : undefined;
      if (firm !== undefined) {
        unite(parent, firm, i);
        firms.push(i);
      }
      if (org === undefined) return;
      unite(parent, org, i);
      bodies.push(org);
    });
  }
  // acronyms: "EU" = "European Union"
  const initials = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g.type === 'PERSON' || g.words.length < 2) return;
    // the first of the longest forms (what a stable sort by length puts first)
    let longest = parts.get(g.mentions[0]!)!.form;
    for (const m of g.mentions) {
      const form = parts.get(m)!.form;
      if (form.length > longest.length) longest = form;
    }
    const ini = initialsOf(longest);
    if (ini) {
      const list = initials.get(ini);
      if (list) list.push(i);
      else initials.set(ini, [i]);
    }
    // (twentieth session, `SUFFIX_FREE_INITIALS`: "GM" for "General Motors Corp.": the initials without the legal suffix too)
    const bare = SUFFIX_FREE_INITIALS && g.type === 'ORG' ? initialsOf(longest.replace(CORPORATE_TAIL, '')) : '';
    if (bare && bare !== ini) {
      const list = initials.get(bare);
      if (list) list.push(i);
      else initials.set(bare, [i]);
    }
  });
  groups.forEach((g, i) => {
    if (!g.upper || g.type === 'PERSON') return;
    const targets = initials.get(g.upper.toLowerCase());
    if (targets && targets.length === 1) unite(parent, targets[0]!, i);
  });

  // round fourteen: "the Bank" is the Bank of England: a one-word organisation that opens exactly one "<Word> of …" organisation's name
  if (INSTITUTION_HEAD) {
    const ofHeads = new Map<string, number[]>();
    groups.forEach((g, i) => {
      if (g.type !== 'ORG' || g.words.length < 3 || g.words[1]!.toLowerCase() !== 'of') return;
      const head = g.words[0]!.toLowerCase();
      const list = ofHeads.get(head);
      if (list) list.push(i);
      else ofHeads.set(head, [i]);
    });
    groups.forEach((g, i) => {
      // (not an acronym already joined to the name it abbreviates: "GM" is General Motors, not "GM of Canada")
      if (g.type !== 'ORG' || g.words.length !== 1 || (SUFFIX_FREE_INITIALS && g.upper && findRoot(parent, i) !== i)) return;
      const targets = ofHeads.get(g.words[0]!.toLowerCase());
      if (targets && new Set(targets.map((j) => findRoot(parent, j))).size === 1) unite(parent, targets[0]!, i);
    });
  }

  // twentieth session (`COORDINATED_PAIR`): "the interests of [Budget and Ford]": two firms the tagger read as one name, when each
  // is also named alone; no one-word name joins such a pair by its first or last word
  const pairs = new Set<(typeof groups)[number]>();
  if (COORDINATED_PAIR) {
    const single = new Set<string>();
    for (const g of groups) if (g.words.length === 1 && (g.type === 'ORG' || g.type === 'PERSON')) single.add(g.words[0]!);
    for (const g of groups) if (g.type === 'ORG' && g.words.length === 3 && g.words[1] === 'and' && single.has(g.words[0]!) && single.has(g.words[2]!)) pairs.add(g);
  }
  // fifteenth session (`FIRST_WORD_OF_ORG`): "Orbit says …" after "Orbit Radio", "Nova said" after "Nova Systems": a one-word
  // organisation that opens organisations' names of two to four words is the first of them the article named, when that came first
  if (FIRST_WORD_OF_ORG) {
    const orgByFirst = new Map<string, number[]>();
    groups.forEach((g, i) => {
      if (g.type !== 'ORG' || g.words.length < 2 || g.words.length > 4 || pairs.has(g)) return;
      const list = orgByFirst.get(g.words[0]!);
      if (list) list.push(i);
      else orgByFirst.set(g.words[0]!, [i]);
    });
    // (twenty-fifth session, `FIRM_FIRST_WORD_PERSON`: a one-word "person" that opens a firm's suffixed name, "Delta said" after
    // "Delta Air Lines Inc.", when no person of the article ends in that word)
    const surnames = new Set<string>();
    if (FIRM_FIRST_WORD_PERSON) for (const g of groups) if (g.type === 'PERSON' && g.words.length > 1) surnames.add(g.words[g.words.length - 1]!);
    groups.forEach((g, i) => {
      const firmWord = FIRM_FIRST_WORD_PERSON && g.type === 'PERSON' && g.words.length === 1 && !surnames.has(g.words[0]!) && (orgByFirst.get(g.words[0]!) ?? []).some((j) => endsInLegalSuffix(groups[j]!.words.join(' ')));
      if ((g.type !== 'ORG' && !firmWord) || g.words.length !== 1) return;
      const w = g.words[0]!;
      const known = KNOWN_NAMES.get(w);
      if (known === 'LOC' || known === 'NORP') return;
      const list = orgByFirst.get(w);
      if (list === undefined) return;
      let first = list[0]!;
      for (const j of list) if (groups[j]!.mentions[0]!.start < groups[first]!.mentions[0]!.start) first = j;
      // (its first mention not in capitals, `CAPS_HEADLINE_FIRST`)
      const own = CAPS_HEADLINE_FIRST ? g.mentions.find((m) => !IN_CAPITALS.test(text.slice(m.start, m.end))) : g.mentions[0];
      if (own !== undefined && groups[first]!.mentions[0]!.start < own.start) unite(parent, first, i);
    });
  }
  // issue 4, twentieth session (`FIRM_BEFORE_AND`): "Halden Building said …" after "Halden Building & Supply Corp.": an
  // organisation's name of two or three words that opens exactly one longer one, named first, right before its "&" or "and"
  if (FIRM_BEFORE_AND) {
    const longer: { i: number; words: string[] }[] = [];
    groups.forEach((g, i) => {
      if (g.type === 'ORG' && g.words.length >= 3) longer.push({ i, words: g.words });
    });
    // (or before the firm's descriptors alone, `FIRM_DESCRIPTORS`: "Harbour Clubs" after "Harbour Clubs International", "Torven IV"
    // after "Torven IV Industries Inc")
    const cut = (h: { words: string[] }, n: number): boolean =>
      h.words.length > n && (h.words[n] === '&' || h.words[n] === 'and' || (FIRM_DESCRIPTORS && h.words.slice(n).every((w) => FIRM_WORDS.has(w))));
    if (longer.length > 0) {
      groups.forEach((g, i) => {
        // (a "person" too, "Torven IV said" after "Torven IV Industries Inc": the tagger's given name)
        if ((g.type !== 'ORG' && !(FIRM_DESCRIPTORS && g.type === 'PERSON')) || g.words.length < 2 || g.words.length > 3) return;
        const n = g.words.length;
        const hits = longer.filter((h) => cut(h, n) && g.words.every((w, k) => h.words[k] === w));
        if (hits.length === 0 || new Set(hits.map((h) => findRoot(parent, h.i))).size !== 1) return;
        // (named first, unless only descriptors follow: a headline may name the firm short before the story names it in full)
        const descriptorsOnly = hits[0]!.words[n] !== '&' && hits[0]!.words[n] !== 'and';
        if (!descriptorsOnly && groups[hits[0]!.i]!.mentions[0]!.start >= g.mentions[0]!.start) return;
        unite(parent, hits[0]!.i, i);
        if (g.type === 'PERSON') firms.push(i);
      });
    }
  }
  // issue 4, twelfth session: a one-word name that ends exactly one organisation's name of two or three words is that name
  // ("Quirke said" after "Ireland's Alistair Quirke", which the tagger read as an organisation both times; "Fenwick revealed she"
  // after "JD Fenwick's fifth book" read as one); a person's surname only when the words before it could open a person's name
  const people: number[] = [];
  if (LAST_WORD_OF_NAME) {
    const orgByLast = new Map<string, number[]>();
    groups.forEach((g, i) => {
      if (g.type !== 'ORG' || g.words.length < 2 || g.words.length > 3 || pairs.has(g)) return;
      const last = g.words[g.words.length - 1]!;
      const list = orgByLast.get(last);
      if (list) list.push(i);
      else orgByLast.set(last, [i]);
    });
    const opensPerson = (w: string): boolean => w.length <= 2 || givenNameGender(w) !== undefined || HONORIFICS.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
    groups.forEach((g, i) => {
      if (g.words.length !== 1 || (g.type !== 'PERSON' && g.type !== 'ORG')) return;
      const w = g.words[0]!;
      const known = KNOWN_NAMES.get(w);
      if (known === 'LOC' || known === 'NORP' || (g.type === 'PERSON' && (byLast.has(w) || byFirst.has(w)))) return;
      const list = orgByLast.get(w);
      if (list === undefined || new Set(list.map((j) => findRoot(parent, j))).size !== 1) return;
      const org = groups[list[0]!]!;
      if (g.type === 'PERSON' && !org.words.slice(0, -1).every(opensPerson)) return;
      unite(parent, list[0]!, i);
      // (the surname of a person is a person's: "JD Fenwick" is no organisation)
      if (g.type === 'PERSON') people.push(i);
    });
  }

  // issue 4, twentieth session (`FAMILY_NAME_FIRST`): "Lu said" after "Lu Jiahao", which the tagger read as an organisation: a
  // family name that comes first ("Lu", "Kim", "Nguyen") said alone by a person opens exactly one two-word "organisation" whose
  // second word is no organisation's word; that is the person's full name
  if (FAMILY_NAME_FIRST) {
    const orgByFirst = new Map<string, number[]>();
    groups.forEach((g, i) => {
      if (g.type !== 'ORG' || g.words.length !== 2 || !FAMILY_NAMES_FIRST.has(g.words[0]!.toLowerCase()) || ORG_CUE_WORDS.has(g.words[1]!.toLowerCase())) return;
      const list = orgByFirst.get(g.words[0]!);
      if (list) list.push(i);
      else orgByFirst.set(g.words[0]!, [i]);
    });
    groups.forEach((g, i) => {
      if (g.type !== 'PERSON' || g.words.length !== 1 || byLast.has(g.words[0]!) || byFirst.has(g.words[0]!)) return;
      const list = orgByFirst.get(g.words[0]!);
      if (list === undefined || new Set(list.map((j) => findRoot(parent, j))).size !== 1) return;
      unite(parent, list[0]!, i);
      people.push(i);
    });
  }
  // single-word persons: a surname (or given name) of exactly one full name joins it; when several
  // full names share it, each mention joins the one mentioned last before it
  const reassigned = new Map<Mention, number>();
  groups.forEach((g, i) => {
    if (g.type !== 'PERSON' || g.words.length !== 1) return;
    const w = g.words[0]!;
    let withWord = byLast.get(w) ?? byFirst.get(w) ?? byLastPart.get(w) ?? byMiddle.get(w);
    // (`MISSPELT_SURNAME`: "Halvorsen" for Kari Halvorson)
    if (withWord === undefined && MISSPELT_SURNAME) withWord = misspeltSurnameOf(g, groups, byLast);
    if (withWord === undefined) return;
    // (`SPOUSE_GENDER`: a woman's honorific never joins a man's full name, "Mrs Lyle" and "Peter Lyle")
    const honorific = SPOUSE_GENDER ? g.mentions.map((m) => honorificGender(m, parts.get(m)!, text)).find((x) => x !== undefined) : undefined;
    if (honorific) withWord = withWord.filter((j) => (givenNameGender(groups[j]!.words[0]!) ?? honorific) === honorific);
    if (withWord.length === 0) return;
    let targets = withWord.map((j) => findRoot(parent, j));
    targets = [...new Set(targets)];
    if (targets.length === 1) unite(parent, targets[0]!, i);
    else if (targets.length > 1) {
      // every mention start of each target, in order
      const starts = targets.map((t) =>
        groups
          .filter((_, j) => findRoot(parent, j) === t)
          .flatMap((x) => x.mentions.map((o) => o.start))
          .sort((p, q) => p - q),
      );
      for (const m of g.mentions) {
        let best = targets[0]!;
        let bestAt = -1;
        targets.forEach((t, ti) => {
          const list = starts[ti]!;
          let lo = 0;
          let hi = list.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (list[mid]! < m.start) lo = mid + 1;
            else hi = mid;
          }
          if (lo > 0 && list[lo - 1]! > bestAt) {
            bestAt = list[lo - 1]!;
            best = t;
          }
        });
        reassigned.set(m, best);
      }
    }
  });

  const byRoot = new Map<number, Cluster>();
  for (let i = 0; i < groups.length; i++) {
    for (const m of groups[i]!.mentions) {
      const root = reassigned.get(m) ?? findRoot(parent, i);
      let c = byRoot.get(root);
      if (!c) byRoot.set(root, (c = newCluster(groups[root]!.type)));
      c.names.push(m);
    }
  }
  const clusters = [...byRoot.values()];
  const bodyClusters = new Set(bodies.map((i) => byRoot.get(findRoot(parent, i))));
  const firmClusters = new Set(firms.map((i) => byRoot.get(findRoot(parent, i))));
  const peopleClusters = new Set(people.map((i) => byRoot.get(findRoot(parent, i))));
  for (const c of clusters) {
    c.names.sort((a, b) => a.start - b.start);
    const votes = new Map<NameType, number>();
    for (const m of c.names) {
      const p = parts.get(m)!;
      c.surfaces.push(p.surface);
      if (!c.forms.includes(p.form)) c.forms.push(p.form);
      if (p.words.length > c.words.length) c.words = p.words;
      c.gender ??= p.gender;
      votes.set(m.type as NameType, (votes.get(m.type as NameType) ?? 0) + (p.words.length > 1 ? 2 : 1));
    }
    for (const [t, n] of votes) if (n > (votes.get(c.type) ?? 0) || (n === votes.get(c.type) && TYPE_RANK[t] > TYPE_RANK[c.type])) c.type = t;
    // (a tie of the two readings is the organisation's: a person the article names by one word alone is rarely also read as one)
    if (peopleClusters.has(c)) c.type = 'PERSON';
    if (firmClusters.has(c)) c.type = 'ORG';
    // (twenty-fourth session, `SUFFIXED_FIRM`: "Halvard Dane Corp." once, then "Halvard Dane" read as a thing six times: a firm)
    else if (SUFFIXED_FIRM && c.type !== 'ORG' && !peopleClusters.has(c) && c.names.some((m) => m.type === 'ORG' && endsInLegalSuffix(parts.get(m)!.surface))) c.type = 'ORG';
    if (bodyClusters.has(c) && c.type === 'PERSON' && c.words.length === 1 && (votes.get('ORG') ?? 0) >= (votes.get('PERSON') ?? 0)) c.type = 'ORG';
    if (c.type === 'PERSON' && c.words.length >= 2) c.gender ??= genderOfGivenName(c.words[0]!);
  }
  return clusters;
}

/**
 * Issue 4, twenty-fourth session: a cluster one of whose names is an organisation's name of two words or more ending in a
 * legal suffix ("Halvard Dane Corp.", "Morrow Co.") is that organisation, however the other mentions' votes went.
 */
const SUFFIXED_FIRM = true;
function endsInLegalSuffix(surface: string): boolean {
  const words = surface.split(SPACES);
  return words.length >= 2 && LEGAL_SUFFIX_WORDS.has(words[words.length - 1]!.toLowerCase());
}

/**
 * Issue 4, round fourteen: a name typed as an organisation that reports something about itself as "he" or "she" ("Fenwick
 * revealed she had finished the script", "Fenwick said she had …") is a person, when no mention of it says "it" that way
 * and none has two or more name words (a one-word name is where the tagger's type is least sure: "JD Fenwick" stays).
 */
const SELF_REFERENCE = true;
/** Round fifteen: a title before an honorific the name mention left out is the person's ("London mayor Mr Haskins"). */
const HONORIFIC_TITLES = true;
/** Fifteenth session: a one-word organisation that opens longer organisations' names is the first of them named ("Orbit" after "Orbit Radio"; `clusterNames`). */
const FIRST_WORD_OF_ORG = true;
/** Twenty-fifth session: a one-word person's name that opens a suffixed firm's name joins it too (`FIRST_WORD_OF_ORG`). */
const FIRM_FIRST_WORD_PERSON = true;
/**
 * Twenty-first session: a one-word organisation named first in capitals ("HALDOR SEES HIGHER PROFIT", a wire headline) still
 * joins the longer name the story then gives ("Haldor Products Inc … Haldor said"; `FIRST_WORD_OF_ORG`).
 */
const CAPS_HEADLINE_FIRST = true;
const IN_CAPITALS = /^[A-Z][A-Z&'.-]+$/;
/** Round fourteen: a one-word organisation that opens one "<Word> of …" organisation's name is that organisation ("the Bank": the Bank of England). */
const INSTITUTION_HEAD = true;
/** Round sixteen: a one-word name typed as a person in one place and an organisation in another is one entity (`clusterNames`). */
const SAME_WORD_BODY = true;
/** Twelfth session: the same name read as a thing (MISC) in one place and an organisation in another is one entity (`clusterNames`). */
const SAME_NAME_THING = true;
/**
 * Twelfth session: a one-word name that ends exactly one organisation's name of two or three words joins it ("Alistair Quirke" …
 * "Quirke said"; "JD Fenwick" … "Fenwick revealed"), and a person's name that ends exactly one longer person's name joins that
 * ("Mr Lacey Grant" after "Charles Lacey Grant"), so the speaker carries the whole name (`clusterNames`).
 */
const LAST_WORD_OF_NAME = true;
/** Twentieth session: an organisation's short name that opens one longer name before its descriptors alone joins it too ("Harbour Clubs"; `clusterNames`). */
const FIRM_DESCRIPTORS = true;
const FIRM_WORDS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'nv', 'ag', 'sa', 'corporation', 'company', 'limited', 'group', 'holdings', 'holding',
  'international', 'industries', 'systems', 'communications', 'technologies', 'enterprises', 'bancorp', 'partners',
]);
/**
 * Twenty-eighth session: a surname alone that no full name of the article ends in, one edit away (`fastest-levenshtein`; or
 * two neighbouring letters swapped, `MISSPELT_SWAP`)
 * from the surname of one person named in full before it, is that person: wire copy misspells a name it gave in full
 * ("Kari Halvorson … Halvorsen said"). Both words of five letters or more, with the same first letter; never a given
 * name, a plural or possessive ("Flemings"), a surname first seen before the full name (a headline's "Reagan" before
 * Donald Regan), one that is repeated where the right surname also stands alone (the writer knows both), or one a
 * letter off two people's (`clusterNames`). On unlabelled wires (Reuters 1987 and 1996–97, ABC, NYT / AP, WSJ: about 60
 * merges) nearly every merge was a misspelling.
 */
const MISSPELT_SURNAME = true;
function misspeltSurnameOf(g: { words: string[]; mentions: Mention[] }, groups: { type: string; words: string[]; mentions: Mention[] }[], byLast: Map<string, number[]>): number[] | undefined {
  const w = g.words[0]!;
  if (w.length < 5 || givenNameGender(w) !== undefined) return undefined;
  const firstAt = Math.min(...g.mentions.map((m) => m.start));
  let found: number[] | undefined;
  for (const [last, list] of byLast) {
    if (last[0] !== w[0] || last.length < 5 || Math.abs(last.length - w.length) > 1 || (levenshtein(last, w) !== 1 && !(MISSPELT_SWAP && swapped(last, w)))) continue;
    // (a plural or a possessive is no misspelling: "Flemings", "Edward's"; the full name comes first: "Reagan" in a
    // headline before Donald Regan is another man)
    if (last === `${w}s` || w === `${last}s`) return undefined;
    if (!list.some((j) => groups[j]!.mentions.some((m) => m.start < firstAt))) return undefined;
    // (a writer who also gives the right surname alone slips once: "Reagan" four times beside "Regan" alone is the president)
    if (g.mentions.length > 1 && groups.some((x) => x.type === 'PERSON' && x.words.length === 1 && x.words[0] === last)) return undefined;
    if (found) return undefined;
    found = list;
  }
  return found;
}

/** `MISSPELT_SURNAME`: two neighbouring letters swapped count as one slip too ("Halvorsne" for Halvorsen). */
const MISSPELT_SWAP = true;
/** `a` and `b` differ only by two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Twentieth session: a generation after a person's name ("Jr.", "III") is no surname (`nameParts`). */
const GENERATION_SUFFIX = true;
const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Twentieth session: an acronym matches an organisation's initials without its legal suffix too ("GM": "General Motors Corp."; `clusterNames`). */
const SUFFIX_FREE_INITIALS = true;
const CORPORATE_TAIL = /,?\s+(?:Corp|Corporation|Co|Company|Inc|Incorporated|Ltd|Limited|Plc|PLC|LLC|AG|SA|NV|Group|Holdings)\.?$/;
/** Twentieth session: an organisation's short name that opens one longer name right before its "&" joins it ("Halden Building"; `clusterNames`). */
const FIRM_BEFORE_AND = true;
/** Twentieth session: "Budget and Ford" read as one name, each also named alone, takes in neither by its first or last word (`clusterNames`). */
const COORDINATED_PAIR = true;
/** Twentieth session: "McDonald's said" joins "McDonald's Corp." though the tagger read "McDonald" as a person (`clusterNames`). */
const FIRM_NAME_S = true;
/** Twenty-first session: "Halvor's said" joins "Halvor's Inc" though the tagger read "Halvor" as a place, when it never comes without "'s" (`clusterNames`). */
const FIRM_NAME_S_PLACE = true;
const POSSESSIVE_AFTER = /^['’][sS](?![A-Za-z])/;
/** Twentieth session: a family name said alone by a person joins the one two-word "organisation" it opens ("Lu" … "Lu Jiahao"; `clusterNames`). */
const FAMILY_NAME_FIRST = true;
/** Twelfth session: "He …" after a sentence whose subject a place or a people premodifies takes the person, not the place (`addPronouns`). */
const PLACE_BEFORE_SUBJECT = true;
const SELF_PRONOUNS: ReadonlyMap<string, Gender> = new Map([['he', 'male'], ['she', 'female']]);
/**
 * Round sixteen: a one-word name the tagger typed as a person is an organisation when a body's noun stands right before it
 * ("Web tracking company Netwatcher said", "research firm Quorra") and the word is no known given name.
 */
const DESCRIBED_BODY = true;
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'maker', 'carmaker', 'retailer', 'provider', 'agency', 'bank', 'magazine', 'newspaper', 'website',
  'broadcaster', 'network', 'airline', 'insurer', 'lender', 'giant', 'operator', 'supplier', 'chain', 'supermarket', 'brewer',
  'conglomerate', 'charity', 'consultancy', 'publisher', 'developer', 'studio', 'label', 'watchdog', 'regulator', 'think-tank',
  'manufacturer', 'distributor', 'consultants', 'analysts', 'outfit', 'specialist', 'producer', 'organisation', 'organization',
]);

/**
 * Twelfth session: a name the tagger typed as an organisation or a thing that a person's title follows in apposition is a person
 * ("Farid Bin Saleh, Oman's oil minister, told Reuters"), unless the gazetteer knows it.
 */
const APPOSITIVE_PERSON = true;

function appositivePerson(v: TokenView, c: Cluster): void {
  if ((c.type !== 'ORG' && c.type !== 'MISC') || c.words.length > 4) return;
  for (const m of c.names) {
    if (KNOWN_NAMES.has(m.text.toLowerCase())) return;
  }
  for (const m of c.names) {
    if (appositiveAfter(v, v.tokenEndingBy(m.end))) {
      c.type = 'PERSON';
      return;
    }
  }
}

function describedBody(v: TokenView, c: Cluster): void {
  if (c.type !== 'PERSON' || c.words.length !== 1 || c.gender || givenNameGender(c.words[0]!)) return;
  for (const m of c.names) {
    const t = v.tokenAtOrAfter(m.start) - 1;
    if (v.isWord(t) && !v.isCap(t) && BODY_NOUNS.has(v.lower[t]!)) {
      c.type = 'ORG';
      return;
    }
  }
}

function selfReference(v: TokenView, c: Cluster): void {
  // (twelfth session, `LAST_WORD_OF_NAME`: or two words that open with initials or a given name, "JD Fenwick" … "Fenwick revealed she")
  const initials = c.words.length === 2 && LAST_WORD_OF_NAME && (c.words[0]!.length <= 2 || givenNameGender(c.words[0]!) !== undefined);
  if (c.type !== 'ORG' || (c.words.length !== 1 && !initials)) return;
  let gender: Gender | undefined;
  for (const m of c.names) {
    let t = v.tokenEndingBy(m.end) + 1;
    if (t <= 0 || t + 1 >= v.count) continue;
    if (v.lower[t]!.endsWith('ly')) t++;
    // (the pronoun first: the lexicon lookup only for the few names followed by a verb and "he" / "she" / "it")
    const next = v.lower[t + 1] === 'that' ? t + 2 : t + 1;
    const w = v.lower[next] ?? '';
    const g = SELF_PRONOUNS.get(w);
    if ((w !== 'it' && !g) || !v.isWord(t) || v.isCap(t) || !cueOf(v.lower[t]!)) continue;
    if (w === 'it') return;
    if (!g || (gender && gender !== g)) continue;
    gender = g;
  }
  if (!gender) return;
  c.type = 'PERSON';
  c.gender ??= gender;
}

/**
 * Eighteenth session: an organisation's name and the same name with a corporate suffix ("Genlon Institute" and "Genlon
 * Institute Inc.", "Needham" and "Needham & Co.") are one organisation, named by its longest form (`clusterNames`).
 */
const CORPORATE_SUFFIX_KEY = true;
const CORPORATE_SUFFIX = /,? (?:& co|inc|corp|co|ltd|plc|llc|nv|ag)$/;

/** A name key without a corporate suffix, when words remain before it. */
function withoutCorporateSuffix(key: string): string {
  const m = CORPORATE_SUFFIX.exec(key);
  return m && m.index > 0 ? key.slice(0, m.index) : key;
}

/** Twenty-first session: an entity's name is never its headline's capitals when the story writes it in ordinary case (`namesOf`). */
const CASED_NAME = true;
/** Twenty-seventh session: an entity's name is the longest of its forms in ordinary case when it has one (`namesOf`). */
const CASED_NAME_FIRST = true;
/** A name written in capitals ("BOEING", "NEWS CORP"), not an acronym of one word ("NATO", kept as it is: no lower-case form). */
const isShouted = (s: string): boolean => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();

/** The entity's canonical name: the longest form; aliases: the other surface forms, without possessive. */
function namesOf(c: Cluster): { name: string; aliases: string[] } {
  let name = c.forms[0] ?? '';
  // (twenty-first session, `CASED_NAME`: of forms as long, one in ordinary case over one in capitals, "Boeing" over a headline's "BOEING")
  // (twenty-seventh session, `CASED_NAME_FIRST`: any form in ordinary case over a longer one in capitals, "Halden" over a wire
  // headline's "HALDEN DECLINES", which the tagger ran on into its verb; not over a firm's full name, "HALDEN RESOURCES INC.")
  const cased = CASED_NAME_FIRST && c.forms.some((f) => !isShouted(f));
  for (const f of c.forms) {
    if (cased && isShouted(f) && !endsInLegalSuffix(f.replace(/\.$/, ''))) continue;
    if ((cased && isShouted(name) && !endsInLegalSuffix(name.replace(/\.$/, ''))) || f.length > name.length || (CASED_NAME && f.length === name.length && isShouted(name) && !isShouted(f))) name = f;
  }
  const aliases: string[] = [];
  for (const surface of c.surfaces) {
    if (surface !== name && !aliases.includes(surface)) aliases.push(surface);
  }
  return { name, aliases };
}

interface Referent {
  token: number;
  cluster: Cluster;
}

function compatible(c: Cluster, info: PronounInfo): boolean {
  if (info.cls === 'plural') return c.type === 'ORG' || c.type === 'NORP';
  return c.type === 'PERSON' && (c.gender === undefined || c.gender === info.cls);
}

/** Name (and other) mentions, titles, pronouns, nominals and salience of each entity. */
export function runEntities(ctx: ExtractorContext<'segments' | 'tokens' | 'mentions', 'entities'>): void {
  const segments = ctx.get('segments');
  const tokens = ctx.get('tokens');
  const mentions = ctx.get('mentions');
  const names = mentions.filter((m) => m.form === 'name' && NAME_TYPE_SET.has(m.type)).sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters = clusterNames(names, ctx.text);
  const v = createTokenView(ctx.text, tokens, segments, names);
  const quotes = findQuotes(ctx.text, tokens, segments);

  if (SELF_REFERENCE) for (const c of clusters) selfReference(v, c);
  if (DESCRIBED_BODY) for (const c of clusters) describedBody(v, c);
  if (APPOSITIVE_PERSON) for (const c of clusters) appositivePerson(v, c);
  const titleTokens = new Uint8Array(v.count);
  addTitles(ctx, v, clusters, titleTokens);
  const unresolved: Mention[] = [];
  const flags = wordFlags(v);
  addPronouns(ctx, v, clusters, quotes.inside, unresolved, flags);
  addNominals(ctx, v, clusters, quotes.inside, titleTokens, flags);

  // salience: mentions (log-scaled, as in entity-salience work since Dunietz & Gillick 2014: the
  // seventh mention says less than the second, so one early mention in the lead no longer outranks a
  // place named seven times), first position, headline, lead paragraph
  const length = Math.max(1, ctx.text.length);
  const title = segments.title;
  const lead = segments.paragraphs[0];
  const counts = clusters.map((c) => Math.log1p(c.names.length + c.added.length));
  const maxCount = Math.max(Math.LN2, ...counts);
  const scored = clusters.map((c, i) => {
    let first = Infinity;
    let inTitle = false;
    let inLead = false;
    for (const list of [c.names, c.added]) {
      for (const m of list) {
        if (m.start < first) first = m.start;
        if (title != null && m.start >= title.start && m.end <= title.end) inTitle = true;
        if (lead != null && m.start >= lead.start && m.end <= lead.end) inLead = true;
      }
    }
    const score = 0.5 * (counts[i]! / maxCount) + 0.2 * (1 - first / length) + 0.2 * (inTitle ? 1 : 0) + 0.1 * (inLead ? 1 : 0);
    return { c, first, salience: Math.round(Math.min(1, score) * 100) / 100 };
  });
  scored.sort((a, b) => b.salience - a.salience || a.first - b.first);

  const out: Entity[] = [];
  for (const { c, salience } of scored) {
    const id = ctx.mint('entity');
    const all = [...c.names, ...c.added].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of all) {
      m.entity = id;
      if (m.form === 'name') m.type = c.type;
    }
    const { name, aliases } = namesOf(c);
    out.push({ id, type: c.type, name, aliases, titles: c.titles, mentions: all.map((m) => m.id), salience });
  }
  for (const c of clusters) for (const m of c.added) mentions.push(m);
  for (const m of unresolved) mentions.push(m);
  ctx.set('entities', out);
}

function addMention(ctx: Ctx, c: Cluster | null, start: number, end: number, form: Mention['form'], type: Mention['type']): Mention {
  const span = ctx.span(start, end);
  const m: Mention = { id: ctx.mint('mention'), start: span.start, end: span.end, text: span.text, type, form, entity: null as EntityId | null };
  c?.added.push(m);
  return m;
}

/** Premodifying titles ("Russian President Vladimir Putin") and appositives ("Andriy Yermak, Zelensky’s chief of staff"). */
function addTitles(ctx: Ctx, v: TokenView, clusters: Cluster[], titleTokens: Uint8Array): void {
  for (const c of clusters) {
    if (c.type !== 'PERSON') continue;
    const seen = new Set<number>();
    for (const m of c.names) {
      const first = v.tokenAtOrAfter(m.start);
      const last = v.tokenEndingBy(m.end);
      if (first >= v.count || last < first) continue;
      // a title the name mention itself begins with ("President Hale" as one mention)
      let inner = first;
      while (inner < last && (TITLE_HEADS.has(v.lower[inner]!) || TITLE_MODIFIERS.has(v.lower[inner]!))) inner++;
      const ranges: [number, number][] = [];
      if (inner > first && TITLE_HEADS.has(v.lower[inner - 1]!)) ranges.push([first, inner]);
      // (round fifteen: past an honorific the mention left out, "London mayor Mr Haskins", "Home Secretary Mr Pruett")
      const honorific = HONORIFIC_TITLES && first > 0 && HONORIFICS.has(v.lower[first - 1]!) ? first - 1 : first;
      const pre = premodifierTitle(v, honorific) ?? appositiveBefore(v, first);
      if (pre) ranges.push(pre);
      const post = appositiveAfter(v, last);
      if (post) ranges.push(post);
      for (const [s, e] of ranges) {
        const start = v.tokens.start[s]!;
        if (seen.has(start)) continue;
        seen.add(start);
        const span = ctx.span(start, v.tokens.end[e - 1]!);
        c.titles.push(span);
        for (let k = s; k < e; k++) titleTokens[k] = 1;
        for (let k = s; k < e; k++) {
          const g = GENDERED_WORDS.get(v.lower[k]!);
          if (g) c.gender ??= g;
        }
        addMention(ctx, c, span.start, span.end, 'title', 'PERSON');
      }
      // an honorific right before the name ("Mr Smith" split from the name)
      const before = v.lower[first - 1];
      if (before && HONORIFICS.has(before)) c.gender ??= GENDERED_WORDS.get(before);
    }
    c.titles.sort((a, b) => a.start - b.start);
  }
}

function skipBack(v: TokenView, k: number, sentence: number): number {
  while (k >= 0 && v.tokens.sentence[k] === sentence && (v.lower[k] === 'that' || TIME_WORDS.has(v.lower[k]!))) k--;
  return k;
}

/** Index of the first referent at or after token `tok` (referents are in token order). */
function lowerBound(list: Referent[], tok: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.token < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const KEEP_ALL = 0;
const KEEP_PERSON = 1;
const KEEP_COMPATIBLE = 2;

/**
 * The referents seen in sentence `sentence` between tokens `from` and `to`, outside quotes, that
 * `keep` allows: all of them, persons (any referent for a plural pronoun), or those compatible with `info`.
 */
function inSentence(v: TokenView, inside: Int32Array, seen: Referent[], from: number, to: number, sentence: number, keep: number, info: PronounInfo): Referent[] {
  const out: Referent[] = [];
  for (let i = lowerBound(seen, from); i < seen.length && seen[i]!.token < to; i++) {
    const x = seen[i]!;
    if (v.tokens.sentence[x.token] !== sentence || inside[x.token]! >= 0) continue;
    if (keep === KEEP_PERSON ? x.cluster.type === 'PERSON' || info.cls === 'plural' : keep === KEEP_ALL || compatible(x.cluster, info)) out.push(x);
  }
  return out;
}

/** The first referent of each cluster, in order. */
function distinct(list: Referent[]): Referent[] {
  return list.filter((x, i) => list.findIndex((y) => y.cluster === x.cluster) === i);
}

/**
 * Resolve he/she/they (and their other forms) to an entity when one reading is clearly best:
 * a reflexive right after a name, the subject of a reporting verb the pronoun follows ("Putin
 * announced Wednesday he …"), or the only compatible entity in the sentence or the one before.
 * Unresolved he/she forms stay as PERSON pronoun mentions with `entity: null`; unresolved
 * they-forms are left out (their type is unknown).
 */
/** `wordFlags`: a pronoun (`PRONOUNS`), in lower case. */
const PRONOUN_WORD = 1;
/** `wordFlags`: a role nominal's head (`NOMINAL_HEADS`, three letters or more), in lower case. */
const NOMINAL_WORD = 2;

/** Per word id: 0x80 | the word's flags once looked up, 0 before. */
const flagsById = new WordIdBytes();

/**
 * `PRONOUN_WORD` and `NOMINAL_WORD` of each token, each word looked up once, not at each of its
 * tokens: the pronoun and nominal loops then pass over most tokens without reading their text.
 */
function wordFlags(v: TokenView): Uint8Array {
  // (the ids first: making them may start a new vocabulary)
  const ids = wordIdsOf(v.text, v.tokens);
  flagsById.sync();
  const flags = new Uint8Array(v.count);
  for (let t = 0; t < v.count; t++) {
    const id = ids[t]!;
    let f = flagsById.get(id);
    if (f === 0) {
      const w = v.lower[t]!;
      f = 0x80 | (PRONOUNS.has(w) ? PRONOUN_WORD : 0) | (w.length >= 3 && NOMINAL_HEADS.has(w) ? NOMINAL_WORD : 0);
      flagsById.set(id, f);
    }
    flags[t] = f & 0x7f;
  }
  return flags;
}

function addPronouns(ctx: Ctx, v: TokenView, clusters: Cluster[], inside: Int32Array, added: Mention[], flags: Uint8Array): void {
  const referents: Referent[] = [];
  for (const c of clusters) {
    for (const m of c.names) {
      const last = v.tokenEndingBy(m.end);
      // (twelfth session, `MODIFIER_NAME`: not a name that modifies a noun after "a" / "an", "an Alan Dacosta strike")
      const first = v.tokenAtOrAfter(m.start);
      if (MODIFIER_NAME && first > 0 && (v.lower[first - 1] === 'a' || v.lower[first - 1] === 'an') && v.isWord(last + 1) && !v.isCap(last + 1)) continue;
      // (twenty-fourth session, `DEMONYM_MODIFIER`: nor a people's adjective before a noun, "the Norlandic fleet", "Varish buyers")
      if (DEMONYM_MODIFIER && c.type === 'NORP' && v.isWord(last + 1) && !v.isCap(last + 1) && !verbAfterName(v.lower[last + 1]!)) continue;
      if (last >= 0) referents.push({ token: last, cluster: c });
    }
  }
  if (DESCRIBED_LEAD) describedLeads(v, referents);
  referents.sort((a, b) => a.token - b.token);
  let r = 0;
  /** Referents before the current token, in token order (names, then resolved pronouns as they come). */
  const seen: Referent[] = [];

  /** `SALIENT_PERSON`: how many referents each cluster has had so far (names and resolved pronouns). */
  const counts = new Map<Cluster, number>();
  /** `PRONOUN_CHAIN`: the tokens of the pronouns resolved so far. */
  const pronounAt = new Set<number>();
  const count = (c: Cluster): void => {
    counts.set(c, (counts.get(c) ?? 0) + 1);
  };
  for (let t = 0; t < v.count; t++) {
    while (r < referents.length && referents[r]!.token < t) {
      count(referents[r]!.cluster);
      seen.push(referents[r++]!);
    }
    // every pronoun starts with h, s or t and has 2–10 letters: most tokens need no lookup
    // (most tokens are no pronoun: their flags say so without a look at their text)
    if ((flags[t]! & PRONOUN_WORD) === 0) continue;
    const info = PRONOUNS.get(v.lower[t]!);
    if (!info) continue;
    const sentence = v.tokens.sentence[t]!;
    if (sentence < 0) continue;
    const first = v.sentenceFirst[sentence]!;
    let target: Cluster | undefined;
    let strong = false;
    if (inside[t]! < 0) {
      // (length checks: reading index -1 or 0 of an empty array is an out-of-bounds load, which deoptimises)
      const prev = seen.length > 0 ? seen[seen.length - 1] : undefined;
      // 1. "Putin himself"
      if (info.reflexive && prev && prev.token === t - 1 && compatible(prev.cluster, info)) {
        target = prev.cluster;
        strong = true;
      }
      // 2. the pronoun opens the complement of a reporting verb: that verb's subject
      if (!target) {
        const k = skipBack(v, t - 1, sentence);
        const cue = k >= first ? cueOf(v.lower[k]!) : undefined;
        if (cue) {
          let adv = k - 1;
          while (adv >= first && (v.lower[adv] === 'even' || v.lower[adv] === 'also' || v.lower[adv]!.endsWith('ly'))) adv--;
          if (cue.participle && v.isPunct(adv, ',')) {
            const from = mainClauseStart(v, sentence);
            const subjects = inSentence(v, inside, seen, from, adv, sentence, KEEP_ALL, info);
            const subject = subjects.length > 0 ? subjects[0] : undefined;
            if (subject && compatible(subject.cluster, info) && subject.token <= from + 4) target = subject.cluster;
          } else {
            const before = inSentence(v, inside, seen, first, k, sentence, KEEP_PERSON, info);
            const nearest = before.length > 0 ? before[before.length - 1] : undefined;
            if (nearest && compatible(nearest.cluster, info)) target = nearest.cluster;
          }
          strong = target !== undefined;
        }
      }
      // 3. the only compatible entity in this sentence (before the pronoun), or else in the previous one
      if (!target) {
        let pool = distinct(inSentence(v, inside, seen, first, t, sentence, KEEP_COMPATIBLE, info));
        let fromPrevious = false;
        // else the nearest earlier sentence (up to three back, this paragraph or the one before) that has one
        let back = sentence - 1;
        for (; pool.length === 0 && back >= 0 && back >= sentence - 3; back--) {
          const p = v.paragraph[t]!;
          const from = v.sentenceFirst[back]!;
          if (from < 0 || v.paragraph[from]! < p - 1) break;
          pool = distinct(inSentence(v, inside, seen, from, v.sentenceEnd[back]!, back, KEEP_COMPATIBLE, info));
          fromPrevious = back === sentence - 1;
        }
        // fifteenth session (`QUOTE_OPENED_SUBJECT`): "Kovacova is in confident mood …. "I think I have the edge," she said":
        // after a quote that opens its sentence, the subject of the sentence before the quote, as for "She said" opening one
        const opened = QUOTE_OPENED_SUBJECT && info.cls !== 'plural' ? quoteOpenedSubject(v, inside, seen, t, info) : undefined;
        if (opened) target = opened;
        else if (pool.length === 1) target = pool[0]!.cluster;
        else if (pool.length > 1 && info.cls !== 'plural') {
          const known = pool.filter((x) => x.cluster.gender === info.cls);
          // (twentieth session, `PRONOUN_CHAIN`: "Whether he is staging Verdi or Paul Brel, he often …": the person an earlier
          // pronoun of this sentence stands for, when only one does)
          // (or of the sentence before, for one that opens its sentence: "…, he often meets resistance. He said …")
          const chainFrom = !fromPrevious ? first : t === mainClauseStart(v, sentence) ? v.sentenceFirst[sentence - 1]! : -1;
          const chained = PRONOUN_CHAIN && chainFrom >= 0 ? chainedCluster(seen, pronounAt, chainFrom, t, info) : undefined;
          if (chained && pool.some((x) => x.cluster === chained)) target = chained;
          else if (known.length === 1) target = known[0]!.cluster;
          // twelfth session (`CONJOINED_SUBJECT`): "The 28-year-old was second behind A and B … but she prefers …": after "but" /
          // "and" in the same sentence, its subject
          else if (CONJOINED_SUBJECT && !fromPrevious && (v.lower[t - 1] === 'but' || v.lower[t - 1] === 'and')) {
            const from = mainClauseStart(v, sentence);
            const subjects = inSentence(v, inside, seen, from, t, sentence, KEEP_ALL, info);
            const at = subjects.findIndex((x) => x.cluster.type !== 'LOC' && x.cluster.type !== 'NORP');
            const subject = at >= 0 ? subjects[at] : undefined;
            if (subject && subject.token <= from + 5 && pool.some((x) => x.cluster === subject.cluster)) target = subject.cluster;
          } else if (fromPrevious && t === mainClauseStart(v, sentence)) {
            // "He said …" opening a sentence: the subject of the previous sentence
            const from = mainClauseStart(v, sentence - 1);
            const subjects = inSentence(v, inside, seen, from, first, sentence - 1, KEEP_ALL, info);
            // (twelfth session, `PLACE_BEFORE_SUBJECT`: past a place or a people before the person, "North Devon landowner Giles Pennock")
            const at = PLACE_BEFORE_SUBJECT ? subjects.findIndex((x) => x.cluster.type !== 'LOC' && x.cluster.type !== 'NORP') : 0;
            const subject = at >= 0 && subjects.length > at ? subjects[at] : undefined;
            if (subject && subject.token <= from + 4 && pool.some((x) => x.cluster === subject.cluster)) target = subject.cluster;
          }
        }
        // (and only the latest person of that gender referred to: "…, said Gerald Knechtel. …. "…," he said" is no feature's subject)
        if (SALIENT_PERSON && !target && !opened && info.cls !== 'plural' && pool.length === 0) {
          const salient = salientPerson(counts, info);
          if (salient && latestCompatible(seen, info) === salient) target = salient;
        }
        // "they" only when no group of people stands between the entity and the pronoun
        if (target && info.cls === 'plural') {
          const from = Math.max(0, v.sentenceFirst[fromPrevious ? sentence - 1 : sentence]!);
          // (twelfth session, `RELATIVE_GROUP`: not a group a relative clause describes, "pensioners, who they say", nor the name
          // itself, "The Tories have promised …")
          for (let k = from; k < t; k++) if (GROUP_NOUNS.has(v.lower[k]!) && !(RELATIVE_GROUP && (antecedentOfRelative(v, k) || v.nameAt[k] !== undefined))) target = undefined;
        }
      }
    }
    if (!target && info.cls === 'plural') continue;
    const m = addMention(ctx, target ?? null, v.tokens.start[t]!, v.tokens.end[t]!, 'pronoun', target ? target.type : 'PERSON');
    if (!target) {
      added.push(m); // kept with entity null: no entity lists it
      continue;
    }
    if (strong && info.cls !== 'plural') target.gender ??= info.cls;
    seen.push({ token: t, cluster: target });
    pronounAt.add(t);
    count(target);
  }
}

/**
 * Issue 4, twentieth session: in a feature about one person, "he" with nobody compatible near it is the person the article has
 * named and referred to far more often than anyone else of that gender so far, when that person is also the latest one of that
 * gender referred to (`addPronouns`): "… he said. / Whether he is directing Verdi or Anna Brel, …". Not a person named often
 * earlier when someone else spoke since ("…, but Gerald Knecht said …. "…," he said": the speaker rules read that one).
 */
const SALIENT_PERSON = true;
/** `SALIENT_PERSON`: the fewest referents, and the least lead over the next person, that make a person the article's subject. */
const SALIENT_MIN = 5;
const SALIENT_LEAD = 3;

/** Twentieth session: a pronoun beside several people stands for the one an earlier pronoun of its sentence stands for (`addPronouns`). */
const PRONOUN_CHAIN = true;

/** `SALIENT_PERSON`: the cluster of the latest referent a pronoun of this kind may stand for. */
function latestCompatible(seen: readonly Referent[], info: PronounInfo): Cluster | undefined {
  for (let i = seen.length - 1; i >= 0; i--) if (compatible(seen[i]!.cluster, info)) return seen[i]!.cluster;
  return undefined;
}

/** `PRONOUN_CHAIN`: the one cluster that compatible pronouns resolved earlier in tokens [from, t) stand for, or undefined. */
function chainedCluster(seen: readonly Referent[], pronounAt: ReadonlySet<number>, from: number, t: number, info: PronounInfo): Cluster | undefined {
  let found: Cluster | undefined;
  for (let i = seen.length - 1; i >= 0 && seen[i]!.token >= from; i--) {
    const x = seen[i]!;
    if (x.token >= t || !pronounAt.has(x.token) || !compatible(x.cluster, info)) continue;
    if (found && found !== x.cluster) return undefined;
    found = x.cluster;
  }
  return found;
}

/** `SALIENT_PERSON`: the person of the pronoun's gender with far more referents so far than any other. */
function salientPerson(counts: ReadonlyMap<Cluster, number>, info: PronounInfo): Cluster | undefined {
  let best: Cluster | undefined;
  let top = 0;
  let second = 0;
  for (const [c, n] of counts) {
    if (!compatible(c, info)) continue;
    if (n > top) {
      second = top;
      top = n;
      best = c;
    } else if (n > second) second = n;
  }
  return best && top >= SALIENT_MIN && top >= SALIENT_LEAD * second ? best : undefined;
}

/**
 * Fifteenth session: "he" / "she" right after a quote that opens its sentence (`"…," she said`) stands for the subject of the
 * sentence before the quote, when that subject is a person it may stand for (`addPronouns`).
 */
const QUOTE_OPENED_SUBJECT = true;
/** Most tokens of a quote `quoteOpenedSubject` walks back over. */
const OPENED_QUOTE_SPAN = 400;

/** `QUOTE_OPENED_SUBJECT`: the person subject of the sentence before the quote that pronoun `t` follows, if that quote opens its sentence. */
function quoteOpenedSubject(v: TokenView, inside: Int32Array, seen: Referent[], t: number, info: PronounInfo): Cluster | undefined {
  let k = t - 1;
  let quoted = -1;
  for (; k >= 0 && k > t - OPENED_QUOTE_SPAN && (v.isPunct(k) || inside[k]! >= 0); k--) if (inside[k]! >= 0) quoted = k;
  if (quoted < 0 || k < 0) return undefined;
  const s = v.tokens.sentence[quoted]!;
  // (the quote opens its sentence: the word before it ends the sentence before)
  if (s <= 0 || v.tokens.sentence[k]! >= s || v.paragraph[k]! < v.paragraph[quoted]! - 1) return undefined;
  const before = v.tokens.sentence[k]!;
  const from = mainClauseStart(v, before);
  if (from < 0) return undefined;
  const subjects = inSentence(v, inside, seen, from, v.sentenceEnd[before]!, before, KEEP_ALL, info);
  let at = subjects.findIndex((x) => x.cluster.type !== 'LOC' && x.cluster.type !== 'NORP');
  // (past a name that modifies the subject's through one role word: "Larne boss Jimmy Keenan")
  const next = at >= 0 && at + 1 < subjects.length ? subjects[at + 1]! : undefined;
  const nextFirst = next ? v.tokenAtOrAfter(v.nameAt[next.token]?.start ?? v.tokens.start[next.token]!) : -1;
  if (next && subjects[at]!.token === from && nextFirst === from + 2 && v.isWord(from + 1) && !v.isCap(from + 1)) at++;
  const subject = at >= 0 ? subjects[at] : undefined;
  return subject && subject.token <= from + 4 && subject.cluster.type === 'PERSON' && compatible(subject.cluster, info) ? subject.cluster : undefined;
}

/**
 * Twelfth session: a sentence whose subject is an age or a nationality ("The 22-year-old edged Marcus Dean …", "The
 * Dutchman …") speaks of the person the article has named most often so far, so that a "he" after it can follow that person
 * rather than the only other person named (`addPronouns`).
 */
const DESCRIBED_LEAD = true;
/** Twelfth session: a woman's honorific beside a man's of the same surname is another person, and never joins a man's full name (`clusterNames`). */
const SPOUSE_GENDER = true;
/** Twelfth session: "he" / "she" after "but" / "and" is the subject of its own sentence when several people fit (`addPronouns`). */
const CONJOINED_SUBJECT = true;
/** Twenty-fourth session: the father's surname in a Spanish or Portuguese name stands for it ("Nogales" for Javier Nogales Iturri; `clusterNames`). */
const MIDDLE_SURNAME = true;
/** Twelfth session: a name that modifies a noun after "a" / "an" ("an Alan Dacosta strike") is no referent for a pronoun (`addPronouns`). */
const MODIFIER_NAME = true;
/**
 * Twenty-fourth session: a people's name before a lower-case word that is no verb ("the Norlandic fleet", "Varish buyers
 * delayed …") is an adjective, no referent for "they" (`addPronouns`); "the Norlandics said", "Democrats argue" stay.
 */
const DEMONYM_MODIFIER = true;
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'also', 'still', 'now', 'then', 'who', 'which', 'and', 'or', 'to', 'in', 'on', 'at', 'of', 'for', 'from', 'with', 'by', 'as']);
/** `DEMONYM_MODIFIER`: a word after a name that makes the name a noun phrase of its own: a verb, an adverb, a relative or a preposition. */
const verbAfterName = (w: string): boolean => AUXILIARIES.has(w) || cueOf(w) !== undefined || w.endsWith('ed') || w.endsWith('ly');

/** Adds a referent for each sentence-opening age or nationality description: the person named most often before it. */
function describedLeads(v: TokenView, referents: Referent[]): void {
  const people = referents.filter((x) => x.cluster.type === 'PERSON').sort((a, b) => a.token - b.token);
  if (people.length === 0) return;
  // (one pass: the counts of the people named so far grow as the sentences go on)
  const counts = new Map<Cluster, number>();
  let best: Cluster | undefined;
  let p = 0;
  for (let s = 0; s < v.sentenceFirst.length; s++) {
    const m = mainClauseStart(v, s);
    if (m < 0) continue;
    for (; p < people.length && people[p]!.token < m; p++) {
      const c = people[p]!.cluster;
      const n = (counts.get(c) ?? 0) + 1;
      counts.set(c, n);
      if (!best || n > counts.get(best)!) best = c;
    }
    if (!best || v.lower[m] !== 'the') continue;
    let head = -1;
    if (ageEndingAt(v, m + 5, m + 1)) head = m + 5;
    else if (v.nameAt[m + 1]?.type === 'NORP' && v.tokenEndingBy(v.nameAt[m + 1]!.end) === m + 1 && v.isWord(m + 2) && !v.isCap(m + 2)) head = m + 1;
    if (head >= 0) referents.push({ token: head, cluster: best });
  }
}

/** Title words that make it another office than the bare one ("shadow home secretary", "former president", "vice president"). */
const NOT_THE_OFFICE: ReadonlySet<string> = new Set(['shadow', 'former', 'ex', 'ex-', 'deputy', 'vice', 'acting', 'interim', 'assistant']);

/** Role nominals: "the president", "Russia’s unpredictable leader", resolved when one entity holds the role. */
function addNominals(ctx: Ctx, v: TokenView, clusters: Cluster[], inside: Int32Array, titleTokens: Uint8Array, flags: Uint8Array): void {
  // each title's lower-cased words, split once however many nominals look at it
  const titleWords = new Map<Span, string[]>();
  const wordsOf = (title: Span): string[] => {
    let words = titleWords.get(title);
    if (words === undefined) titleWords.set(title, (words = title.text.toLowerCase().split(SPACES)));
    return words;
  };
  for (let t = 0; t < v.count; t++) {
    if ((flags[t]! & NOMINAL_WORD) === 0 || titleTokens[t] || inside[t]! >= 0 || v.tokens.sentence[t]! < 0) continue;
    const head = v.lower[t]!;
    if (v.isCap(t) && !v.isSentenceFirst(t) && v.nameAt[t + 1]) continue;
    const next = v.lower[t + 1];
    if (next === 'of' || (v.nameAt[t + 1] && v.nameAt[t + 1]!.type === 'PERSON')) continue;
    let k = t - 1;
    let qualifier: Mention | undefined;
    for (let mods = 0; k >= 0 && mods < 2; mods++) {
      const w = v.lower[k]!;
      if (v.nameAt[k] && v.nameAt[k]!.type === 'NORP') {
        qualifier = v.nameAt[k];
        k = v.tokenAtOrAfter(qualifier!.start) - 1;
        continue;
      }
      if (v.isWord(k) && !v.isCap(k) && w !== 'the' && w !== 'a' && w !== 'an' && !isPossessive(w) && w.length > 2 && !cueOf(w)) {
        k--;
        continue;
      }
      break;
    }
    let start: number;
    if (v.lower[k] === 'the') start = v.tokens.start[k]!;
    else if (k > 0 && isPossessive(v.lower[k]!) && v.nameAt[k - 1] && v.nameAt[k - 1]!.type !== 'PERSON') {
      qualifier = v.nameAt[k - 1]!;
      start = qualifier.start;
    } else continue;
    const heads = head === 'leader' ? LEADER_HEADS : new Set([head]);
    const stem = qualifier ? nameKey(stripPossessive(qualifier.text)).slice(0, 5) : '';
    // "the home secretary" is not "Shadow home secretary Neil Burrows" (nor a former or vice one) unless it says so
    const said = new Set<string>();
    for (let x = k + 1; x < t; x++) if (NOT_THE_OFFICE.has(v.lower[x]!)) said.add(v.lower[x]!);
    const candidates = clusters.filter((c) => {
      if (c.type !== 'PERSON' || !c.names.some((m) => m.start < v.tokens.start[t]!)) return false;
      return c.titles.some((title) => {
        const words = wordsOf(title);
        if (!words.some((w) => heads.has(w))) return false;
        if (words.some((w) => NOT_THE_OFFICE.has(w) && !said.has(w))) return false;
        return !stem || words.some((w) => w.replace(PUNCT, '').startsWith(stem));
      });
    });
    if (candidates.length !== 1) continue;
    addMention(ctx, candidates[0]!, start, v.tokens.end[t]!, 'nominal', 'PERSON');
  }
}
