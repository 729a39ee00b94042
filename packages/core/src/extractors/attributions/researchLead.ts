/**
 * Twenty-fifth session: "a new study suggests", "the findings show", "according to the paper" in an article that names the
 * person who leads the work ("Dr Ana Vell and colleagues report …", "a team led by Professor Ana Vell", "says lead author Ana
 * Vell", "Vell's team") stand for that person: the quote sets' rule gives a document the speaker of its author, and science
 * news names one researcher as the author of the work it reports.
 *
 * Only the work, not its team: "the researchers say", "scientists say" read the same way lost 13 speakers on the clean outlet
 * sets (the quote sets leave an unnamed team unnamed in most articles), so group heads stay as the other rules leave them.
 */
import type { AttributionSource } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import { isPossessive } from '../entities/tokenView.js';
import { HONORIFIC_BEFORE } from './phrases.js';
import type { Scope } from './scope.js';

/** Switch: a source that is a piece of research ("the study", "the findings") with no entity is the work's named lead (`researchLeadOf`). */
export const RESEARCH_LEAD = true;

/** Heads of a source that stands for a piece of research. */
const RESEARCH_HEADS: ReadonlySet<string> = new Set([
  'study', 'research', 'findings', 'results', 'paper',
]);
/** First words of a source that is not this lead's work ("other studies", "earlier research", "their findings"). */
const OTHER_GROUP: ReadonlySet<string> = new Set([
  'other', 'some', 'many', 'several', 'most', 'few', 'independent', 'outside', 'previous', 'earlier', 'past', 'those', 'these',
  'one', 'two', 'both', 'all', 'no', 'government', 'their', 'his', 'her', 'its',
]);
/** Nouns after "and" (past "his", "her", "a", an adjective) that make the person before them a team's lead: "Vell and colleagues". */
const TEAM_NOUNS: ReadonlySet<string> = new Set(['colleagues', 'team', 'co-workers', 'coworkers', 'co-authors', 'collaborators', 'researchers', 'scientists']);
/** Words between "and" and a team noun: "and his colleagues", "and an international team". */
const TEAM_FILLERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'a', 'an', 'the', 'international', 'fellow', 'other']);
/** Nouns after a possessive lead: "Vell's team", "Vell's study". */
const OWNED_WORK: ReadonlySet<string> = new Set(['team', 'group', 'colleagues', 'study', 'research', 'findings', 'paper', 'lab', 'laboratory']);
/** Words right before a name (past titles) that make it the lead: "lead author Dr Ana Vell", "led by Professor Ana Vell". */
const LEAD_BEFORE: ReadonlySet<string> = new Set(['author', 'researcher', 'investigator', 'leader']);
/** The first words of those roles: "lead author", "senior author", "study leader", "principal investigator". */
const LEAD_ROLE_FIRST: ReadonlySet<string> = new Set(['lead', 'senior', 'study', 'principal', 'chief', 'team', 'project', 'research']);
/** Titles skipped between a lead's cue and the name: the honorifics, and academic ranks ("Associate Professor"). */
const TITLES: ReadonlySet<string> = new Set([...HONORIFIC_BEFORE, 'professor', 'prof', 'prof.', 'associate', 'assistant', 'emeritus']);
/** Most tokens between a lead's name and the "and" of "and colleagues" (an affiliation: ", of the University of Wessex in Lindor,"). */
const AND_REACH = 14;
/** Verbs of "Vell, who led the study". */
const LED: ReadonlySet<string> = new Set(['led', 'leads', 'headed', 'heads', 'co-led', 'directed', 'directs']);

/** Where the article marks a person as the lead of the work: the cue's token and the person. */
export interface LeadCue {
  tok: number;
  person: EntityId;
}

/** Every place the article marks a person as a research lead, in text order. */
export function researchLeadCues(st: Scope, entityType: ReadonlyMap<EntityId, string>): LeadCue[] {
  const { v } = st;
  const out: LeadCue[] = [];
  for (let k = 0; k < v.count; k++) {
    const m = v.nameAt[k];
    if (!m?.entity || v.tokenAtOrAfter(m.start) !== k || entityType.get(m.entity) !== 'PERSON') continue;
    const last = v.tokenEndingBy(m.end);
    if (isLead(st, k, last)) out.push({ tok: k, person: m.entity });
    k = last;
  }
  return out;
}

/** Whether the person named over tokens first … last is marked as the lead of the work. */
function isLead(st: Scope, first: number, last: number): boolean {
  const { v } = st;
  // "Vell's team", "Vell' team"
  if (isPossessive(v.lower[last + 1] ?? '') && OWNED_WORK.has(v.lower[last + 2] ?? '')) return true;
  // "Vell, who led the study"
  if (v.isPunct(last + 1, ',') && v.lower[last + 2] === 'who' && LED.has(v.lower[last + 3] ?? '')) return true;
  // "lead author Dr Vell", "a team led by Professor Vell", "the paper, by Professor Vell"
  let b = first - 1;
  while (b >= 0 && TITLES.has(v.lower[b]!)) b--;
  const before = v.lower[b] ?? '';
  if (before === 'by' && (v.lower[b - 1] === 'led' || v.lower[b - 1] === 'headed' || (v.isPunct(b - 1, ',') && (v.lower[b - 2] === 'paper' || v.lower[b - 2] === 'study')))) return true;
  if (LEAD_BEFORE.has(before) && LEAD_ROLE_FIRST.has(v.lower[b - 1] ?? '')) return true;
  if (before === 'author' && (v.lower[b - 1] === 'says' || v.lower[b - 1] === 'said')) return true;
  // "Dr Vell, of the University of Wessex, and colleagues report", "Vell and his team", "Vell from Lindor and an international team of scientists"
  for (let k = last + 1; k < v.count && k <= last + AND_REACH; k++) {
    const w = v.lower[k]!;
    if (v.isSentenceFirst(k) || w === 'said' || w === 'says') return false;
    if (w !== 'and') continue;
    let n = k + 1;
    while (n < k + 4 && TEAM_FILLERS.has(v.lower[n] ?? '')) n++;
    if (TEAM_NOUNS.has(v.lower[n] ?? '')) return true;
    // (another person or list: "Vell and Amar found")
    return false;
  }
  return false;
}

/**
 * The lead a research source stands for: the person whose cue is the latest before the source, else the first after it; null
 * when the source is no work of this article's lead ("other studies", "a NASA study").
 */
export function researchLeadOf(st: Scope, src: AttributionSource, cues: readonly LeadCue[]): EntityId | null {
  if (cues.length === 0) return null;
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  if (!RESEARCH_HEADS.has(v.lower[last]!) || OTHER_GROUP.has(v.lower[first]!)) return null;
  for (let k = first; k <= last; k++) {
    // (a named body or person in the phrase: "a NASA study", "the Halden report")
    if (v.nameAt[k] && v.nameAt[k]!.type !== 'NORP' && v.nameAt[k]!.type !== 'LOC') return null;
  }
  let found: EntityId | null = null;
  for (const c of cues) {
    if (c.tok < first || found === null) found = c.person;
    if (c.tok >= first) break;
  }
  return found;
}
