/**
 * Can the head noun of a source speak or hold a view? People, roles, organisations, groups, media
 * and documents can ("the spokesman", "the ministry", "the poll", "the report"); abstract and
 * event nouns cannot ("the decision", "Putin’s withdrawal", "these discussions", "Trump’s
 * willingness"). Used on nominal and vague sources only: names and pronouns are decided elsewhere.
 * Measured on PolNeAR dev with `scripts/eval-attribution.ts` (figures in README.md).
 */
import { GROUP_NOUNS, ROLE_NOUNS } from './sources.js';

const SPLIT = /\s+/;
const words = (s: string): ReadonlySet<string> => new Set(s.split(SPLIT).filter(Boolean));

/** People, bodies, media and documents beyond the role and group nouns of `sources.ts` (singular and plural). */
const SPEAKERS = words(`
  candidate nominee congressman congresswoman representative rep lawmaker legislator politician speaker chair chairman chairwoman
  vice manager director founder owner reporter journalist columnist editor writer author host anchor moderator commentator pundit
  pollster strategist consultant man men woman women boy girl child children mother father wife husband son daughter brother
  sister friend family families colleague neighbor neighbour student priest pastor rabbi bishop cardinal imam cleric veteran victim
  survivor businessman businesswoman billionaire mogul magnate tycoon actor actress star celebrity singer rapper player coach athlete fan
  crowd audience public surrogate everyone everybody nobody anyone donor backer follower ally rival opponent challenger contender incumbent
  successor predecessor counsel defendant plaintiff jury juror justice panel caucus delegate convention parliament congress senate
  house legislature regime bureau institute foundation association federation coalition alliance league network channel station
  newspaper paper magazine journal outlet website site blog broadcaster press tv radio corporation club university school college
  daily weekly tabloid broadsheet
  church pentagon white staff staffer team
  champion captain boss jockey referee umpire medallist medalist olympian chief pair duo trio couple monopoly head
  statement study survey poll research analysis data findings results records record document memo letter email filing complaint
  lawsuit suit indictment ruling opinion verdict ad advertisement video film book article story editorial column tweet post message
  release transcript bill law legislation platform constitution treaty agreement estimate forecast projection model index census
  review audit assessment investigation probe inquiry account testimony affidavit biography interview speech slide chart graph map
  photo image footage picture average tally count figures numbers statistics phrase words remarks comments
  polling reporting filing briefing hearing recording ranking listing reading writings teachings proceedings
  advert leaflet manifesto pamphlet brochure flyer placard banner
  communiqué notice circular directive prospectus guidelines
`);
/**
 * Twenty-sixth session: people by their trade, kin or standing that `SPEAKERS` and the person endings missed ("“…,” said the
 * architect" gave no attribution), and a few more documents that speak ("said a commentary in …"; `readAnimacy`).
 */
export const MORE_PEOPLE = true;
const MORE_PEOPLE_WORDS = words(`
  architect nurse pilot surgeon paramedic medic monk nun chef cook mechanic clerk guard detective cop sheriff marshal pupil teen
  teenager kid widow landlord inmate nanny maid bride groom cousin uncle aunt nephew niece grandson granddaughter boyfriend
  girlfriend spouse sibling twin guest chaplain vicar colonel admiral consul academic scholar dean classmate roommate
  playwright poet commentary communique dispatch bulletin
`);

/** Abstract and event nouns that are no source whatever the verb. */
const ABSTRACT = words(`
  move decision withdrawal absence discussion talks negotiation willingness refusal reversal shift pivot step setback development
  event situation issue problem question crisis conflict war attack effort failure success victory defeat loss win outcome change
  trend growth decline rise fall increase drop surge gap lack need fact idea notion possibility prospect chance risk threat danger
  concern interest tension pressure momentum approach strategy policy action behavior behaviour conduct rhetoric tone meeting summit
  election vote visit trip opportunity role intention maneuver manoeuvre gesture rebuff outreach involvement engagement participation
  attendance departure arrival resignation scandal controversy incident episode shooting explosion collapse impact effect consequence
  reason cause difference deal process progress delay timing context history reality truth sign signal symptom attempt
  bid push campaigning fight battle struggle standoff stalemate deadlock breakthrough ceasefire peace escalation response reaction
  unpredictability isolation readiness commitment approval proposal dismissal renewal denial survival removal rebuttal betrayal
  portrayal appraisal acquittal upheaval arrest ban fee degree
`);

/** -tion / -sion / -ment / -ity / -ance / -ence / -ship / -ism nouns that are bodies or documents, not abstractions. */
const SUFFIX_EXCEPTIONS = words(`
  administration organization organisation commission coalition opposition delegation foundation federation association corporation
  institution nation station publication investigation petition resolution legislation convention constitution declaration television
  population generation congregation mission division section government department parliament management establishment movement
  authority community majority minority university city charity celebrity society entity conference audience alliance intelligence
  agency presidency leadership membership ministry
`);
const ABSTRACT_SUFFIX = /(?:ness|ity|ment|ism|ship|ance|ence|tion|sion)$/;
const PERSON_SUFFIX = /(?:er|or|ist|ian|man|woman|ess|ant|ent|eer|ee|crat)$/;

/** Past tenses that end like a person noun ("went", "spent": `PERSON_SUFFIX` "-ent"). */
const PAST_FORMS = words('went spent sent meant lent bent learnt dreamt burnt leant');

/** A plural's singular, enough for these lists ("discussions" → discussion, "families" → family). */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/**
 * How a lower-case head noun stands as a source: `speaker` (a person, body, medium or document),
 * `abstract` (an abstraction or event: never a source) or `unknown` (any other noun: a source of
 * speech verbs only, not of verbs that as often take a fact as subject; see `needsSpeaker`).
 */
export function animacyOf(head: string): 'speaker' | 'abstract' | 'unknown' {
  // (cached per word: a source's head is read by several rules, and round eight reads it after quotes too)
  const known = CACHE.get(head);
  if (known !== undefined) return known;
  const a = readAnimacy(head);
  if (CACHE.size < CACHE_LIMIT) CACHE.set(head, a);
  return a;
}
const CACHE = new Map<string, 'speaker' | 'abstract' | 'unknown'>();
const CACHE_LIMIT = 20_000;

/** Twenty-sixth session: "The Toronto-based real estate concern said": a firm, as the financial press calls one (singular only; `readAnimacy`). */
export const CONCERN_FIRM = true;

function readAnimacy(head: string): 'speaker' | 'abstract' | 'unknown' {
  if (CONCERN_FIRM && head === 'concern') return 'speaker';
  if (MORE_PEOPLE && (MORE_PEOPLE_WORDS.has(head) || MORE_PEOPLE_WORDS.has(singular(head)))) return 'speaker';
  if (GROUP_NOUNS.has(head) || ROLE_NOUNS.has(head)) return 'speaker';
  const one = singular(head);
  if (SPEAKERS.has(head) || SPEAKERS.has(one) || ROLE_NOUNS.has(one) || GROUP_NOUNS.has(one)) return 'speaker';
  if (ABSTRACT.has(head) || ABSTRACT.has(one)) return 'abstract';
  if (SUFFIX_EXCEPTIONS.has(one)) return 'speaker';
  if (ABSTRACT_SUFFIX.test(one)) return 'abstract';
  // (not a short word that only ends like one: "see", "fee", "ten"; nor a past tense: "went", "spent")
  if (one.length >= 4 && PERSON_SUFFIX.test(one) && !PAST_FORMS.has(one)) return 'speaker';
  return 'unknown';
}

/**
 * Cue lemmas whose subject is as often a fact or an event as a speaker ("the decision marks",
 * "Putin’s move underscores", "the delay threatens to …", "the data suggest"): a nominal source of
 * one of these must be a known speaker. Learned cues under `FACT_WEIGHT` count too.
 */
const FACT_SUBJECT = words(`
  threaten underscore highlight demonstrate suggest show signal mark promote indicate reveal reflect prove illustrate confirm
  represent mean imply emphasize emphasise stress raise reinforce undermine echo spark prompt fuel trigger point
`);
/** Learned cue weight under which a cue also needs a known speaker as nominal source (PolNeAR dev, content / cue+source F1: 0 → 0.609 / 0.564, 0.35 → 0.610 / 0.566, 0.5 → 0.610 / 0.567, 0.6 → 0.610 / 0.567). */
export const FACT_WEIGHT = 0.5;

/** Whether a cue with this lemma and learned weight needs a source that can speak. */
export function needsSpeaker(lemma: string, weight: number): boolean {
  return FACT_SUBJECT.has(lemma) || weight < FACT_WEIGHT;
}
