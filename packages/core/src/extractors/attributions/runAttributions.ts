/**
 * The attributions extractor's run over one article: the rule passes in their order, the passes
 * over the drafts after them, and the final minting of attributions in text order. The rules live
 * in the modules beside it (`scope.ts` holds what they share).
 */
import type { Attribution } from '../../types/analysis.js';
import type { Span } from '../../types/span.js';
import { calibratedConfidence, modelConfidence } from './confidence.js';
import { misreadReason } from './misreadCues.js';
import { type Ctx, type Draft, createScope } from './scope.js';
import { ATTITUDE_OBJECT, attitudeNoun } from './contentEnds.js';
import { reportedSpeech } from './reportedSpeech.js';
import { quoteSpeakers, colonTurns, DASH_COLON_QUOTES, dashColonQuotes, EMBEDDED_POSTS, embeddedPosts, quoteContinuations, freeQuotes } from './quoteRules.js';
import { accordingTo, IN_SOURCE, inSource, askedAbout, nounCues, madeClear, raisedContents, THREE_WORD_CUES, threeWordCues, QUOTED_AS_SAYING, quotedAsSaying, TOLD_PASSIVE, toldPassive } from './otherCueRules.js';
import { modelCues } from './modelCues.js';
import { COORDINATED_VERBS, coordinatedVerbs, RELATIVE_PREDICATE, relativePredicates, NESTED_BELIEF_OFF, dropNestedBeliefs, NESTED_OFF, dropNested } from './nestedDrafts.js';
import { resolveSpeakers } from './resolveSpeakers.js';
import { RULE_SUFFIX as SPEAKER_RULE_SUFFIX } from './speakerRanker.js';
import { isQuote } from './quoteScheme.js';
import type { AttributionScheme } from './attributions.js';

/**
 * Who says what: direct quotes with their speaker, partial quotes inside reported speech,
 * reported speech after a reporting verb ("X said (that) …", ", asserting that …"), and
 * "according to X". Every attribution names the rule that made it.
 */
export function runAttributions(ctx: Ctx, scheme: AttributionScheme = 'parc'): void {
  const st = createScope(ctx);
  quoteSpeakers(st);
  reportedSpeech(st);
  accordingTo(st);
  if (IN_SOURCE) inSource(st);
  askedAbout(st);
  nounCues(st);
  madeClear(st);
  if (THREE_WORD_CUES) threeWordCues(st);
  raisedContents(st);
  colonTurns(st);
  if (DASH_COLON_QUOTES) dashColonQuotes(st);
  if (EMBEDDED_POSTS) embeddedPosts(st);
  freeQuotes(st);
  quoteContinuations(st);
  modelCues(st);
  const { v, drafts } = st;
  for (const d of drafts) if (d.extendTo >= 0) d.content = ctx.span(d.content.start, d.extendTo);
  if (COORDINATED_VERBS) coordinatedVerbs(st);
  if (RELATIVE_PREDICATE) relativePredicates(st);
  // round twelve: cue words read in a sense that reports nothing ("showed up", "a firm called X", "said in a statement")
  if (MISREAD_CUES) {
    let w = 0;
    for (const d of drafts) if (misreadReason(v, d) === null) drafts[w++] = d;
    drafts.length = w;
  }

  if (QUOTED_AS_SAYING) quotedAsSaying(st);
  if (TOLD_PASSIVE) toldPassive(st);
  // "expressed concern about X": the noun cue's twin of the verb's draft goes (round thirteen b)
  if (ATTITUDE_OBJECT) dropInnerCueTwins(drafts);
  // "Dorn said he hopes his successor will …": PolNeAR marks the saying, with the belief inside its
  // content, and rarely the belief of a pronoun as well
  if (NESTED_BELIEF_OFF) dropNestedBeliefs(st);
  if (NESTED_OFF) dropNested(drafts);
  // the `quotes` scheme: only what someone said (`quoteScheme.ts`); (seventeenth session, `SPEAKERS_BEFORE_SCHEME`) after the
  // speakers are resolved, so that a belief or a stance still names the person a later "he said" stands for
  const title = HEADLINE_NOT_QUOTE ? (st.segments.title ?? undefined) : undefined;
  if (!SPEAKERS_BEFORE_SCHEME) keepScheme(drafts, scheme, title, ctx.text);
  resolveSpeakers(st, drafts);
  if (SPEAKERS_BEFORE_SCHEME) keepScheme(drafts, scheme, title, ctx.text);

  // drop a draft whose quotes another (direct) one already owns, then mint ids in text order
  drafts.sort((a, b) => a.content.start - b.content.start || b.confidence - a.confidence);
  const out: Attribution[] = [];
  const owned = new Set<number>();
  for (const d of drafts) {
    if (d.quoted === 'direct' && d.quotes.some((q) => owned.has(q))) continue;
    for (const q of d.quotes) owned.add(q);
    out.push({ id: ctx.mint('attribution'), quoted: d.quoted, source: d.source, cue: d.cue, content: d.content, confidence: d.rule.includes('+model') ? modelConfidence(d.confidence, d.source) : calibratedConfidence(ruleOf(d), d.source), rule: d.rule });
  }
  ctx.set('attributions', out);
}

/** Keep the drafts of the `quotes` scheme, when it is the one asked for (`quoteScheme.ts`), none of them in the headline `title`. */
function keepScheme(drafts: Draft[], scheme: AttributionScheme, title: Span | undefined, text: string): void {
  if (scheme !== 'quotes') return;
  let w = 0;
  for (const d of drafts) if (isQuote(d, text) && !(title && d.content.start < title.end && d.content.end > title.start)) drafts[w++] = d;
  drafts.length = w;
}

/**
 * Eighteenth session: the `quotes` scheme keeps nothing said in the headline ("Judge says government was too sensitive"):
 * quote trackers read the body, and the headline repeats what the body attributes.
 */
const HEADLINE_NOT_QUOTE = true;

/** Seventeenth session: the speakers of every draft are resolved before the `quotes` scheme drops the ones it does not keep. */
const SPEAKERS_BEFORE_SCHEME = true;

/**
 * Round thirteen (b): with `ATTITUDE_OBJECT`, "expressed «concern about» X" drafts X twice, once for the verb and once
 * for the noun cue between the verb and X; the noun's draft goes (the verb's source is the one read before it).
 */
function dropInnerCueTwins(drafts: Draft[]): void {
  // a numeric key per content span, start * (longest end + 1) + end: exact, and no string made per draft
  let width = 1;
  for (const d of drafts) if (d.content.end >= width) width = d.content.end + 1;
  const byContent = new Map<number, Draft[]>();
  for (const d of drafts) {
    const key = d.content.start * width + d.content.end;
    const list = byContent.get(key);
    if (list) list.push(d);
    else byContent.set(key, [d]);
  }
  const drop = new Set<Draft>();
  for (const list of byContent.values()) {
    if (list.length < 2) continue;
    for (const a of list) for (const b of list) if (a !== b && a.cue && b.cue && b.cue.start >= a.cue.end && b.cue.end <= a.content.start && attitudeNoun(b.cue.text.split(' ')[0]!.toLowerCase())) drop.add(b);
  }
  if (drop.size === 0) return;
  let w = 0;
  for (const d of drafts) if (!drop.has(d)) drafts[w++] = d;
  drafts.length = w;
}

/** The rule a draft's confidence is calibrated for: a speaker the ranker linked changes no span (`speakerRanker.ts`). */
const ruleOf = (d: Draft): string => (d.rule.endsWith(SPEAKER_RULE_SUFFIX) ? d.rule.slice(0, d.rule.length - SPEAKER_RULE_SUFFIX.length) : d.rule);

/** Drop drafts whose cue reports nothing in its sense here (`misreadCues.ts`, round twelve). */
const MISREAD_CUES = true;
