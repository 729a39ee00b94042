/**
 * Round twelve: drafts whose cue word is read in a sense that reports nothing. Every rule here
 * looks only at the cue's own tokens, the words right after it and the content's shape, after all
 * rules and the cue model have drafted, and says why a draft goes (or null: it stays):
 *
 * - `spoke` without a topic: "He spoke against the bronze backdrop", "spoke longer than 30
 *   minutes" (kept: "spoke favorably of Petrov", "spoke briefly about …");
 * - `think tank`: "a liberal think tank" is no belief;
 * - naming and phoning: "a firm called Delta Metrics", "a man named Tom Vickers", "Keller
 *   called Nadia Farahani" (a call, not a statement; kept: "called the system “rigged”");
 * - a listener for content: "officials told POLITICO" (what they said is elsewhere);
 * - phrasal verbs that report nothing: "showed up at the debate", "called off the deal",
 *   "called in to a town hall", "wrote off", "shouted down", "the numbers add up";
 * - a content that is only where or when: "said in a statement", "reported from Washington",
 *   "said after an event in Dayton" (kept: "believes in the American dream", "weighed in on …");
 * - "found himself …", "found ways to …", "found out about it";
 * - "went on to become / win …" (kept: "went on to say …");
 * - "maintains a commanding lead" (kept: "maintained she complied …");
 * - "continued his assault", "continued campaigning" (kept: "“…,” he continued");
 * - "the reality TV show" (the noun);
 * - round thirteen (c): "she found a reference to …" (a person finding a thing), "it reveals its pedigree", "may
 *   defend her title" (a contest), "64 organ notes" (the noun), "having a friend describe the photos" (a
 *   causative), "the experts were asked for picks" (the subject is the one asked);
 * - round thirteen (g): "if called upon", "unless asked" (a conditional passive with no subject, whose
 *   "content" is a particle or nothing), "the cheap tickets do not include …" (a plural noun before the
 *   sentence's finite verb).
 *
 * Each is measured on PolNeAR train first, then dev and the BBC check set (README, round twelve).
 */
import type { AttributionSource, Quoted } from '../../types/analysis.js';
import type { Span } from '../../types/span.js';
import type { TokenView } from '../entities/tokenView.js';
import { TokenKind } from '../../types/layers.js';

/** What the rules read of a draft. */
export interface FrameDraft {
  quoted: Quoted;
  source: AttributionSource | null;
  cue: Span | null;
  content: Span;
}

export type MisreadReason = 'speak-no-topic' | 'think-tank' | 'naming' | 'listener-only' | 'phrasal' | 'place-or-time' | 'found-oneself' | 'went-on-to-event' | 'maintain-object' | 'continued-object' | 'show-noun' | 'found-thing' | 'reveal-possessive' | 'defend-contest' | 'note-noun' | 'causative' | 'asked-for-passive' | 'agree-deal' | 'offer-product' | 'relative-raising' | 'conditional-passive' | 'noun-before-verb' | 'unveil-object' | 'reflexive-only';

/** The rules, one switch each (all measured together and one by one: README round twelve). */
export const MISREAD_RULES: Readonly<Record<MisreadReason, boolean>> = {
  'speak-no-topic': true,
  'think-tank': true,
  naming: true,
  'listener-only': true,
  phrasal: true,
  'place-or-time': true,
  'found-oneself': true,
  'went-on-to-event': true,
  'maintain-object': true,
  'continued-object': true,
  'show-noun': true,
  'found-thing': true,
  'reveal-possessive': true,
  'defend-contest': true,
  'note-noun': true,
  causative: true,
  'asked-for-passive': true,
  'agree-deal': true,
  'offer-product': true,
  'unveil-object': true,
  'relative-raising': true,
  'conditional-passive': true,
  'noun-before-verb': true,
  'reflexive-only': true,
};

/** Conjunctions before an elliptical passive cue ("if called upon", "unless asked", round thirteen (g)). */
const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'until']);
/** Finite auxiliaries that, with "not" after them, open a predicate, not a reported clause ("calls «do not include …»"). */
const FINITE_OPENERS: ReadonlySet<string> = new Set(['do', 'did', 'does', 'are', 'were', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);
/** Possessives that open a noun phrase a person finds or shows ("found «their» voice", "reveals «its» pedigree"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const REVEAL_FORMS: ReadonlySet<string> = new Set(['reveal', 'reveals', 'revealed', 'revealing']);
const DEFEND_FORMS: ReadonlySet<string> = new Set(['defend', 'defends', 'defended', 'defending']);
/** Heads of what a player or party defends in a contest ("defend her indoor title", "defending a handful of marginal seats"). */
const CONTEST_HEADS: ReadonlySet<string> = new Set(['title', 'titles', 'crown', 'championship', 'belt', 'trophy', 'medal', 'seat', 'seats', 'states', 'majority', 'lead']);
const CONTEST_WINDOW = 5;
const NOTE_FORMS: ReadonlySet<string> = new Set(['note', 'notes']);
/** Verbs that make their object do something ("having «a friend» describe the photos", "let him speak"). */
const CAUSATIVES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', 'let', 'lets', 'letting', 'make', 'makes', 'made', 'making']);
const ASK_FORMS: ReadonlySet<string> = new Set(['asked']);
const PASSIVE_BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const AGREE_FORMS: ReadonlySet<string> = new Set(['agree', 'agrees', 'agreed', 'agreeing']);
/** Heads of a transaction agreed as an object ("agreed «a deal» totalling $375m", "agreed «settlements» with the SEC"). */
const DEAL_HEADS: ReadonlySet<string> = new Set(['deal', 'deals', 'settlement', 'settlements', 'terms', 'contract', 'contracts', 'pact', 'merger', 'takeover', 'price', 'fee', 'loan', 'package', 'truce', 'ceasefire', 'transfer']);
const OFFER_FORMS: ReadonlySet<string> = new Set(['offer', 'offers', 'offered', 'offering']);
/** Heads of goods a firm or a device offers ("offering «hybrid devices»", "offering «a range of» smart features"). */
const PRODUCT_HEADS: ReadonlySet<string> = new Set(['device', 'devices', 'range', 'features', 'product', 'products', 'services', 'amenities', 'discount', 'discounts', 'handsets', 'phones', 'models', 'games', 'tickets', 'rates', 'mortgages', 'prizes', 'menu', 'flights']);
const HEAD_WINDOW = 4;
const RAISING_FORMS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Words that may stand between a relative "that" and its verb ("that «just did n't» seem to …"). */
const RELATIVE_FILLERS: ReadonlySet<string> = new Set(['just', 'also', 'still', 'even', 'not', 'never', 'did', 'does', 'do', "n't", 'n’t', "didn't", 'didn’t', "doesn't", 'doesn’t', 'now', 'only', 'may', 'might', 'can', 'could', 'would', 'will']);

const UNVEIL_FORMS: ReadonlySet<string> = new Set(['unveil', 'unveils', 'unveiled', 'unveiling']);
const FIND_FORMS: ReadonlySet<string> = new Set(['find', 'finds', 'found', 'finding']);
const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'yourself', 'ourselves', 'oneself']);
const WAY_WORDS: ReadonlySet<string> = new Set(['way', 'ways']);
const GO_FORMS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'going', 'gone']);
/** Verbs of a career or contest after "went on to" (not "went on to name / rebut / fault …", which report). */
const EVENT_VERBS: ReadonlySet<string> = new Set(['become', 'win', 'defeat', 'beat', 'lose', 'serve', 'join', 'lead', 'earn', 'marry', 'play', 'star', 'found', 'build', 'finish', 'head', 'chair', 'run', 'establish', 'capture', 'take',
  // round fourteen ("he goes on to prepare for next season", "The sequel went on to gross $90m")
  'prepare', 'gross', 'score', 'make', 'sell', 'reach', 'record', 'spend', 'compete', 'work']);
const MAINTAIN_FORMS: ReadonlySet<string> = new Set(['maintain', 'maintains', 'maintained', 'maintaining']);
/** Words that open an object noun phrase, not a clause ("maintains «a» commanding lead", "maintained «his» silence"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'close', 'large']);
const CONTINUE_FORMS: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'continuing']);
/** Words before "show(s)" that make it the noun ("the reality TV show", "his talk show"). */
const SHOW_NOUN_BEFORE: ReadonlySet<string> = new Set(['tv', 'television', 'reality', 'talk', 'game', 'radio', 'morning', 'cooking', 'quiz', 'chat', 'variety', 'comedy', 'roadshow', 'cable', 'late-night', 'favorite', 'favourite']);
const SPEAK_FORMS: ReadonlySet<string> = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking']);
/** Words that give "spoke" a topic within the next few tokens. */
const SPEAK_TOPIC: ReadonlySet<string> = new Set(['of', 'about', 'out', 'on']);
const SPEAK_WINDOW = 3;
const CALL_FORMS: ReadonlySet<string> = new Set(['called', 'calls', 'call', 'calling']);
const NAMING_FORMS: ReadonlySet<string> = new Set(['named', 'dubbed', 'titled', 'entitled']);
const SAY_FORMS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying']);
const TELL_FORMS: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling']);
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Lower-case words a name may hold ("Bank of America", "News Right Here"). */
const NAME_GLUE: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'le', 'van', 'von', 'al', '&', '-', '.', "'s", '’s']);
const NAME_MAX_TOKENS = 6;
/** Non-word tokens a name may hold: digits, quote marks, periods, hyphens ("Unit 7", "“plansmith99”"). */
const NAME_PUNCT = /^[\d“”"'‘’.,-]+$/;
/** Verb forms and the particles after them that make a verb reporting nothing. */
const PHRASAL: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['show', 'shows', 'showed', 'shown', 'showing'].map((w) => [w, new Set(['up'])] as const),
  ...[...CALL_FORMS].map((w) => [w, new Set(['off', 'in', 'into'])] as const),
  ...['write', 'writes', 'wrote', 'written', 'writing'].map((w) => [w, new Set(['off'])] as const),
  ...['shout', 'shouts', 'shouted', 'shouting'].map((w) => [w, new Set(['down'])] as const),
  ...['back', 'backs', 'backed', 'backing'].map((w) => [w, new Set(['down'])] as const),
  ...['charge', 'charges', 'charged', 'charging'].map((w) => [w, new Set(['into'])] as const),
  ...['add', 'adds', 'added', 'adding'].map((w) => [w, new Set(['up'])] as const),
  ...[...SAY_FORMS].map((w) => [w, new Set(['into'])] as const),
]);
/** Prepositions that open a content of place or time only. */
const PLACE_TIME: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'from', 'via', 'over']);
/** Words that show a clause (or a report) inside such a content: then it is kept. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'to', 'whether', 'if', 'how', 'what', 'why', 'who', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could',
  'should', 'may', 'might', 'must', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there',
]);
/** Cues whose preposition belongs to them ("believes in", "weighed in on", "confident in"). */
const PREPOSITION_CUES: ReadonlySet<string> = new Set([
  'believe', 'believes', 'believed', 'believing', 'weigh', 'weighs', 'weighed', 'weighing', 'confident', 'zeroed', 'chimed', 'chime', 'chimes',
]);
const PLACE_TIME_MAX_TOKENS = 14;

/** Is every word of tokens [from, to) part of a name ("Delta Metrics", "“plansmith99”", "Unit 7")? */
function nameOnly(v: TokenView, from: number, to: number): boolean {
  if (to <= from || to - from > NAME_MAX_TOKENS + 2) return false;
  let words = 0;
  for (let x = from; x < to; x++) {
    const w = v.lower[x]!;
    if (v.isWord(x)) {
      if (!v.isCap(x) && !NAME_GLUE.has(w)) return false;
      words++;
    } else if (!NAME_PUNCT.test(v.raw(x))) return false;
  }
  return words > 0 && words <= NAME_MAX_TOKENS && v.isCap(from + (v.isWord(from) ? 0 : 1));
}

/** One past the run of name tokens from `from` (capitalised words and the glue inside a name), or `from` when none starts there. */
function nameRun(v: TokenView, from: number, to: number): number {
  let x = from;
  let last = from;
  while (x < to && x < from + NAME_MAX_TOKENS + 2 && v.isWord(x) && (v.isCap(x) || (x > from && NAME_GLUE.has(v.lower[x]!)))) {
    x++;
    if (v.isCap(x - 1)) last = x;
  }
  return v.isSentenceFirst(from) ? from : last;
}

/**
 * Whether tokens [from, to) hold a clause word or a lower-case past form after their first word ("the city «had»
 * spent …"); with `toPreposition`, "to" is read as a preposition ("a reference «to» Mr Dalby").
 */
function clauseIn(v: TokenView, from: number, to: number, toPreposition = false): boolean {
  for (let x = from; x < to; x++) {
    const w = v.lower[x]!;
    if ((CLAUSE_WORDS.has(w) && !(toPreposition && w === 'to')) || (x > from && !v.isCap(x) && w.endsWith('ed'))) return true;
  }
  return false;
}

/**
 * Whether one of `heads` is among the first words of tokens [from, to), before any clause word, and no clause word
 * follows it ("«a deal» totalling …"; not "trade «deals» were needed …").
 */
function headWithin(v: TokenView, from: number, to: number, heads: ReadonlySet<string>): boolean {
  for (let x = from; x < to && x < from + HEAD_WINDOW && v.isWord(x) && !CLAUSE_WORDS.has(v.lower[x]!); x++) {
    if (heads.has(v.lower[x]!)) return !CLAUSE_WORDS.has(v.lower[x + 1] ?? '') || v.lower[x + 1] === 'to';
  }
  return false;
}

/** A bare verb form: no -s, -ed or -ing ("describe", "say"). */
function bareForm(w: string): boolean {
  return !w.endsWith('s') && !w.endsWith('ed') && !w.endsWith('ing') && w !== 'said' && w !== 'told';
}

/**
 * The content's tokens [from, to): `to` is the first token starting at or after the content's end, found by the view's
 * binary search rather than a walk over the whole content.
 */
function contentTokens(v: TokenView, content: Span): [number, number] {
  return [v.tokenAtOrAfter(content.start), v.tokenAtOrAfter(content.end)];
}

/** Why a draft's cue reports nothing here, or null when it stays. */
export function misreadReason(v: TokenView, d: FrameDraft): MisreadReason | null {
  if (!d.cue || d.quoted === 'direct') return null;
  const k = v.tokenAtOrAfter(d.cue.start);
  if (k >= v.count) return null;
  let cueEnd = k;
  while (cueEnd < v.count && v.tokens.start[cueEnd]! < d.cue.end) cueEnd++;
  const w = v.lower[k]!;
  const [c, cEnd] = contentTokens(v, d.content);
  const one = cueEnd === k + 1;

  if (MISREAD_RULES['think-tank'] && (w === 'think' || w === 'thinks') && (v.lower[k + 1] === 'tank' || v.lower[k + 1] === 'tanks')) return 'think-tank';
  // (not "call into question")
  const particle = one ? cueEnd : k + 1;
  if (MISREAD_RULES.phrasal && PHRASAL.get(w)?.has(v.lower[particle] ?? '') && v.lower[particle + 1] !== 'question') return 'phrasal';
  if (MISREAD_RULES['speak-no-topic'] && one && SPEAK_FORMS.has(w) && d.quoted === 'none') {
    let topic = false;
    for (let x = cueEnd; x < cueEnd + SPEAK_WINDOW && x < v.count && !topic; x++) topic = SPEAK_TOPIC.has(v.lower[x]!);
    if (!topic) return 'speak-no-topic';
  }
  // "found himself at the center of …", "found ways to push her plans": no finding reported
  if (MISREAD_RULES['found-oneself'] && one && FIND_FORMS.has(w)) {
    const n = v.lower[cueEnd] ?? '';
    // (and "found out about it": learning of something, not a finding)
    if (REFLEXIVES.has(n) || WAY_WORDS.has(n) || (n === 'a' && WAY_WORDS.has(v.lower[cueEnd + 1] ?? '')) || (n === 'out' && v.lower[cueEnd + 1] === 'about')) return 'found-oneself';
  }
  // round fourteen: a content that is only a reflexive pronoun, "begins questioning «herself»", "defended «himself»" (PolNeAR train: 0 of 3 right)
  if (MISREAD_RULES['reflexive-only'] && cEnd === c + 1 && REFLEXIVES.has(v.lower[c]!)) return 'reflexive-only';
  // "went on to become / win / defeat …": an event, not a report (kept: "went on to say / call / rebut / name …")
  if (MISREAD_RULES['went-on-to-event'] && GO_FORMS.has(w) && v.lower[k + 1] === 'on' && v.lower[c] === 'to') {
    let x = c + 1;
    while (x < cEnd && v.lower[x]!.endsWith('ly')) x++;
    if (x < cEnd && EVENT_VERBS.has(v.lower[x]!)) return 'went-on-to-event';
  }
  // "maintains a commanding lead", "maintained the enthusiasm of …": keeping, not asserting (kept: "maintained she complied …")
  if (MISREAD_RULES['maintain-object'] && one && MAINTAIN_FORMS.has(w) && d.quoted === 'none' && c < cEnd && v.lower[c - 1] !== 'that') {
    const opener = v.lower[c]!;
    let clause = false;
    for (let x = c; x < cEnd && !clause; x++) clause = CLAUSE_WORDS.has(v.lower[x]!) || (x > c && v.lower[x]!.endsWith('ed'));
    if (OBJECT_OPENERS.has(opener) || (opener === 'the' && !clause)) return 'maintain-object';
  }
  // "continued his attack on Mr. Dorn", "continued campaigning": going on, not speaking on (kept: "…,” he continued", "continued: “…”", "continued to defend …")
  if (MISREAD_RULES['continued-object'] && one && CONTINUE_FORMS.has(w) && d.quoted === 'none' && c < cEnd && v.lower[c] !== 'to' && !v.isPunct(c - 1, ':')) return 'continued-object';
  // round thirteen (c): "he found a reference to Mr Dalby in an old archive": a person finding a thing, no finding reported
  // (kept: "found a 2 percent levy … would raise …", "finds a younger cohort that is …")
  // ("I find his message chilling" is an opinion: a possessive only after "found")
  const thing = INDEFINITE_ARTICLES.has(v.lower[c] ?? '') || (w === 'found' && POSSESSIVES.has(v.lower[c] ?? ''));
  if (MISREAD_RULES['found-thing'] && one && FIND_FORMS.has(w) && d.quoted === 'none' && c < cEnd && thing && !clauseIn(v, c, cEnd, true)) return 'found-thing';
  // "it instantly reveals its pedigree": showing a quality (kept: "revealed her partner had taken her surname")
  if (MISREAD_RULES['reveal-possessive'] && one && REVEAL_FORMS.has(w) && d.quoted === 'none' && c < cEnd && POSSESSIVES.has(v.lower[c]!) && !clauseIn(v, c, cEnd)) return 'reveal-possessive';
  // "may defend her indoor title", "defending a handful of marginal seats": a contest (kept: "defended her record")
  if (MISREAD_RULES['defend-contest'] && one && DEFEND_FORMS.has(w) && d.quoted === 'none') {
    for (let x = c; x < cEnd && x < c + CONTEST_WINDOW && v.isWord(x); x++) if (CONTEST_HEADS.has(v.lower[x]!)) return 'defend-contest';
  }
  // "assigns one of 64 organ notes to each colour": the noun after a number and a modifier
  if (MISREAD_RULES['note-noun'] && one && NOTE_FORMS.has(w) && (v.tokens.kind[k - 1] === TokenKind.Number || (v.tokens.kind[k - 2] === TokenKind.Number && v.isWord(k - 1) && !v.isCap(k - 1)))) return 'note-noun';
  // "having a friend describe the photos", "let him speak": a causative, whose object does as it is made to
  if (MISREAD_RULES.causative && one && d.source && d.quoted === 'none' && bareForm(w)) {
    const s = v.tokenAtOrAfter(d.source.start);
    // (not a source that opens with a verb: "has «caused many to» wonder")
    if (s > 0 && s < k && CAUSATIVES.has(v.lower[s - 1]!) && !v.isSentenceFirst(s - 1) && !v.lower[s]!.endsWith('ed')) return 'causative';
  }
  // "the experts were asked for picks": the subject is the one asked, not the one asking
  if (MISREAD_RULES['asked-for-passive'] && ASK_FORMS.has(w) && v.lower[k + 1] === 'for' && PASSIVE_BE.has(v.lower[k - 1] ?? '')) return 'asked-for-passive';
  // "agreed a deal totalling $375m", "agreed settlements with the SEC": a transaction (kept: "agreed the shift was …", "agreed to …")
  if (MISREAD_RULES['agree-deal'] && one && AGREE_FORMS.has(w) && d.quoted === 'none' && headWithin(v, c, cEnd, DEAL_HEADS)) return 'agree-deal';
  // "are also offering hybrid devices": goods, not words (kept: "offered his congratulations", "offered to help")
  if (MISREAD_RULES['offer-product'] && one && OFFER_FORMS.has(w) && d.quoted === 'none' && headWithin(v, c, cEnd, PRODUCT_HEADS)) return 'offer-product';
  // round thirteen: "unveiled proposals", "NZ unveils 'homes for all' budget", "unveiled the first prototype": showing a thing, not a
  // statement (PolNeAR train: 3 of 9 such drafts right; kept: "unveiled that …")
  if (MISREAD_RULES['unveil-object'] && one && UNVEIL_FORMS.has(w) && v.lower[c - 1] !== 'that' && v.lower[c] !== 'that') return 'unveil-object';
  // "the scam that seems to be fooling shoppers": a relative clause, whose subject is the noun before "that"
  // (kept: "that Keller appears to have grasped …", with a subject of its own)
  if (MISREAD_RULES['relative-raising'] && !d.source && RAISING_FORMS.has(w) && v.lower[c] === 'that' && c < k) {
    let x = c + 1;
    while (x < k && (RELATIVE_FILLERS.has(v.lower[x]!) || v.lower[x]!.endsWith('ly'))) x++;
    if (x === k) return 'relative-raising';
  }
  // round thirteen (g): "secure the route if called upon", "unless asked": an elliptical conditional passive reports nothing
  if (MISREAD_RULES['conditional-passive'] && one && d.quoted === 'none' && CONDITIONALS.has(v.lower[k - 1] ?? '') && w.endsWith('ed')) return 'conditional-passive';
  // round thirteen (g): "the cheap tickets do not include …": a plural noun, whose verb opens the "content" (kept: "he says she will …")
  // (after a common noun phrase only: "the leases, he estimates, will not expire" keeps its pronoun)
  if (MISREAD_RULES['noun-before-verb'] && one && d.quoted === 'none' && d.source?.kind === 'nominal' && w.endsWith('s') && c === cueEnd && FINITE_OPENERS.has(v.lower[c] ?? '') && v.lower[c + 1] === 'not') return 'noun-before-verb';
  // "the reality TV show “Island Chefs”": the noun
  if (MISREAD_RULES['show-noun'] && (w === 'show' || w === 'shows') && SHOW_NOUN_BEFORE.has(v.lower[k - 1] ?? '')) return 'show-noun';
  // (a title-case headline's cue takes title-case content: "John Doe Calls Plan A Disgrace")
  const titleCase = v.isCap(k) && !v.isSentenceFirst(k);
  if (MISREAD_RULES.naming && one && !titleCase && c < cEnd && (CALL_FORMS.has(w) || NAMING_FORMS.has(w))) {
    const run = nameRun(v, c, cEnd);
    // (a second complement after the name makes it a statement: "A senator called Keller «a liar»")
    const complement = run < cEnd && (INDEFINITE_ARTICLES.has(v.lower[run]!) || v.lower[run] === 'the' || v.tokens.kind[run] === TokenKind.Quote);
    if (run > c && !complement) {
      // "a firm called Delta Metrics …": a noun phrase and its name
      const s = d.source ? v.tokenAtOrAfter(d.source.start) : -1;
      if (s >= 0 && (INDEFINITE_ARTICLES.has(v.lower[s]!) || INDEFINITE_ARTICLES.has(v.lower[s - 1] ?? ''))) return 'naming';
      // "Keller called Nadia Farahani (on Sunday)": a call to a person, with nothing said of them
      if (CALL_FORMS.has(w) && d.quoted === 'none' && (run === cEnd || PLACE_TIME.has(v.lower[run]!))) return 'naming';
    }
  }
  if (MISREAD_RULES['listener-only'] && one && !titleCase && TELL_FORMS.has(w) && d.quoted === 'none' && c < cEnd && nameOnly(v, c, cEnd)) return 'listener-only';
  // (the cue model may take the preposition into the cue: "said at | the annual trade fair")
  const pp = PLACE_TIME.has(v.lower[c]!) || (!one && SAY_FORMS.has(w) && PLACE_TIME.has(v.lower[cueEnd - 1]!));
  if (MISREAD_RULES['place-or-time'] && d.quoted === 'none' && c < cEnd && pp && v.tokens.kind[c + 1] !== TokenKind.Number && cEnd - c <= PLACE_TIME_MAX_TOKENS && !PREPOSITION_CUES.has(w)) {
    let clause = false;
    for (let x = c; x < cEnd && !clause; x++) clause = CLAUSE_WORDS.has(v.lower[x]!) || v.isPunct(x, ',');
    if (!clause) return 'place-or-time';
  }
  return null;
}
