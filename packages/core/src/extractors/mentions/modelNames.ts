import type { NerModel, NerType } from '../../model/ner/index.js';
import { isNationalityWord } from '../../model/ner/nationalities.js';
import { isDigit, isLetter, isUpper } from '../../text/chars.js';
import { wordIdsOf, wordVocabularyGeneration } from '../../text/wordIds.js';
import { WordIdBytes } from '../../text/wordIdBytes.js';
import type { NameType } from '../../types/analysis.js';
import type { Segments } from '../../types/layers.js';
import { TokenKind } from '../../types/layers.js';
import { givenNameGender } from '../entities/pronouns.js';
import { EVENT_CUE_WORDS, FUNCTION_WORDS, GIVEN_NAME_SET, LEGAL_SUFFIX_WORDS, KNOWN_NAMES, KNOWN_NAME_WORDS, PERSON_BEFORE, TITLE_HEAD_SET, TITLE_MODIFIER_SET, WORD_GIVEN_NAME_SET } from './gazetteer.js';
import type { NameSpan } from './names.js';
import type { TokenView } from './numbers.js';

/**
 * Names from the statistical NER model (`model/ner`), then the rules that know better:
 * titles cut off ("Secretary of State Marco Rubio" → "Marco Rubio"), hyphenated compounds
 * split where a part is a name of its own ("Trump-Backed" → "Trump", "Russia-Ukraine" →
 * "Russia", "Ukraine"), spans without a capital dropped, headline spans trimmed to the
 * words the body knows, and one type per surface form in the article (a vote, which the
 * hand-written gazetteer wins).
 */

/** Title heads that mark a person after them whatever the model called the span. */
const PERSONAL_TITLES: ReadonlySet<string> = new Set(
  'president|vice-president|president-elect|minister|premier|secretary|chancellor|senator|sen.|governor|gov.|mayor|ambassador|envoy|spokesman|spokeswoman|spokesperson|congressman|congresswoman|mp|mep|msp|mpp|mla|mna|councillor|councilor|coun.|cllr|councilman|councilwoman|alderman|ald.|constable|const.|sheriff|rev|rev.|reverend|mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|prof.|professor|sir|dame'.split('|'),
);
/** Portfolios after "Secretary of", "Minister for". */
const PORTFOLIO: ReadonlySet<string> = new Set(
  'state|defence|defense|health|treasury|interior|justice|commerce|labor|labour|agriculture|transportation|transport|energy|education|finance|foreign|home|affairs|trade|industry|culture|environment|housing|veterans|war|economy|economic|security|homeland|internal|external|information|communications|sport|sports|tourism|development|planning|welfare|works|family|women|youth|science|technology'.split('|'),
);
/** Right-hand parts of hyphenated modifiers: "Trump-backed", "U.S.-based", "Moscow-led". */
const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set(
  'backed|based|led|born|owned|run|controlled|sponsored|style|era|made|friendly|funded|allied|supported|bound|linked|affiliated|leaning|occupied|held|dominated|brokered|mediated|inspired|born|raised|registered|listed|operated|focused|centric|driven|designed|built|ruled|governed|appointed|aligned'.split('|'),
);
const NOT_NAMES: ReadonlySet<string> = new Set(['i', 'i’m', "i'm", 'i’ve', "i've", 'i’d', "i'd", 'i’ll', "i'll", 'ok', 'mr', 'mrs', 'ms', 'mr.', 'mrs.', 'ms.', 'dr.', 'a.m.', 'p.m.']);
const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'y', 'ul', 'ur', 'abu', 'ter', 'ten', 'zu', 'vom', 'dei', 'degli']);

/**
 * Seats of power that stand for an institution ("the Kremlin said"): ORG, whatever the
 * model (trained on CoNLL, which tags them LOC) says.
 */
const SEATS_OF_POWER: ReadonlyMap<string, NameType> = new Map(
  ['kremlin', 'white house', 'pentagon', 'elysee', 'élysée', 'elysee palace', 'élysée palace', 'downing street', 'zhongnanhai', 'blue house'].map((k) => [k, 'ORG']),
);
/** Seventeenth session: "Alliance" and "Coalition" end an organisation's name ("the Woodland Alliance" is no place, "the Village Alliance" no thing). */
const ALLIANCE_HEADS = true;
/**
 * Head words that end an organisation's name, never a person's ("Lantern Health Trust", "British
 * Lung Foundation"): a person span ending in one, capitalised, is an organisation.
 */
const ORG_END_WORDS: ReadonlySet<string> = new Set([
  ...'trust|foundation|party|council|association|institute|society|committee|commission|agency|authority|federation|league|ministry|department|corporation|company|university|college|hospital|school|academy|charity|fund|bureau|organisation|organization|inc|inc.|corp|corp.|ltd|ltd.|plc|llc|group|holdings|partners|industries|airlines|airways|motors'.split('|'),
  ...(ALLIANCE_HEADS ? ['alliance', 'coalition'] : []),
]);
/** Twenty-fourth session: a name of two words or more that ends in a firm's or a market's head word is an organisation's, whatever the model read. */
const FIRM_END_TYPE = true;
const FIRM_END_WORDS: ReadonlySet<string> = new Set(['exchange', 'securities', 'airlines', 'airways', 'bancorp', 'partners', 'investments', 'insurance', 'petroleum', 'bank']);
/** `FIRM_END_TYPE`: words before "Bank" that make a place ("the West Bank", "the Left Bank", "Dogger Bank"). */
const BANK_PLACES: ReadonlySet<string> = new Set(['west', 'east', 'north', 'south', 'left', 'right', 'dogger', 'georges', 'grand']);
/** Fourteenth session: a name of two words or more the model read as a thing's (MISC) that ends in a body's head word is an organisation. */
const MISC_ORG_HEAD = true;
const MISC_ORG_WORDS: ReadonlySet<string> = new Set([
  ...'agency|association|committee|commission|council|federation|authority|ministry|department|institute|corporation'.split('|'),
  ...(ALLIANCE_HEADS ? ['alliance', 'coalition', 'foundation', 'society'] : []),
]);
/** The head words of `ORG_END_WORDS` that never end a place's name ("the Justice Department", "Colorado State University"). */
const ORG_NOT_PLACE_WORDS: ReadonlySet<string> = new Set([
  ...'department|ministry|council|committee|commission|party|agency|authority|university|trust|foundation|association|institute|society|corporation|company|inc|inc.|corp|corp.|ltd|ltd.|plc|llc'.split('|'),
  ...(ALLIANCE_HEADS ? ['alliance', 'coalition'] : []),
]);
/** Lower-case words inside names of organisations, places and things ("Bank of England", "Council on Foreign Relations", "Stratford-upon-Avon"); a name may also end in one of `NAME_INNER_NOUNS`. */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'upon', 'in', 'at', 'to', 'a', 'an', 'by', 'under', 'over', 'with', 'without', 'du', 'des', 'et', 'y', 'e', 'und', 'für', 'am', 'im', 'sur', 'en', 'van', 'von', 'de', 'la', 'le', 'les', 'del', 'della', 'di', 'da', 'al', 'el', 'bin', 'ibn', 'or', 'vs', 'vs.', 'v', 'v.', 'versus', 'plc', 'inc', 'ltd', 'co', 'corp', 'n', "'n'", 'n’', 'o', "o'"]);
/** Lower-case nouns that may end a place's name ("the Indian ocean"). */
const NAME_INNER_NOUNS: ReadonlySet<string> = new Set(['ocean', 'sea']);
/** Honorifics: a person follows them whatever span the model put them in ("BBC [Mr Lyle]"). */
/** Titles of a member of a parliament or assembly: the party or seat goes before them ("Labour MP", "Liberal MPP"), the seat after ("MLA for Surrey"). */
const MEMBER_TITLES: ReadonlySet<string> = new Set(['mp', 'mep', 'msp', 'mpp', 'mla', 'mna', 'td']);
/**
 * Round thirteen (i): post-nominals in capitals after a person's name of two words or more are no part
 * of it ("Tom Braddock MP" was an entity of its own, apart from "Mr Braddock").
 */
const POSTNOMINAL_CUT = true;
/** Post-nominals `POSTNOMINAL_CUT` drops, as written (case-sensitive: "Mp" is no title). */
const POSTNOMINALS: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'QC', 'KC', 'OBE', 'MBE', 'CBE']);
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'rev', 'rev.', 'reverend']);
/**
 * "Ms King said", "Mr Bishop", "Mrs Major": a title word that ends a span right after an honorific is
 * the surname, not a title to cut off (before, "Ms King" lost both). Only titles that are common
 * surnames (`TITLE_SURNAMES`): "Mr President", "Mr Speaker" stay titles.
 */
const HONORIFIC_SURNAME = true;
/** Title words that are also common surnames (`HONORIFIC_SURNAME`). */
const TITLE_SURNAMES: ReadonlySet<string> = new Set(['king', 'bishop', 'judge', 'major', 'marshal', 'pope', 'prince', 'baron', 'earl', 'duke', 'cardinal', 'sheriff', 'constable', 'sergeant', 'deacon', 'squire', 'knight', 'dean', 'abbott', 'chancellor']);
/** Members of parliaments and common nouns in capitals, never a name ("MPs", "TV", "DVDs"; the consultancy "MEPS" is one). */
const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set(['MPs', 'MEPs', 'MSPs', 'AMs', 'TV', 'TVs', 'DVD', 'DVDs', 'CD', 'CDs', 'PC', 'PCs', 'GDP', 'CEO', 'CEOs', 'SMS', 'MP3']);
/** The longest name span kept, in tokens (CoNLL's longest names have about 10). */
const MAX_SPAN = 24;

const TYPE_OF: Record<NerType, NameType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

interface Cand {
  from: number;
  to: number;
  type: NameType;
  /** Counts in the document vote: 1 for the model's own spans, 0 for parts cut out of them; -1: fixed, not voted on. */
  votes: number;
}

interface Doc {
  v: TokenView;
  n: number;
  /** The model's sentences, as token ranges. */
  sentences: [number, number][];
  /** How the body writes its words, made on first need (only hyphenated names ask): see `formsOf`. */
  forms: Forms | null;
  /** 1 for tokens of the headline, byline and sentences in capitals. */
  header: Uint8Array;
  /** 1 for tokens inside a span of the model. */
  tagged: Uint8Array;
  /** 1 for words that start with a capital (`isCapWord`). */
  cap: Uint8Array;
  /** Per token: `SAYING_WORD`, `KNOWN_NAME_WORD` (`wordFlags`). */
  flags: Uint8Array;
}

interface Forms {
  /** Lower-cased forms written in lower case somewhere in the body. */
  lowerForms: Set<string>;
  /** Lower-cased forms written capitalised inside a body sentence (not first). */
  standalone: Set<string>;
}

/** The body's lower-case and capitalised word forms, gathered once per article, the first time a hyphenated name needs them. */
function formsOf(d: Doc): Forms {
  if (d.forms !== null) return d.forms;
  const { v } = d;
  const forms: Forms = { lowerForms: new Set(), standalone: new Set() };
  for (const [a, b] of d.sentences) {
    for (let t = a; t < b; t++) {
      if (d.header[t] || !isWord(d, t)) continue;
      if (d.cap[t] === 0) forms.lowerForms.add(v.low[t]!);
      else if (!isSentenceStart(d, t, a) && !(isHyphen(d, t - 1) && adjacent(d, t - 1, t)) && !(isHyphen(d, t + 1) && adjacent(d, t, t + 1))) forms.standalone.add(v.low[t]!);
    }
  }
  return (d.forms = forms);
}

const isWord = (d: Doc, t: number): boolean => t >= 0 && t < d.n && d.v.tokens.kind[t] === TokenKind.Word;
const isPart = (d: Doc, t: number): boolean => {
  const k = d.v.tokens.kind[t];
  return k === TokenKind.Word || k === TokenKind.Number;
};
/** A capitalised common word after a hyphen: "Backed" in "Trump-Backed" (a Title Case modifier), not "Benz" in "Mercedes-Benz". */
const isTitledModifier = (d: Doc, t: number): boolean => isCapWord(d, t) && (HYPHEN_SUFFIXES.has(d.v.low[t]!) || formsOf(d).lowerForms.has(d.v.low[t]!));
/** An apostrophe that starts CoNLL's detached possessive: "'" then "s" alone, after a space ("Rovers 's"). */
const isDetachedPossessive = (d: Doc, t: number): boolean => {
  const w = d.v.raw[t];
  if (w !== "'" && w !== '’') return false;
  if (t + 1 >= d.n || !adjacent(d, t, t + 1) || d.v.low[t + 1] !== 's' || (t > 0 && adjacent(d, t - 1, t))) return false;
  return t + 2 >= d.n || !adjacent(d, t + 1, t + 2) || d.v.tokens.kind[t + 2] !== TokenKind.Word;
};
/** A place, then a hyphen and a lower-case modifier: "Moscow-based", "Ohio-born". */
const isPlaceModifier = (d: Doc, t: number): boolean => isCapWord(d, t) && KNOWN_NAMES.get(d.v.low[t]!) === 'LOC' && HYPHEN_SUFFIXES.has(d.v.raw[t + 2]!);
const isCapWord = (d: Doc, t: number): boolean => t >= 0 && t < d.n && d.cap[t] === 1;

/** `Doc.flags`: a verb of saying (`SAYING_VERBS`), as written. */
const SAYING_WORD = 1;
/** `Doc.flags`: a word of a name of two words or more the hand-written list knows (`KNOWN_NAME_WORDS`), in lower case. */
const KNOWN_NAME_WORD = 2;

/** Per word id: 0x80 | the word's flags once looked up, 0 before. */
const flagsById = new WordIdBytes();

/** The flags of each token (`Doc.flags`) into `flags`, each word looked up in the lists once, not at each of its tokens. */
function wordFlags(v: TokenView, flags: Uint8Array): void {
  // (the ids first: making them may start a new vocabulary)
  const ids = wordIdsOf(v.text, v.tokens);
  flagsById.sync();
  for (let t = 0; t < ids.length; t++) {
    const id = ids[t]!;
    let f = flagsById.get(id);
    if (f === 0) {
      f = 0x80 | (SAYING_VERBS.has(v.raw[t]!) ? SAYING_WORD : 0) | (KNOWN_NAME_WORDS.has(v.low[t]!) ? KNOWN_NAME_WORD : 0);
      flagsById.set(id, f);
    }
    flags[t] = f & 0x7f;
  }
}

/**
 * Per token: 1 for a word that starts with a capital, read off the article text in one pass (the
 * rules ask it of most tokens, several times; the token strings lie all over the heap).
 */
function capitalWords(v: TokenView, cap: Uint8Array): void {
  const { kind, start, count } = v.tokens;
  for (let t = 0; t < count; t++) if (kind[t] === TokenKind.Word && isUpper(v.text.charCodeAt(start[t]!))) cap[t] = 1;
}
const isHyphen = (d: Doc, t: number): boolean => {
  const w = d.v.raw[t];
  return w === '-' || w === '‐' || w === '‑';
};
/** An "&" between capitalised parts written tight, one name as CoNLL writes it: "AT&T", "S&P", "M&S". */
const isInitialsAmpersand = (d: Doc, t: number): boolean => d.v.raw[t] === '&' && t > 0 && t + 1 < d.n && isUpper(d.v.raw[t - 1]!.charCodeAt(0)) && isUpper(d.v.raw[t + 1]!.charCodeAt(0)) && !d.v.raw[t + 1]!.endsWith('.');
const adjacent = (d: Doc, a: number, b: number): boolean => b < d.n && d.v.tokens.end[a] === d.v.tokens.start[b];

/** The lower-cased text of tokens [from, to): words joined by one space, hyphens kept tight. */
function keyOf(d: Doc, from: number, to: number): string {
  let s = '';
  for (let t = from; t < to; t++) {
    if (t > from && !isHyphen(d, t) && !isHyphen(d, t - 1)) s += ' ';
    s += d.v.low[t]!;
  }
  return s;
}

/** The text of tokens [from, to) as written, spaces squeezed: the same form in the same case. */
function surfaceOf(d: Doc, from: number, to: number): string {
  let s = '';
  for (let t = from; t < to; t++) {
    if (t > from && !adjacent(d, t - 1, t)) s += ' ';
    s += d.v.raw[t]!;
  }
  return s;
}

/**
 * Tokens before which the model's sentence is cut although neither segmentation nor a line
 * break ends one there: what a wire story, a table or a results list runs together when its
 * lines are joined into one paragraph (or the text comes without its line breaks):
 *
 * - a dateline: a place in capitals, maybe a region, and a date, before the body and after
 *   a byline ("… SCORES . Tom Rydell | CHICAGO 1996-09-12 | Maria Costa held …",
 *   "BERGEN , Norway 1996-09-12 | The rain-soaked …");
 * - a headline in capitals run into its body ("SHARES SLIP AS OIL PRICES CLIMB | Mid-cap shares slipped");
 * - table rhythm: a word after two numbers or more ("CHICAGO 81 52 .609 - | DETROIT 77 56");
 * - a headline without its stop, when segmentation found none: "Factory output shows steady rise | The factory sector".
 *
 * Null when there is none (the common case: nothing allocated). Linear: each walk back is bounded.
 */
function extraCuts(d: Doc, segments: Segments, covered: Uint8Array): Uint8Array | null {
  const { v, n } = d;
  const noTitle = segments.title === null;
  let cuts: Uint8Array | null = null;
  const cut = (t: number): void => {
    if (t <= 0 || t >= n) return;
    cuts ??= new Uint8Array(n);
    cuts[t] = 1;
  };
  let numbers = 0;
  let capsRun = 0;
  for (let t = 0; t < n; t++) {
    const kind = v.tokens.kind[t];
    // a line break starts afresh (the model's sentence is cut there anyway)
    if (t > 0) for (let i = v.tokens.end[t - 1]!; i < v.tokens.start[t]!; i++) if (v.text.charCodeAt(i) === 10) numbers = capsRun = 0;
    if (kind === TokenKind.Number || (kind === TokenKind.Word && isDigit(v.raw[t]!.charCodeAt(0)))) {
      // a group of numbers counts once: "74", "1-1", "3:31.830", "1996-08-30", "26 1/2" (two)
      if (t === 0 || !adjacent(d, t - 1, t)) numbers++;
      // a date after a place in capitals ends a dateline
      if (covered[t] === 2 && !(t + 1 < n && adjacent(d, t, t + 1))) datelineCuts(d, t, covered, cut);
      continue;
    }
    if (kind !== TokenKind.Word) {
      if (!isHyphen(d, t)) capsRun = 0;
      continue;
    }
    const cap = d.cap[t] === 1;
    // table rhythm; a list number before the word goes with it ("2:14.550 | 4. Helen Marsh")
    // and a word after a number in brackets ("Tom Berry ( 72nd ) | Costa Rica - Luis Mora")
    if (cap && numbers === 1 && t >= 2 && v.raw[t - 1] === ')' && isDigit(v.raw[t - 2]!.charCodeAt(0))) cut(t);
    else if (cap && numbers >= 2) cut(isListNumber(d, t - 2) && (v.raw[t - 1] === '.' || isHyphen(d, t - 1)) ? t - 2 : t);
    // a sentence's first word after a word in lower case, with no stop between, at the start of a text whose
    // headline segmentation did not find: the headline run into the body ("Factory output shows steady rise |
    // The factory sector …"; inside a body, "the movie The Harbour" is a title)
    else if (cap && t < HEADLINE_TOKENS && noTitle && (STARTERS.has(v.raw[t]!) || isClosingQuote(d, t - 1)) && endsLowerLine(d, t)) cut(t);
    numbers = 0;
    if (v.raw[t]!.length < 2) continue;
    if (isShouted(v.raw[t]!, v.low[t]!)) {
      // ordinary text, then a headline in capitals ("… oOo----- | SHARES SLIP AS OIL PRICES CLIMB")
      if (capsRun === 0 && t > 0 && isCapsRun(d, t, 4)) cut(t);
      capsRun++;
    } else {
      if (cap && capsRun >= 3 && lowerWordFollows(d, t)) cut(t);
      capsRun = 0;
    }
  }
  return cuts;
}

/** Verbs before a name with "The": "said The Times", "told The Guardian". */
const REPORTING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'reported', 'reports', 'quoted', 'joined', 'join', 'joins', 'visited', 'visit', 'beat', 'beats', 'played', 'play', 'plays', 'v', 'vs', 'versus']);

/** A word that starts with a letter that is not upper case ("profit", not "Warner", "3rd"). */
const isLowerInitial = (w: string): boolean => isLetter(w.charCodeAt(0)) && !isUpper(w.charCodeAt(0));

/**
 * Token `t` follows a word in lower case, maybe with its closing quote ("Retail 'weaker than
 * hoped' | The UK retail sector"), which is neither a function word nor a verb that names a
 * paper ("at The Oval", "said The Times"). After a closing quote any capitalised word starts
 * a sentence ("Halden India deal 'stalled' | Halden's planned deal").
 */
function endsLowerLine(d: Doc, t: number): boolean {
  let p = t - 1;
  if (isClosingQuote(d, p)) p--;
  return isWord(d, p) && isLowerInitial(d.v.raw[p]!) && !FUNCTION_WORDS.has(d.v.low[p]!) && !REPORTING.has(d.v.low[p]!);
}

/** A quote mark that closes a quotation: after a word, before a space ("India deal 'stalled' | Halden's …"). */
function isClosingQuote(d: Doc, p: number): boolean {
  const q = d.v.raw[p];
  return p >= 1 && (q === "'" || q === '’' || q === '"' || q === '”') && isWord(d, p - 1) && adjacent(d, p - 1, p) && !adjacent(d, p, p + 1);
}

/** How far into a text a headline run into the body may end, in tokens. */
const HEADLINE_TOKENS = 40;

/** Words that start sentences and are rarely written capitalised inside one. */
const STARTERS: ReadonlySet<string> = new Set(['The', 'An', 'He', 'She', 'It', 'They', 'We', 'His', 'Her', 'Their', 'Its', 'There', 'This', 'These', 'Those', 'But', 'However', 'Meanwhile']);

/** Token `t` starts `count` words in capitals (hyphens between them allowed), after a word that is not. */
function isCapsRun(d: Doc, t: number, count: number): boolean {
  let p = t - 1;
  while (p >= 0 && !isWord(d, p) && t - p < 4) p--;
  if (p < 0 || !isWord(d, p) || isShouted(d.v.raw[p]!, d.v.low[p]!)) return false;
  let words = 0;
  for (let k = t; k < d.n && words < count && k < t + 3 * count; k++) {
    if (isHyphen(d, k)) continue;
    if (!isWord(d, k) || d.v.raw[k]!.length < 2 || !isShouted(d.v.raw[k]!, d.v.low[k]!)) return false;
    words++;
  }
  return words >= count;
}

/** A list number: one or two digits on their own ("4" in "4. Helen Marsh", "14" in "; 14 - Pablo del Campo"). */
function isListNumber(d: Doc, t: number): boolean {
  if (t < 0 || d.v.tokens.kind[t] !== TokenKind.Number || d.v.raw[t]!.length > 2 || (t > 0 && adjacent(d, t - 1, t))) return false;
  return true;
}

/** The next word after `t` (within three tokens, across a hyphen) is in lower case: ordinary text ("Mid-cap shares slipped"). */
function lowerWordFollows(d: Doc, t: number): boolean {
  for (let k = t + 1; k < d.n && k <= t + 3; k++) if (isWord(d, k)) return !isUpper(d.v.raw[k]!.charCodeAt(0));
  return false;
}

/**
 * The date ending at token `e` (inclusive, a number) closes a dateline when a place in
 * capitals comes just before it ("CHICAGO", "AL-BIRA , West Bank", "BERGEN , Norway")
 * and a capitalised word after it (which the date may run into: "1996-09-12 This year"):
 * cut before the place and after the date.
 */
function datelineCuts(d: Doc, e: number, covered: Uint8Array, cut: (t: number) => void): void {
  const { v, n } = d;
  if (e + 1 >= n || !(isCapWord(d, e + 1) || v.tokens.kind[e + 1] === TokenKind.Quote)) return;
  let s = e;
  while (s > 0 && covered[s - 1] === 2 && e - s < 12) s--;
  // a date, not a lone year ("BEFORE 2002 WORLD CUP")
  if (s === e) return;
  // a region after a comma: "BERGEN , Norway", "AL-BIRA , West Bank"
  let k = s - 1;
  while (k >= 0 && s - k <= 3 && isCapWord(d, k) && !isShouted(v.raw[k]!, v.low[k]!)) k--;
  if (k >= 0 && v.raw[k] === ',' && k < s - 1) k--;
  else k = s - 1;
  // the place, in capitals
  const placeEnd = k;
  let shoutedWords = 0;
  while (k >= 0 && placeEnd - k < 6 && ((isWord(d, k) && isShouted(v.raw[k]!, v.low[k]!)) || (isHyphen(d, k) && k > 0 && adjacent(d, k - 1, k)))) {
    if (isWord(d, k) && v.raw[k]!.length >= 2) shoutedWords++;
    k--;
  }
  // a short place name after something not in capitals (a sentence's end, a byline): not the end of a headline
  if (shoutedWords === 0 || shoutedWords > 3 || (k >= 0 && isWord(d, k) && isShouted(v.raw[k]!, v.low[k]!))) return;
  cut(k + 1);
  cut(e + 1);
}

/**
 * Token ranges the model reads as sentences: segmentation's sentences, also cut at line breaks, at the headline
 * and byline, and where lines were run together (`extraCuts`).
 */
function modelSentences(d: Doc, segments: Segments, covered: Uint8Array): [number, number][] {
  const { v, n } = d;
  const extra = extraCuts(d, segments, covered);
  const zone = (t: number): number => {
    const s = v.tokens.start[t]!;
    if (segments.title && s >= segments.title.start && s < segments.title.end) return 1;
    if (segments.byline && s >= segments.byline.start && s < segments.byline.end) return 2;
    return 0;
  };
  const out: [number, number][] = [];
  let from = 0;
  let prevZone = n > 0 ? zone(0) : 0;
  const dl = segments.dateline;
  let wordSince = n > 0 && v.tokens.kind[0] === TokenKind.Word;
  let datelineOnly = n > 0 && dl !== null && v.tokens.start[0]! >= dl.start && v.tokens.end[0]! <= dl.end;
  for (let t = 1; t <= n; t++) {
    let cut = t === n;
    if (!cut) {
      const z = zone(t);
      // a dateline runs on into its sentence for the model ("SOCCER - PERU SNATCH LATE DRAW"), and so does a list
      // number that segmentation ended a sentence with ("4:02.18 \n 8. Marcus O'Connell": "8." and "Marcus …" one line)
      cut = z !== prevZone || (v.tokens.sentence[t] !== v.tokens.sentence[t - 1] && !datelineOnly && wordSince);
      prevZone = z;
      if (!cut) for (let i = v.tokens.end[t - 1]!; i < v.tokens.start[t]!; i++) if (v.text.charCodeAt(i) === 10) cut = true;
      if (!cut && extra !== null && extra[t] === 1) cut = true;
    }
    if (cut) {
      out.push([from, t]);
      from = t;
      datelineOnly = true;
      wordSince = false;
    }
    if (t < n && v.tokens.kind[t] === TokenKind.Word) wordSince = true;
    if (t < n) datelineOnly &&= (dl !== null && v.tokens.start[t]! >= dl.start && v.tokens.end[t]! <= dl.end) || v.tokens.kind[t] === TokenKind.Punct;
  }
  return out;
}

const YEAR = /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)/;

/** A line of place names and a date, and nothing else: "LYON , France 1996-09-12". */
function isDateline(d: Doc, a: number, b: number, covered: Uint8Array): boolean {
  if (b - a < 2 || b - a > 10 || covered[b - 1] !== 2 || !isCapWord(d, a)) return false;
  let t = b - 1;
  while (t > a && covered[t]) t--;
  // the date: a year ("1996-09-12") or several words ("May 15"), not a lone time or count ("1:34")
  let year = false;
  for (let k = t + 1; k < b; k++) if (YEAR.test(d.v.raw[k]!)) year = true;
  if (!year && b - t - 1 < 2) return false;
  for (let k = a; k <= t; k++) if (covered[k] || !(isCapWord(d, k) || d.v.raw[k] === ',' || isHyphen(d, k) || d.v.raw[k] === '.')) return false;
  return true;
}

/** Headline, byline and dateline tokens, and sentences written mostly in capitals. */
function markHeaders(d: Doc, segments: Segments, sentences: readonly [number, number][]): void {
  const { v } = d;
  const inSpan = (t: number, s: { start: number; end: number } | null): boolean => s !== null && v.tokens.start[t]! >= s.start && v.tokens.end[t]! <= s.end;
  for (const [a, b] of sentences) {
    let words = 0;
    let caps = 0;
    for (let k = a; k < b; k++) {
      if (v.tokens.kind[k] !== TokenKind.Word) continue;
      const w = v.raw[k]!;
      if (w.length < 2) continue;
      words++;
      if (isShouted(w, v.low[k]!)) caps++;
    }
    const shouting = words >= 3 && caps / words >= 0.7;
    for (let k = a; k < b; k++) if (shouting || inSpan(k, segments.title) || inSpan(k, segments.byline) || inSpan(k, segments.dateline)) d.header[k] = 1;
  }
}

/** `w === w.toUpperCase() && w !== lower`: written in capitals; ASCII words checked without a copy. */
function isShouted(w: string, lower: string): boolean {
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w === w.toUpperCase() && w !== lower;
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function isSentenceStart(d: Doc, t: number, sentenceFrom: number): boolean {
  for (let k = t - 1; k >= sentenceFrom; k--) {
    const kind = d.v.tokens.kind[k];
    if (kind === TokenKind.Word || kind === TokenKind.Number) return false;
    const c = d.v.raw[k]!;
    if (c === ':' || c === '—' || c === '–') return true;
  }
  return true;
}

/**
 * Names in the article, from the model's spans over `v`, cleaned up by rules. `covered`
 * marks tokens already taken by values (1) and by dates and times (2).
 */
export function findModelNames(v: TokenView, segments: Segments, covered: Uint8Array, model: NerModel): NameSpan[] {
  const n = v.tokens.count;
  // the per-token arrays in one buffer (each ArrayBuffer is an allocation outside the V8 heap)
  const bytes = new Uint8Array(4 * n);
  const d: Doc = { v, n, sentences: [], forms: null, header: bytes.subarray(0, n), tagged: bytes.subarray(n, 2 * n), cap: bytes.subarray(2 * n, 3 * n), flags: bytes.subarray(3 * n) };
  capitalWords(v, d.cap);
  wordFlags(v, d.flags);
  const sentences = modelSentences(d, segments, covered);
  d.sentences = sentences;
  markHeaders(d, segments, sentences);

  // the model reads a hyphenated compound as one word, as CoNLL writes it ("Aziz-ur-Rahim", "ex-Lazio", "Hong Kong-based"),
  // except a name before a capitalised modifier ("Trump-Backed" in a headline: the model sees "Trump", "-", "Backed");
  // and a detached possessive "'s" (CoNLL's "Rovers 's", which `tokenize` cuts into "'" and "s") as one word
  const words: string[][] = [];
  const firsts: number[][] = [];
  const modifiers: number[] = [];
  // the shared word ids of the tokens (claims reads them too): the model finds a word's cached atoms by id
  const tokenIds = wordIdsOf(v.text, v.tokens);
  const ids: number[][] = [];
  for (const [a, b] of sentences) {
    const w: string[] = [];
    const f: number[] = [];
    const id: number[] = [];
    for (let t = a; t < b; ) {
      let e = t + 1;
      if (isPart(d, t)) while (e + 1 < b && ((isHyphen(d, e) && !isTitledModifier(d, e + 1)) || isInitialsAmpersand(d, e)) && adjacent(d, e - 1, e) && adjacent(d, e, e + 1) && isPart(d, e + 1)) e += 2;
      else if (e < b && isDetachedPossessive(d, t)) e++;
      if (e === t + 3 && isPlaceModifier(d, t)) modifiers.push(t);
      w.push(e === t + 1 ? v.raw[t]! : v.text.slice(v.tokens.start[t]!, v.tokens.end[e - 1]!));
      id.push(e === t + 1 ? tokenIds[t]! : -1);
      f.push(t);
      t = e;
    }
    f.push(b);
    words.push(w);
    firsts.push(f);
    ids.push(id);
  }
  const tagged = model.tagDocument(words, { words: ids, generation: wordVocabularyGeneration() }).map((spans, si) => spans.map((s) => ({ start: firsts[si]![s.start]! - sentences[si]![0], end: firsts[si]![s.end]! - sentences[si]![0], type: s.type })));
  const cands: Cand[] = [];
  // (`BODY_BEFORE_PERSON`: words the model read alone as a name somewhere, "Cabrera said")
  const loneWords = new Set<string>();
  sentences.forEach(([a], si) => {
    for (const s of tagged[si]!) {
      d.tagged.fill(1, a + s.start, a + s.end);
      if (BODY_BEFORE_PERSON && s.end - s.start === 1) loneWords.add(v.low[a + s.start]!);
    }
  });
  sentences.forEach(([a, b], si) => {
    const place = isDateline(d, a, b, covered);
    const first = cands.length;
    const fixes = personFixes(d, a, b, tagged[si]!, covered);
    for (let i = 0; i < fixes.length; i++) {
      const s = fixes[i]!;
      // round sixteen (`TITLE_SPAN_BEFORE_PERSON`): "said [Home Office Minister] [Hazel Pryor]": a "person" that ends in title words
      // right before a person's name is a body's name and its title ("Home Office" and "Minister"), not a person
      const next = fixes[i + 1];
      // (the given name the model left out between them is the person's: "Minister Hazel [Pryor]")
      const gap = next !== undefined && next.from === s.to + 1 && !d.tagged[s.to] && !covered[s.to] && isCapWord(d, s.to) && adjacentInSentence(d, next.from);
      if (TITLE_SPAN_BEFORE_PERSON && s.type === 'PERSON' && s.person < 0 && next?.type === 'PERSON' && next.person < 0 && (next.from === s.to || gap) && TITLE_HEAD_SET.has(v.low[s.to - 1]!)) {
        if (gap) {
          next.from = s.to;
          d.tagged[s.to] = 1;
        }
        const k = titleWordsStart(d, s.from, s.to);
        if (k > s.from) clean(d, s.from, k, 'ORG', covered, cands);
        continue;
      }
      // seventeenth session (`GIVEN_NAME_AFTER_TITLE`): "Conservative [MP Karen] [Vance Bell]": a span that ends in a title's
      // head word and one more capitalised word, right before a person's name, ends in that person's given name
      // (or before a surname the model left out: "[National Chief Terry] Bellweather")
      const sEnd = GIVEN_NAME_AFTER_TITLE && s.to < b ? surnameEnd(d, s.to, covered) : s.to;
      const surname = sEnd > s.to && sEnd <= b && (next === undefined || next.from >= sEnd);
      if (GIVEN_NAME_AFTER_TITLE && s.type !== 'PERSON' && s.person < 0 && (surname || (next?.type === 'PERSON' && next.person < 0 && next.from === s.to)) && s.to - s.from >= 2) {
        const given = s.to - 1;
        if (TITLE_HEAD_SET.has(v.low[given - 1]!) && isCapWord(d, given) && !TITLE_HEAD_SET.has(v.low[given]!) && !TITLE_MODIFIER_SET.has(v.low[given]!) && !ORG_END_WORDS.has(v.low[given]!) && !KNOWN_NAMES.has(v.low[given]!)) {
          if (surname) {
            d.tagged.fill(1, s.to, sEnd);
            clean(d, given, sEnd, 'PERSON', covered, cands);
          } else next!.from = given;
          const k = titleWordsStart(d, s.from, given);
          if (k > s.from) clean(d, s.from, k, partType(d, s.from, k, s.type), covered, cands);
          continue;
        }
      }
      // round sixteen (`PARTY_BEFORE_PERSON`): "[Tory Peter Garvey] said", read as one organisation: a party or a people the
      // gazetteer knows, then a given name and a surname, is that party and a person
      if (PARTY_BEFORE_PERSON && s.type !== 'PERSON' && s.person < 0 && s.to - s.from >= 3) {
        let split = -1;
        let owner: NameType | undefined;
        for (let g = s.from + 1; g <= s.from + 4 && g <= s.to - 2; g++) {
          const given = isCapWord(d, g) && (isGivenName(v.low[g]!, false) || givenNameGender(v.low[g]!) !== undefined) && s.to - g <= 3;
          if (!given) continue;
          const known = g <= s.from + 2 ? KNOWN_NAMES.get(keyOf(d, s.from, g)) : undefined;
          // (also an owner's possessive before the person, "[the BBC's Sarah Pendle]": the owner keeps the span's type)
          const possessive = v.raw[g - 1] === "'s" || v.raw[g - 1] === '’s' || ((v.raw[g - 1] === 's') && (v.raw[g - 2] === "'" || v.raw[g - 2] === '’'));
          if (known === 'NORP' || known === 'ORG') [split, owner] = [g, known];
          else if (possessive) [split, owner] = [g, s.type];
        }
        // (twenty-first session, `BODY_BEFORE_PERSON`: "Director of [Public Credit Tomas Cabral] said", "Chairman of [the Wool
        // Brokers Association John Walsh] says": a given name and a surname that end the span, after a title's "of" or a body's
        // head word, are a person; after a title's "of", a surname read alone elsewhere ("Cabral said") marks the given name too)
        if (BODY_BEFORE_PERSON && split < 0 && s.to - s.from >= 3) {
          const g = s.to - 2;
          const head = v.low[g - 1]!;
          const afterTitle = s.from >= 2 && v.low[s.from - 1] === 'of' && TITLE_HEAD_SET.has(v.low[s.from - 2]!);
          const bodyHead = ORG_END_WORDS.has(head) || (head.length > 4 && (head.endsWith('ers') || head.endsWith('ors')));
          // (twenty-eighth session, `ROLE_AT_BODY_PERSON`: "Senior analyst at [Halden Grant Saligari] says", as Australian news
          // writes a speaker: a role, "at" / "with" / "from", the body and the person; there a word that is also a given name,
          // "Grant", "Will", counts as one)
          // (not a firm's name of surnames that runs on: "lawyer at [Fried Frank Harris] Shriver and …")
          const runsOn = s.to < d.n && (isCapWord(d, s.to) || v.raw[s.to] === '&' || v.raw[s.to] === ',' || v.low[s.to] === 'and');
          const afterRole = ROLE_AT_BODY_PERSON && s.from >= 2 && ROLE_AT_PREPOSITIONS.has(v.low[s.from - 1]!) && APPOSITIVE_ROLES.has(v.low[s.from - 2]!) && !runsOn;
          if ((afterTitle || bodyHead || afterRole) && isCapWord(d, g) && isCapWord(d, g + 1) && (isGivenName(v.low[g]!, afterRole) || givenNameGender(v.low[g]!) !== undefined || (afterTitle && loneWords.has(v.low[g + 1]!))) && !isGivenName(head, false) && givenNameGender(head) === undefined && !ORG_END_WORDS.has(v.low[g + 1]!) && !TITLE_HEAD_SET.has(v.low[g]!)) [split, owner] = [g, 'ORG'];
        }
        if (split > 0) {
          clean(d, s.from, split, owner!, covered, cands);
          clean(d, split, s.to, 'PERSON', covered, cands);
          continue;
        }
        // seventeenth session (`TITLED_PERSON_IN_BODY`): "[Manitoba Premier Ann Ford]" read as one organisation (the company
        // "Ford"): a title's head word, then two or three capitalised words of no body or place, is the place or body, the title and
        // the person
        if (TITLED_PERSON_IN_BODY) {
          for (let g = s.from + 1; g <= s.to - 2 && split < 0; g++) {
            if (!TITLE_HEAD_SET.has(v.low[g - 1]!) || s.to - g > 3) continue;
            let names = true;
            // (twenty-sixth session, `REPEATED_SURNAMES`: a month's name ends a person's, "[Green Party Leader Elizabeth May]")
            for (let t = g; t < s.to && names; t++) names = isCapWord(d, t) && !TITLE_HEAD_SET.has(v.low[t]!) && !TITLE_MODIFIER_SET.has(v.low[t]!) && !ORG_END_WORDS.has(v.low[t]!) && (!FUNCTION_WORDS.has(v.low[t]!) || (REPEATED_SURNAMES && t > g && t === s.to - 1 && CALENDAR_WORDS.has(v.low[t]!))) && KNOWN_NAMES.get(v.low[t]!) !== 'LOC';
            if (names) split = g;
          }
          if (split > 0) {
            const k = titleWordsStart(d, s.from, split - 1);
            if (k > s.from) clean(d, s.from, k, partType(d, s.from, k, 'LOC'), covered, cands);
            clean(d, split, s.to, 'PERSON', covered, cands);
            continue;
          }
        }
      }
      // twelfth session (`PARTY_IN_PERSON`): "[Tory Peter Ainsley] branded", "[Lib Dem Norman Tasker] accused", read as one person: a
      // party the gazetteer knows, then two capitalised words or more, is the party and the person
      if (PARTY_IN_PERSON && s.type === 'PERSON' && s.person < 0 && s.to - s.from >= 3) {
        let split = -1;
        let party: NameType | undefined;
        for (let g = s.from + 1; g <= s.from + 2 && g <= s.to - 2 && split < 0; g++) {
          const known = KNOWN_NAMES.get(keyOf(d, s.from, g));
          if (known !== 'NORP' && known !== 'ORG') continue;
          let names = true;
          for (let t = g; t < s.to && names; t++) names = isCapWord(d, t) && !TITLE_HEAD_SET.has(v.low[t]!) && !TITLE_MODIFIER_SET.has(v.low[t]!) && !HONORIFICS.has(v.low[t]!);
          if (names) [split, party] = [g, known];
        }
        if (split > 0) {
          clean(d, s.from, split, party!, covered, cands);
          clean(d, split, s.to, 'PERSON', covered, cands);
          continue;
        }
      }
      if (s.person < 0) clean(d, s.from, s.to, s.type, covered, cands);
      else {
        // the span's words before the person keep its type ("[BBC] correspondent James Lowry", "[Academy] librarian Margaret Doyle")
        if (s.person > s.from && !allTitleWords(d, s.from, s.person)) clean(d, s.from, s.person, s.type, covered, cands);
        clean(d, s.person, s.to, 'PERSON', covered, cands);
      }
    }
    // "CHICAGO 1996-09-12", "LYON , France 1996-09-12": a dateline names places
    if (place) for (let k = first; k < cands.length; k++) cands[k] = { ...cands[k]!, type: 'LOC', votes: -1 };
  });
  // "Moscow-based", "Ohio-based" the model left out: a MISC modifier, as CoNLL has it
  for (const t of modifiers) if (!d.tagged[t] && !d.tagged[t + 2] && !covered[t]) cands.push({ from: t, to: t + 3, type: 'MISC', votes: 0 });
  // round sixteen (`NAMED_BEFORE_BODY_NOUN`): "the Reporters Without Borders group": capitalised words the model left out between
  // "the" and a body's noun name that body
  const bodies = NAMED_BEFORE_BODY_NOUN ? namesBeforeBodyNouns(d, covered) : [];
  for (const c of bodies) cands.push(c);
  // seventeenth session (`KNOWN_SPANS`): "The Globe and Mail" the model cut ("Mail on Sunday"): a name of two words or more the
  // list knows, written in capitals, is that name over whatever crosses it
  if (KNOWN_SPANS) {
    const known = knownSpans(d, covered);
    if (known.length > 0) {
      const crosses = (c: Cand): boolean => known.some((k) => c.from < k.to && k.from < c.to && !(c.from <= k.from && k.to <= c.to));
      let w = 0;
      for (const c of cands) if (!crosses(c)) cands[w++] = c;
      cands.length = w;
      for (const k of known) if (!cands.some((c) => c.from <= k.from && k.to <= c.to)) cands.push(k);
    }
  }
  cands.sort((x, y) => x.from - y.from);

  // body-first knowledge for the headline: words of names the body found
  const bodyNameWords = new Set<string>();
  for (const c of cands) if (!d.header[c.from]) for (let t = c.from; t < c.to; t++) if (isWord(d, t)) bodyNameWords.add(v.low[t]!);
  const trimmed: Cand[] = [];
  for (const c of cands) {
    if (!d.header[c.from] || c.to - c.from < 2 || c.type !== 'PERSON') {
      trimmed.push(c);
      continue;
    }
    // "PUTIN SNUBS TRUMP": in capitals, keep the runs of words the body (or the gazetteer) knows, when it knows one
    let known = false;
    for (let t = c.from; t < c.to; t++) if (bodyNameWords.has(v.low[t]!)) known = true;
    if (!known) {
      trimmed.push(c);
      continue;
    }
    const shouted = (t: number): boolean => isShouted(v.raw[t]!, v.low[t]!);
    const keep = (t: number): boolean => isWord(d, t) && (!shouted(t) || bodyNameWords.has(v.low[t]!) || KNOWN_NAME_WORDS.has(v.low[t]!) || KNOWN_NAMES.has(v.low[t]!));
    let from = c.from;
    for (let t = c.from; t <= c.to; t++) {
      if (t < c.to && (keep(t) || (!isWord(d, t) && t > from && t + 1 < c.to && keep(t - 1) && keep(t + 1)))) continue;
      if (t > from) trimmed.push({ ...c, from, to: t, votes: from === c.from && t === c.to ? c.votes : 0 });
      from = t + 1;
    }
  }

  // round sixteen (`REPEATED_NAMES`): a name of two words or more the model found once is the same name where the article
  // repeats it and the model read nothing ("Nordic Coal" five times, tagged once)
  if (REPEATED_NAMES) {
    const { add, drop } = repeatedNames(d, trimmed, covered);
    if (add.length > 0) {
      let w = 0;
      for (const c of trimmed) if (!drop.has(c)) trimmed[w++] = c;
      trimmed.length = w;
      for (const c of add) trimmed.push(c);
      trimmed.sort((x, y) => x.from - y.from || y.to - x.to);
    }
  }

  // twenty-sixth session (`REPEATED_SURNAMES`): the surname of a full name the model found, where the article repeats it alone
  // and the model read nothing ("Prime Minister Carla May …. May said", "“…,” Sharp told reporters")
  if (REPEATED_SURNAMES) {
    const add = repeatedSurnames(d, trimmed, covered);
    if (add.length > 0) {
      for (const c of add) trimmed.push(c);
      trimmed.sort((x, y) => x.from - y.from || y.to - x.to);
    }
  }

  // (twenty-third session, `PERSON_BEFORE_ROLE`: "Kamil Halek, chief economist at …": a person, before the vote, so that "Halek" alone
  // is the person's too)
  if (PERSON_BEFORE_ROLE) personsBeforeRoles(d, trimmed, covered);
  // one type per surface form: a vote of the model's spans, which the gazetteer wins
  const votes = new Map<string, Map<NameType, number>>();
  for (const c of trimmed) {
    if (c.votes <= 0) continue;
    const key = surfaceOf(d, c.from, c.to);
    let m = votes.get(key);
    if (!m) votes.set(key, (m = new Map()));
    m.set(c.type, (m.get(c.type) ?? 0) + c.votes);
  }
  // one-word names that a title or honorific ever stands before ("Lord Ashworth", "Mr Irish")
  const titled = new Set<string>();
  for (const c of trimmed) if (c.to - c.from === 1 && c.from > 0 && TITLE_HEAD_SET.has(v.low[c.from - 1]!)) titled.add(keyOf(d, c.from, c.to));
  // names the article calls a party, a firm, a charity …: "launches 'Clarity' party": a one-word
  // name read as a person is not one (a place stays one: "a U.S. firm"; a full name too: "the John Q Hale website")
  const orgCued = new Set<string>();
  for (const c of trimmed) if (orgNounAfter(d, c.to)) orgCued.add(keyOf(d, c.from, c.to));
  // fifteenth session (`COMPANY_NOUN_BEFORE`): "The US agrochemical giant Agrivon", "engineering group Harland": a one-word name
  // right after a company's noun is a company wherever the article names it, whatever place or person the model read
  const companyCued = new Set<string>();
  if (COMPANY_NOUN_BEFORE) for (const c of trimmed) if (c.to - c.from === 1 && c.from > 0 && COMPANY_NOUNS_BEFORE.has(v.raw[c.from - 1]!)) companyCued.add(keyOf(d, c.from, c.to));
  // (eighteenth session, `COMPANY_NOUN_BEFORE_NAMES`: "water firm Aguas Argentinas", "drugmaker Eli Lilly": a longer name too, after a
  // noun that never stands before a person's name, as "producer" and "developer" do)
  if (COMPANY_NOUN_BEFORE_NAMES) for (const c of trimmed) if (c.to - c.from >= 2 && c.from > 0 && COMPANY_NOUNS_BEFORE_NAMES.has(v.raw[c.from - 1]!)) companyCued.add(keyOf(d, c.from, c.to));
  // seventeenth session (`APPOSITIVE_COMPANY`): "Halvard, the Norwegian car company, reported …": a company's noun that heads the
  // description after it
  if (APPOSITIVE_COMPANY) for (const c of trimmed) if (c.to - c.from === 1 && companyAfter(d, c.to)) companyCued.add(keyOf(d, c.from, c.to));
  // (the words of a longer name read as a company's, `COMPANY_NOUN_BEFORE_NAMES`, are no person's: "Dalton" beside "airline Dalton Air Lines")
  const personWords = new Set<string>();
  for (const c of trimmed) {
    if (c.type !== 'PERSON' || c.to - c.from <= 1 || (EVENT_HEAD_NOT_PERSON && EVENT_HEADS.has(v.low[c.to - 1]!))) continue;
    if (COMPANY_NOUN_BEFORE_NAMES && companyCued.has(keyOf(d, c.from, c.to))) continue;
    for (let t = c.from; t < c.to; t++) if (isCapWord(d, t)) personWords.add(v.low[t]!);
  }
  // (eighteenth session, `COMPANY_FIRST_WORD`: "the Corvane Group said …. Corvane is predicting …": the first word of a company's name
  // that ends in a company's suffix)
  const companyFirst = new Set<string>();
  if (COMPANY_FIRST_WORD) for (const c of trimmed) if (c.type === 'ORG' && c.to - c.from >= 2 && COMPANY_END_WORDS.has(v.low[c.to - 1]!) && isCapWord(d, c.from)) companyFirst.add(v.low[c.from]!);
  const out: NameSpan[] = [];
  for (const c of trimmed) {
    const key = keyOf(d, c.from, c.to);
    let type = c.type;
    const m = votes.get(surfaceOf(d, c.from, c.to));
    const seat = SEATS_OF_POWER.get(key);
    const known = KNOWN_NAMES.get(key);
    if (c.votes < 0) type = c.type;
    else if (seat) type = seat;
    else if (c.to - c.from === 1 && personWords.has(key)) type = 'PERSON';
    // an institution or company of the hand-written list is one whatever the model read ("on Twitter", "Lib Dem", "the Commons")
    else if (known === 'ORG' || (type === 'PERSON' && c.to - c.from === 1 && orgCued.has(key) && !personWords.has(key))) type = 'ORG';
    else if (m) {
      // a clear majority (twice the votes of the type given here) decides; a close vote keeps the model's reading
      const own = m.get(c.type) ?? 0;
      for (const [t, k] of m) if (k >= 2 * own + 1 && k >= 2) type = t;
      // news names a person in full before the surname stands alone: a one-word name the article
      // never writes as part of a person's full name, which the model also read as something else,
      // is that something else ("Merrill said in a statement" beside "Merrill" the bank); not when a
      // title ever stands before it ("Lord Ashworth"), nor on a stray vote (half the person votes needed)
      if (type === 'PERSON' && c.to - c.from === 1 && !titled.has(key)) type = otherThanPerson(m) ?? type;
    }
    // (twenty-sixth session, `KNOWN_PLACE_NOT_PERSON`: "Canada's chief public health officer said" read as a person: a one-word name the
    // gazetteer knows as a place is one, unless it is a given name ("Jordan") or a word of a person's full name in the article)
    if (KNOWN_PLACE_NOT_PERSON && type === 'PERSON' && known === 'LOC' && c.to - c.from === 1 && !personWords.has(key) && !titled.has(key) && !isGivenName(key, true) && givenNameGender(key) === undefined) type = 'LOC';
    // (`APPOSITIVE_COMPANY`: a company the hand-written list knows too, which a person's full name shares: "Ford" beside "Bill Ford")
    if (COMPANY_NOUN_BEFORE && (type === 'LOC' || type === 'PERSON') && (known === undefined || (APPOSITIVE_COMPANY && known === 'ORG')) && c.to - c.from === 1 && companyCued.has(key)) type = 'ORG';
    else if (COMPANY_NOUN_BEFORE_NAMES && (type === 'LOC' || type === 'PERSON') && known === undefined && c.to - c.from >= 2 && companyCued.has(key)) type = 'ORG';
    else if (COMPANY_FIRST_WORD && type === 'PERSON' && known === undefined && c.to - c.from === 1 && companyFirst.has(key) && !personWords.has(key) && !titled.has(key)) type = 'ORG';
    // round sixteen (`PEERS_ARE_PEOPLE`): "Lord Pellow", "Baroness Devon", "Sir Alex Haldane" are people whatever the model
    // read ("Lord Pellow" as a place); not "Lord Chancellor" (an office) nor "Lord of the Rings"
    if (PEERS_ARE_PEOPLE && type !== 'PERSON' && c.to - c.from >= 2 && PEERAGE_WORDS.has(v.raw[c.from]!) && isCapWord(d, c.from + 1) && !TITLE_HEAD_SET.has(v.low[c.from + 1]!) && !TITLE_MODIFIER_SET.has(v.low[c.from + 1]!)) type = 'PERSON';
    // twentieth session (`NUMBERED_NOT_PERSON`): "the Companies (Amendment) Bill 1997", "Windows 95": a name with a number of its own
    // is a thing's (a law's, a product's), not a person's, whatever the given name in it says
    if (NUMBERED_NOT_PERSON && type === 'PERSON' && c.to - c.from >= 2 && /^\d+$/.test(v.raw[c.to - 1]!)) type = 'MISC';
    // round fifteen: "Motor Neurone disease", "Huntington's, Alzheimer's and Motor Neurone disease": names of a disease are no people
    if (DISEASE_NAMES && type === 'PERSON' && namesDisease(d, c.to)) type = 'MISC';
    // "Lantern Health Trust", "Vauxhall Motors": a name that ends in an organisation's head word
    if (type === 'PERSON' && ORG_END_WORDS.has(v.low[c.to - 1]!) && isUpper(v.raw[c.to - 1]!.charCodeAt(0))) type = 'ORG';
    // (twenty-fourth session, `FIRM_END_TYPE`: "the New York Stock Exchange", "Halden Bank", "Varity Securities" read as a place's,
    // a thing's or a person's name: a firm's or a market's; not "the West Bank")
    else if (FIRM_END_TYPE && type !== 'ORG' && c.to - c.from >= 2 && FIRM_END_WORDS.has(v.low[c.to - 1]!) && isUpper(v.raw[c.to - 1]!.charCodeAt(0)) && !(v.low[c.to - 1] === 'bank' && BANK_PLACES.has(v.low[c.to - 2]!))) type = 'ORG';
    // fourteenth session: "World Anti-Doping Agency", "International Air Transport Association" read as a thing's name
    else if (MISC_ORG_HEAD && type === 'MISC' && c.to - c.from >= 2 && MISC_ORG_WORDS.has(v.low[c.to - 1]!) && isUpper(v.raw[c.to - 1]!.charCodeAt(0))) type = 'ORG';
    if (type === 'MISC' && isNationalityWord(key)) type = 'NORP';
    // seventeenth session (`KNOWN_PEOPLE_WORD`): "the 25-year-old Dubliner" is no person's name
    else if (KNOWN_PEOPLE_WORD && type === 'PERSON' && known === 'NORP' && c.to - c.from === 1 && !personWords.has(key) && !titled.has(key)) type = 'NORP';
    else if (type === 'MISC' && c.to - c.from > 1 && EVENT_CUE_WORDS.has(v.low[c.to - 1]!)) type = 'EVENT';
    // seventeenth session (`EVENT_HEAD_NOT_PERSON`): "the Brit Awards", "the Davis Cup" read as a person's name
    else if (EVENT_HEAD_NOT_PERSON && type === 'PERSON' && c.to - c.from > 1 && EVENT_HEADS.has(v.low[c.to - 1]!) && isUpper(v.raw[c.to - 1]!.charCodeAt(0))) type = 'EVENT';
    out.push({ from: c.from, to: c.to, type });
  }
  out.sort((x, y) => x.from - y.from || y.to - x.to);
  const joined = AMPERSAND_NAMES ? joinAmpersands(d, out) : out;
  const extended = BODY_NAME_EXTENT ? extendBodyNames(d, joined, covered) : joined;
  const acronyms = ACRONYM_EXTENT ? extendToAcronyms(d, extended, covered) : extended;
  const generations = GENERATION_NAMES ? joinGenerations(d, acronyms) : acronyms;
  const split = splitAtCommas(d.v.raw, d.v.low, (k) => isCapWord(d, k), generations);
  const firms = NAME_S_FIRM ? joinNameSFirms(d, split) : split;
  const suffixed = LEGAL_SUFFIX_AFTER ? joinLegalSuffixes(d, firms) : firms;
  const andFirms = AND_FIRMS ? joinAndFirms(d, suffixed) : suffixed;
  const he = HE_SURNAME ? joinHeSurname(d, andFirms) : andFirms;
  return PEER_OF_PLACE ? joinPeerages(d, he) : he;
}

/**
 * Issue 4, twenty-eighth session: "Baroness Ashdale of Kelso said …", "Lord Hallworth of Denby, in his ruling, said": a peer's
 * title is his name and his territorial designation together, "Hallworth of Denby" (the title word left out, as for every
 * honorific); the model read the place after "of" as another person or a place, and the speaker became "Kelso". Not after a
 * title word ("Lord Mayor of London", "Lord Chancellor of …") (`findModelNames`).
 */
const PEER_OF_PLACE = true;
function joinPeerages(d: Doc, spans: NameSpan[]): NameSpan[] {
  const { v } = d;
  let out = spans;
  for (let k = 0; k + 3 < d.n; k++) {
    if (!PEERAGE_WORDS.has(v.raw[k]!) || v.raw[k + 2] !== 'of' || !isCapWord(d, k + 1) || !isCapWord(d, k + 3) || d.header[k] === 1) continue;
    if (TITLE_HEAD_SET.has(v.low[k + 1]!) || TITLE_MODIFIER_SET.has(v.low[k + 1]!) || FUNCTION_WORDS.has(v.low[k + 3]!) || !adjacentInSentence(d, k + 1) || !adjacentInSentence(d, k + 3)) continue;
    // (a place of two words at most: "of Kings Norton")
    let end = k + 4;
    if (end < d.n && isCapWord(d, end) && adjacentInSentence(d, end) && !(end + 1 < d.n && isCapWord(d, end + 1) && adjacentInSentence(d, end + 1))) end++;
    else if (end < d.n && isCapWord(d, end) && adjacentInSentence(d, end)) continue;
    const from = k + 1;
    if (out.some((x) => x.from < end && x.to > from && (x.from < from || x.to > end))) continue;
    out = [...out.filter((x) => !(x.from < end && x.to > from)), { from, to: end, type: 'PERSON' as const }].sort((x, y) => x.from - y.from || y.to - x.to);
  }
  return out;
}

/**
 * Issue 4, twenty-eighth session: "But He Lanfei, an envoy of the institute, said …": the Chinese surname He read as
 * the pronoun, and the person as "Lanfei" alone. A capitalised "He" right before a person's name of one word the model read (no
 * punctuation between, outside a headline) is the name's first word: a pronoun is never followed by a name so (`findModelNames`).
 */
const HE_SURNAME = true;
function joinHeSurname(d: Doc, spans: NameSpan[]): NameSpan[] {
  const { v } = d;
  let out: NameSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const he = s.from - 1;
    if (s.type === 'PERSON' && s.to - s.from === 1 && he >= 0 && v.raw[he] === 'He' && d.header[he] === 0 && adjacentInSentence(d, s.from) &&
      /^[A-Z][a-z]+(?:-[a-z]+)?$/.test(v.raw[s.from]!) && !FUNCTION_WORDS.has(v.low[s.from]!) && !(i > 0 && spans[i - 1]!.to > he)) {
      out ??= spans.slice(0, i);
      out.push({ from: he, to: s.to, type: 'PERSON' });
      continue;
    }
    out?.push(s);
  }
  return out ?? spans;
}

/**
 * Issue 4, twenty-eighth session: "Fisher and Paykel Ltd", "Tate and Lyle has", "Marks and Spencer is": two capitalised words
 * joined by "and" are one firm's name when one occurrence of the pair ends in a company's suffix, or opens its clause before a
 * singular verb or "said it", and the first word never stands alone in the article (two firms or two people, "Ford and
 * Chrysler Corp", name the first alone too). Every occurrence of the pair is then the firm, whatever the model read its words as (a person "Spencer", so that a
 * "he said" after it went to the shop; `findModelNames`).
 */
const AND_FIRMS = true;
/** `AND_FIRMS`: "Marks and Spencer said it would …" speaks for one body too. */
const SAID_IT = true;
/** `AND_FIRMS`: verbs after the pair that only a single subject takes. */
const SINGULAR_AFTER: ReadonlySet<string> = new Set(['has', 'is', 'was', 'says', 'does', 'plans', 'expects', 'owns', 'employs', 'makes', 'sells', 'wants', 'reported', 'reports']);
function joinAndFirms(d: Doc, spans: NameSpan[]): NameSpan[] {
  const { v } = d;
  // (a plain capitalised word, no initials or acronym: "GTE", "LifeScan", "NSW" in a pair are two names)
  const usable = (t: number): boolean => isCapWord(d, t) && d.header[t] === 0 && /^(?:Ma?c)?[A-Z][a-z]+$/.test(v.raw[t]!) && !FUNCTION_WORDS.has(v.low[t]!) &&
    !KNOWN_NAMES.has(v.low[t]!) && !TITLE_HEAD_SET.has(v.low[t]!) && !TITLE_MODIFIER_SET.has(v.low[t]!) && !CALENDAR_WORDS.has(v.low[t]!) && !ORG_END_WORDS.has(v.low[t]!);
  let pairs: Map<string, number[]> | null = null;
  for (let t = 1; t + 1 < d.n; t++) {
    if (v.raw[t] !== 'and' || !usable(t - 1) || !usable(t + 1) || GIVEN_NAME_SET.has(v.low[t - 1]!) || !adjacentInSentence(d, t) || !adjacentInSentence(d, t + 1)) continue;
    // (one word before "and": "Ann Marks and Spencer", "Kidder, Peabody and Co" are no pair's)
    if (t >= 2 && v.tokens.sentence[t - 2] === v.tokens.sentence[t - 1] && (isCapWord(d, t - 2) || v.raw[t - 2] === ',' || v.raw[t - 2] === '.' || v.raw[t - 2] === '&')) continue;
    const key = `${v.low[t - 1]} ${v.low[t + 1]}`;
    (pairs ??= new Map()).set(key, [...(pairs.get(key) ?? []), t - 1]);
  }
  if (pairs === null) return spans;
  const inPair = new Set([...pairs.values()].flatMap((starts) => starts.flatMap((a) => [a, a + 2])));
  const suffixAt = (k: number): boolean => k < d.n && SUFFIX_TOKENS.has(v.low[k]!) && isCapWord(d, k) && adjacentInSentence(d, k);
  const firmEnd = (a: number): number => (suffixAt(a + 3) ? a + 4 : a + 3);
  // the spans the model made over a pair: none may reach outside it ("the Department of Parks and Wildlife"), and not both
  // words may read as places ("Victoria and Tasmania")
  const fits = (a: number): boolean => {
    const end = firmEnd(a);
    const over = spans.filter((s) => s.from < end && a < s.to);
    return over.every((s) => s.from >= a && s.to <= end) && over.filter((s) => s.type === 'LOC').length < 2;
  };
  // a verb counts only after a pair that opens its sentence or follows a comma or "that": in "the job at Oldbury and Keeling
  // has said …" the verb is the second word's alone
  const subject = (a: number): boolean => a === 0 || v.tokens.sentence[a - 1] !== v.tokens.sentence[a] || v.raw[a - 1] === ',' || v.low[a - 1] === 'that';
  const firms: number[] = [];
  for (const starts of pairs.values()) {
    // (a pair the model read as one name keeps its reading: the novel "Angels and Demons")
    if (!starts.every(fits) || starts.some((a) => spans.some((x) => x.from === a && x.to === a + 3))) continue;
    const [first, second] = [v.low[starts[0]!]!, v.low[starts[0]! + 2]!];
    // (or "said it" / "says its …": a pair of people says "they")
    const singular = starts.some((a) => firmEnd(a) === a + 4 || (subject(a) && a + 3 < d.n && adjacentInSentence(d, a + 3) && (SINGULAR_AFTER.has(v.raw[a + 3]!) ||
      (SAID_IT && (v.raw[a + 3] === 'said' || v.raw[a + 3] === 'says') && a + 4 < d.n && (v.raw[a + 4] === 'it' || v.raw[a + 4] === 'its')))));
    if (!singular) continue;
    // (the first word never alone; the second never alone with a suffix of its own: "Olivetti and Unisys Corp" beside "Unisys Corp")
    let alone = false;
    for (let t = 0; t < d.n && !alone; t++) alone = !inPair.has(t) && isCapWord(d, t) && (v.low[t] === first || (v.low[t] === second && suffixAt(t + 1)));
    if (!alone) firms.push(...starts);
  }
  if (firms.length === 0) return spans;
  const added = firms.map((a) => ({ from: a, to: firmEnd(a), type: 'ORG' as const }));
  const kept = spans.filter((s) => !added.some((f) => s.from < f.to && f.from < s.to));
  return [...kept, ...added].sort((x, y) => x.from - y.from || y.to - x.to);
}

/**
 * Issue 4, twenty-third session: the capitalised words before ", chairman of", ", a senior analyst at", ", managing director of"
 * are a person's name, whatever the model made of them ("[Jean-Luc] Lagardere, chairman of …" where the firm shares the
 * surname, "Will Whitehorn, director of …" with "Will" read as a verb).
 */
const PERSON_BEFORE_ROLE = true;
/** `PERSON_BEFORE_ROLE`: lower-case roles of one person in an appositive. */
const APPOSITIVE_ROLES: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'chairperson', 'president', 'director', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson',
  'analyst', 'economist', 'strategist', 'manager', 'executive', 'founder', 'co-founder', 'owner', 'partner', 'professor', 'lecturer',
  'researcher', 'editor', 'correspondent', 'lawyer', 'attorney', 'treasurer', 'adviser', 'advisor', 'consultant', 'officer', 'trader',
  'dealer', 'broker', 'banker', 'ceo', 'secretary', 'minister', 'governor', 'leader', 'member',
]);
/** `PERSON_BEFORE_ROLE`: words between the comma and the role ("a senior", "the former", "vice", "managing"). */
const ROLE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'senior', 'former', 'vice', 'deputy', 'managing', 'general', 'executive', 'chief', 'assistant', 'associate', 'joint',
  'financial', 'economic', 'investment', 'research', 'market', 'marketing', 'commercial', 'regional', 'national', 'international', 'technical',
]);
const ROLE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'with', 'from']);
const NAME_SUFFIX_WORDS: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** `PERSON_BEFORE_ROLE`: the candidates `list`, in order, with each such name made one person's (in place). */
function personsBeforeRoles(d: Doc, list: Cand[], covered: Uint8Array): void {
  const { v } = d;
  let changed = false;
  for (let c = 2; c < d.n - 2; c++) {
    if (v.raw[c] !== ',') continue;
    // the role: a few opening words, the role word(s), then its preposition ("a senior vice president of")
    let r = c + 1;
    while (r < c + 5 && ROLE_OPENERS.has(v.raw[r]!)) r++;
    if (!APPOSITIVE_ROLES.has(v.raw[r] ?? '')) continue;
    let p = r + 1;
    while (p < r + 3 && APPOSITIVE_ROLES.has(v.raw[p] ?? '')) p++;
    if (!ROLE_OBJECT_PREPOSITIONS.has(v.raw[p] ?? '')) continue;
    // the name before the comma: two to four capitalised words (tight hyphens inside), opening the sentence or after a comma
    // (a capital at the sentence's start counts too: "Will Whitehorn")
    const capital = (t: number): boolean => isCapWord(d, t) || (isWord(d, t) && isUpper(v.raw[t]!.charCodeAt(0)));
    // (a suffix stays out of the name: "Herb Mee Jr.")
    let e = c;
    if (e - 1 > 0 && NAME_SUFFIX_WORDS.has(v.low[e - 1]!)) e--;
    let a = e;
    let words = 0;
    while (a - 1 >= 0 && v.tokens.sentence[a - 1] === v.tokens.sentence[c] && words < 5) {
      // (a given name that is also a function word: "Will", "May")
      if (capital(a - 1) && (!FUNCTION_WORDS.has(v.low[a - 1]!) || (words > 0 && (GIVEN_NAME_SET.has(v.low[a - 1]!) || WORD_GIVEN_NAME_SET.has(v.low[a - 1]!))))) words++;
      else if (!(isHyphen(d, a - 1) && capital(a - 2) && adjacent(d, a - 2, a - 1) && adjacent(d, a - 1, a))) break;
      a--;
    }
    if (words < 2 || words > 4) continue;
    const opens = a === 0 || v.tokens.sentence[a - 1] !== v.tokens.sentence[a] || v.raw[a - 1] === ',' || v.raw[a - 1] === '"' || v.raw[a - 1] === '“';
    if (!opens) continue;
    // (past an honorific or a title: "Mr Tom Reed", "Dr Ann Lee")
    while (a < c && (HONORIFICS.has(v.low[a]!) || TITLE_HEAD_SET.has(v.low[a]!) || TITLE_MODIFIER_SET.has(v.low[a]!))) a++;
    if (e - a < 2 || ORG_END_WORDS.has(v.low[e - 1]!) || KNOWN_NAMES.has(keyOf(d, a, e))) continue;
    let busy = false;
    for (let t = a; t < e && !busy; t++) busy = covered[t] === 1 || LEGAL_SUFFIX_WORDS.has(v.low[t]!) || KNOWN_NAMES.get(v.low[t]!) === 'ORG';
    if (busy) continue;
    // (a person the model already read there keeps its extent: "Chicago Cardinal [Joseph Bernardin], head of …")
    if (list.some((s) => s.to === e && s.from >= a && s.type === 'PERSON')) continue;
    let w = 0;
    for (const s of list) if (s.to <= a || s.from >= c) list[w++] = s;
    list.length = w;
    list.push({ from: a, to: e, type: 'PERSON', votes: 1 });
    changed = true;
  }
  if (changed) list.sort((x, y) => x.from - y.from || y.to - x.to);
}

/**
 * Issue 4, twenty-first session: "[Tanaboshi] Co., a tour operator …": a firm's legal suffix right after a name the model read
 * belongs to it, which is then an organisation's ("Co Durham", a suffix-like word before another capitalised word, stays apart);
 * a "person" whose name ends in one is an organisation ("[Kurimoto Co.], a maker of bags, said").
 */
const LEGAL_SUFFIX_AFTER = true;
const SUFFIX_TOKENS: ReadonlySet<string> = new Set(['co.', 'corp.', 'corp', 'inc.', 'inc', 'ltd.', 'ltd', 'plc', 'llc', 'n.v.', 's.a.']);
/** Twenty-fifth session: a firm's suffix written in lower case right after its name, "Boeing co said" (`joinLegalSuffixes`). */
const LOWER_CASE_SUFFIX = true;
const LOWER_SUFFIXES: ReadonlySet<string> = new Set(['co', 'corp', 'inc', 'ltd', 'plc']);
/** Title words that open firms' names ("General Harbor Co.", "National Fenwick Bank Plc"). */
const FIRM_TITLE_WORDS: ReadonlySet<string> = new Set(['general', 'national', 'royal', 'federal', 'first']);

function joinLegalSuffixes(d: Doc, spans: NameSpan[]): NameSpan[] {
  const { v } = d;
  let out: NameSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const k = a.to;
    const b = spans[i + 1];
    // (a "person" that ends in one already is a firm: "[Kurimoto Co.]"; and a title word left before a firm's name is its first
    // word: "General [Harbor Co.] Chief Executive Tom Vance")
    const ends = a.to - a.from >= 2 && SUFFIX_TOKENS.has(v.low[a.to - 1]!) && isCapWord(d, a.to - 1);
    const prev = out ? out[out.length - 1] : spans[i - 1];
    const titleFirst = ends && a.from > 0 && FIRM_TITLE_WORDS.has(v.low[a.from - 1]!) && isCapWord(d, a.from - 1) && !(prev && prev.to >= a.from);
    if ((ends && (a.type === 'PERSON' || titleFirst)) || (LEGAL_SUFFIX_ANY_TYPE && suffixedThing(d, a))) {
      out ??= spans.slice(0, i);
      out.push({ from: titleFirst ? a.from - 1 : a.from, to: a.to, type: 'ORG' });
      continue;
    }
    // (twenty-fifth session, `LOWER_CASE_SUFFIX`: "Halden corp said", as some wires write it: a bare lower-case suffix too)
    const lowerSuffix = LOWER_CASE_SUFFIX && k < d.n && LOWER_SUFFIXES.has(v.raw[k]!) && adjacentInSentence(d, k);
    if (k >= d.n || a.type === 'LOC' || a.type === 'NORP' || !(isCapWord(d, k) || lowerSuffix) || !(SUFFIX_TOKENS.has(v.low[k]!) || lowerSuffix) || (b && b.from <= k) || isCapWord(d, k + 1)) {
      out?.push(a);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push({ from: a.from, to: k + 1, type: 'ORG' });
  }
  return titleWordsOfFirms(d, out ?? spans);
}

/**
 * Issue 4, twenty-fourth session: "[Halvard Dane Corp.] said", "[Morrow Co.]", "[Tarrant Oil Co]" read as a thing's, a place's or a
 * person's name: a name of two words or more that ends in a firm's legal suffix (with or without its period) is an
 * organisation's, whatever type the model gave it ("Adelaide S.A.", a place before a state's initials, stays a place).
 */
const LEGAL_SUFFIX_ANY_TYPE = true;
function suffixedThing(d: Doc, a: NameSpan): boolean {
  const last = d.v.low[a.to - 1]!;
  if (a.to - a.from < 2 || !LEGAL_SUFFIX_WORDS.has(last) || !isCapWord(d, a.to - 1)) return false;
  return a.type === 'MISC' || (last !== 's.a.' && last !== 'sa' && (a.type === 'LOC' || (a.type === 'PERSON' && last !== 'ag')));
}

/** `LEGAL_SUFFIX_AFTER`: "General [Harbor] said" after "General Harbor Co.": the title word that opens a firm's name elsewhere opens it here too. */
function titleWordsOfFirms(d: Doc, spans: NameSpan[]): NameSpan[] {
  const { v } = d;
  const firms: string[] = [];
  for (const a of spans) {
    if (a.type === 'ORG' && a.to - a.from >= 3 && FIRM_TITLE_WORDS.has(v.low[a.from]!) && SUFFIX_TOKENS.has(v.low[a.to - 1]!)) firms.push(v.low.slice(a.from, a.to - 1).join(' '));
  }
  if (firms.length === 0) return spans;
  return spans.map((a, i) => {
    const t = a.from - 1;
    if (t < 0 || !FIRM_TITLE_WORDS.has(v.low[t]!) || !isCapWord(d, t) || (i > 0 && spans[i - 1]!.to > t)) return a;
    const key = v.low.slice(t, a.to).join(' ');
    return firms.some((f) => f === key || f.startsWith(key + ' ')) ? { from: t, to: a.to, type: 'ORG' } : a;
  });
}

/**
 * Issue 4, twentieth session: "[McDonald]'s [Corp.]", "[Wendy]'s [International Inc.]": a firm whose name ends in "'s" before its
 * legal suffix and descriptors alone is one organisation's name, whatever the model read its first word as ("Murdoch's News
 * Corp", a possessive before another name, stays two; so does a place's, "Britain's Barclays Plc").
 */
const NAME_S_FIRM = true;
/** `NAME_S_FIRM`: the legal suffixes and the descriptors a firm's name may end in after its "'s". */
const FIRM_TAIL_WORDS: ReadonlySet<string> = new Set([
  ...LEGAL_SUFFIX_WORDS, 'corporation', 'company', 'international', 'industries', 'restaurants', 'stores', 'group', 'holdings',
]);

function joinNameSFirms(d: Doc, spans: NameSpan[]): NameSpan[] {
  const { v } = d;
  let out: NameSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const s = a.to;
    const apostrophe = s < d.n && (v.raw[s] === "'s" || v.raw[s] === '’s') && v.tokens.start[s] === v.tokens.end[s - 1];
    if (!apostrophe || a.to - a.from !== 1 || KNOWN_NAMES.get(v.low[a.from]!) === 'LOC' || KNOWN_NAMES.get(v.low[a.from]!) === 'NORP') {
      out?.push(a);
      continue;
    }
    // the suffix and descriptors after the "'s", read as a name or not
    let e = s + 1;
    while (e < d.n && e - s <= 3 && isCapWord(d, e) && FIRM_TAIL_WORDS.has(v.low[e]!)) e++;
    const b = spans[i + 1];
    if (e === s + 1 || !FIRM_TAIL_WORDS.has(v.low[e - 1]!) || (b && b.from < e && b.to > e)) {
      out?.push(a);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push({ from: a.from, to: e, type: 'ORG' });
    if (b && b.from === s + 1) i++;
  }
  return out ?? spans;
}

/**
 * Issue 4, twentieth session: "if [Team Rental, Budget]'s largest franchisee …": an organisation's name the model ran over a comma
 * is two names, unless "&" or "and" follows the comma ("Kalf, Voorhis & Co") or a legal suffix does ("BioVest Research, Inc").
 */
const COMMA_SPLIT = true;

export function splitAtCommas(raw: readonly string[], low: readonly string[], isCap: (k: number) => boolean, spans: NameSpan[]): NameSpan[] {
  if (!COMMA_SPLIT) return spans;
  let out: NameSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    let comma = -1;
    if (a.type === 'ORG' && a.to - a.from >= 3) for (let k = a.from + 1; k < a.to - 1; k++) if (raw[k] === ',') comma = comma < 0 ? k : -2;
    let joined = comma < 0;
    for (let k = comma + 1; !joined && k < a.to; k++) joined = raw[k] === '&' || low[k] === 'and' || LEGAL_SUFFIX_WORDS.has(low[k]!);
    if (joined || !isCap(comma - 1) || !isCap(comma + 1)) {
      out?.push(a);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push({ from: a.from, to: comma, type: a.type }, { from: comma + 1, to: a.to, type: a.type });
  }
  return out ?? spans;
}

/**
 * Issue 4, twentieth session: "[Samuel Ogden] Ward [III]", "[Martin Luther] [Jr.]": a person's name runs on to the generation
 * after it ("Jr.", "Sr.", "III") over the capitalised words before it, when the model read a person there or the name opens with
 * a given name ("World War II" and "Title IV" stay as they are).
 */
const GENERATION_NAMES = true;
const GENERATION_WORDS: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

function joinGenerations(d: Doc, spans: NameSpan[]): NameSpan[] {
  const { v } = d;
  let out = spans;
  for (let k = 1; k < d.n; k++) {
    // (capitalised, three letters at most: most tokens need no look-up)
    if (!isCapWord(d, k) || v.low[k]!.length > 3 || !GENERATION_WORDS.has(v.low[k]!) || !isCapWord(d, k - 1)) continue;
    let from = k;
    while (from > 0 && k - from < 4 && isCapWord(d, from - 1) && !GENERATION_WORDS.has(v.low[from - 1]!)) from--;
    if (k - from < 2 && !GIVEN_NAME_SET.has(v.low[from]!)) continue;
    const over = out.filter((x) => x.from < k + 1 && x.to > from);
    if (over.some((x) => x.from < from || x.to > k + 1)) continue;
    // (a person the model read there, or nothing read and a given name first; never before another capitalised word, "Torven IV
    // Industries")
    if (isCapWord(d, k + 1) || (over.length > 0 ? !over.some((x) => x.type === 'PERSON') : !GIVEN_NAME_SET.has(v.low[from]!))) continue;
    if (over.length === 1 && over[0]!.from === from && over[0]!.to === k + 1 && over[0]!.type === 'PERSON') continue;
    out = out.filter((x) => !over.includes(x));
    out.push({ from, to: k + 1, type: 'PERSON' });
    out.sort((x, y) => x.from - y.from || y.to - x.to);
  }
  return out;
}

/**
 * Twelfth session: an organisation's name the model cut short runs back over the words it left out before it and over the
 * place or body named right before it (not a people's or a thing's name: "Chilean Boxing Association" stays two, as CoNLL has it): "[Greater Manchester] [Police]", "[US] Department of [Energy]", "[House of
 * Lords] Rural [Affairs Committee]", "the Legal [Affairs Committee]". Only before a body's head word, or an institution's
 * "Department of".
 */
const BODY_NAME_EXTENT = true;
const BODY_HEAD_WORDS: ReadonlySet<string> = new Set([...ORG_END_WORDS, 'police', 'alliance', 'fellowship', 'service', 'office', 'board', 'tribunal', 'panel', 'executive', 'reserve']);

/** Sixteenth session: a place's police force is an organisation, "Police" the model left out included (`extendBodyNames`). */
const POLICE_AFTER_PLACE = true;
const POLICE_WORDS: ReadonlySet<string> = new Set(['police', 'constabulary']);
/** Sixteenth session: a body's head word before the "for" / "of" of its name counts as its head (`extendBodyNames`). */
const BODY_HEAD_BEFORE_OF = true;
/** Months and weekdays: never part of a body's name before it ("the August National Association of … index"). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** `BODY_HEAD_BEFORE_OF`: whether span `b` holds a capitalised body's head word right before a "for" / "of" inside it ("Funding Council for Wales"). */
function headBeforeOf(d: Doc, b: NameSpan): boolean {
  for (let t = b.from; t + 1 < b.to; t++) {
    if ((d.v.low[t + 1] === 'for' || d.v.low[t + 1] === 'of') && BODY_HEAD_WORDS.has(d.v.low[t]!) && isCapWord(d, t)) return true;
  }
  return false;
}

function extendBodyNames(d: Doc, spans: NameSpan[], covered: Uint8Array): NameSpan[] {
  const { v } = d;
  let out: NameSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const b = spans[i]!;
    let from = b.from;
    // "The Health and [Safety Executive]" read as a person: a body whose head is "Executive" after no title word
    const executive = b.type === 'PERSON' && b.to - b.from === 2 && v.low[b.to - 1] === 'executive' && isCapWord(d, b.to - 1) && !TITLE_MODIFIER_SET.has(v.low[b.from]!) && !TITLE_HEAD_SET.has(v.low[b.from]!);
    // sixteenth session (`POLICE_AFTER_PLACE`): "[Greater Manchester] Police" with "Police" left out, or "[Thames Valley Police]"
    // read as a place: the force is an organisation
    const policeAfter = POLICE_AFTER_PLACE && b.type === 'LOC' && b.to < d.n && POLICE_WORDS.has(v.low[b.to]!) && isCapWord(d, b.to) && !d.tagged[b.to] && !covered[b.to] && adjacentInSentence(d, b.to);
    if (policeAfter || (POLICE_AFTER_PLACE && b.type === 'LOC' && b.to - b.from >= 2 && POLICE_WORDS.has(v.low[b.to - 1]!) && isCapWord(d, b.to - 1))) {
      // (with a capitalised word the model left out before the place: "Greater")
      let start = b.from;
      if (start > 0 && !d.tagged[start - 1] && !covered[start - 1] && isCapWord(d, start - 1) && !FUNCTION_WORDS.has(v.low[start - 1]!) && adjacentInSentence(d, start)) start--;
      out ??= spans.slice(0, i);
      out.push({ from: start, to: policeAfter ? b.to + 1 : b.to, type: 'ORG' });
      continue;
    }
    const type: NameType = executive ? 'ORG' : b.type;
    if (type === 'ORG') {
      // an institution's "Department of" the model left out: "Department of [Energy]"
      if (from >= 2 && v.low[from - 1] === 'of' && !d.tagged[from - 2] && !covered[from - 2] && isCapWord(d, from - 2) && INSTITUTION_FIRSTS.has(v.low[from - 2]!)) from -= 2;
      // capitalised words the model left out before a body's head word: "Legal [Affairs Committee]" (sixteenth session,
      // `BODY_HEAD_BEFORE_OF`: also a head before the name's "for" / "of", "Higher Education [Funding Council for Wales]")
      else if ((BODY_HEAD_WORDS.has(v.low[b.to - 1]!) && isCapWord(d, b.to - 1)) || (BODY_HEAD_BEFORE_OF && headBeforeOf(d, b))) {
        const free = (t: number): boolean => !d.tagged[t] && !covered[t] && isCapWord(d, t) && !FUNCTION_WORDS.has(v.low[t]!) && !TITLE_HEAD_SET.has(v.low[t]!) && !PERSON_BEFORE.has(v.low[t]!) && !CALENDAR_WORDS.has(v.low[t]!);
        while (from > 0 && b.to - from < 6 && v.tokens.sentence[from - 1] === v.tokens.sentence[b.from]) {
          if (free(from - 1) && adjacentInSentence(d, from) && v.tokens.sentence[from - 2] === v.tokens.sentence[from - 1]) from--;
          // (through "and" to one more capitalised word: "Health and Safety Executive")
          else if (from >= 2 && v.low[from - 1] === 'and' && free(from - 2) && v.tokens.sentence[from - 3] === v.tokens.sentence[from - 2]) from -= 2;
          else break;
        }
      }
    }
    const prev = out ? out[out.length - 1] : spans[i - 1];
    // the place, people or body named right before: "[Greater Manchester] Police", "[House of Lords] Rural Affairs Committee"
    const joins = from < b.from || (type === 'ORG' && BODY_HEAD_WORDS.has(v.low[b.to - 1]!));
    if (joins && prev && prev.to === from && from > 0 && adjacentInSentence(d, from) && prev.to - prev.from <= 4 && (prev.type === 'LOC' || prev.type === 'ORG')) {
      out ??= spans.slice(0, i);
      out.pop();
      out.push({ from: prev.from, to: b.to, type: 'ORG' });
      continue;
    }
    if (from < b.from || type !== b.type) {
      out ??= spans.slice(0, i);
      out.push({ from, to: b.to, type });
      continue;
    }
    out?.push(b);
  }
  return out ?? spans;
}

/**
 * Round fifteen: "Hale & Dorn", "Procter & Gamble", "Marks & Spencer": two names joined by "&" are one company's
 * name (the model read "Hale" and "Dorn" apart, so "the insurer" found two organisations before it).
 */
const AMPERSAND_NAMES = true;
/** Round sixteen: a name span cut at a spaced dash that opens a lower-case aside (`clean`). */
const DASH_ASIDE_CUT = true;
/** Round sixteen: a span the model read as a person that ends in title words right before a person's name is a body and its title. */
const TITLE_SPAN_BEFORE_PERSON = true;
/** Round sixteen: a span of a known party or people, a given name and a surname is the two (`findModelNames`). */
const PARTY_BEFORE_PERSON = true;
/** Twelfth session: the same party before a person inside a span the model read as one person ("Tory Peter Ainsley"). */
const PARTY_IN_PERSON = true;
/** Round sixteen: an institution's name runs on through "on" / "for" to the next name (`joinAmpersands`). */
const INSTITUTION_ON = true;
/** Round sixteen: "Department of Culture and Heritage": an institution's name runs on through "and" to one capitalised word (`joinAmpersands`). */
const INSTITUTION_AND = true;
const INSTITUTION_FIRSTS: ReadonlySet<string> = new Set(['department', 'ministry', 'office', 'institute', 'commission', 'council', 'committee', 'secretary', 'minister', 'society', 'association', 'federation', 'board', 'school', 'faculty', 'museum', 'academy']);
/** Round sixteen: a name that opens with a peer's or knight's title is a person (`findModelNames`). */
const PEERS_ARE_PEOPLE = true;
/** Twentieth session: a "person" whose name ends in a number ("Bill 1997") is a thing (`findModelNames`). */
const NUMBERED_NOT_PERSON = true;
const PEERAGE_WORDS: ReadonlySet<string> = new Set(['Lord', 'Lady', 'Baroness', 'Baron', 'Sir', 'Dame', 'Viscount', 'Earl']);

function joinAmpersands(d: Doc, spans: NameSpan[]): NameSpan[] {
  const { v } = d;
  let out: NameSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    // round sixteen (`INSTITUTION_ON`): "the Joint Committee on Road Safety", "the UN Economic Commission for West Africa": an
    // institution's name runs on through "on" / "for" to the name the model read apart
    const on = INSTITUTION_ON && b !== undefined && b.from === a.to + 1 && (v.low[a.to] === 'on' || v.low[a.to] === 'for') && a.type !== 'PERSON' && a.type !== 'LOC' &&
      ORG_NOT_PLACE_WORDS.has(v.low[a.to - 1]!) && isUpper(v.raw[a.to - 1]!.charCodeAt(0)) && (b.type === 'ORG' || b.type === 'LOC' || b.type === 'MISC');
    if (on) {
      out ??= spans.slice(0, i);
      out.push({ from: a.from, to: b.to, type: 'ORG' });
      i++;
      continue;
    }
    // round sixteen (`INSTITUTION_AND`): "the Department of Culture and Heritage": an institution's "of" / "for" name runs on through
    // "and" to one more capitalised word the model left out
    const last = a.to + 1;
    if (INSTITUTION_AND && a.type === 'ORG' && a.to - a.from >= 3 && INSTITUTION_FIRSTS.has(v.low[a.from]!) && (v.low[a.from + 1] === 'of' || v.low[a.from + 1] === 'for') &&
      last < d.n && v.low[a.to] === 'and' && isCapWord(d, last) && !d.tagged[last] && !(b && b.from <= last) && !(last + 1 < d.n && isCapWord(d, last + 1) && adjacentInSentence(d, last + 1))) {
      out ??= spans.slice(0, i);
      out.push({ from: a.from, to: last + 1, type: 'ORG' });
      continue;
    }
    // seventeenth session (`PLURAL_POSSESSIVE_NAME`): "the [Ontario Nurses]' [Association]", "[Elementary Teachers]' [Federation of
    // Ontario]": a name cut at the apostrophe of a plural inside it, when the part after it ends in a body's head word
    // (also over one plural the model left out before the apostrophe: "[Ontario Secondary School] Teachers' [Federation]")
    const apostrophe = PLURAL_POSSESSIVE_NAME && b ? (b.from === a.to + 1 ? a.to : b.from === a.to + 2 && isCapWord(d, a.to) && !d.tagged[a.to] ? a.to + 1 : -1) : -1;
    if (apostrophe > 0 && (v.raw[apostrophe] === "'" || v.raw[apostrophe] === '’') && v.tokens.start[apostrophe] === v.tokens.end[apostrophe - 1] &&
      v.low[apostrophe - 1]!.endsWith('s') && a.type !== 'PERSON' && b!.type === 'ORG' && (BODY_HEAD_WORDS.has(v.low[b!.to - 1]!) || headBeforeOf(d, b!) || BODY_HEAD_WORDS.has(v.low[b!.from]!))) {
      out ??= spans.slice(0, i);
      out.push({ from: a.from, to: b!.to, type: 'ORG' });
      i++;
      continue;
    }
    if (b && b.from === a.to + 1 && v.raw[a.to] === '&' && a.type !== 'LOC' && b.type !== 'LOC' && v.tokens.start[a.to]! > v.tokens.end[a.to - 1]!) {
      out ??= spans.slice(0, i);
      out.push({ from: a.from, to: b.to, type: 'ORG' });
      i++;
      continue;
    }
    // eighteenth session (`AMPERSAND_COMPANY`): "Needham & Co", "Halden & Sons": a firm's name, whatever the model read the part
    // before "&" as (a person's surname) and the suffix after it (a place, or nothing)
    const suffix = a.to + 1;
    if (AMPERSAND_COMPANY && suffix < d.n && v.raw[a.to] === '&' && COMPANY_SUFFIXES.has(v.raw[suffix]!) && (!b || b.from > suffix || (b.from === suffix && b.to === suffix + 1))) {
      const end = v.raw[suffix + 1] === '.' && v.tokens.start[suffix + 1] === v.tokens.end[suffix] ? suffix + 2 : suffix + 1;
      out ??= spans.slice(0, i);
      out.push({ from: a.from, to: end, type: 'ORG' });
      if (b && b.from === suffix) i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? spans;
}

/** Eighteenth session: a name before "&" and a company's suffix is a firm's (`joinAmpersands`). */
const AMPERSAND_COMPANY = true;
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['Co', 'Company', 'Sons', 'Partners', 'Associates', 'Cie']);

/**
 * "The Chartered Institute of Marketing and Sales (CIMS) said": the model stopped at "Chartered Institute". An
 * organisation's name runs on to the acronym in brackets after it when the acronym's letters are the initials of the
 * capitalised words from the name's start ("of", "and", "for", "the", "to", "&" between them); it may also start up to
 * four words before the model's span ("the Committee to Protect Journalists (CPJ)").
 */
const ACRONYM_EXTENT = true;
const ACRONYM_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', '&', 'on', 'in', 'to']);
const BRACKETED_ACRONYM = /^[A-Z][A-Za-z]{1,7}$/;

/** Twelfth session: `extendToAcronyms` also for a span that already holds its bracketed acronym, whatever its type. */
const ACRONYM_INSIDE = true;

function extendToAcronyms(d: Doc, spans: NameSpan[], covered: Uint8Array): NameSpan[] {
  const { v } = d;
  let changed = false;
  for (let i = 0; i < spans.length; i++) {
    const c = spans[i]!;
    // (a span a longer one already took in has `to` -1)
    // (twelfth session, `ACRONYM_INSIDE`: a span that holds the acronym, read as a place, "British Chambers of [Commerce (BCC)]")
    const inside = ACRONYM_INSIDE && c.to - c.from >= 4 && v.raw[c.to - 1] === ')' && v.raw[c.to - 3] === '(';
    if (c.to < 0 || (c.type !== 'ORG' && c.type !== 'MISC' && !(inside && c.type === 'LOC'))) continue;
    let t = inside ? c.to - 3 : c.to;
    while (t < d.n && t - c.to < 8 && !covered[t] && (isCapWord(d, t) || ACRONYM_LINKS.has(v.low[t]!))) t++;
    if (v.raw[t] !== '(' || v.raw[t + 2] !== ')' || !BRACKETED_ACRONYM.test(v.raw[t + 1] ?? '')) continue;
    const acronym = v.raw[t + 1]!.replace(/[a-z]/g, '');
    const initialsFrom = (from: number): string => {
      let out = '';
      for (let k = from; k < t; k++) if (isCapWord(d, k)) out += v.raw[k]![0];
      return out;
    };
    // the name may also start before the model's span ("Committee to [Protect Journalists] (CPJ)")
    let from = c.from;
    while (initialsFrom(from) !== acronym && from > 0 && c.from - from < 4 && !covered[from - 1] && (isCapWord(d, from - 1) || ACRONYM_LINKS.has(v.low[from - 1]!))) from--;
    while (from < c.from && !isCapWord(d, from)) from++;
    if (initialsFrom(from) !== acronym || acronym.length < 3 || (from === c.from && t === c.to)) continue;
    spans[i] = { from, to: t, type: 'ORG' };
    // names the longer one now covers go
    for (let j = 0; j < spans.length; j++) if (j !== i && spans[j]!.to > from && spans[j]!.from < t) spans[j] = { ...spans[j]!, to: -1 };
    changed = true;
  }
  return changed ? spans.filter((s) => s.to >= 0) : spans;
}

/** Round fifteen: a person's name that names a disease ("Motor Neurone disease", "Parkinson's and Alzheimer's disease") is MISC. */
const DISEASE_NAMES = true;
const DISEASE_WORDS: ReadonlySet<string> = new Set(['disease', 'diseases', 'syndrome', 'syndromes']);

/**
 * Whether the name ending before token `to` names a disease: "disease" or "syndrome" right after it (past "'s"), or at the end
 * of the list it opens ("Huntington's, Alzheimer's and Motor Neurone disease").
 */
function namesDisease(d: Doc, to: number): boolean {
  const { v } = d;
  for (let t = to; t < d.n && t < to + 12; t++) {
    const w = v.low[t]!;
    if (DISEASE_WORDS.has(w)) return true;
    if (w === "'s" || w === '’s' || w === ',' || w === 'and' || w === 'or' || isCapWord(d, t)) continue;
    return false;
  }
  return false;
}

/** Lower-case nouns after a name that make it an organisation's ("the Clarity party", "the Sterling group", "Hale & Dorn's firm" is not one: right after the name only). */
const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set(['party', 'firm', 'company', 'group', 'charity', 'union', 'bank', 'airline', 'carrier', 'newspaper', 'broadcaster', 'network', 'agency', 'council', 'club', 'movement', 'foundation', 'trust', 'retailer', 'supermarket', 'chain', 'conglomerate', 'insurer', 'lender', 'brewer', 'manufacturer', 'publisher', 'magazine', 'website', 'subsidiary']);

/** Whether an organisation noun follows the name ending at token `to` (past a closing quote mark): see `ORG_NOUNS_AFTER`. */
function orgNounAfter(d: Doc, to: number): boolean {
  let t = to;
  if (t < d.n && (d.v.raw[t] === "'" || d.v.raw[t] === '’' || d.v.raw[t] === '"' || d.v.raw[t] === '”')) t++;
  return t < d.n && d.v.tokens.sentence[t] === d.v.tokens.sentence[to - 1] && ORG_NOUNS_AFTER.has(d.v.raw[t]!);
}

/** Fifteenth session: a one-word name right after a company's noun ("agrochemical giant Agrivon") is an organisation (`findModelNames`). */
const COMPANY_NOUN_BEFORE = true;
const COMPANY_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'giant', 'group', 'firm', 'company', 'maker', 'makers', 'retailer', 'carrier', 'airline', 'bank', 'insurer', 'lender', 'chain', 'operator',
  'manufacturer', 'producer', 'supplier', 'conglomerate', 'broadcaster', 'publisher', 'developer', 'distributor', 'utility', 'grocer',
]);

/** Eighteenth session: a one-word name read as a person's that is the first word of a company's name ending in one of these is the company (`findModelNames`). */
const COMPANY_FIRST_WORD = true;
const COMPANY_END_WORDS: ReadonlySet<string> = new Set('inc|inc.|corp|corp.|corporation|company|co|co.|ltd|ltd.|plc|llc|group|holdings|partners|industries|airlines|airways|motors'.split('|'));

/** Eighteenth session: a name of two words or more right after one of these company nouns is an organisation (`findModelNames`). */
const COMPANY_NOUN_BEFORE_NAMES = true;
const COMPANY_NOUNS_BEFORE_NAMES: ReadonlySet<string> = new Set([
  'giant', 'group', 'firm', 'company', 'retailer', 'carrier', 'airline', 'bank', 'insurer', 'lender', 'chain', 'conglomerate', 'broadcaster',
  'utility', 'grocer', 'supermarket', 'bookmaker', 'bookmakers', 'carmaker', 'drugmaker', 'automaker', 'chipmaker', 'brewer',
]);

/** The first of the title words ("Chief", "Premier", "Home Office Minister"'s "Minister") that end tokens [from, to), or `to` when none. */
function titleWordsStart(d: Doc, from: number, to: number): number {
  let k = to;
  while (k > from && (TITLE_HEAD_SET.has(d.v.low[k - 1]!) || TITLE_MODIFIER_SET.has(d.v.low[k - 1]!))) k--;
  return k;
}
/** Seventeenth session: a span that ends in a title's head word and a given name, right before a person's name, gives the person that name (`findModelNames`). */
const GIVEN_NAME_AFTER_TITLE = true;
/** Seventeenth session: a span the model read as a body's name that holds a title's head word, a given name and a surname is the body and the person (`findModelNames`). */
const TITLED_PERSON_IN_BODY = true;
/** Twenty-first session: a body's name run on into a given name and a surname is the body and a person (`cleanSpans`). */
const BODY_BEFORE_PERSON = true;
/** Twenty-eighth session: the same after a role and "at" / "with" / "from" ("analyst at [Halden Grant Saligari]"). */
const ROLE_AT_BODY_PERSON = true;
const ROLE_AT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'with', 'from']);
/** Seventeenth session: a name of two words or more that ends in an event's head word is an event, never a person (`findModelNames`; not "Day" or "Open", which end people's names too). */
const EVENT_HEAD_NOT_PERSON = true;
const EVENT_HEADS: ReadonlySet<string> = new Set(['awards', 'cup', 'championship', 'championships', 'festival', 'olympics', 'tournament', 'trophy', 'summit', 'expo', 'prix']);
/** Seventeenth session: a one-word name the list knows as a people's ("Dubliner", "Texans") is one where the model read a person, unless a person's full name holds it. */
const KNOWN_PEOPLE_WORD = true;
/** Seventeenth session: a one-word name described in apposition by a company's noun ("Halvard, the Norwegian car company,") is a company (`findModelNames`). */
const APPOSITIVE_COMPANY = true;
const APPOSITIVE_COMPANY_NOUNS: ReadonlySet<string> = new Set([...COMPANY_NOUNS_BEFORE, 'carmaker', 'drugmaker', 'automaker', 'chipmaker', 'brewer', 'insurer', 'bank']);
/** `APPOSITIVE_COMPANY`: whether ", the / a … <company noun>," follows token `to` (the noun the description's last word before its end). */
function companyAfter(d: Doc, to: number): boolean {
  const { v } = d;
  if (v.raw[to] !== ',' || !ARTICLE_WORDS.has(v.low[to + 1] ?? '')) return false;
  for (let t = to + 2; t < d.n && t <= to + 7 && v.tokens.sentence[t] === v.tokens.sentence[to]; t++) {
    const w = v.raw[t]!;
    if (w === ',' || w === '.' || w === ';' || w === ')' || w === 'which' || w === 'that') return t > to + 2 && APPOSITIVE_COMPANY_NOUNS.has(v.low[t - 1]!);
  }
  return false;
}
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Seventeenth session: two names either side of a plural's apostrophe, the second a body's, are one organisation's name (`joinAmpersands`). */
const PLURAL_POSSESSIVE_NAME = true;
/** Seventeenth session: the list's names of two to five words found in the text, first and last word capitalised (`findModelNames`). */
const KNOWN_SPANS = true;
function knownSpans(d: Doc, covered: Uint8Array): Cand[] {
  const { v } = d;
  const out: Cand[] = [];
  for (let t = 0; t < d.n; t++) {
    if ((d.flags[t]! & KNOWN_NAME_WORD) === 0 || !isCapWord(d, t) || covered[t] || d.header[t]) continue;
    for (let e = Math.min(d.n, t + 5); e >= t + 2; e--) {
      if (!isCapWord(d, e - 1) || v.tokens.sentence[e - 1] !== v.tokens.sentence[t]) continue;
      const type = KNOWN_NAMES.get(keyOf(d, t, e));
      if (type === undefined) continue;
      out.push({ from: t, to: e, type, votes: 1 });
      t = e - 1;
      break;
    }
  }
  return out;
}

/** Round sixteen: capitalised words the model left out between "the" and a body's noun are an organisation (`findModelNames`). */
const NAMED_BEFORE_BODY_NOUN = true;
/** Seventeenth session: an untagged run of two to four capitalised words after "the" that ends in a body's head word ("the Countryside Alliance") is an organisation (`namesBeforeBodyNouns`). */
const BODY_HEAD_LAST = true;
/** Round sixteen: the other untagged occurrences of a name of two or more capitalised words the model found (`findModelNames`). */
const REPEATED_NAMES = true;
const REPEATED_PER_WORD = 16;

function repeatedNames(d: Doc, spans: readonly Cand[], covered: Uint8Array): { add: Cand[]; drop: Set<Cand> } {
  const { v } = d;
  // the span over each token (a shorter reading of a repeat, "[Nordic] Coal", gives way to the whole name)
  const at: (Cand | undefined)[] = new Array<Cand | undefined>(d.n);
  for (const c of spans) for (let t = c.from; t < c.to; t++) at[t] = c;
  // the names by their first word as written: each a token sequence and its type (the first reading of a surface form)
  const byFirst = new Map<string, { words: string[]; type: NameType }[]>();
  const seen = new Set<string>();
  for (const c of spans) {
    if (c.to - c.from < 2 || c.to - c.from > 6) continue;
    let caps = true;
    for (let t = c.from; t < c.to && caps; t++) caps = isCapWord(d, t) || (t > c.from && t < c.to - 1 && NAME_CONNECTORS.has(v.low[t]!));
    if (!caps) continue;
    // (word by word: a slice of the whole token array per name would cost its length each time)
    const words: string[] = [];
    for (let t = c.from; t < c.to; t++) words.push(v.raw[t]!);
    const key = words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byFirst.get(words[0]!);
    // (a few names per first word: keeps the scan linear on a page of repeated capitals)
    if (list) {
      if (list.length < REPEATED_PER_WORD) list.push({ words, type: c.type });
    } else byFirst.set(words[0]!, [{ words, type: c.type }]);
  }
  const add: Cand[] = [];
  const drop = new Set<Cand>();
  if (byFirst.size === 0) return { add, drop };
  const inside = (c: Cand | undefined, from: number, to: number): boolean => c === undefined || (c.from >= from && c.to <= to && (c.from > from || c.to < to));
  for (let t = 0; t < d.n; t++) {
    const list = covered[t] ? undefined : byFirst.get(v.raw[t]!);
    if (!list) continue;
    for (const { words, type } of list) {
      const e = t + words.length;
      if (e > d.n || v.tokens.sentence[e - 1] !== v.tokens.sentence[t]) continue;
      let same = inside(at[t], t, e);
      for (let k = 1; k < words.length && same; k++) same = v.raw[t + k] === words[k] && inside(at[t + k], t, e) && !covered[t + k] && adjacentInSentence(d, t + k);
      // (a whole name: not the start of a longer capitalised run)
      if (!same || (e < d.n && isCapWord(d, e) && adjacentInSentence(d, e)) || (t > 0 && isCapWord(d, t - 1) && adjacentInSentence(d, t) && !FUNCTION_WORDS.has(v.low[t - 1]!))) continue;
      for (let k = t; k < e; k++) if (at[k]) drop.add(at[k]!);
      add.push({ from: t, to: e, type, votes: 0 });
      d.tagged.fill(1, t, e);
      t = e - 1;
      break;
    }
  }
  return { add, drop };
}

/** Twenty-sixth session: a one-word name the gazetteer knows as a place is no person, whatever the model read (`findModelNames`). */
const KNOWN_PLACE_NOT_PERSON = true;
/** Twenty-sixth session: the untagged occurrences of a person's surname standing alone (`repeatedSurnames`). */
const REPEATED_SURNAMES = true;
/** Twenty-seventh session: `REPEATED_SURNAMES` for a double-barrelled surname too ("Karl-Herbert Schneider-Gaedicke …. “…,” Schneider-Gaedicke said"). */
const HYPHENATED_SURNAMES = true;
/**
 * `HYPHENATED_SURNAMES`: the untagged occurrences of a person's double-barrelled surname (the span's last three tokens, two
 * capitalised words and a tight hyphen) standing alone: after no capitalised word, preposition or determiner, and before no
 * capitalised word, number or hyphen; each is added to `add` as a person.
 */
function doubleBarrelledSurnames(d: Doc, spans: readonly Cand[], covered: Uint8Array, add: Cand[]): void {
  const { v } = d;
  const surnames = new Set<string>();
  for (const c of spans) {
    const t = c.to - 3;
    if (c.type !== 'PERSON' || c.to - c.from < 4 || d.header[c.from] || !isCapWord(d, t) || !isHyphen(d, t + 1) || !isCapWord(d, t + 2)) continue;
    if (adjacent(d, t, t + 1) && adjacent(d, t + 1, t + 2)) surnames.add(`${v.raw[t]!}-${v.raw[t + 2]!}`);
  }
  if (surnames.size === 0) return;
  for (let t = 0; t + 2 < d.n; t++) {
    if (!isHyphen(d, t + 1) || d.tagged[t] || d.tagged[t + 2] || covered[t] || covered[t + 2] || d.header[t]) continue;
    if (!adjacent(d, t, t + 1) || !adjacent(d, t + 1, t + 2) || !surnames.has(`${v.raw[t]!}-${v.raw[t + 2]!}`)) continue;
    const next = t + 3 < d.n && adjacentInSentence(d, t + 3) ? t + 3 : -1;
    if (next >= 0 && (isCapWord(d, next) || isDigit(v.raw[next]!.charCodeAt(0)) || isHyphen(d, next))) continue;
    const prev = t > 0 && adjacentInSentence(d, t) ? t - 1 : -1;
    if (prev >= 0 && (isHyphen(d, prev) || (isCapWord(d, prev) && !FUNCTION_WORDS.has(v.low[prev]!) && !HONORIFICS.has(v.low[prev]!)) || NOT_BEFORE_SURNAME.has(v.low[prev]!))) continue;
    add.push({ from: t, to: t + 3, type: 'PERSON', votes: 0 });
    d.tagged.fill(1, t, t + 3);
  }
}
/** Words before a month's name, or a word's, that make it no surname ("in May", "the Long March", "by June"). */
const NOT_BEFORE_SURNAME: ReadonlySet<string> = new Set([
  'in', 'on', 'of', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'last', 'next', 'this', 'that', 'early', 'late', 'mid', 'before',
  'after', 'each', 'every', 'the', 'a', 'an', 'to', 'for', 'between', 'than', 'around', 'about', 'into', 'per', 'at', 'with',
]);

/**
 * `REPEATED_SURNAMES`: the surname of a person's full name the model found (its last capitalised word), where the article
 * writes it alone and the model tagged nothing: a capitalised word outside a run of capitals, after no preposition or
 * determiner and before no number. A month's name ("May", "June") or a word the article also writes in lower case only after
 * an honorific or before a verb of saying.
 */
function repeatedSurnames(d: Doc, spans: readonly Cand[], covered: Uint8Array): Cand[] {
  const { v } = d;
  const surnames = new Set<string>();
  for (const c of spans) {
    const t = c.to - 1;
    if (c.type !== 'PERSON' || c.to - c.from < 2 || d.header[c.from] || !isCapWord(d, t) || v.raw[t]!.length < 2) continue;
    // (a month's name is a function word too: "may")
    if ((!FUNCTION_WORDS.has(v.low[t]!) || CALENDAR_WORDS.has(v.low[t]!)) && !TITLE_HEAD_SET.has(v.low[t]!) && !HONORIFICS.has(v.low[t]!)) surnames.add(v.raw[t]!);
  }
  const add: Cand[] = [];
  if (HYPHENATED_SURNAMES) doubleBarrelledSurnames(d, spans, covered, add);
  if (surnames.size === 0) return add;
  for (let t = 0; t < d.n; t++) {
    if (d.tagged[t] || covered[t] || d.header[t] || !surnames.has(v.raw[t]!)) continue;
    const next = t + 1 < d.n && adjacentInSentence(d, t + 1) ? t + 1 : -1;
    if (next >= 0 && (isCapWord(d, next) || isDigit(v.raw[next]!.charCodeAt(0)) || isHyphen(d, next))) continue;
    const prev = t > 0 && adjacentInSentence(d, t) ? t - 1 : -1;
    // (the last part of a double-barrelled name, "Roberts-[Thomson]", is no surname alone)
    if (prev >= 0 && isHyphen(d, prev)) continue;
    const honorific = prev >= 0 && HONORIFICS.has(v.low[prev]!);
    if (prev >= 0 && !honorific && ((isCapWord(d, prev) && !FUNCTION_WORDS.has(v.low[prev]!)) || NOT_BEFORE_SURNAME.has(v.low[prev]!))) continue;
    // (a word the article also writes in lower case, "Little has changed", or a month's name: only beside a title or a verb)
    const word = CALENDAR_WORDS.has(v.low[t]!) || FUNCTION_WORDS.has(v.low[t]!) || formsOf(d).lowerForms.has(v.low[t]!);
    if (word && !honorific && !(next >= 0 && SAYING_VERBS.has(v.low[next]!))) continue;
    add.push({ from: t, to: t + 1, type: 'PERSON', votes: 0 });
    d.tagged[t] = 1;
  }
  return add;
}

/**
 * The nouns of `NAMED_BEFORE_BODY_NOUN`: bodies whose names are often phrases the tagger misses ("the Make Poverty History
 * campaign", "the Reporters Without Borders group"). Apart from `ORG_NOUNS_AFTER`, which only retypes a span the model found, and
 * without its commercial heads ("firm", "company"), before which a run of capitals is more often a product or a place.
 */
const BODY_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set(['group', 'organisation', 'organization', 'charity', 'campaign', 'union', 'association', 'agency', 'body', 'coalition', 'alliance', 'network', 'movement', 'lobby', 'think-tank', 'watchdog', 'consortium']);
/** Untagged runs of two to four capitalised words (the first after "the") right before a body's noun: organisations (`NAMED_BEFORE_BODY_NOUN`). */
function namesBeforeBodyNouns(d: Doc, covered: Uint8Array): Cand[] {
  const { v } = d;
  const out: Cand[] = [];
  for (let t = 1; t < d.n; t++) {
    if (v.low[t - 1] !== 'the' || !isCapWord(d, t) || d.tagged[t] || covered[t] || d.header[t]) continue;
    let e = t;
    while (e < d.n && e - t < 4 && isCapWord(d, e) && !d.tagged[e] && !covered[e] && adjacentInSentence(d, e)) e++;
    if (e - t >= 2 && e < d.n && BODY_NOUNS_AFTER_NAME.has(v.raw[e]!) && v.tokens.sentence[e] === v.tokens.sentence[t]) out.push({ from: t, to: e, type: 'ORG', votes: 0 });
    // seventeenth session (`BODY_HEAD_LAST`): "the Countryside Alliance", "the Ramblers Association" the model left out
    else if (BODY_HEAD_LAST && e - t >= 2 && BODY_HEAD_WORDS.has(v.low[e - 1]!)) out.push({ from: t, to: e, type: 'ORG', votes: 0 });
    t = e;
  }
  return out;
}

/** The type other than PERSON with the most votes (ties: the first given), when it has two votes or more and half the person votes; else null. */
function otherThanPerson(votes: ReadonlyMap<NameType, number>): NameType | null {
  let best: NameType | null = null;
  let bestVotes = 0;
  for (const [t, k] of votes) {
    if (t === 'PERSON' || k <= bestVotes) continue;
    best = t;
    bestVotes = k;
  }
  return bestVotes >= 2 && 2 * bestVotes >= (votes.get('PERSON') ?? 0) ? best : null;
}

/**
 * The model's span stops before the surname: "[Hope] Dalton", "[Ortega] Ruiz" (a person's
 * span), "[Treasurer Peter] Collins", "[Academy librarian Margaret] Doyle" (a span of another
 * type that ends in a given name: greedy decoding opened it too early and closed it at the given
 * name). The capitalised word right after it that no span took, and that the article never writes
 * in lower case, is the surname: a person's span runs on over it; another span gives its given
 * name and the surname to a person and keeps the words before them.
 */
const SURNAME_AFTER_SPAN = true;
/** "Conservative Shadow chancellor Oliver [Pendry] said": a given name that no span took, right before a person's span, opens it. */
const GIVEN_NAME_BEFORE_PERSON = true;
/**
 * Twenty-seventh session: a given name the gazetteer knows, joined by a hyphen to a capitalised word, opens a person's name
 * ("Marie-Claire", "Karl-Herbert", common in French and German names), whatever type the model read it as (`personFixes`).
 */
const HYPHENATED_GIVEN_NAME = true;
/**
 * `HYPHENATED_GIVEN_NAME`: the span [from, to) is a double given name and a surname ("Karl-Herbert Schneider-Gaedicke"), or a
 * double given name alone before a surname no span took ("[Marie-Claire] Dubois"); not a name the gazetteer knows, and no word of
 * a body, a title or a place after the given name ("Mercedes-Benz Group").
 */
function hyphenatedGivenName(d: Doc, from: number, to: number, covered: Uint8Array): boolean {
  const { v } = d;
  if (to - from < 3 || !isCapWord(d, from) || !isHyphen(d, from + 1) || !adjacent(d, from, from + 1) || !adjacent(d, from + 1, from + 2) || !isCapWord(d, from + 2)) return false;
  const first = v.low[from]!;
  if (!isGivenName(first, false) && givenNameGender(first) === undefined) return false;
  if (to - from > 6 || KNOWN_NAMES.has(keyOf(d, from, from + 3))) return false;
  for (let t = from + 2; t < to; t++) {
    if (isHyphen(d, t) && adjacent(d, t - 1, t) && adjacent(d, t, t + 1)) continue;
    const w = v.low[t]!;
    if (!isCapWord(d, t) || ORG_END_WORDS.has(w) || TITLE_HEAD_SET.has(w) || FUNCTION_WORDS.has(w) || KNOWN_NAMES.has(w)) return false;
  }
  return to - from > 3 || surnameEnd(d, to, covered) > to;
}
/**
 * A given name and a surname right before a verb of saying ("Hope Dalton said", "Hope [Dalton] told"),
 * or right after one and before a comma or a stop (", said Hope Dalton."), that the model left out or
 * cut to the surname (a one-word span, often of another type): a person. Given names here include those
 * that are common words too (`WORD_GIVEN_NAME_SET`: "Hope", "Faith"), which the verb makes safe.
 */
const NAME_BY_SAYING_VERB = true;

/** Verbs of saying around which `NAME_BY_SAYING_VERB` looks. */
const SAYING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes']);

/** A model span after `personFixes`: token range and type, and where the person it ends in starts (-1: none). */
interface FixedSpan {
  from: number;
  to: number;
  type: NameType;
  /** First token (a given name) of the person that ends the span, whose words before it keep `type`; -1 when none. */
  person: number;
}

/** A given name of the hand-written list; with `wordNames`, also one that is a common word ("Hope"). Not a known place or organisation ("Jordan"). */
const isGivenName = (w: string, wordNames: boolean): boolean => (GIVEN_NAME_SET.has(w) || (wordNames && WORD_GIVEN_NAME_SET.has(w))) && !KNOWN_NAMES.has(w);

/**
 * Token `t` can be a surname the model left out: a capitalised word of a body sentence right after
 * the word before it, that no value took (and no span, unless `tagged` allows it), neither a function
 * word, a title, a known name, an organisation's head word, a word in capitals, nor a word the article
 * writes in lower case.
 */
function isLooseSurname(d: Doc, t: number, covered: Uint8Array, tagged = false): boolean {
  const { v } = d;
  if (t >= d.n || (d.tagged[t] && !tagged) || covered[t] || d.header[t] || !isCapWord(d, t) || !adjacentInSentence(d, t)) return false;
  const w = v.low[t]!;
  if (FUNCTION_WORDS.has(w) || TITLE_HEAD_SET.has(w) || PERSONAL_TITLES.has(w) || ORG_END_WORDS.has(w) || KNOWN_NAMES.has(w) || NOT_NAMES.has(w)) return false;
  return !CAPITALISED_NON_NAMES.has(v.raw[t]!) && !isShouted(v.raw[t]!, w) && !formsOf(d).lowerForms.has(w);
}

/** The end of the surname the model left out at `t` (over a hyphen: "Ashby-Lowe"), or `t` when there is none; not the first of three capitalised words ("Hope Street Station"). */
function surnameEnd(d: Doc, t: number, covered: Uint8Array): number {
  if (!isLooseSurname(d, t, covered)) return t;
  let end = t + 1;
  if (end + 1 < d.n && isHyphen(d, end) && adjacent(d, end - 1, end) && adjacent(d, end, end + 1) && isCapWord(d, end + 1) && !covered[end + 1] && !d.tagged[end + 1]) end += 2;
  // (twenty-seventh session, `HYPHENATED_GIVEN_LOWER`: a Korean or Cantonese given name with a lower-case part, "Hwang Woo-jin", "Ip Kwok-him")
  else if (HYPHENATED_GIVEN_LOWER && lowerNamePart(d, end)) end += 2;
  return end < d.n && isCapWord(d, end) && adjacentInSentence(d, end) ? t : end;
}

/** Twenty-seventh session: a glued hyphen and a short lower-case part close a given name ("Woo-jin", "Kwok-him": `surnameEnd`). */
const HYPHENATED_GIVEN_LOWER = true;
/** `HYPHENATED_GIVEN_LOWER`: token `h` is a hyphen glued between a capitalised word and a lower-case word of two to four letters that is no modifier's ending ("-based") and that the article never writes alone. */
function lowerNamePart(d: Doc, h: number): boolean {
  if (h + 1 >= d.n || !isHyphen(d, h) || !adjacent(d, h - 1, h) || !adjacent(d, h, h + 1) || !isCapWord(d, h - 1) || !isWord(d, h + 1)) return false;
  const w = d.v.raw[h + 1]!;
  if (w.length < 2 || w.length > 4 || isUpper(w.charCodeAt(0)) || HYPHEN_SUFFIXES.has(w)) return false;
  if (h + 2 < d.n && isHyphen(d, h + 2)) return false;
  // (a part the article also writes alone, not after a glued hyphen, is a word, not a name's)
  for (let t = 0; t < d.n; t++) if (d.v.raw[t] === w && !(isHyphen(d, t - 1) && adjacent(d, t - 1, t))) return false;
  return true;
}

/** An untagged given name right before the person's span at `from` (`GIVEN_NAME_BEFORE_PERSON`). */
function givenNameBefore(d: Doc, from: number, covered: Uint8Array): boolean {
  const p = from - 1;
  if (p < 0 || d.tagged[p] || covered[p] || d.header[p] || !isCapWord(d, p) || !adjacentInSentence(d, from)) return false;
  if (TITLE_HEAD_SET.has(d.v.low[from]!) || HONORIFICS.has(d.v.low[from]!)) return false;
  // (twelfth session, `ROLE_THEN_PERSON`: or any capitalised word right after a role noun in lower case, "landowner Giles [Pennock]")
  const role = ROLE_THEN_PERSON && p > 0 && isWord(d, p - 1) && !isUpper(d.v.raw[p - 1]!.charCodeAt(0)) && (PERSON_BEFORE.has(d.v.low[p - 1]!) || OCCUPATIONS.has(d.v.low[p - 1]!));
  return (role && !FUNCTION_WORDS.has(d.v.low[p]!) && !KNOWN_NAMES.has(d.v.low[p]!)) || isGivenName(d.v.low[p]!, false);
}

/**
 * The model's spans of the sentence [a, b), in absolute token indices, with the person names the
 * model cut or left out put right (`SURNAME_AFTER_SPAN`, `GIVEN_NAME_BEFORE_PERSON`,
 * `NAME_BY_SAYING_VERB`). Marks the tokens it adds to spans as tagged.
 */
function personFixes(d: Doc, a: number, b: number, spans: readonly { start: number; end: number; type: NerType }[], covered: Uint8Array): FixedSpan[] {
  const { v } = d;
  const out: FixedSpan[] = [];
  for (const s of spans) {
    let from = a + s.start;
    let to = a + s.end;
    let type = TYPE_OF[s.type];
    let person = -1;
    if (!d.header[from]) {
      // twenty-seventh session (`HYPHENATED_GIVEN_NAME`): "[Marie-Claire] Dubois", "[Karl-Herbert Schneider-Gaedicke]" read as a body
      if (HYPHENATED_GIVEN_NAME && type !== 'PERSON' && hyphenatedGivenName(d, from, to, covered)) type = 'PERSON';
      if (SURNAME_AFTER_SPAN) {
        const end = surnameEnd(d, to, covered);
        const last = to - 1;
        const given = end > to && isCapWord(d, last) && isGivenName(v.low[last]!, false);
        // a person's span runs on, unless other words open it before its given name ("[Lib Dem Norman] Tasker")
        if (end > to && type === 'PERSON' && !(given && last > from && !isGivenName(v.low[from]!, false))) {
          d.tagged.fill(1, to, end);
          to = end;
        } else if (given) {
          d.tagged.fill(1, to, end);
          person = last;
          to = end;
        }
      }
      if (GIVEN_NAME_BEFORE_PERSON && type === 'PERSON' && person < 0 && givenNameBefore(d, from, covered)) d.tagged[--from] = 1;
    }
    out.push({ from, to, type, person });
  }
  if (NAME_BY_SAYING_VERB) namesBySayingVerbs(d, a, b, out, covered);
  return out;
}

/** `NAME_BY_SAYING_VERB` over the sentence [a, b): replaces a one-word span of the surname, adds the person's span, keeps `spans` in order. */
function namesBySayingVerbs(d: Doc, a: number, b: number, spans: FixedSpan[], covered: Uint8Array): void {
  const { v } = d;
  let added = false;
  for (let t = a; t < b; t++) {
    if ((d.flags[t]! & SAYING_WORD) === 0 || d.header[t]) continue;
    // "Hope Dalton said"; "said Hope Dalton." or "said Hope Dalton, a …"
    const before = t - 2 >= a && adjacentInSentence(d, t) ? t - 2 : -1;
    const after = t + 3 <= b && (t + 3 === b || v.raw[t + 3] === ',' || v.raw[t + 3] === '.') ? t + 1 : -1;
    for (const g of [before, after]) {
      if (g < 0 || d.tagged[g] || covered[g] || !isCapWord(d, g) || !isGivenName(v.low[g]!, true)) continue;
      if (g === before && g > a && isCapWord(d, g - 1) && adjacentInSentence(d, g) && !TITLE_HEAD_SET.has(v.low[g - 1]!) && !FUNCTION_WORDS.has(v.low[g - 1]!)) continue;
      if (!isLooseSurname(d, g + 1, covered, true)) continue;
      // the surname alone may be a span of its own ("Hope [Dalton] said", read as an organisation, or as a person)
      const k = spans.findIndex((s) => s.from <= g + 1 && s.to > g + 1);
      if (k >= 0) {
        const s = spans[k]!;
        if (s.from !== g + 1 || s.to !== g + 2) continue;
        spans.splice(k, 1);
      }
      spans.push({ from: g, to: g + 2, type: 'PERSON', person: -1 });
      d.tagged.fill(1, g, g + 2);
      added = true;
    }
  }
  if (added) spans.sort((x, y) => x.from - y.from);
}

/**
 * A span the model ran on past lower-case words holds a person's full name after them: "[Mr. Reeves,
 * said Paul Dufresne]", "[Late Show host Bill Marlow]", "[presidential nominee Ann] Keller". What
 * follows the lower-case words is a person when it opens with a given name and has a surname (inside
 * the span or just after it, untagged); before, only a name the gazetteer knew was kept there.
 */
const PERSON_AFTER_LOWER_WORDS = true;

/** `PERSON_AFTER_LOWER_WORDS`: the person's name opening at `b`, the rest of a span ending at `to`, when it is one. */
function personAfterLowerWords(d: Doc, b: number, to: number, covered: Uint8Array, out: Cand[], votes: number): void {
  // (twenty-seventh session, `ROLE_WORD_GIVEN_NAME`: after a role noun a given name that is also a word opens the name too,
  // "[Queensland grower Pat] Wibaux says")
  const role = ROLE_WORD_GIVEN_NAME && b > 0 && (OCCUPATIONS.has(d.v.low[b - 1]!) || PERSON_BEFORE.has(d.v.low[b - 1]!));
  if (b >= to || !isCapWord(d, b) || !isGivenName(d.v.low[b]!, role)) return;
  const end = nameAfterTitle(d, b, to, covered);
  if (end - b >= 2 && isCapWord(d, b + 1) && !FUNCTION_WORDS.has(d.v.low[b + 1]!)) clean(d, b, end, 'PERSON', covered, out, votes);
}

/** Twelfth session: a compass word before a known place makes a place of a span read as a person (`clean`). */
const COMPASS_PLACE = true;
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'mid', 'greater', 'upper', 'lower']);
/** Twelfth session: a role noun in lower case inside a span the model read as one person splits it (`clean`). */
const ROLE_THEN_PERSON = true;
/** Occupations that, like the roles of `PERSON_BEFORE`, stand right before a person's name ("landowner Giles Pennock"). */
const OCCUPATIONS: ReadonlySet<string> = new Set([
  'landowner', 'farmer', 'activist', 'campaigner', 'resident', 'worker', 'teacher', 'pensioner', 'student', 'owner', 'trader', 'boss',
  'fan', 'supporter', 'shopkeeper', 'landlord', 'developer', 'designer', 'architect', 'engineer', 'doctor', 'nurse', 'surgeon', 'pilot',
  'driver', 'chef', 'artist', 'writer', 'novelist', 'poet', 'musician', 'composer', 'producer', 'photographer', 'blogger', 'investor',
  'grower', 'grazier', 'rancher', 'breeder', 'fisherman', 'miner', 'winemaker', 'beekeeper', 'exporter', 'agronomist',
]);
/** Twenty-seventh session: a given name that is also a word ("Pat", "Will") opens a person's name after a role noun (`personAfterLowerWords`). */
const ROLE_WORD_GIVEN_NAME = true;

/**
 * Twenty-third session: a span that ends in an office and a person's name is the two ("[Financial Officer Dana Reyes]",
 * "[Halvor Chief Operating Officer Dana Reyes]", "[Treasurer Tom Keller]", "[Army Chief of Staff Tomas Ruiz]"): the
 * person after the office, and the body's name before it (`clean`).
 */
const OFFICE_BEFORE_PERSON = true;
/** `OFFICE_BEFORE_PERSON`: offices the title lists lack ("staff" only in "Chief of Staff"). */
const OFFICE_HEADS: ReadonlySet<string> = new Set(['officer', 'treasurer', 'counsel', 'staff', 'controller', 'comptroller']);
/** `OFFICE_BEFORE_PERSON`: words of an office before its head ("Chief Financial Officer", "Chief Engineering Officer"). */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  'financial', 'operating', 'engineering', 'technology', 'technical', 'information', 'marketing', 'investment', 'medical', 'legal',
  'scientific', 'commercial', 'managing', 'administrative', 'accounting', 'compliance', 'risk', 'strategy', 'creative', 'group', 'assistant', 'associate',
]);

/**
 * `OFFICE_BEFORE_PERSON`: [first token of the office, first token of the person] when span [from, to) ends in two or three words
 * of a person's name right after an office with a word the title lists lack (or, in a span the model did not read as a person,
 * any title before a given name); else null.
 */
function officeBeforePerson(d: Doc, from: number, to: number, type: NameType): [number, number] | null {
  const { v } = d;
  const personWord = (k: number): boolean => isCapWord(d, k) && !ORG_END_WORDS.has(v.low[k]!) && !FUNCTION_WORDS.has(v.low[k]!) && !KNOWN_NAMES.has(v.low[k]!) && !TITLE_HEAD_SET.has(v.low[k]!) && !OFFICE_HEADS.has(v.low[k]!) && !OFFICE_MODIFIERS.has(v.low[k]!) && !TITLE_MODIFIER_SET.has(v.low[k]!);
  let k = to;
  while (k > from && to - k < 3 && personWord(k - 1)) k--;
  const t = k - 1;
  if (to - k < 2 || t < from || !isUpper(v.raw[t]!.charCodeAt(0))) return null;
  const w = v.low[t]!;
  const office = OFFICE_HEADS.has(w) && (w !== 'staff' || (t - 2 >= 0 && v.low[t - 1] === 'of' && TITLE_HEAD_SET.has(v.low[t - 2]!)));
  if (!office && !(type !== 'PERSON' && TITLE_HEAD_SET.has(w) && GIVEN_NAME_SET.has(v.low[k]!))) return null;
  let a = t;
  for (;;) {
    const p = v.low[a - 1] ?? '';
    if (a > from && (TITLE_MODIFIER_SET.has(p) || TITLE_HEAD_SET.has(p) || OFFICE_MODIFIERS.has(p) || isHyphen(d, a - 1))) a--;
    else if (a - 1 > from && (p === 'of' || p === 'and') && TITLE_HEAD_SET.has(v.low[a - 2]!)) a -= 2;
    else break;
  }
  return [a, k];
}

/** Twenty-third session: a place named as an office's portfolio ("Minister for Europe Alan Pryce") splits from the person after it (`clean`). */
const PLACE_PORTFOLIO = true;

/** Tokens [from, to) are all capitalised words. */
function allCapWords(d: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!isCapWord(d, t) || FUNCTION_WORDS.has(d.v.low[t]!)) return false;
  return true;
}

/** Tokens [from, to) are title words alone ("Treasurer", "Shadow Chancellor"). */
function allTitleWords(d: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!TITLE_HEAD_SET.has(d.v.low[t]!) && !TITLE_MODIFIER_SET.has(d.v.low[t]!)) return false;
  return true;
}

/** Twenty-seventh session: a colon or a double quote mark inside a model span ends the name there (`clean`; not an apostrophe: "Rovers ' s"). */
const NO_COLON_OR_QUOTE_INSIDE = true;
const DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»', "''", '``']);
/** Turn one model span into zero or more candidates: titles, hyphenated compounds, values and capital-less spans handled. */
function clean(d: Doc, from: number, to: number, type: NameType, covered: Uint8Array, out: Cand[], votes = 1): void {
  const { v } = d;
  // names are short; a longer span is the model lost in a run of capitals (and this keeps the work linear)
  if (to - from > MAX_SPAN) return;
  // (twenty-seventh session, `NO_COLON_OR_QUOTE_INSIDE`: a colon or a quote mark splits the span, each side read on its own:
  // "Mr. [Lee: "We] need …", "[Web," Tevlin] said")
  if (NO_COLON_OR_QUOTE_INSIDE) {
    for (let t = from + 1; t < to - 1; t++) {
      if (v.raw[t] !== ':' && !DOUBLE_QUOTES.has(v.raw[t]!)) continue;
      clean(d, from, t, type, covered, out, votes);
      clean(d, t + 1, to, type, covered, out, votes);
      return;
    }
  }
  // edges: punctuation, and tokens taken by values and dates
  while (from < to && (!(isWord(d, from) || v.tokens.kind[from] === TokenKind.Number) || covered[from])) from++;
  let open = false;
  for (let t = from; t < to; t++) if (v.raw[t] === '(') open = true;
  while (to > from && !(isWord(d, to - 1) || v.tokens.kind[to - 1] === TokenKind.Number || (open && v.raw[to - 1] === ')'))) to--;
  // nor a lower-case connector ("[Okafor - and]"), nor (round sixteen, `DASH_ASIDE_CUT`) the first word of an aside after a
  // spaced dash ("Mr [Petrenko - keen] to calm investors - had said")
  if (DASH_ASIDE_CUT) {
    for (let t = from + 1; t < to - 1; t++) {
      // (only when no capitalised word follows in the span: "MP - so [Peter Lyle]" keeps the name after the dash)
      // (or when two words or more before the dash already make a name: "[Jonathan Tay] - are British")
      let lower = true;
      for (let x = t + 1; x < to && lower; x++) lower = !isWord(d, x) || !isUpper(v.raw[x]!.charCodeAt(0));
      const opens = isWord(d, t + 1) && !isUpper(v.raw[t + 1]!.charCodeAt(0));
      if ((lower || (opens && t - from >= 2)) && v.raw[t] === '-' && !adjacent(d, t - 1, t) && isWord(d, t + 1)) {
        to = t;
        while (to > from && !isWord(d, to - 1)) to--;
        break;
      }
    }
  }
  while (to - from > 1 && NAME_CONNECTORS.has(v.low[to - 1]!) && !isUpper(v.raw[to - 1]!.charCodeAt(0))) {
    to--;
    while (to > from && !(isWord(d, to - 1) || v.tokens.kind[to - 1] === TokenKind.Number)) to--;
  }
  // a person's name does not open with a lower-case word other than a particle ("MP - [so] Peter Lyle")
  // and one that opens with "of" is what a title is of ("Professor [of Ballet]", "Lord Chief Justice [of England]")
  if (type === 'PERSON') {
    while (from < to && isWord(d, from) && !isUpper(v.raw[from]!.charCodeAt(0)) && !PARTICLES.has(v.low[from]!)) {
      if (v.low[from] === 'of' || v.low[from] === 'for') {
        // "the north east [of America]": a place the gazetteer knows stays one
        const known = from + 1 < to ? KNOWN_NAMES.get(keyOf(d, from + 1, to)) : undefined;
        if (known && known !== 'PERSON') clean(d, from + 1, to, known, covered, out, 0);
        return;
      }
      from++;
    }
  }
  if (from >= to) return;
  // a number closing a name is part of it ("Euro 96", "FTSE 100"); any other value inside: not a name
  let end = to;
  while (end > from && v.tokens.kind[end - 1] === TokenKind.Number) end--;
  for (let t = from; t < end; t++) if (covered[t]) return;
  if (end === from) return;

  // twelfth session (`COMPASS_PLACE`): "[North Devon] landowner", read as a person: a compass word before a place the gazetteer
  // knows is a place
  if (COMPASS_PLACE && type === 'PERSON' && to - from >= 2 && COMPASS_WORDS.has(v.low[from]!) && KNOWN_NAMES.get(keyOf(d, from + 1, to)) === 'LOC') type = 'LOC';
  // the model's span is the head word alone ("General [Motors]", "Finance [Ministry]"): the capitalised words before it belong to it
  if (to - from === 1 && ORG_END_WORDS.has(v.low[from]!) && isUpper(v.raw[from]!.charCodeAt(0))) {
    while (from > 0 && to - from < 4 && !d.tagged[from - 1] && !covered[from - 1] && isCapWord(d, from - 1) && adjacentInSentence(d, from) && !FUNCTION_WORDS.has(v.low[from - 1]!)) from--;
  }
  // round thirteen (i): a person's name before a post-nominal in capitals ("Tom Braddock MP", "Ian Doyle QC") is the name alone
  if (POSTNOMINAL_CUT && type === 'PERSON' && to - from > 2 && POSTNOMINALS.has(v.raw[to - 1]!)) to--;
  // a name that ends in an organisation's head word is one, title words and all ("General Motors",
  // "Premier League", "the Finance Ministry")
  const orgName = to - from > 1 && ORG_END_WORDS.has(v.low[to - 1]!) && isUpper(v.raw[to - 1]!.charCodeAt(0));
  if (orgName && (type === 'PERSON' || (type === 'LOC' && ORG_NOT_PLACE_WORDS.has(v.low[to - 1]!)))) type = 'ORG';
  // (twenty-third session, `OFFICE_BEFORE_PERSON`: "[Financial Officer Dana Reyes]", "[Halvor Chief Operating Officer Dana Reyes]")
  const office = OFFICE_BEFORE_PERSON && !orgName ? officeBeforePerson(d, from, to, type) : null;
  if (office) {
    const [a, k] = office;
    if (a > from) clean(d, from, a, nationalityType(d, from, a, 'ORG'), covered, out, votes);
    clean(d, k, nameAfterTitle(d, k, to, covered), 'PERSON', covered, out, votes);
    return;
  }
  // titles: "President Vladimir Putin", "Russian President", "Secretary of State Marco Rubio"
  for (let t = from; t < to && !orgName; t++) {
    const w = v.low[t]!;
    const head = type === 'PERSON' ? TITLE_HEAD_SET.has(w) : PERSONAL_TITLES.has(w);
    // inside an organisation's name a title is part of it ("the Prime Minister's Office"), except a member's ("Bolton West MP")
    if (!head || (type === 'ORG' && t > from && !MEMBER_TITLES.has(w) && !HONORIFICS.has(w) && !personAfterOrgTitle(d, t, to))) continue;
    // a person's name ending in a title word is a surname: "Martin Luther King", "Billie Jean King"
    if (type === 'PERSON' && t === to - 1 && (t > from || !PERSONAL_TITLES.has(w))) continue;
    let a = t;
    while (a > from && (TITLE_MODIFIER_SET.has(v.low[a - 1]!) || TITLE_HEAD_SET.has(v.low[a - 1]!) || isHyphen(d, a - 1))) a--;
    let b = t + 1;
    while (b < to && (TITLE_HEAD_SET.has(v.low[b]!) || (isHyphen(d, b) && b + 1 < to && TITLE_HEAD_SET.has(v.low[b + 1]!)))) b += isHyphen(d, b) ? 2 : 1;
    if (HONORIFIC_SURNAME && b === to && b - 1 > t && HONORIFICS.has(w) && TITLE_SURNAMES.has(v.low[b - 1]!) && isUpper(v.raw[b - 1]!.charCodeAt(0))) b--;
    b = afterPortfolio(d, b, to);
    // a member of parliament's party or seat before the title ("Labour MP", "Bolton West MP"), the seat after it ("MP for Barnet East")
    const member = MEMBER_TITLES.has(w);
    if (a > from) clean(d, from, a, nationalityType(d, from, a, member ? 'LOC' : type), covered, out, votes);
    if (member && b + 1 < to && v.low[b] === 'for') {
      clean(d, b + 1, to, KNOWN_NAMES.get(keyOf(d, b + 1, to)) ?? 'LOC', covered, out, votes);
      return;
    }
    if (b < to) clean(d, b, nameAfterTitle(d, b, to, covered), 'PERSON', covered, out, votes);
    // the model's span stops at the title ("[Mr] Ashby-Lowe"): the name is what follows it
    else if (b < d.n && PERSONAL_TITLES.has(w) && !d.tagged[b] && adjacentInSentence(d, b)) {
      const end = nameAfterTitle(d, b, b, covered);
      if (end > b && (end >= d.n || !d.tagged[end])) clean(d, b, end, 'PERSON', covered, out, votes);
    }
    return;
  }
  // the portfolio of a title just before the span: "Secretary of [State Marco Rubio]"
  const p = from - 1 >= 0 && v.low[from - 1] === 'the' ? from - 2 : from - 1;
  if (p >= 1 && (v.low[p] === 'of' || v.low[p] === 'for') && TITLE_HEAD_SET.has(v.low[p - 1]!) && PORTFOLIO.has(v.low[from]!)) {
    let b = from;
    while (b < to && PORTFOLIO.has(v.low[b]!)) b++;
    if (b < to) clean(d, b, nameAfterTitle(d, b, to, covered), 'PERSON', covered, out, votes);
    return;
  }
  // (twenty-third session, `PLACE_PORTFOLIO`: "Minister for [Europe Alan Pryce]": a place the office is for, then the person)
  if (PLACE_PORTFOLIO && p >= 1 && (v.low[p] === 'of' || v.low[p] === 'for') && TITLE_HEAD_SET.has(v.low[p - 1]!)) {
    for (let k = 1; k <= 2 && from + k + 2 <= to; k++) {
      const place = KNOWN_NAMES.get(keyOf(d, from, from + k));
      if (place !== 'LOC' || !isCapWord(d, from + k) || !isCapWord(d, from + k + 1)) continue;
      clean(d, from, from + k, 'LOC', covered, out, votes);
      clean(d, from + k, nameAfterTitle(d, from + k, to, covered), 'PERSON', covered, out, votes);
      return;
    }
  }

  // hyphenated compounds: split where a part is a name of its own
  for (let t = from + 1; t < to - 1; t++) {
    if (!isHyphen(d, t) || !adjacent(d, t - 1, t) || !adjacent(d, t, t + 1)) continue;
    const left = v.low[t - 1]!;
    const right = v.low[t + 1]!;
    if (PARTICLES.has(left) || PARTICLES.has(right)) continue;
    const { lowerForms, standalone } = formsOf(d);
    const leftName = KNOWN_NAMES.has(left) || standalone.has(left);
    const rightName = KNOWN_NAMES.has(right) || standalone.has(right);
    const rightCommon = HYPHEN_SUFFIXES.has(right) || lowerForms.has(right) || !isUpper(v.raw[t + 1]!.charCodeAt(0));
    // "Trump-Backed", "Russia-Ukraine" split; "Ohio-based" stays one modifier (as CoNLL has it); "Marchal-Dupont" one person
    const titled = isUpper(v.raw[t + 1]!.charCodeAt(0));
    // two nationalities make one modifier, as CoNLL has it ("Arab-Israeli talks"); a company's name is one name ("Vantage-Halden")
    const pair = rightName && type !== 'PERSON' && type !== 'ORG' && !(isNationalityWord(left) && isNationalityWord(right));
    if (leftName && (pair || (!rightName && rightCommon && titled))) {
      // each part its own type: "Russia-Ukraine" (read as one MISC modifier) → LOC, LOC
      clean(d, from, t, partType(d, from, t, type), covered, out, 0);
      if (rightName) clean(d, t + 1, to, partType(d, t + 1, to, type), covered, out, 0);
      return;
    }
  }

  // a person's name holds no lower-case word but a particle ("Pieter den Hollander", "Aziz-ur-Rahim"): "[Smith in Berlin]" → "Smith"
  if (type === 'PERSON') {
    for (let t = from + 1; t < to; t++) {
      const w = v.raw[t]!;
      // particles, hyphenated parts, "d'Arcy", and CoNLL's detached possessive
      if (!isWord(d, t) || isUpper(w.charCodeAt(0)) || PARTICLES.has(v.low[t]!) || isHyphen(d, t - 1) || w[1] === "'" || w[1] === '’' || v.low[t] === 's') continue;
      let b = t + 1;
      while (b < to && isWord(d, b) && !isUpper(v.raw[b]!.charCodeAt(0))) b++;
      // twelfth session (`ROLE_THEN_PERSON`): "[North Devon landowner Giles Pennock]": a role noun in lower case, then two
      // capitalised words or more: the words before it are a place or a body, the words after it the person
      if (ROLE_THEN_PERSON && b < to && (PERSON_BEFORE.has(v.low[b - 1]!) || OCCUPATIONS.has(v.low[b - 1]!)) && to - b >= 2 && to - b <= 4 && allCapWords(d, b, to)) {
        clean(d, from, t, KNOWN_NAMES.get(keyOf(d, from, t)) ?? (KNOWN_NAMES.get(v.low[t - 1]!) === 'LOC' ? 'LOC' : 'ORG'), covered, out, 0);
        clean(d, b, to, 'PERSON', covered, out, votes);
        return;
      }
      clean(d, from, t, type, covered, out, votes);
      // what follows is a name only when the gazetteer knows it ("… in [Berlin]")
      const known = b < to ? KNOWN_NAMES.get(keyOf(d, b, to)) : undefined;
      if (known) clean(d, b, to, known, covered, out, 0);
      else if (PERSON_AFTER_LOWER_WORDS) personAfterLowerWords(d, b, to, covered, out, votes);
      return;
    }
  }
  // nor does another name hold a lower-case word but a connector ("Bank of England", "Tour de France",
  // "Council on Foreign Relations"): "[Vantage rising]", "[Council should re-open the Library]" → the first name
  if (type !== 'PERSON') {
    for (let t = from + 1; t < to; t++) {
      const w = v.raw[t]!;
      if (!isWord(d, t) || !isLetter(w.charCodeAt(0)) || isUpper(w.charCodeAt(0)) || NAME_CONNECTORS.has(v.low[t]!) || NAME_INNER_NOUNS.has(v.low[t]!) || PARTICLES.has(v.low[t]!) || isHyphen(d, t - 1) || w[1] === "'" || w[1] === '’' || v.low[t] === 's') continue;
      // (a connector does not end it: "[KBN of] its decision")
      let e = t;
      while (e > from + 1 && NAME_CONNECTORS.has(v.low[e - 1]!) && !isUpper(v.raw[e - 1]!.charCodeAt(0))) e--;
      clean(d, from, e, type, covered, out, votes);
      if (PERSON_AFTER_LOWER_WORDS) {
        let b = t + 1;
        while (b < to && !isCapWord(d, b)) b++;
        personAfterLowerWords(d, b, to, covered, out, votes);
      }
      return;
    }
  }
  // a name has a capital: "derails" is not one; neither is "The" or "I"
  let capital = false;
  for (let t = from; t < to; t++) if (isCapWord(d, t) && !NOT_NAMES.has(v.low[t]!) && !CAPITALISED_NON_NAMES.has(v.raw[t]!) && !(t === from && to - from === 1 && (FUNCTION_WORDS.has(v.low[t]!) || PERSONAL_TITLES.has(v.low[t]!)))) capital = true;
  if (!capital) return;
  out.push({ from, to, type, votes });
}

/**
 * The end of the person's name after a title: the model's span, stretched over capitalised
 * words the model left out ("Secretary of [State Marco] Rubio" → "Marco Rubio").
 */
function nameAfterTitle(d: Doc, from: number, to: number, covered: Uint8Array): number {
  let end = to;
  for (;;) {
    while (end < d.n && end - from < 4 && !d.tagged[end] && !covered[end] && isCapWord(d, end) && adjacentInSentence(d, end) && !FUNCTION_WORDS.has(d.v.low[end]!) && !TITLE_HEAD_SET.has(d.v.low[end]!)) end++;
    // a double-barrelled surname goes on after its hyphen ("Robert Ashby-Lowe")
    if (end > from && end + 1 < d.n && end - from < 4 && isHyphen(d, end) && adjacent(d, end - 1, end) && adjacent(d, end, end + 1) && isCapWord(d, end + 1) && !covered[end + 1]) end += 2;
    else return end;
  }
}

/**
 * A place's or a party's title inside an organisation span, with the person after it: "[Quebec
 * Premier François Legault]", "[Ontario Premier] Doug Ford" (the model's span ends at the title and
 * a person's span follows). Not "the Prime Minister's Office" (a possessive or an organisation's
 * head word follows the title), nor "Premier League" (a lower-case or unknown word is no person).
 */
function personAfterOrgTitle(d: Doc, t: number, to: number): boolean {
  const { v } = d;
  if (!PERSONAL_TITLES.has(v.low[t]!) || !isUpper(v.raw[t]!.charCodeAt(0))) return false;
  const personWord = (k: number): boolean => isCapWord(d, k) && !ORG_END_WORDS.has(v.low[k]!) && !FUNCTION_WORDS.has(v.low[k]!) && !KNOWN_NAMES.has(v.low[k]!) && !TITLE_HEAD_SET.has(v.low[k]!);
  if (t + 1 === to) return to < d.n && d.tagged[to] === 1 && adjacentInSentence(d, to) && personWord(to);
  if (to - (t + 1) > 3) return false;
  for (let k = t + 1; k < to; k++) if (!personWord(k)) return false;
  return true;
}

/** Token `t` follows token `t - 1` in the same sentence, with only spaces between. */
function adjacentInSentence(d: Doc, t: number): boolean {
  if (d.v.tokens.sentence[t] !== d.v.tokens.sentence[t - 1]) return false;
  for (let i = d.v.tokens.end[t - 1]!; i < d.v.tokens.start[t]!; i++) if (d.v.text.charCodeAt(i) !== 32) return false;
  return true;
}

/** Past "of State", "for the Treasury", "of Foreign Affairs" after a title head at `b`. */
function afterPortfolio(d: Doc, b: number, to: number): number {
  const { v } = d;
  if (b + 1 < to && (v.low[b] === 'of' || v.low[b] === 'for')) {
    let k = b + 1;
    if (v.low[k] === 'the' && k + 1 < to) k++;
    if (PORTFOLIO.has(v.low[k]!)) {
      while (k < to && PORTFOLIO.has(v.low[k]!)) k++;
      return k;
    }
  }
  return b;
}

/** The type of one part of a split hyphenated name: the gazetteer's, a nationality's, else the whole span's. */
function partType(d: Doc, from: number, to: number, fallback: NameType): NameType {
  const key = keyOf(d, from, to);
  if (isNationalityWord(key)) return 'NORP';
  return KNOWN_NAMES.get(key) ?? fallback;
}

/** The left part of a title: "Russian" in "Russian President" is a nationality. */
function nationalityType(d: Doc, from: number, to: number, fallback: NameType): NameType {
  const key = keyOf(d, from, to);
  if (isNationalityWord(key)) return 'NORP';
  return KNOWN_NAMES.get(key) ?? (fallback === 'PERSON' ? 'MISC' : fallback);
}
