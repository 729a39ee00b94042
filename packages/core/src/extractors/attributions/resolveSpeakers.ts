/**
 * Speaker resolution after all rules (`resolveSpeakers`): unresolved "he" / "she", offices ("the
 * minister"), organisation nominals ("the watchdog") and described persons take the speaker they
 * stand for.
 */
import type { AttributionSource, Entity, Mention } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import type { Span } from '../../types/span.js';
import { TokenKind } from '../../types/layers.js';
import { RELATIVE_GROUP, antecedentOfRelative, isPossessive, mainClauseStart } from '../entities/tokenView.js';
import { premodifierTitle } from '../entities/titles.js';
import { genderOfGivenName, givenNameGender } from '../entities/pronouns.js';
import { LEGAL_SUFFIX_WORDS } from '../mentions/gazetteer.js';
import { CONCERN_FIRM, MORE_PEOPLE } from './animacy.js';
import { GROUP_NOUNS } from './sources.js';
import { mainSubject } from './sourceFinder.js';
import { rankSpeakers } from './speakerRanker.js';
import { RESEARCH_LEAD, type LeadCue, researchLeadCues, researchLeadOf } from './researchLead.js';
import { type Draft, PREPOSITIONS, type Scope, sentenceOf, PRONOUN_GENDER } from './scope.js';
import { ROLE_PREPOSITIONS, PERSON_ROLES, HONORIFIC_BEFORE, ageEndingAt, DEMONYM_PERSON, demonymHead, AGENT_AFTER_PARTICIPLE, AGENT_PARTICIPLES, ROLE_AT_BODY_NAME, ROLE_BODY_PREPOSITIONS, personAfterRoleAt } from './phrases.js';

/** Heads of a source phrase that name one person, with the gender they say (+1 male, -1 female, 0 either). */
/** Seventeenth session: more heads of a description of one person (`PERSON_HEADS`). */
const MORE_PERSON_HEADS = true;
/**
 * Twenty-third session: the unnamed people of market and field reports who speak ("A metals trader in Shanghai said …. Her
 * company was buying, she said": the trader, not the analyst named before) stand between a pronoun and the speakers before, and
 * stay unnamed like a spokesman (`RecentSpeaker.role`). They are no `PERSON_HEADS`: "a diplomat said" is not the person named next.
 */
const MARKET_PEOPLE = true;
const MARKET_PEOPLE_HEADS: ReadonlySet<string> = new Set(MARKET_PEOPLE ? [
  'trader', 'dealer', 'broker', 'banker', 'farmer', 'grower', 'diplomat', 'negotiator', 'delegate', 'witness', 'resident', 'worker',
  'employee', 'insider', 'buyer', 'merchant', 'exporter', 'importer', 'shipper', 'miner',
] : []);
const PERSON_HEADS: ReadonlyMap<string, number> = new Map([
  ...['spokeswoman', 'chairwoman', 'congresswoman', 'woman', 'mother', 'wife', 'daughter', 'sister', 'queen', 'businesswoman', 'actress', 'girl',
    // (twenty-sixth session, `MORE_PEOPLE`)
    ...(MORE_PEOPLE ? ['widow', 'bride', 'aunt', 'niece', 'granddaughter', 'girlfriend', 'nun', 'maid'] : [])]
    .map((w) => [w, -1] as const),
  ...['spokesman', 'congressman', 'man', 'father', 'husband', 'son', 'brother', 'king', 'businessman', 'boy',
    ...(MORE_PEOPLE ? ['groom', 'uncle', 'nephew', 'grandson', 'boyfriend', 'monk'] : [])]
    .map((w) => [w, 1] as const),
  ...(MORE_PEOPLE ? ['architect', 'nurse', 'pilot', 'surgeon', 'paramedic', 'medic', 'chef', 'cook', 'mechanic', 'clerk', 'guard', 'cop', 'pupil',
    'teen', 'teenager', 'landlord', 'cousin', 'spouse', 'twin', 'chaplain', 'vicar', 'admiral', 'consul', 'academic', 'scholar', 'filmmaker',
    'film-maker', 'photographer', 'playwright', 'poet', 'composer', 'conductor', 'dancer', 'painter', 'sculptor', 'choreographer'] : [])
    .map((w) => [w, 0] as const),
  ...['spokesperson', 'minister', 'president', 'secretary', 'chancellor', 'senator', 'governor', 'mayor', 'leader', 'chairman', 'official',
    'aide', 'adviser', 'advisor', 'ambassador', 'director', 'executive', 'chief', 'judge', 'lawyer', 'attorney', 'prosecutor', 'commissioner',
    'source', 'analyst', 'expert', 'economist', 'candidate', 'nominee', 'manager', 'head', 'professor', 'doctor', 'teacher', 'author',
    // round fourteen: more people who speak in the news ("A senior barrister … says")
    'barrister', 'solicitor', 'scientist', 'researcher', 'campaigner', 'activist', 'journalist', 'writer', 'novelist', 'coach', 'player',
    'champion', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'athlete', 'sprinter', 'star', 'singer', 'boss',
    'founder', 'owner', 'agent', 'correspondent', 'editor', 'reporter', 'presenter', 'producer',
    // round fifteen: members of parliaments ("A Green Party MEP suggested …"), and more people described by what
    // they do ("The Dundee-born actor said", "The Kenyan-born magnate did not say", "The Leeds Olympic silver medallist says")
    'mp', 'mep', 'msp', 'mla', 'actor', 'magnate', 'tycoon', 'billionaire', 'entrepreneur', 'medallist', 'medalist', 'artist',
    'musician', 'rapper', 'comedian', 'designer', 'chef', 'winner', 'runner', 'cyclist', 'swimmer', 'boxer', 'golfer', 'batsman',
    'bowler', 'jockey', 'trainer', 'veteran', 'peer',
    // round sixteen: offices of churches
    'cardinal', 'archbishop', 'bishop',
    // fifteenth session: more people described by what they do ("The legal assistant said", "the England skipper admitted")
    'assistant', 'skipper', 'winger', 'forward', 'keeper', 'host', 'comic', 'footballer', 'cricketer', 'politician', 'figure',
    // seventeenth session: officers, police ranks, local and provincial politics ("Canada's chief public health officer says",
    // "the party's health critic", "the premier")
    ...(MORE_PERSON_HEADS ? ['officer', 'premier', 'mpp', 'constable', 'sergeant', 'inspector', 'detective', 'superintendent', 'councillor',
      'councilor', 'alderman', 'critic', 'physician', 'lieutenant', 'colonel', 'general', 'sheriff', 'trustee', 'dean', 'ceo', 'pollster',
      'consultant', 'historian', 'epidemiologist', 'engineer', 'lecturer'] : [])]
    .map((w) => [w, 0] as const),
]);
/** A head of one person's description, or of an unnamed person of a market report (`MARKET_PEOPLE`). */
const personHead = (w: string): boolean => PERSON_HEADS.has(w) || MARKET_PEOPLE_HEADS.has(w);
/** Words of a title before which an office is someone else's ("shadow home secretary" is not "the home secretary"). */
const NOT_THE_OFFICE: ReadonlySet<string> = new Set(['shadow', 'former', 'ex', 'deputy', 'vice', 'acting', 'interim', 'assistant']);
/** Most speakers back that an unresolved pronoun looks at (keeps a run of "she said" linear). */
const SPEAKER_LOOKBACK = 12;
/** Most paragraphs back that an unresolved "he said" looks for its speaker. */
const SPEAKER_WINDOW = 3;
/** A pronoun linked to someone else takes the latest speaker when only spoken-about people were named since (`spokenAbout`). */
const SPOKEN_ABOUT = true;
/** "MPs said" with "MPs" taken for a name is vague (`groupNameOf`). */
const GROUP_NAMES = true;
/** "said the Barnet East MP" with the office taken for a place's name is the office (`namedOfficeOf`). */
const NAMED_OFFICES = true;
/** "the watchdog", "its report" take the latest organisation that spoke (`orgNominal`). */
const ORG_NOMINALS = true;
const ORG_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'this']);
/** Seventeenth session: more heads of a body's name that a description repeats ("the alliance", "the foundation", "the centre"). */
const MORE_BODY_HEADS = true;
/** `MORE_BODY_HEADS`: the heads that name one institution, as "the commission" does (`INSTITUTION_HEADS`). */
const MORE_INSTITUTION_HEADS: readonly string[] = ['alliance', 'coalition', 'foundation', 'trust', 'forum', 'league', 'centre', 'center'];
const ORG_HEADS: ReadonlySet<string> = new Set([
  ...(CONCERN_FIRM ? ['concern'] : []), 'watchdog', 'regulator', 'commission', 'committee', 'company', 'firm', 'group', 'bank', 'club', 'agency', 'body', 'board', 'council',
  'union', 'association', 'institute', 'organisation', 'organization', 'ministry', 'department', 'federation', 'authority', 'charity',
  'corporation', 'giant', 'retailer', 'airline', 'carrier', 'insurer', 'lender', 'broadcaster', 'network', 'think-tank', 'report',
  'statement', 'survey', 'study', 'website', 'site',
  // round fourteen: the press ("The Mirror newspaper said", "the paper said", "the Gizmodish weblog"), parties, exchanges, polls
  'newspaper', 'paper', 'magazine', 'weblog', 'blog', 'broadsheet', 'tabloid', 'party', 'exchange', 'poll', 'monopoly',
  // round fifteen: bodies that sit ("The panel suggested …" after "the Law Commission said"), more kinds of company ("The German
  // carmaker is aiming to …"), societies ("the Nationwide building society")
  'panel', 'tribunal', 'inquiry', 'carmaker', 'automaker', 'manufacturer', 'operator', 'provider', 'supplier', 'chain', 'supermarket',
  'brewer', 'conglomerate', 'utility', 'society',
  // fifteenth session: courts ("The 9th US Circuit Court of Appeals ruled …. The court said …")
  'court',
  // seventeenth session: campaigns, foundations and centres ("the Countryside Alliance …. The alliance says …")
  ...(MORE_BODY_HEADS ? [...MORE_INSTITUTION_HEADS, 'campaign'] : []),
]);
/** Heads that name one institution ("the commission" is the Commission named in the article, even when another body spoke last). */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'commission', 'committee', 'federation', 'association', 'institute', 'council', 'union', 'authority', 'agency', 'ministry', 'department', 'watchdog', 'regulator',
  'court',
  ...(MORE_BODY_HEADS ? MORE_INSTITUTION_HEADS : []),
]);
/**
 * Round fifteen: "Norland Foods said …. Oil giant Petrolux dismantled …. The company said …": an organisation nominal keeps the
 * latest organisation that spoke, other organisations named since notwithstanding, when that one is the article's main
 * organisation (the highest salience) and the head is a company's ("the union", "the report" are the ones named last).
 */
const SALIENT_SPEAKER_ORG = true;
/**
 * Twenty-fourth session: a firm's description ("the company", "the airline") is no public body: when the latest organisation that
 * spoke is one ("… lodged with the Fair Trading Commission showed …"), the firm that spoke before it, with no other
 * firm named since.
 */
const FIRM_NOT_PUBLIC_BODY = true;
const FIRM_ONLY_HEADS: ReadonlySet<string> = new Set([...(CONCERN_FIRM ? ['concern'] : []), 'company', 'firm', 'corporation', 'insurer', 'retailer', 'airline', 'carrier', 'lender', 'carmaker', 'automaker', 'refiner', 'brokerage', 'manufacturer']);
/** `FIRM_NOT_PUBLIC_BODY`: last words of public bodies' names. */
const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'commission', 'agency', 'administration', 'ministry', 'department', 'court', 'parliament', 'congress', 'senate', 'council',
  'committee', 'bureau', 'authority', 'tribunal', 'police', 'government', 'office', 'inspectorate', 'regulator',
]);
/**
 * Twenty-fourth session: the other way round, a public body's or a union's description ("the union", "the ministry") is no firm
 * with a legal suffix ("Halden Ltd"): the body that spoke before it, as `FIRM_NOT_PUBLIC_BODY` does.
 */
const BODY_NOT_FIRM = true;
const BODY_ONLY_NOUNS: ReadonlySet<string> = new Set([
  'union', 'government', 'ministry', 'agency', 'commission', 'council', 'committee', 'court', 'department', 'party', 'police',
  'parliament', 'regulator', 'watchdog', 'authority', 'tribunal', 'administration',
]);
/** Whether the organisation named `name` cannot be what the description with head `head` stands for (`FIRM_NOT_PUBLIC_BODY`, `BODY_NOT_FIRM`). */
function orgMisfit(head: string, name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (FIRM_NOT_PUBLIC_BODY && FIRM_ONLY_HEADS.has(head)) return PUBLIC_BODY_WORDS.has(last);
  return BODY_NOT_FIRM && BODY_ONLY_NOUNS.has(head) && LEGAL_SUFFIX_WORDS.has(last) && name.includes(' ');
}
/** Twenty-fifth session: "the union" is the one organisation named as workers' union without the word ("United Steelworkers of America"; `unionNamed`). */
const UNION_NAMES = true;
const UNION_NAME = /\b(?:workers|steelworkers|autoworkers|teamsters|employees|brotherhood|machinists|mineworkers|guild)\b/i;
/** `UNION_NAMES`: the one organisation whose name is a union's by its words, or null when none or two. */
function unionNamed(entities: readonly Entity[]): EntityId | null {
  let found: EntityId | null = null;
  for (const e of entities) {
    // (not a firm's name the tagger ran into: "United Auto Workers and Halden Controls Inc.")
    if (e.type !== 'ORG' || !UNION_NAME.test(e.name) || LEGAL_SUFFIX_WORDS.has(e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase())) continue;
    if (found) return null;
    found = e.id;
  }
  return found;
}
/** Twenty-fifth session: "the company said" past the paragraph window is the latest organisation that spoke, none named since (`resolveSpeakers`). */
const LONE_ORG_SPEAKER = true;
/** Most tokens between that organisation and the description. */
const LONE_ORG_REACH = 1000;
const COMPANY_HEADS: ReadonlySet<string> = new Set([...(CONCERN_FIRM ? ['concern'] : []), 'company', 'firm', 'group', 'giant', 'corporation', 'insurer', 'retailer', 'airline', 'carrier', 'lender', 'broadcaster', 'network', 'bank']);
/** Round fifteen: "The MP for Barnet East claimed": an office for a seat or place, not the place, is the source. */
const SEAT_OFFICES = true;
const SEAT_HOLDERS: ReadonlySet<string> = new Set(['mp', 'mep', 'msp', 'mla', 'member', 'senator', 'congressman', 'congresswoman', 'representative', 'mayor', 'governor']);
/** "the former teacher said" takes the one person named in the sentence before (`describedPerson`). */
const DESCRIBED_PERSON = true;
const DESCRIBED_WINDOW = 80;

/**
 * "he" / "she" sources the mentions layer left unresolved take the latest person who spoke before
 * them (within `SPEAKER_WINDOW` paragraphs) whose pronouns elsewhere in the article do not say the
 * other gender: in news, "“…,” he said" after "Mr Hallam said …" is Mr Hallam.
 */
export function resolveSpeakers(st: Scope, list: Draft[]): void {
  const { ctx, text, mentions, v } = st;
  const entities = ctx.get('entities');
  // (filled in a loop: no [id, type] pair array per entity; the names for `orgMisfit`)
  const entityType = new Map<EntityId, Entity['type']>();
  const entityName = new Map<EntityId, string>();
  for (const e of entities) {
    entityType.set(e.id, e.type);
    entityName.set(e.id, e.name);
  }
  // (the title and organisation indexes are built on first use: many articles have no source that needs them)
  let titles: TitleIndex | null = null;
  const titleIndex = (): TitleIndex => (titles ??= indexTitles(entities));
  let orgHeads: Map<string, EntityId | null> | null = null;
  const orgByHead = (): Map<string, EntityId | null> => (orgHeads ??= indexOrgHeads(entities));
  // round fifteen: the organisation the article is most about (highest salience), for "the company said" after others were named
  let mainOrg: EntityId | null = null;
  let mainSalience = -1;
  for (const e of entities) {
    if (e.type !== 'ORG' || !(e.salience > mainSalience)) continue;
    mainOrg = e.id;
    mainSalience = e.salience;
  }
  /** `TITLE_READ_AS_NAME`: people by the spans of their title mentions, made on first use. */
  let titleSpans: Map<string, EntityId> | null = null;
  /** `PARTY_HEAD`: the political parties the article names. */
  const parties = new Set<EntityId>();
  for (const e of entities) if ((e.type === 'ORG' || e.type === 'NORP') && PARTY_NAME.test(e.name)) parties.add(e.id);
  // each entity's first mention and the genders of the pronouns linked to it, in one pass over the mentions
  const firstMention = new Map<EntityId, number>();
  const gender = new Map<EntityId, number>();
  for (const m of mentions) {
    if (!m.entity) continue;
    if (!firstMention.has(m.entity)) firstMention.set(m.entity, m.start);
    if (m.form !== 'pronoun') continue;
    const g = PRONOUN_GENDER.get(text.slice(m.start, m.end).toLowerCase()) ?? 0;
    if (g) gender.set(m.entity, (gender.get(m.entity) ?? 0) + g);
  }
  // round fifteen: a person no pronoun was linked to has the gender of a known given name ("she said" is not Peter Garvey)
  if (GIVEN_NAME_GENDER) {
    for (const e of entities) {
      if (e.type !== 'PERSON' || gender.has(e.id)) continue;
      const given = genderOfGivenName(e.name.slice(0, e.name.indexOf(' ') >>> 0));
      if (given) gender.set(e.id, given === 'male' ? 1 : -1);
    }
  }
  /** `DETERMINER_NAME`: one-word people named only after "a", "an" or "the" ("an Oscar nod"). */
  const articleOnlyNames = new Set<EntityId>();
  if (DETERMINER_NAME) {
    const other = new Set<EntityId>();
    for (const m of mentions) {
      if (!m.entity || m.form !== 'name' || entityType.get(m.entity) !== 'PERSON') continue;
      const k = v.tokenAtOrAfter(m.start);
      const one = v.tokenEndingBy(m.end) === k;
      if (one && k > 0 && ARTICLES.has(v.lower[k - 1]!)) articleOnlyNames.add(m.entity);
      else other.add(m.entity);
    }
    for (const e of other) articleOnlyNames.delete(e);
  }
  const ordered = list.filter((d) => d.source).sort((a, b) => a.source!.start - b.source!.start);
  /** Sources the rules left unlinked on purpose (an unnamed speaker, an office none holds): the ranker leaves them alone. */
  const held = new Set<Draft>();
  // tokens spoken about rather than speaking: inside a quote or an attribution's content
  const spoken = spokenTokens(st, list);
  // people who spoke, in order; one with no entity ("a spokeswoman") still stands between a pronoun and those before
  const recent: RecentSpeaker[] = [];
  const recentOrg: { entity: EntityId; paragraph: number; end: number }[] = [];
  /** The last token of the latest speaker (a person or organisation, or an unnamed person) not inside what was said. */
  let lastSourceEnd = -1;
  /** The article's book author (`bookAuthor`), read once when a book speaks; the authors of its documents by noun (`documentAuthor`). */
  let author: EntityId | null | undefined;
  /** The party that sued (`lawsuitFiler`), read once when a lawsuit speaks. */
  let filer: EntityId | null | undefined;
  const documentAuthors = new Map<string, EntityId | null>();
  /** `UNION_NAMES`: the one workers' union named without the word, read once when "the union" needs it. */
  let union: EntityId | null | undefined;
  /** `RESEARCH_LEAD`: where the article marks people as the leads of a piece of research, read when a research source needs them. */
  let leads: LeadCue[] | undefined;
  /** `IT_PREVIOUS_SUBJECT`: the entity each "it" source was resolved to, by its token (a subject "it" the next one follows). */
  const itResolved = new Map<number, EntityId | null>();
  /** `DESCRIBED_SUBJECT`: each source resolved so far, by its start ("He said …" before "The legal assistant said …"). */
  const resolvedAt = new Map<number, EntityId | null>();
  /** `SAME_DOCUMENT`: the author of the latest source headed by each document noun ("report" → the World Bank). */
  const lastDocument = new Map<string, EntityId>();
  for (const d of ordered) {
    const src = d.source!;
    const tok = v.tokenAtOrAfter(src.start);
    const paragraph = v.paragraph[tok] ?? -1;
    const g = src.kind === 'pronoun' ? (PRONOUN_GENDER.get(src.text.toLowerCase()) ?? 0) : 0;
    // (twenty-second session, `SENTENCE_RULES_CONTENT_NAMED`: the sentence rules below skip a person the content names)
    const ownWordsName = (e: EntityId): boolean => SENTENCE_RULES_CONTENT_NAMED && contentNames(st, d, e);
    // "MPs said" where the NER took the plural for a name: a vague source
    if (GROUP_NAMES && src.kind === 'named' && groupNameOf(st, src)) {
      src.kind = 'vague';
      src.entity = null;
    }
    // nineteenth session (`LEADER_AND_GROUP`): "Karras and his team say …", "He and other analysts said …": the person who leads the phrase
    if (LEADER_AND_GROUP && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) src.entity = leaderOfGroup(st, src, entityType, spoken, gender);
    // fifteenth session: "The EU's Fisheries Commissioner, Anton Weber, was quoted as saying": a title the NER read as
    // an organisation's name, that the entities layer linked to the person in apposition, is that person
    if (TITLE_READ_AS_NAME && src.kind === 'named' && (!src.entity || entityType.get(src.entity) !== 'PERSON')) {
      const person = (titleSpans ??= personTitleSpans(mentions, entityType)).get(`${src.start}:${src.end}`);
      if (person) Object.assign(src, { entity: person, kind: 'nominal' });
    }
    // "the minister told …": the person holding that title, else the latest person who spoke; also
    // "said the Barnet East MP" where the NER took the office for a place's name
    let office = src.kind === 'nominal' && !src.entity ? officeOf(st, src) : null;
    // (twenty-sixth session, `ABBREVIATED_OFFICES`: "the PM said", "the CM told" are offices the tagger read as names)
    const abbreviated = ABBREVIATED_OFFICES && src.kind === 'named' && src.entity !== null && OFFICE_ABBREVIATIONS.has(entityName.get(src.entity) ?? '');
    if (NAMED_OFFICES && !office && src.kind === 'named' && (!src.entity || entityType.get(src.entity) === 'LOC' || abbreviated)) {
      office = namedOfficeOf(st, src);
      if (office) src.kind = 'nominal';
      // round fifteen: "The MP for Barnet East claimed …": the office before the seat's name, and the whole phrase the source
      else if (SEAT_OFFICES && tok >= 3 && v.lower[tok - 1] === 'for' && SEAT_HOLDERS.has(v.lower[tok - 2]!) && v.lower[tok - 3] === 'the') {
        office = v.lower[tok - 2]!;
        Object.assign(src, ctx.span(v.tokens.start[tok - 3]!, src.end), { kind: 'nominal', entity: null });
      }
      // twelfth session (`PARTY_SEAT_OFFICE`): "the Tory MP for Kelby and South Marston admitted …": past the party's word
      else if (PARTY_SEAT_OFFICE && tok >= 4 && v.lower[tok - 1] === 'for' && SEAT_HOLDERS.has(v.lower[tok - 2]!) && v.isCap(tok - 3) && v.lower[tok - 4] === 'the') {
        office = v.lower[tok - 2]!;
        Object.assign(src, ctx.span(v.tokens.start[tok - 4]!, src.end), { kind: 'nominal', entity: null });
      }
    }
    if (office) {
      const { byTitle } = titleIndex();
      const spelled = ABBREVIATED_OFFICES ? OFFICE_ABBREVIATIONS.get(office.toUpperCase()) : undefined;
      if (spelled !== undefined) office = spelled;
      src.entity = byTitle.get(office) ?? (OTHER_OFFICE ? byTitle.get(OFFICE_SYNONYMS.get(office) ?? '') : undefined) ?? (HYPHENATED_OFFICES ? officeEnding(byTitle, office) : null) ?? null;
      // (twentieth session, `OFFICE_NAMED_BEFORE`: "the MP said" points back: not the one MP the article names only further on)
      if (OFFICE_NAMED_BEFORE && src.entity && (firstMention.get(src.entity) ?? -1) > src.start) src.entity = null;
    }
    // "… hosted by UK trade minister Alan Corby on Friday, he said …": a person named after a
    // preposition is rarely the "he" who speaks next; the latest speaker is. So is a person named only
    // in what was said since the latest speaker ("Mr Dawes said … portrayed Mr Lyle as a conjuror, he argued")
    // (not when that person is the latest who spoke: "Commission for Fair Housing chairman Trevor Oakes said …. He …")
    // round fifteen: "she" the mentions layer linked to Peter Garvey: a pronoun never stands for a person of the other gender
    if (GIVEN_NAME_GENDER && src.kind === 'pronoun' && g !== 0 && src.entity && (gender.get(src.entity) ?? 0) * g < 0) src.entity = null;
    // sixteenth session (`DETERMINER_NAME`): "she" the mentions layer linked to a one-word "person" every mention of which
    // follows an article ("an Oscar nod") is linked to no one yet: the speakers before are asked
    if (DETERMINER_NAME && src.kind === 'pronoun' && g !== 0 && src.entity && articleOnlyNames.has(src.entity)) src.entity = null;
    const last = recent.length > 0 ? recent[recent.length - 1] : undefined;
    const oblique = src.kind === 'pronoun' && g !== 0 && src.entity !== null && (
      (!(SPOKEN_ABOUT && last?.entity === src.entity) && obliqueAntecedent(st, tok, src.entity)) ||
      // round thirteen (i): "And Mary Dunne would be in the firing line, he said": not the person its own words name
      (CONTENT_NAMED && contentNames(st, d, src.entity)));
    const about = SPOKEN_ABOUT && !oblique && src.kind === 'pronoun' && g !== 0 && src.entity !== null ? spokenAbout(st, spoken, recent, tok, src.entity, gender, g, lastSourceEnd) : undefined;
    if (about !== undefined) src.entity = about;
    // (an unnamed speaker the pronoun stands for, and an office, stay as the rules leave them: the ranker links neither)
    if (about === null || office !== null) held.add(d);
    const contrast = CONTRAST_OFFICE && office !== null && v.isSentenceFirst(tok - 1) && CONTRAST_OPENERS.has(v.lower[tok - 1]!);
    if (((src.kind === 'pronoun' && g) || office) && (!src.entity || oblique)) {
      for (let r = recent.length - 1; r >= 0 && r >= recent.length - SPEAKER_LOOKBACK; r--) {
        const e = recent[r]!;
        if (paragraph - e.paragraph > SPEAKER_WINDOW) break;
        if ((e.entity ? (gender.get(e.entity) ?? 0) : e.gender) * g < 0 || (oblique && e.entity === src.entity)) continue;
        if (office && e.entity && titleIndex().notTheOffice.get(office)?.includes(e.entity)) continue;
        if (OTHER_OFFICE && office && e.entity && holdsOtherOffice(titleIndex().officesOf.get(e.entity), office)) continue;
        // (round fifteen: "The premier insisted Mr Hartley will have a central role": not the person its own words name)
        if (OFFICE_CONTENT_NAMED && office && e.entity && contentNames(st, d, e.entity)) continue;
        // (round fifteen: "… President Hale opposed renewing the scheme. But the Tory leader argued …": a contrast turns from the
        // speaker of the sentence before)
        if (contrast && sentenceOf(st, e.end) === sentenceOf(st, tok) - 1) continue;
        if (!oblique || e.entity) src.entity = e.entity;
        if (!e.entity && !oblique) held.add(d);
        break;
      }
      // (twenty-first session, `LONE_SPEAKER`: past the window, the latest person who spoke when nobody else has been named since:
      // "“…,” Ron Spade told Reuters. [three paragraphs about the firm] “…,” he said.")
      if (LONE_SPEAKER && src.kind === 'pronoun' && !src.entity && !held.has(d) && recent.length > 0) {
        const e = recent[recent.length - 1]!;
        if (e.entity && paragraph - e.paragraph > SPEAKER_WINDOW && (gender.get(e.entity) ?? 0) * g >= 0 && !otherPersonBetween(st, e.end, tok, e.entity)) src.entity = e.entity;
      }
      // (twenty-sixth session, `CATAPHORIC_PRONOUN`: "“…,” she said. “…” ¶ Dr Ana Vell made the comments on Thursday.": no person
      // named before, the first person named after the quote)
      if (CATAPHORIC_PRONOUN && src.kind === 'pronoun' && !src.entity && !held.has(d) && recent.length === 0) {
        const e = personNamedAfter(st, Math.max(d.content.end, src.end), tok);
        if (e !== null && (gender.get(e) ?? 0) * g >= 0) src.entity = e;
      }
    }
    // round fifteen: "Mr Pryce's theory has been questioned by … Gareth Morgan. He accepted …": a sentence that opens with
    // "he" / "she" speaks of the person named last in the sentence before, outside anyone's words, when the person it was
    // linked to is not named there
    if (LAST_NAMED_PRONOUN && src.kind === 'pronoun' && g !== 0 && v.isSentenceFirst(tok)) {
      const named = lastNamedBefore(st, spoken, tok, g, gender);
      if (named && !articleOnlyNames.has(named) && !(src.entity && lastNamedBefore(st, spoken, tok, 0, gender, src.entity)) && !ownWordsName(named)) src.entity = named;
    }
    // (fifteenth session, `SUBJECT_BEFORE_LAST_NAMED`: the person who is the subject of the sentence before comes first, "Tess
    // Harlow collected the prize from singer Lola Vance. She told the audience …")
    if (SUBJECT_BEFORE_LAST_NAMED && src.kind === 'pronoun' && g !== 0 && v.isSentenceFirst(tok)) {
      const e = personSubjectBefore(st, sentenceOf(st, tok), spoken, entityType, gender, g, null);
      if (e && !ownWordsName(e)) src.entity = e;
      // (sixteenth session, `UNNAMED_SUBJECT_PRONOUN`: "But a spokesman for the Justice Ministry backed the plan. He said …": an
      // unnamed spokesman, official or adviser subject of the sentence before is whom the pronoun stands for, and he has no name)
      else if (UNNAMED_SUBJECT_PRONOUN && unnamedRoleSubjectBefore(st, sentenceOf(st, tok), spoken)) {
        src.entity = null;
        held.add(d);
      }
    }
    // fifteenth session: "Mr Petrov … was keen to play down Mr Sokolov's remarks. The sell-off … had been poorly
    // run, he said": after what was said, opening its sentence, the person subject of the sentence before
    if (CONTENT_PREVIOUS_SUBJECT && src.kind === 'pronoun' && g !== 0 && d.content.end <= src.start) {
      const person = previousSubjectPerson(st, d, tok, spoken, entityType, gender, g);
      if (person && !ownWordsName(person)) src.entity = person;
    }
    // sixteenth session: "Ms Calder and Mr Hallam launched the plan on Monday. They say …": a plural pronoun or "the pair" opening
    // its sentence stands for the names coordinated as the subject of the sentence before (linked to the first of them)
    if (COORDINATED_SUBJECT && (src.kind === 'pronoun' ? v.lower[tok] === 'they' : COORDINATED_HEADS.has(v.lower[v.tokenEndingBy(src.end)]!) && v.lower[tok] === 'the') && v.isSentenceFirst(tok - (OPENERS.has(v.lower[tok - 1] ?? '') ? 1 : 0))) {
      const first = coordinatedSubjectBefore(st, sentenceOf(st, tok), spoken, entityType);
      if (first) src.entity = first;
    }
    // (and "the firms said", "the researchers said" with no entity: the first of the latest names of that kind coordinated in
    // this sentence or the two before, "Norland, Brandt and Westbury set up the alliance …", `COORDINATED_GROUP`)
    // (twenty-fifth session, `COUNTED_GROUP`: also "The two banks said" read from its number, "two banks")
    const counted = COUNTED_GROUP && (v.lower[tok] === 'two' || v.lower[tok] === 'three') && (v.lower[tok - 1] === 'the' || v.lower[tok - 1] === 'both' || v.isSentenceFirst(tok));
    if (COORDINATED_GROUP && !src.entity && (src.kind === 'vague' || src.kind === 'nominal') && (v.lower[tok] === 'the' || v.lower[tok] === 'both' || counted)) {
      const type = GROUP_HEAD_TYPE.get(v.lower[v.tokenEndingBy(src.end)]!);
      if (type) src.entity = coordinatedNamesBefore(st, tok, type, spoken, entityType);
      // (twenty-first session, `LEAD_FIRMS`: "the companies said" with no list near: the first of the firms the article's first
      // sentences name together, "Norvell Corp. agreed to buy Ashby Corp. …. The companies said …")
      if (LEAD_FIRMS && !src.entity && type === 'ORG') src.entity = leadFirms(st, tok, entityType);
    }
    // round fourteen: "…, MPs said. But they rejected …": a plural group named nearer than the organisation "they" was linked to
    if (THEY_GROUP && src.kind === 'pronoun' && src.entity && v.lower[tok] === 'they' && groupNearer(st, tok, src.entity, THEY_OWN_CONTENT ? d.content : null)) src.entity = null;
    // round sixteen: "Market leader Zentek is releasing a console that it says will …": "it" in a relative clause is the
    // organisation the sentence opens with
    if (IT_RELATIVE_SUBJECT && src.kind === 'pronoun' && v.lower[tok] === 'it' && (v.lower[tok - 1] === 'that' || v.lower[tok - 1] === 'which')) {
      const subject = mainSubject(st, sentenceOf(st, tok), tok - 1);
      // (a one-word name the tagger typed as a person, of no known gender, too: "it" says what it is)
      const type = subject?.kind === 'named' && subject.entity ? entityType.get(subject.entity) : undefined;
      const oneWord = type === 'PERSON' && !gender.has(subject!.entity!) && !subject!.text.includes(' ');
      if (type === 'ORG' || oneWord) src.entity = subject!.entity;
    }
    // fourteenth session: "… the Ramblers' Trust failed in its bid …. But it says …": "it" opening its clause speaks for
    // the organisation the sentence before has as its subject
    if (IT_PREVIOUS_SUBJECT && src.kind === 'pronoun' && v.lower[tok] === 'it') {
      const org = previousSubjectOrg(st, d, tok, spoken, entityType, itResolved);
      if (org) src.entity = org;
    }
    // sixteenth session: "Even luxury carmaker Halvorsen could enter the market, although it says …": "it" after a conjunction
    // that opens a second clause is the organisation the sentence's main clause has as its subject
    if (IT_CLAUSE_SUBJECT && src.kind === 'pronoun' && v.lower[tok] === 'it') {
      const c = v.isPunct(tok - 1, ',') ? tok - 2 : tok - 1;
      const s = sentenceOf(st, tok);
      if (CLAUSE_CONJUNCTIONS.has(v.lower[c] ?? '') && c > v.sentenceFirst[s]! + 1 && !spoken[tok]) {
        const subject = mainSubject(st, s, c);
        if (subject?.kind === 'named' && subject.entity && entityType.get(subject.entity) === 'ORG' && v.tokenEndingBy(subject.end) < c) src.entity = subject.entity;
        // (no subject phrase read, "Even luxury carmaker Halvorsen could enter …": the first name near the clause's start, an organisation)
        else if (!subject) {
          const from = mainClauseStart(v, s);
          for (let k = from; k < c && k <= from + SUBJECT_REACH; k++) {
            const m = v.nameAt[k];
            if (!m) continue;
            if (m.entity && entityType.get(m.entity) === 'ORG') src.entity = m.entity;
            break;
          }
        }
      }
    }
    // (twenty-seventh session, `SUBORDINATE_SUBJECT`: "While Lindor is unlikely to ask for damages, it says …": the pronoun that
    // opens the main clause after a fronted subordinate clause stands for that clause's named subject)
    if (SUBORDINATE_SUBJECT && src.kind === 'pronoun') {
      const e = subordinateSubject(st, tok, entityType, gender, g);
      if (e !== null) {
        src.entity = e;
        held.add(d);
      }
    }
    // "it said …" with no entity: the latest organisation that spoke
    if (src.kind === 'pronoun' && !src.entity && v.lower[tok] === 'it') {
      const o = recentOrg.length > 0 ? recentOrg[recentOrg.length - 1] : undefined; // no out-of-bounds load
      if (o && paragraph - o.paragraph <= SPEAKER_WINDOW) src.entity = o.entity;
      // (round fourteen: else the organisation named nearest before, "Orbix … will have to persuade managers, but it said …")
      else if (IT_DESCRIBED_ORG) src.entity = describedOrg(st, src, entityType, mainOrg);
    }
    // round fourteen: "The Geneva-based ICPA watchdog said": the organisation named right before the head (also before a relative
    // pronoun: "the Gizmodish weblog which said")
    if (NAME_BEFORE_ORG_HEAD && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) src.entity = nameBeforeOrgHead(st, v.tokenAtOrAfter(src.start), v.tokenEndingBy(src.end), entityType);
    // twelfth session: "A National Roads Office report on the 12 largest schemes says": the name before a document's head that
    // a prepositional phrase follows
    if (DOCUMENT_BEFORE_PP && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) {
      const first = v.tokenAtOrAfter(src.start);
      const last = v.tokenEndingBy(src.end);
      for (let h = first + 1; h < last && h <= first + 6; h++) {
        if (!(DOCUMENT_HEADS.has(v.lower[h]!) || DOCUMENT_NOUNS.has(v.lower[h]!)) || !PREPOSITIONS.has(v.lower[h + 1]!)) continue;
        src.entity = nameBeforeOrgHead(st, first, h, entityType);
        break;
      }
    }
    // round fifteen: "an agency statement said": the one organisation the article names with that head ("International Water
    // Resources Agency")
    if (NAMED_DOCUMENT && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) {
      const h = v.tokenEndingBy(src.end);
      const modifier = v.lower[h - 1] ?? '';
      if (h - 1 >= tok && (DOCUMENT_NOUNS.has(v.lower[h]!) || ORG_HEADS.has(v.lower[h]!)) && ORG_HEADS.has(modifier) && !DOCUMENT_NOUNS.has(modifier)) {
        const named = orgByHead().get(modifier);
        if (named && (firstMention.get(named) ?? Infinity) < src.start) src.entity = named;
      }
    }
    // fifteenth session: "…, according to a study by analysts Brightwell Research": the body named right after the document's
    // "by" / "from", past a few words that describe it
    if (DOCUMENT_BY_AFTER && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) src.entity = authorAfter(st, src, entityType);
    // twelfth session: "the World Bank report found …. … the report said": the same document as the latest source with that
    // head, when it had an author
    if (SAME_DOCUMENT && !src.entity && (src.kind === 'nominal' || src.kind === 'vague') && v.lower[tok] === 'the' && v.tokenEndingBy(src.end) === tok + 1) {
      src.entity = lastDocument.get(v.lower[tok + 1]!) ?? null;
    }
    // round fourteen: "new figures show" / "a survey says": the body the article names as their author ("figures revealed by the
    // Electoral Commission", "a survey carried out by Dunmore Consulting")
    if (DOCUMENT_AUTHOR && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) {
      const h = v.tokenEndingBy(src.end);
      const noun = v.lower[h]!;
      if (DOCUMENT_NOUNS.has(noun)) {
        if (!documentAuthors.has(noun)) documentAuthors.set(noun, documentAuthor(st, noun, entityType));
        src.entity = documentAuthors.get(noun)!;
        // round fifteen: "Research conducted by the EOC revealed …. …, according to their figures": the author of the
        // document named just before under another noun
        if (!src.entity && OTHER_DOCUMENT_NOUN) src.entity = nearbyDocumentAuthor(st, tok, noun, documentAuthors, entityType);
      }
    }
    // round fourteen: a spokesman or an official is a person, never the body it speaks for (the eval's rule and PolNeAR's)
    if (ROLE_NOT_ORG && src.entity && entityType.get(src.entity) !== 'PERSON' && src.kind !== 'named' && PERSON_ROLES.has(v.lower[roleHeadOf(st, src)]!)) src.entity = null;
    // round fifteen: "His report demands …", "According to its estimate, …": the owner the possessive pronoun stands for
    if (PRONOUN_OWNER && !src.entity && (src.kind === 'nominal' || src.kind === 'vague') && POSSESSIVE_PRONOUNS.has(v.lower[tok]!)) {
      const h = v.tokenEndingBy(src.end);
      const noun = v.lower[h]!;
      if (DOCUMENT_HEADS.has(noun) || DOCUMENT_NOUNS.has(noun) || BOOK_HEADS.has(noun) || OWNED_WORDS.has(noun)) {
        const owner = st.refAt.get(tok)?.entity ?? null;
        if (owner && (entityType.get(owner) === 'PERSON' || entityType.get(owner) === 'ORG')) src.entity = owner;
      }
    }
    // round sixteen: "City's filing to the stock exchange said", "Labour's new leaflets say", "Market Insights' survey on …
    // found": the named owner of a document, past modifiers and the document's own phrase
    if (OWNED_DOCUMENT_PHRASE && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) src.entity = ownerOfDocumentPhrase(st, src, entityType);
    // twelfth session: "according to research from market analysts Corvana", "mortgage data from the Bank of England": the
    // body or person named at the end of the source's phrase, after "by" or "from"
    if (AUTHOR_AT_PHRASE_END && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) src.entity = authorAtPhraseEnd(st, src, entityType);
    // fifteenth session: "The study, from the Institute for Trade Research, … “…,” the authors say": the body named as
    // the latest document's source
    if (DOCUMENT_AUTHORS && !src.entity && (src.kind === 'nominal' || src.kind === 'vague') && v.lower[tok] === 'the' && AUTHOR_HEADS.has(v.lower[v.tokenEndingBy(src.end)]!)) {
      src.entity = latestDocumentSource(st, tok, entityType);
    }
    // round fifteen: "The lawsuit said …" after "Actor Rex Calloway is suing …": the party that sued
    if (LAWSUIT_FILER && !src.entity && (src.kind === 'nominal' || src.kind === 'vague') && LAWSUIT_HEADS.has(v.lower[v.tokenEndingBy(src.end)]!)) {
      if (filer === undefined) filer = lawsuitFiler(st, entityType);
      src.entity = filer;
    }
    // round fourteen: "the book claims" is its author
    if (BOOK_AUTHOR && !src.entity && (src.kind === 'nominal' || src.kind === 'vague') && BOOK_HEADS.has(v.lower[roleHeadOf(st, src)]!)) {
      if (author === undefined) author = bookAuthor(st, entityType);
      src.entity = author;
    }
    // twenty-fifth session (`RESEARCH_LEAD`): "a new study suggests", "the findings show" in an article that names the work's lead
    // ("Dr Ana Vell and colleagues report …"): that person
    if (RESEARCH_LEAD && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) {
      leads ??= researchLeadCues(st, entityType);
      src.entity = researchLeadOf(st, src, leads);
      if (src.entity) held.add(d);
    }
    if (NAME_BEFORE_ORG_HEAD && !src.entity && src.kind === 'pronoun' && (v.lower[tok] === 'which' || v.lower[tok] === 'that') && tok > 0) {
      const h = v.isPunct(tok - 1, ',') ? tok - 2 : tok - 1;
      src.entity = nameBeforeOrgHead(st, h - 1, h, entityType);
      // round sixteen (`WHICH_NAMED_BODY`): "a survey from the Northern Grocers' Association, which said …": the body named right
      // before the comma
      const named = WHICH_NAMED_BODY && !src.entity && v.lower[tok] === 'which' && h === tok - 2 ? v.nameAt[h] : undefined;
      if (named?.entity && entityType.get(named.entity) === 'ORG' && v.tokenEndingBy(named.end) === h) src.entity = named.entity;
    }
    // fifteenth session: "the newspaper reported", "The paper says": the newspaper named last before it, not another body
    if (PRESS_HEAD && !src.entity && src.kind === 'nominal' && v.lower[tok] === 'the' && PRESS_HEADS.has(v.lower[v.tokenEndingBy(src.end)]!)) src.entity = pressBefore(st, v.tokenEndingBy(src.end));
    // "the watchdog said", "its report says": the latest organisation that spoke
    if (ORG_NOMINALS && !src.entity && src.kind === 'nominal' && orgNominal(st, src)) {
      // an institution named before whose name ends in the head ("the commission": the Law Commission); else the
      // latest organisation that spoke, when no other was named since ("Calder & Co said …. The bank said"); else a
      // company named before whose name ends in the head
      const headWord = v.lower[orgHeadTokenOf(st, src)]!;
      let named = orgByHead().get(headWord);
      // (twenty-fifth session, `UNION_NAMES`: "the union said" after "United Steelworkers of America locals": a union whose name lacks "Union")
      if (UNION_NAMES && named === undefined && headWord === 'union') {
        if (union === undefined) union = unionNamed(entities);
        named = union ?? undefined;
      }
      const namedBefore = named && (firstMention.get(named) ?? Infinity) < src.start ? named : null;
      let o = recentOrg.length > 0 ? recentOrg[recentOrg.length - 1] : undefined;
      // (twenty-fourth session, `FIRM_NOT_PUBLIC_BODY`: "Papers lodged with the Fair Trading Commission showed …
      // though the company says": the latest firm that spoke, past public bodies)
      // (and `BODY_NOT_FIRM`: "the union said" after "Halden Ltd said": the union that spoke before, past firms)
      const misfit = (id: EntityId): boolean => orgMisfit(headWord, entityName.get(id) ?? '');
      if (o && misfit(o.entity)) {
        let r = recentOrg.length - 2;
        while (r >= 0 && misfit(recentOrg[r]!.entity)) r--;
        o = r >= 0 && !otherOrgBetween(st, spoken, recentOrg[r]!.end, tok, recentOrg[r]!.entity, misfit) ? recentOrg[r] : undefined;
      }
      if (namedBefore && INSTITUTION_HEADS.has(headWord)) src.entity = namedBefore;
      else if (o && paragraph - o.paragraph <= SPEAKER_WINDOW && (!otherOrgBetween(st, spoken, o.end, tok, o.entity) || (SALIENT_SPEAKER_ORG && o.entity === mainOrg && COMPANY_HEADS.has(headWord)) || o !== recentOrg[recentOrg.length - 1])) src.entity = o.entity;
      else if (namedBefore) src.entity = namedBefore;
      // (twenty-fifth session, `LONE_ORG_SPEAKER`: past the window, a firm's description is the latest organisation that spoke
      // when no other has been named since: "Halden Inc. said …. [four paragraphs of figures] …, the company said.")
      else if (LONE_ORG_SPEAKER && o && o === recentOrg[recentOrg.length - 1] && COMPANY_HEADS.has(headWord) && !otherOrgBetween(st, spoken, o.end, tok, o.entity, undefined, LONE_ORG_REACH)) src.entity = o.entity;
      // round thirteen: else the one organisation named (outside quotes) in this sentence or the two before ("Westbury Life has cut
      // its payouts. … The insurer argued …")
      else if (DESCRIBED_ORG) src.entity = describedOrg(st, src, entityType, mainOrg);
      // twelfth session (`PARTY_HEAD`): "the party said" is a political party's, not the newspaper that spoke last: the latest
      // party that spoke, else the party named last before
      if (PARTY_HEAD && headWord === 'party' && src.entity && !parties.has(src.entity)) {
        let found: EntityId | null = null;
        for (let r = recentOrg.length - 1; r >= 0 && !found; r--) if (parties.has(recentOrg[r]!.entity)) found = recentOrg[r]!.entity;
        // (an organisation before a people's adjective: "the Conservative Party" before "Tory")
        for (const type of ['ORG', 'NORP']) {
          // (within the last PARTY_WINDOW tokens: bounded work however often "the party said" comes)
          for (let k = tok - 1; k >= 0 && k >= tok - PARTY_WINDOW && !found; k--) {
            const e = v.nameAt[k]?.entity;
            if (e && parties.has(e) && entityType.get(e) === type) found = e;
          }
        }
        src.entity = found;
      }
    }
    // round fifteen: "…, according to our correspondent": the correspondent the article names ("the BBC's health correspondent Ruth Kelso")
    if (OUR_CORRESPONDENT && !src.entity && src.kind === 'nominal' && (v.lower[tok] === 'our' || v.lower[tok] === 'the')) {
      const h = v.lower[v.tokenEndingBy(src.end)]!;
      if (JOURNALIST_HEADS.has(h)) src.entity = titleIndex().byTitle.get(h) ?? null;
    }
    // "The former teacher confirmed …": the one person named in the sentence before
    if (DESCRIBED_PERSON && !src.entity && src.kind === 'nominal' && !office) src.entity = describedPerson(st, src, titleIndex().byTitle, gender);
    // fifteenth session: "Okafor will lead the team in place of the injured Tom Rennie …. And the striker said": of several
    // people named in the sentence before, its subject
    if (DESCRIBED_SUBJECT && !src.entity && src.kind === 'nominal' && !office && describedHead(st, src)) {
      src.entity = describedSubject(st, d, spoken, entityType, gender, PERSON_HEADS.get(v.lower[v.tokenEndingBy(src.end)]!) ?? 0, resolvedAt);
    }
    // round fifteen: "Ruth Calder has apologised …. The home secretary confirmed …": an office no title names and no
    // speaker before holds is the one person named in the sentence before, unless that person holds another office (or
    // the shadow one)
    if (OFFICE_DESCRIBED && office && !src.entity) {
      const other = (e: EntityId): boolean =>
        holdsOtherOffice(titleIndex().officesOf.get(e), office!) || (titleIndex().notTheOffice.get(office!)?.includes(e) ?? false) || (OFFICE_CONTENT_NAMED && contentNames(st, d, e));
      const named = describedPerson(st, src, titleIndex().byTitle, gender, other);
      if (named && !other(named)) src.entity = named;
    }
    // round thirteen (i): "The veteran game maker says" with nobody named in the sentence before: the latest person who spoke
    if (DESCRIBED_SPEAKER && !src.entity && src.kind === 'nominal' && !office && (describedHead(st, src) || (DEFINITE_ROLE_SPEAKER && definiteRole(st, src)))) {
      src.entity = spokenAbout(st, spoken, recent, tok, null, gender, 0, lastSourceEnd) ?? null;
    }
    // seventeenth session (`ROLE_CONFLICT`): "the defender said" is not the one the article titles "City boss"
    if (ROLE_CONFLICT && src.entity && src.kind === 'nominal' && roleConflict(st, v.lower[v.tokenEndingBy(src.end)]!, src.entity)) src.entity = null;
    // round thirteen (i): "…, according to a report." in a lead sentence: the source the next sentence names
    if (LEAD_CATAPHORA && !src.entity && (src.kind === 'nominal' || src.kind === 'vague')) src.entity = leadCataphor(st, src, d, ordered, entityType);
    // round fourteen: "Kenya's High Commissioner to Canada said …. Dr Amina Otieno said …": the person first named as the next sentence's speaker
    if (NAMED_NEXT && !src.entity && src.kind === 'nominal') src.entity = namedNext(st, src, d, ordered, entityType, firstMention);
    // nineteenth session (`INDEFINITE_NAMED_NEXT`): "…, a British minister said on Tuesday. …, said Ian Tarrow, the trade minister": the
    // person first named as a speaker in the next sentence
    else if (INDEFINITE_NAMED_NEXT && !src.entity && src.kind === 'vague') src.entity = indefiniteNamedNext(st, src, d, ordered, entityType, firstMention);
    // (twentieth session, `KIN_NAMED_NEXT`: a relative by a possessive, "the activist's father said", the same way)
    if (KIN_NAMED_NEXT && !src.entity && src.kind === 'nominal') src.entity = indefiniteNamedNext(st, src, d, ordered, entityType, firstMention);
    if (src.entity && entityType.get(src.entity) === 'ORG') recentOrg.push({ entity: src.entity, paragraph, end: v.tokenEndingBy(src.end) });
    if (SAME_DOCUMENT && src.entity && src.kind !== 'named' && src.kind !== 'pronoun') {
      const h = v.lower[v.tokenEndingBy(src.end)]!;
      if (DOCUMENT_HEADS.has(h) || DOCUMENT_NOUNS.has(h)) lastDocument.set(h, src.entity);
    }
    // (twelfth session, `FOR_ING_OBJECT`: the one "branded … for claiming" inside another's sentence is not the latest speaker)
    const blamed = FOR_ING_SPEAKER && d.rule.startsWith('participle-cue') && d.cue !== null && v.lower[v.tokenAtOrAfter(d.cue.start) - 1] === 'for' && tok > v.sentenceFirst[sentenceOf(st, tok)]! + 1;
    if (!blamed && !spoken[tok] && src.entity && (entityType.get(src.entity) === 'ORG' || entityType.get(src.entity) === 'PERSON')) lastSourceEnd = v.tokenEndingBy(src.end);
    // the head: the last word, or a person noun before a prepositional phrase ("a spokeswoman for Open Borders Watch")
    let head = v.lower[v.tokenEndingBy(src.end)] ?? '';
    if (!src.entity && !personHead(head)) {
      for (let t = v.tokenAtOrAfter(src.start); t < v.count && v.tokens.end[t]! <= src.end; t++) {
        // (before a preposition only: "the attorney general" is no attorney)
        // (`MARKET_PEOPLE`: and before "in", "a metals trader in Shanghai")
        if (personHead(v.lower[t]!) && (ROLE_PREPOSITIONS.has(v.lower[t + 1] ?? '') || (MARKET_PEOPLE && v.lower[t + 1] === 'in'))) {
          head = v.lower[t]!;
          break;
        }
      }
    }
    if (IT_PREVIOUS_SUBJECT && src.kind === 'pronoun' && v.lower[tok] === 'it') itResolved.set(tok, src.entity);
    resolvedAt.set(src.start, src.entity);
    if (!blamed && (src.entity ? entityType.get(src.entity) === 'PERSON' : (src.kind !== 'pronoun' && personHead(head)))) {
      recent.push({ entity: src.entity, paragraph, gender: PERSON_HEADS.get(head) ?? g, end: v.tokenEndingBy(src.end), role: PERSON_ROLES.has(head) || MARKET_PEOPLE_HEADS.has(head), nested: (spoken[tok]! & 2) !== 0 });
      if (!spoken[tok]) lastSourceEnd = v.tokenEndingBy(src.end);
    }
  }
  // thirteenth session: the learned second opinion on pronouns and descriptions (`speakerRanker.ts`)
  if (SPEAKER_RANKER) rankSpeakers(st, ordered, { spoken, gender, headClassOf: (src) => headClass(st, src), held, parties, entityType });
  if (PRODUCT_OF_FIRM) firmsForProducts(st, ordered, entities);
  // (twenty-fifth session, `MEMBERS_UNNAMED`: "officials at the museum", "sources at the exchange" are no one the article names)
  if (MEMBERS_UNNAMED) {
    for (const d of ordered) {
      const src = d.source!;
      if (src.kind === 'vague' && src.entity && entityType.get(src.entity) !== 'PERSON' && unnamedMembers(st, src)) src.entity = null;
    }
  }
  // (twenty-third session, `HEAD_FITS_ENTITY`: "the executive said" is no firm, "the central bank said" no person)
  if (HEAD_FITS_ENTITY) {
    let byId: Map<EntityId, Entity> | undefined;
    for (const d of ordered) {
      const e = d.source?.kind === 'nominal' && d.source.entity ? (byId ??= new Map(entities.map((x) => [x.id, x]))).get(d.source.entity) : undefined;
      if (e && !headFits(st, d.source!, e)) d.source!.entity = null;
    }
  }
}

/**
 * Twenty-fifth session: unnamed people of a body ("officials at the Smithsonian", "sources at the London exchange", "executives of
 * both companies") stand for no one the article names, as a spokesman of a named body does (the quote sets' rule): a vague source
 * headed by such a plural is linked to no organisation or place.
 */
const MEMBERS_UNNAMED = true;
const MEMBER_HEADS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'executives', 'spokesmen', 'spokespeople', 'staff', 'employees', 'workers', 'members', 'aides', 'insiders',
  'people', 'dealers', 'traders', 'bankers', 'analysts', 'managers', 'directors', 'diplomats', 'representatives', 'negotiators',
]);
const MEMBER_LINKS: ReadonlySet<string> = new Set(['at', 'with', 'of', 'from', 'in', 'for', 'close']);

/** `MEMBERS_UNNAMED`: whether the source is headed by unnamed people of a body: the plural ends the phrase or comes before its link word. */
function unnamedMembers(st: Scope, src: AttributionSource): boolean {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  for (let t = first; t <= last; t++) if (MEMBER_HEADS.has(v.lower[t]!) && (t === last || MEMBER_LINKS.has(v.lower[t + 1]!))) return true;
  return false;
}

/**
 * Twenty-third session: a description links to an entity of its own kind only. A person's head ("the executive", "the insurance
 * executive") is no organisation's, and a body's head ("the central bank", "the company") no person's. The head is the one before a
 * role's preposition: "the head of the board" is a person.
 */
const HEAD_FITS_ENTITY = true;
/** `HEAD_FITS_ENTITY`: bodies' heads that never describe one person. */
const BODY_ONLY_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'bank', 'ministry', 'government', 'agency', 'department', 'committee', 'commission', 'council', 'party', 'union',
  'airline', 'insurer', 'retailer', 'lender', 'corporation', 'brokerage', 'refiner', 'carmaker', 'automaker', 'regulator', 'watchdog',
]);

function headFits(st: Scope, src: AttributionSource, e: Entity): boolean {
  const h = roleHeadOf(st, src);
  const head = st.v.lower[h]!;
  if (st.v.isCap(h)) return true;
  // (a person by a known given name: the tagger reads many firms as people, "Norwood Securities", "Diamond Shamrock")
  if (e.type === 'PERSON') return !BODY_ONLY_HEADS.has(head) || givenNameGender(e.name.slice(0, e.name.indexOf(' ') >>> 0)) === undefined;
  // (twenty-fourth session, `FIRM_NOT_PUBLIC_BODY`, `BODY_NOT_FIRM`: "the company" is no "… Commission", "the union" no "… Ltd")
  if (e.type === 'ORG' && orgMisfit(head, e.name)) return false;
  if (e.type === 'ORG' || e.type === 'LOC') return !(PERSON_HEADS.has(head) && !ORG_HEADS.has(head));
  return true;
}

/**
 * Twenty-first session: "The company said …" linked to "Corvane Office" or "Talvo Online", a product or service that
 * bears its maker's name, is the maker when the article names exactly one firm with a legal suffix by that first word
 * ("Corvane Corp.", "Talvo Inc."). Only for the generic heads "company", "firm", "corporation".
 */
const PRODUCT_OF_FIRM = true;
const GENERIC_FIRM_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation', ...(CONCERN_FIRM ? ['concern'] : [])]);

/** `PRODUCT_OF_FIRM`: relinks the generic company descriptions of `ordered` linked to a product to its maker. */
function firmsForProducts(st: Scope, ordered: readonly Draft[], entities: readonly Entity[]): void {
  const { v } = st;
  let byProduct: Map<EntityId, EntityId> | null = null;
  for (const d of ordered) {
    const src = d.source!;
    if (src.kind !== 'nominal' || !src.entity || !GENERIC_FIRM_HEADS.has(v.lower[v.tokenEndingBy(src.end)] ?? '')) continue;
    byProduct ??= makersOfProducts(entities);
    const maker = byProduct.get(src.entity);
    if (maker !== undefined) src.entity = maker;
  }
}

/** Organisations whose name is a firm's name without its legal suffix and one or two more words ("Corvane Office"), to that firm. */
function makersOfProducts(entities: readonly Entity[]): Map<EntityId, EntityId> {
  const firms = new Map<string, EntityId[]>();
  const words = (e: Entity): string[] => e.name.split(/\s+/);
  for (const e of entities) {
    const w = words(e);
    if (e.type !== 'ORG' || w.length < 2 || !LEGAL_SUFFIX_WORDS.has(w[w.length - 1]!.toLowerCase())) continue;
    const key = w.slice(0, -1).join(' ').replace(/,$/, '');
    const list = firms.get(key);
    if (list) list.push(e.id);
    else firms.set(key, [e.id]);
  }
  const out = new Map<EntityId, EntityId>();
  if (firms.size === 0) return out;
  for (const e of entities) {
    const w = words(e);
    if (e.type !== 'ORG' || w.length < 2 || LEGAL_SUFFIX_WORDS.has(w[w.length - 1]!.toLowerCase())) continue;
    for (let n = w.length - 1; n >= Math.max(1, w.length - 2); n--) {
      const list = firms.get(w.slice(0, n).join(' '));
      if (list === undefined) continue;
      if (list.length === 1) out.set(e.id, list[0]!);
      break;
    }
  }
  return out;
}

/** Twenty-first session: a "he" / "she" past the speaker window is the latest speaker when no other person was named since (`resolveSpeakers`). */
const LONE_SPEAKER = true;

/** Twenty-sixth session: a "he" / "she" with no person named before it is the first person named after its quote, in its paragraph or the next (`personNamedAfter`). */
const CATAPHORIC_PRONOUN = true;

/** Twenty-seventh session: a pronoun right after a fronted subordinate clause stands for that clause's named subject (`subordinateSubject`). */
const SUBORDINATE_SUBJECT = true;
/** Words that open a fronted subordinate clause ("While …, it says", "Although …, he said"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'when', 'because', 'since', 'after', 'before', 'whereas', 'once', 'unless', 'if']);
/** Conjunctions before the subordinator ("But while …, it says"). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so']);
/** Most tokens from a sentence's first word to the pronoun. */
const SUBORDINATE_REACH = 30;
/**
 * `SUBORDINATE_SUBJECT`: the entity of the name that opens the subordinate clause before the pronoun source at token `tok`
 * ("While Lindor …, it", "Although Dane lost the vote, he"): the sentence opens with a subordinator (after "But" / "And"), the
 * name follows it (after "the"), and the pronoun comes right after the clause's first comma; "it" stands for a body or a place,
 * "he" / "she" for a person of no other gender. Else null.
 */
function subordinateSubject(st: Scope, tok: number, entityType: ReadonlyMap<EntityId, string>, gender: ReadonlyMap<EntityId, number>, g: number): EntityId | null {
  const { v } = st;
  const w = v.lower[tok]!;
  if ((w !== 'it' && g === 0) || w === 'they' || tok < 4 || !v.isPunct(tok - 1, ',')) return null;
  let a = tok - 2;
  while (a > 0 && tok - a < SUBORDINATE_REACH && !v.isSentenceFirst(a)) a--;
  if (!v.isSentenceFirst(a)) return null;
  if (OPENING_CONJUNCTIONS.has(v.lower[a]!)) a++;
  if (!SUBORDINATORS.has(v.lower[a]!)) return null;
  let b = a + 1;
  if (v.lower[b] === 'the') b++;
  const m = v.nameAt[b];
  if (!m?.entity || v.tokenAtOrAfter(m.start) !== b) return null;
  for (let x = v.tokenEndingBy(m.end) + 1; x < tok - 1; x++) if (v.isPunct(x, ',')) return null;
  const type = entityType.get(m.entity);
  if (w === 'it') return type === 'ORG' || type === 'LOC' ? m.entity : null;
  return type === 'PERSON' && (gender.get(m.entity) ?? 0) * g >= 0 ? m.entity : null;
}

/** `CATAPHORIC_PRONOUN`: the person first named after offset `from` when none is named (nor a person's pronoun read) before token `tok`, within the next paragraph; else null. */
function personNamedAfter(st: Scope, from: number, tok: number): EntityId | null {
  const { v } = st;
  for (let k = 0; k < tok; k++) {
    const m = v.nameAt[k];
    if (m && m.type === 'PERSON') return null;
  }
  const last = (v.paragraph[tok] ?? -1) + 1;
  for (let k = v.tokenAtOrAfter(from); k < v.count && v.paragraph[k]! <= last; k++) {
    const m = v.nameAt[k];
    if (m && m.type === 'PERSON') return m.entity ?? null;
  }
  return null;
}

/** `LONE_SPEAKER`: whether a person other than `entity` is named (or a person's pronoun is read) in tokens (from, to). */
function otherPersonBetween(st: Scope, from: number, to: number, entity: EntityId): boolean {
  const { v } = st;
  for (let k = from + 1; k < to; k++) {
    const m = v.nameAt[k];
    if (m && m.type === 'PERSON' && m.entity !== entity) return true;
    const r = PRONOUN_GENDER.has(v.lower[k]!) ? st.refAt.get(k) : undefined;
    if (r && r.form === 'pronoun' && r.entity && r.entity !== entity) return true;
  }
  return false;
}

/**
 * Fifteenth session: a description of a person that no rule linked ("the striker", "the 74-year-old comedian", "The legal
 * assistant") is the person who is the subject of the sentence before its own (before the quote that opens it), when that is
 * a person of a gender the head allows: named there, or a source already resolved ("He said …"; `describedSubject`).
 */
const DESCRIBED_SUBJECT = true;
/** Fifteenth session: "He …" / "She …" opening a sentence stands for the person subject of the sentence before, before the person named last there. */
const SUBJECT_BEFORE_LAST_NAMED = true;
/** Fifteenth session: "the 74-year-old comedian": a person's noun after an age is a description of a person (`describedHead`). */
const AGED_PERSON_HEAD = true;

/** `DESCRIBED_SUBJECT`: the person subject of the sentence before the one draft `d` opens, or null. */
function describedSubject(st: Scope, d: Draft, spoken: Uint8Array, entityType: ReadonlyMap<EntityId, string>, gender: ReadonlyMap<EntityId, number>, g: number, resolvedAt: ReadonlyMap<number, EntityId | null>): EntityId | null {
  const { v } = st;
  let first = Math.min(v.tokenAtOrAfter(d.content.start), v.tokenAtOrAfter(d.source!.start));
  while (first > 0 && v.tokens.kind[first - 1] === TokenKind.Quote) first--;
  return personSubjectBefore(st, sentenceOf(st, first), spoken, entityType, gender, g, resolvedAt);
}

/**
 * The subject phrase of the sentence before sentence `s` (null when none was read) and the first token of that sentence's
 * main clause; null when there is no sentence before or it opens inside someone's words. Shared by `personSubjectBefore`
 * and `unnamedRoleSubjectBefore`.
 */
function previousSubject(st: Scope, s: number, spoken: Uint8Array): { subject: AttributionSource | null; start: number } | null {
  const { v } = st;
  if (s <= 0 || (spoken[v.sentenceFirst[s - 1]!]! & 1) !== 0) return null;
  return { subject: mainSubject(st, s - 1, v.sentenceEnd[s - 1]!), start: mainClauseStart(v, s - 1) };
}

/**
 * The person who is the subject of the sentence before sentence `s`, near the start of its main clause and outside anyone's
 * words, when of gender `g` or none known: a name, or (with `resolvedAt`) a source already resolved there ("He said …").
 * Shared by `CONTENT_PREVIOUS_SUBJECT`, `DESCRIBED_SUBJECT` and `SUBJECT_BEFORE_LAST_NAMED`.
 */
function personSubjectBefore(
  st: Scope,
  s: number,
  spoken: Uint8Array,
  entityType: ReadonlyMap<EntityId, string>,
  gender: ReadonlyMap<EntityId, number>,
  g: number,
  resolvedAt: ReadonlyMap<number, EntityId | null> | null,
): EntityId | null {
  const { v } = st;
  const before = previousSubject(st, s, spoken);
  if (!before) return null;
  const { subject, start } = before;
  // (sixteenth session, `POSSESSIVE_SUBJECT`, descriptions only: "His times were short of the record. “…,” said the champion": the
  // person the possessive opening the main clause stands for)
  if (!subject && POSSESSIVE_SUBJECT && resolvedAt && (v.lower[start] === 'his' || v.lower[start] === 'her')) {
    const owner = st.refAt.get(start)?.entity ?? null;
    return owner && entityType.get(owner) === 'PERSON' && (gender.get(owner) ?? 0) * g >= 0 ? owner : null;
  }
  // (near the start of its clause: not a name inside an opening phrase, "At a conference hosted by … Alan Corby, he said")
  if (!subject || v.tokenAtOrAfter(subject.start) > start + SUBJECT_REACH) return null;
  const e = resolvedAt?.has(subject.start) ? resolvedAt.get(subject.start)! : subject.kind === 'named' ? subject.entity : null;
  if (!e || entityType.get(e) !== 'PERSON' || (gender.get(e) ?? 0) * g < 0) return null;
  return e;
}

/**
 * Seventeenth session: a description of a player ("the defender", "the striker") never stands for someone the article titles as
 * one who runs the team ("City boss Kevin Hale", "manager"), nor the other way round (`resolveSpeakers`).
 */
const ROLE_CONFLICT = true;
const PLAYER_ROLES: ReadonlySet<string> = new Set(['defender', 'striker', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'forward', 'full-back', 'centre-back', 'player', 'footballer']);
const MANAGER_ROLES: ReadonlySet<string> = new Set(['boss', 'manager', 'coach', 'chairman', 'owner']);
/** `ROLE_CONFLICT`: whether a word right before a name of `entity` ("boss" in "City boss Kevin Hale") is a role of the other kind than `head`. */
function roleConflict(st: Scope, head: string, entity: EntityId): boolean {
  if (!(PLAYER_ROLES.has(head) || MANAGER_ROLES.has(head))) return false;
  const other = PLAYER_ROLES.has(head) ? MANAGER_ROLES : PLAYER_ROLES;
  const { v } = st;
  for (const m of st.mentions) {
    if (m.entity !== entity || m.form !== 'name') continue;
    if (other.has(v.lower[v.tokenAtOrAfter(m.start) - 1] ?? '')) return true;
  }
  return false;
}

/** Sixteenth session: "The lawyer added …" right after the person who spoke last is that person (an unnamed "a spokesman" stays unnamed). */
const DEFINITE_ROLE_SPEAKER = true;
/** Sixteenth session: an office in capitals ("The MEP", "the MSP") is described as a lower-case office is (`describedPerson`). */
const ACRONYM_HEAD = true;
/** Sixteenth session: a pronoun is not a one-word "person" named only after an article ("an Oscar nod", `articleOnlyNames`). */
const DETERMINER_NAME = true;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Sixteenth session: the people a relative clause names after the person a description stands for do not compete with that person. */
const RELATIVE_AFTER_PERSON = true;
/** The text of token `k`. */
const tokenText = (st: Scope, k: number): string => st.text.slice(st.v.tokens.start[k]!, st.v.tokens.end[k]!);
/** Sixteenth session: a description's person may be the one a possessive stands for in the subject before ("His times …"). */
const POSSESSIVE_SUBJECT = true;
/** Sixteenth session: "the European hill-running champion": a person's noun may have up to six tokens before it (`describedHead`). */
const LONG_DESCRIPTION = true;
/** `DEFINITE_ROLE_SPEAKER`: roles a named person is rarely called by later ("the spokesman" is another, unnamed, person). */
const UNNAMED_ROLES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'source', 'official']);

/** `DEFINITE_ROLE_SPEAKER`: whether the source is "the" and a role noun, with at most one word between ("The lawyer", "the club's spokesman"). */
function definiteRole(st: Scope, src: AttributionSource): boolean {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  return v.lower[first] === 'the' && last - first <= 2 && PERSON_ROLES.has(v.lower[last]!) && !UNNAMED_ROLES.has(v.lower[last]!);
}

/** Sixteenth session: "They" / "The pair" opening a sentence after one whose subject is "X and Y" is X (`coordinatedSubjectBefore`). */
const COORDINATED_SUBJECT = true;
/** `COORDINATED_SUBJECT`: the heads of a description of two or more. */
const COORDINATED_HEADS: ReadonlySet<string> = new Set(['pair', 'two', 'duo', 'couple', 'trio']);
/** `COORDINATED_SUBJECT`: words before "They" that still open the sentence. */
const OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'now']);

/**
 * `COORDINATED_SUBJECT`: the first of two or more people or organisations of one type named as the subject of the sentence
 * before sentence `s`, "Ms Calder and Mr Hallam", "Norland, Westbury and Brandt", or null.
 */
function coordinatedSubjectBefore(st: Scope, s: number, spoken: Uint8Array, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  if (s <= 0 || (spoken[v.sentenceFirst[s - 1]!]! & 1) !== 0) return null;
  const start = mainClauseStart(v, s - 1);
  const m = v.nameAt[start];
  if (!m?.entity || v.tokenAtOrAfter(m.start) !== start) return null;
  const type = entityType.get(m.entity);
  if (type !== 'PERSON' && type !== 'ORG') return null;
  let k = v.tokenEndingBy(m.end) + 1;
  // (past the names of a list: ", Westbury")
  while (v.isPunct(k, ',') && v.nameAt[k + 1]?.type === m.type) k = v.tokenEndingBy(v.nameAt[k + 1]!.end) + 1;
  if (v.isPunct(k, ',')) k++;
  if (v.lower[k] !== 'and') return null;
  // (past a lower-case description of the second: "and frontbencher Tom Hallam")
  let n = k + 1;
  while (n <= k + 2 && v.isWord(n) && !v.isCap(n) && !v.nameAt[n]) n++;
  const other = v.nameAt[n];
  return other && other.type === m.type && other.entity !== m.entity && v.tokenAtOrAfter(other.start) === n ? m.entity : null;
}

/** Sixteenth session: "the firms said" is the first of the organisations named together before (`coordinatedNamesBefore`). */
const COORDINATED_GROUP = true;
/** `COORDINATED_GROUP`: the plural heads of a group of named people or organisations, and their type. */
/** Twenty-fifth session: "The two banks said" whose source reads from "two" is a coordinated group too (`COORDINATED_GROUP`). */
const COUNTED_GROUP = true;
const GROUP_HEAD_TYPE: ReadonlyMap<string, string> = new Map([
  ...['firms', 'companies', 'banks', 'groups', 'carmakers', 'airlines', 'retailers', 'operators', 'makers', 'giants'].map((w) => [w, 'ORG'] as const),
  ...['researchers', 'scientists', 'authors', 'men', 'women', 'brothers', 'players'].map((w) => [w, 'PERSON'] as const),
]);

/**
 * `COORDINATED_GROUP`: the first name of the latest list "X and Y" / "X, Y and Z" of names of `type`, outside anyone's words,
 * in the sentence of token `tok` (before it) or the two before; null if none.
 */
function coordinatedNamesBefore(st: Scope, tok: number, type: string, spoken: Uint8Array, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  const s = sentenceOf(st, tok);
  const floor = v.sentenceFirst[Math.max(0, s - 2)]!;
  for (let k = tok - 1; k > floor; k--) {
    if (v.lower[k] !== 'and' || spoken[k]) continue;
    const after = v.nameAt[k + 1];
    const before = v.nameAt[v.isPunct(k - 1, ',') ? k - 2 : k - 1];
    if (!after?.entity || !before?.entity || after.entity === before.entity || v.tokenAtOrAfter(after.start) !== k + 1) continue;
    if (entityType.get(after.entity) !== type || entityType.get(before.entity) !== type) continue;
    // (back to the first name of the list: ", Brandt" before)
    let first = before;
    let j = v.tokenAtOrAfter(first.start) - 1;
    while (v.isPunct(j, ',') && v.nameAt[j - 1]?.entity && entityType.get(v.nameAt[j - 1]!.entity!) === type) {
      first = v.nameAt[j - 1]!;
      j = v.tokenAtOrAfter(first.start) - 1;
    }
    return first.entity;
  }
  return null;
}

/** Twenty-first session: "the companies said" stands for the firms the article's lead names together (`leadFirms`). */
const LEAD_FIRMS = true;
/** `LEAD_FIRMS`: how many sentences from the article's start are read for two firms. */
const LEAD_SENTENCES = 3;

/** `LEAD_FIRMS`: the first organisation of the first of the article's first sentences (before token `tok`) that names two or more, inside a report or not ("X said it would buy Y"); null if none. */
function leadFirms(st: Scope, tok: number, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  const last = Math.min(sentenceOf(st, tok), LEAD_SENTENCES);
  for (let s = 0; s < last; s++) {
    let first: EntityId | null = null;
    for (let k = v.sentenceFirst[s]!; k < v.sentenceEnd[s]! && k < tok; k++) {
      const m = v.nameAt[k];
      if (!m?.entity || entityType.get(m.entity) !== 'ORG') continue;
      if (first === null) first = m.entity;
      else if (m.entity !== first) return first;
      k = v.tokenEndingBy(m.end);
    }
  }
  return null;
}

/** Sixteenth session: a sentence-opening "He" / "She" after a sentence whose subject is an unnamed spokesman or official is that unnamed person. */
const UNNAMED_SUBJECT_PRONOUN = true;
/** `UNNAMED_SUBJECT_PRONOUN`: most tokens after the subject's phrase to the comma of a name in apposition. */
const APPOSITION_REACH = 6;

/** `UNNAMED_SUBJECT_PRONOUN`: whether the subject of the sentence before sentence `s` is an unnamed person role ("a spokesman for the ministry"). */
function unnamedRoleSubjectBefore(st: Scope, s: number, spoken: Uint8Array): boolean {
  const { v } = st;
  const before = previousSubject(st, s, spoken);
  const subject = before?.subject;
  if (!subject || subject.kind === 'named' || subject.kind === 'pronoun' || subject.entity) return false;
  if (v.tokenAtOrAfter(subject.start) > before.start + SUBJECT_REACH) return false;
  // (not one named in apposition: "A spokesman for Norland Builders, Dr Rao, told …"; nor, `ROLE_AT_BODY_NAME`, "Chief economist
  // at Halden Bank Tony Meer says")
  const end = v.tokenEndingBy(subject.end);
  if (ROLE_AT_BODY_NAME && ROLE_BODY_PREPOSITIONS.has(v.lower[end + 1] ?? '') && personAfterRoleAt(st, end + 1)) return false;
  for (let k = end + 1; k <= end + APPOSITION_REACH && k < v.sentenceEnd[s - 1]!; k++) {
    if (v.isPunct(k, ',') && (v.nameAt[k + 1]?.type === 'PERSON' || v.nameAt[k + 2]?.type === 'PERSON')) return false;
  }
  return PERSON_ROLES.has(v.lower[roleHeadOf(st, subject)]!);
}

/** Fifteenth session: a named source whose span is a title the entities layer linked to a person is that person. */
const TITLE_READ_AS_NAME = true;

/** `TITLE_READ_AS_NAME`: the person each title mention stands for, by its span ("start:end"). */
function personTitleSpans(mentions: readonly Mention[], entityType: ReadonlyMap<EntityId, string>): Map<string, EntityId> {
  const out = new Map<string, EntityId>();
  for (const m of mentions) if (m.form === 'title' && m.entity && entityType.get(m.entity) === 'PERSON') out.set(`${m.start}:${m.end}`, m.entity);
  return out;
}

/** Fifteenth session: a document source is the body named right after it, "a report by analysts Brightwell Research" (`authorAfter`). */
const DOCUMENT_BY_AFTER = true;
/** Twentieth session: a study or research "at" a body is that body's ("a study at the University of Lindor"; `authorAfter`). */
const STUDY_AT = true;
const RESEARCH_NOUNS: ReadonlySet<string> = new Set(['study', 'research', 'survey', 'findings']);
/** Most words between "by" / "from" and the author's name ("by analysts", "from the research firm"). */
const AUTHOR_AFTER_WORDS = 3;

/** `DOCUMENT_BY_AFTER`: the organisation or person named after a document source's "by" / "from", or null. */
function authorAfter(st: Scope, src: AttributionSource, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  const last = v.tokenEndingBy(src.end);
  const head = v.lower[last]!;
  const link = v.lower[last + 1];
  // (twentieth session, `STUDY_AT`: "a study at Wessex's University of Lindor": research done at a body is that body's)
  const at = STUDY_AT && link === 'at' && RESEARCH_NOUNS.has(head);
  if (!(DOCUMENT_HEADS.has(head) || DOCUMENT_NOUNS.has(head)) || (link !== 'by' && link !== 'from' && !at)) return null;
  for (let k = last + 2; k < v.count && k <= last + 2 + AUTHOR_AFTER_WORDS; k++) {
    const m = v.nameAt[k];
    if (m?.entity) {
      const type = entityType.get(m.entity);
      // (past the place that owns it: "Scotland's")
      const end = v.tokenEndingBy(m.end);
      if (at && type === 'LOC' && isPossessive(v.lower[end + 1] ?? '')) {
        k = end + 1;
        continue;
      }
      return type === 'ORG' || type === 'PERSON' ? m.entity : null;
    }
    if (!v.isWord(k) || v.isCap(k)) return null;
  }
  return null;
}

/** Fifteenth session: "the authors say" is the body the latest document came from ("The study, from the Institute for …"; `latestDocumentSource`). */
const DOCUMENT_AUTHORS = true;
const AUTHOR_HEADS: ReadonlySet<string> = new Set(['authors']);
/** Most tokens back `latestDocumentSource` looks, and most tokens between a document noun and its "from" / "by". */
const AUTHORS_WINDOW = 300;
const DOCUMENT_REACH = 10;

/** `DOCUMENT_AUTHORS`: the organisation or person named right after the "from" / "by" of the latest document noun before token `tok`. */
function latestDocumentSource(st: Scope, tok: number, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  for (let k = tok - 1; k > 0 && k >= tok - AUTHORS_WINDOW; k--) {
    if (v.lower[k] !== 'from' && v.lower[k] !== 'by') continue;
    // ("A study of the 2007 Tulsa storms, from the Hazard Research Center": the document noun a few words before)
    let documented = false;
    for (let b = k - 1; b >= 0 && b >= k - DOCUMENT_REACH && !documented; b--) documented = DOCUMENT_HEADS.has(v.lower[b]!) || DOCUMENT_NOUNS.has(v.lower[b]!);
    if (!documented) continue;
    for (let a = k + 1; a < tok && a <= k + 3; a++) {
      const e = v.nameAt[a]?.entity;
      if (e) return entityType.get(e) === 'ORG' || entityType.get(e) === 'PERSON' ? e : null;
    }
  }
  return null;
}

/** Fifteenth session: "the newspaper" / "the paper" is the newspaper named last before it (`pressBefore`). */
const PRESS_HEAD = true;
const PRESS_HEADS: ReadonlySet<string> = new Set(['newspaper', 'paper', 'daily', 'tabloid', 'broadsheet', 'magazine', 'weekly']);
/** Words a newspaper's or magazine's name is made of ("The Sunday Times", "Arab News", "FT"). */
const PRESS_NAME = /\b(?:times|telegraph|mirror|express|herald|post|mail|sun|tribune|independent|standard|observer|journal|news|chronicle|gazette|guardian|economist|ft|wsj|nyt|australian|scotsman|monde|figaro|spiegel|bild|pravda|izvestia|kommersant|vedomosti|variety|billboard|newsweek|record|star|echo|argus|courier|examiner|bulletin|dispatch|inquirer|globe|age)\b/i;
/** Most tokens back `pressBefore` looks. */
const PRESS_WINDOW = 600;

/** `PRESS_HEAD`: the newspaper named last before token `tok` (the head; also inside its phrase, "The Australian newspaper"): a name of press words, or one with "newspaper" / "paper" beside it. */
function pressBefore(st: Scope, tok: number): EntityId | null {
  const { v } = st;
  for (let k = tok - 1; k >= 0 && k >= tok - PRESS_WINDOW; k--) {
    const m = v.nameAt[k];
    if (!m?.entity) continue;
    const first = v.tokenAtOrAfter(m.start);
    const last = v.tokenEndingBy(m.end);
    if (m.type !== 'PERSON' && (PRESS_NAME.test(st.text.slice(m.start, m.end)) || PRESS_HEADS.has(v.lower[last + 1] ?? '') || PRESS_HEADS.has(v.lower[first - 1] ?? ''))) return m.entity;
    k = first;
  }
  return null;
}

/** People by their titles, for offices and descriptions (`indexTitles`). */
interface TitleIndex {
  /**
   * People by their titles ("tory leader"), and by each ending of a title ("leader"); a title with "shadow" / "former" /
   * "deputy" … only by the endings that keep that word ("Shadow home secretary Neil Burrows" is not "the home secretary").
   */
  byTitle: Map<string, EntityId>;
  /** "home secretary" → the shadow home secretary: people the bare office never stands for. */
  notTheOffice: Map<string, EntityId[]>;
  /** Round fifteen: people by the offices their titles name ("Home Secretary Anne Lowther" → home secretary), so that "the prime minister" never takes someone who holds another office. */
  officesOf: Map<EntityId, string[]>;
}

function indexTitles(entities: readonly Entity[]): TitleIndex {
  const byTitle = new Map<string, EntityId>();
  const notTheOffice = new Map<string, EntityId[]>();
  const officesOf = new Map<EntityId, string[]>();
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const t of e.titles) {
      const words = t.text.toLowerCase().split(' ');
      let qualifier = -1;
      for (let i = 0; i < words.length; i++) if (NOT_THE_OFFICE.has(words[i]!)) qualifier = i;
      for (let i = words.length - 1; i >= 0; i--) {
        const key = words.slice(i).join(' ');
        if (qualifier < 0 || i <= qualifier) {
          if (!byTitle.has(key)) byTitle.set(key, e.id);
        } else {
          const list = notTheOffice.get(key);
          if (list) list.push(e.id);
          else notTheOffice.set(key, [e.id]);
        }
      }
      if (!OTHER_OFFICE || !OFFICE_NOUNS.has(words[words.length - 1]!) || qualifier >= 0) continue;
      const list = officesOf.get(e.id);
      if (list) list.push(words.join(' '));
      else officesOf.set(e.id, [words.join(' ')]);
    }
  }
  return { byTitle, notTheOffice, officesOf };
}

/** Organisations by the last word of their name ("Law Commission" → "commission"); null when two share it. */
function indexOrgHeads(entities: readonly Entity[]): Map<string, EntityId | null> {
  const orgByHead = new Map<string, EntityId | null>();
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    const index = (head: string): void => {
      if (ORG_HEADS.has(head)) orgByHead.set(head, orgByHead.has(head) && orgByHead.get(head) !== e.id ? null : e.id);
    };
    const words = e.name.toLowerCase().split(' ');
    index(words[words.length - 1]!);
    // (round fourteen: "the bank" is the Bank of America: the first word of a "<Word> of …" name)
    // (fifteenth session: the word before any "of", "the court" is the US Circuit Court of Appeals)
    const of = words.indexOf('of');
    if (HEAD_OF_NAME && of >= 1 && of < words.length - 1) index(words[of - 1]!);
  }
  return orgByHead;
}

/** Thirteenth session: a logistic model over candidate speakers links the pronoun and nominal sources the rules left unlinked (`speakerRanker.ts`). */
const SPEAKER_RANKER = true;

/** Words for two people ("the pair", "the duo"). */
const PAIR_WORDS: ReadonlySet<string> = new Set(['pair', 'duo', 'couple', 'twins']);

/** What a nominal source's head word is, for the speaker ranker: an office, a role, an age ("the 22-year-old"), a nationality, two people, a person, a company, an organisation, a document, a group. */
function headClass(st: Scope, src: AttributionSource): string {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  const h = roleHead(st, first, last);
  const w = v.lower[h]!;
  if (OFFICE_NOUNS.has(w)) return 'office';
  if (PERSON_ROLES.has(w)) return 'role';
  if (ageEndingAt(v, h, first)) return 'age';
  if (demonymHead(v, first, h)) return 'demonym';
  if (PAIR_WORDS.has(w) || (v.lower[first] === 'both' && w.endsWith('s'))) return 'pair';
  if (PERSON_HEADS.has(w)) return 'person';
  if (COMPANY_HEADS.has(w)) return 'company';
  if (ORG_HEADS.has(w)) return 'org';
  if (DOCUMENT_HEADS.has(w) || DOCUMENT_NOUNS.has(w) || BOOK_HEADS.has(w)) return 'document';
  if (GROUP_NOUNS.has(w)) return 'group';
  return 'other';
}

/**
 * Round fifteen: a sentence-first "he" / "she" source takes the person named last in the sentence before (`lastNamedBefore`),
 * unless the person it is linked to is named there too.
 */
const LAST_NAMED_PRONOUN = true;

/**
 * The person named last in the sentence before token `tok` outside quotes and contents, not as an owner ("Mr Pryce's
 * theory") nor right after a preposition, whose pronouns do not say the other gender (`g`: 0 for either); only `only` when
 * given (is that person named there?); null when none.
 */
function lastNamedBefore(st: Scope, spoken: Uint8Array, tok: number, g: number, gender: ReadonlyMap<EntityId, number>, only?: EntityId): EntityId | null {
  const { v } = st;
  const s = sentenceOf(st, tok) - 1;
  if (s < 0) return null;
  for (let k = tok - 1; k >= v.sentenceFirst[s]!; k--) {
    const m = v.nameAt[k];
    if (!m || m.type !== 'PERSON' || !m.entity || spoken[k]) continue;
    const first = v.tokenAtOrAfter(m.start);
    k = first;
    if (isPossessive(v.lower[v.tokenEndingBy(m.end) + 1] ?? '') || PREPOSITIONS.has(v.lower[first - 1] ?? '')) continue;
    // (twentieth session, `MAKER_BY`: not the maker of a thing, "a new opera by Anna Brel", though a passive's agent counts)
    if (MAKER_BY && v.lower[first - 1] === 'by' && first >= 2 && !passiveBefore(v, first - 2)) continue;
    if ((gender.get(m.entity) ?? 0) * g < 0 || (only !== undefined && m.entity !== only)) continue;
    return m.entity;
  }
  return null;
}


/** Twentieth session: "he" opening a sentence is not a person named after "by" as a thing's maker ("an opera by Anna Brel"; `lastNamedBefore`). */
const MAKER_BY = true;
const PARTICIPLES: ReadonlySet<string> = new Set([
  'made', 'written', 'led', 'held', 'told', 'said', 'seen', 'known', 'taken', 'given', 'run', 'won', 'brought', 'caught', 'built', 'sold',
  'bought', 'hit', 'beaten', 'shot', 'struck', 'thrown', 'drawn', 'sung', 'read', 'set', 'put', 'left', 'kept', 'sent', 'paid', 'met',
]);
/** Whether the word at token `k` reads as a passive's participle before "by" ("was questioned by", "written by"), not a noun ("an opera by"). */
function passiveBefore(v: Scope['v'], k: number): boolean {
  const w = v.lower[k] ?? '';
  return PARTICIPLES.has(w) || (w.length > 3 && (w.endsWith('ed') || w.endsWith('en'))) || v.isPunct(k, ',');
}

/** A person who spoke, for the pronouns after them (`resolveSpeakers`). */
interface RecentSpeaker {
  entity: EntityId | null;
  paragraph: number;
  /** +1 male, -1 female, 0 unknown (from the source's own word when it has no entity). */
  gender: number;
  /** The source's last token. */
  end: number;
  /** An unnamed role ("a spokesman", "an official"): stands for no entity. */
  role: boolean;
  /** The source is inside someone else's words. */
  nested: boolean;
}

/** Round fourteen: an honorific before the name does not hide the preposition before it (`obliqueAntecedent`). */
const OBLIQUE_HONORIFIC = true;
/** Most tokens back to the person a pronoun source was resolved to, to see whether it was named after a preposition. */
const OBLIQUE_WINDOW = 80;

/**
 * Whether a pronoun source at token `tok` that the mentions layer linked to `entity` should rather
 * be the latest speaker: the nearest person named before it (within `OBLIQUE_WINDOW` tokens) is
 * `entity` after a preposition ("hosted by UK trade minister Alan Corby on Friday, he said").
 * (Also overriding a link to a person named neither as a subject nor before a cue, when the
 * pronoun opens its clause, was wrong about as often as right on BBC politics articles.)
 */
function obliqueAntecedent(st: Scope, tok: number, entity: EntityId): boolean {
  const { v } = st;
  for (let k = tok - 1; k >= 0 && tok - k < OBLIQUE_WINDOW; k--) {
    const m = v.nameAt[k];
    if (!m || m.type !== 'PERSON') continue;
    if (m.entity !== entity) return false;
    let first = v.tokenAtOrAfter(m.start);
    const title = premodifierTitle(v, first);
    if (title) first = title[0];
    // (round fourteen: past an honorific, "standing next to Mr Hallam he added")
    else if (OBLIQUE_HONORIFIC && HONORIFIC_BEFORE.has(v.lower[first - 1] ?? '')) first--;
    let before = v.lower[first - 1] ?? '';
    // "at Bristol's Temple Meads depot, he said": past a possessor's name
    if (isPossessive(before) && v.nameAt[first - 2]) before = v.lower[v.tokenAtOrAfter(v.nameAt[first - 2]!.start) - 1] ?? '';
    return PREPOSITIONS.has(before) || before === 'by';
  }
  return false;
}

/**
 * Tokens inside a quote or an attribution's content (bit 1): a person named there is spoken about,
 * not speaking; bit 2: inside a quote or the content of a named or pronoun source (someone's words,
 * not a content read off "The image portrayed …"). One pass over the contents in text order.
 */
function spokenTokens(st: Scope, list: readonly Draft[]): Uint8Array {
  const { v, inside } = st;
  const out = new Uint8Array(v.count);
  for (let t = 0; t < v.count; t++) if (inside[t]! >= 0) out[t] = 3;
  // a quote joined across its cue ("A," said X. "B.") holds its own source: that stays outside
  const spans: { start: number; end: number; bits: number }[] = [];
  for (const d of list) {
    const bits = d.source && (d.source.kind === 'named' || d.source.kind === 'pronoun') ? 3 : 1;
    const src = d.source;
    if (src && src.start > d.content.start && src.end < d.content.end) {
      spans.push({ start: d.content.start, end: src.start, bits }, { start: src.end, end: d.content.end, bits });
    } else spans.push({ start: d.content.start, end: d.content.end, bits });
  }
  spans.sort((a, b) => a.start - b.start || b.bits - a.bits);
  const covered = [0, 0, 0, 0];
  for (const c of spans) {
    let t = Math.max(covered[c.bits]!, v.tokenAtOrAfter(c.start));
    for (; t < v.count && v.tokens.start[t]! < c.end; t++) out[t]! |= c.bits;
    covered[c.bits] = Math.max(covered[c.bits]!, t);
  }
  return out;
}

/** Most tokens from the latest speaker to a pronoun that `spokenAbout` looks at. */
const SPOKEN_ABOUT_WINDOW = 150;

/**
 * A "he" / "she" source the mentions layer linked to someone other than the latest speaker: when
 * no person has been named since that speaker outside what was said (quotes and contents), the
 * pronoun is the latest speaker ("Gavin Dawes said the leaflet had been misread. The image
 * simply portrayed Mr Lyle as a conjuror, he argued." → Dawes; "A Labour spokesman said …. “…,” he
 * said." → the spokesman, no entity). Returns the speaker's entity (null: one with none), or
 * undefined to keep the link. Not for a pronoun inside someone's words.
 */
function spokenAbout(
  st: Scope,
  spoken: Uint8Array,
  recent: readonly RecentSpeaker[],
  tok: number,
  entity: EntityId | null,
  gender: ReadonlyMap<EntityId, number>,
  g: number,
  lastSourceEnd: number,
): EntityId | null | undefined {
  const { v } = st;
  // the latest speaker not quoted inside someone else's words ("Mr Lyle said Mr Hallam had refused …")
  let i = recent.length - 1;
  while (i >= 0 && recent.length - i <= SPEAKER_LOOKBACK && recent[i]!.nested) i--;
  const r = i >= 0 ? recent[i] : undefined;
  // one with no entity only when an unnamed role ("a spokesman"), not an office the titles did not resolve ("the first minister")
  // and nobody else (an organisation, a name the NER did not call a person) spoke since
  if (!r || r.end !== lastSourceEnd || r.entity === entity || (!r.entity && !r.role) || spoken[tok]! & 2 || tok - r.end > SPOKEN_ABOUT_WINDOW || (v.paragraph[tok] ?? -1) - r.paragraph > 1) return undefined;
  if ((r.entity ? (gender.get(r.entity) ?? 0) : r.gender) * g < 0) return undefined;
  for (let k = r.end + 1; k < tok; k++) {
    const m = v.nameAt[k];
    if (m && m.type === 'PERSON' && !spoken[k]) return undefined;
  }
  return r.entity;
}

/** Whether an organisation other than `entity` is named (outside quotes and contents) in tokens (from, to), looking at most `SPOKEN_ABOUT_WINDOW` tokens. */
function otherOrgBetween(st: Scope, spoken: Uint8Array, from: number, to: number, entity: EntityId, skip?: (e: EntityId) => boolean, reach = SPOKEN_ABOUT_WINDOW): boolean {
  const { v } = st;
  if (to - from > reach) return true;
  for (let k = from + 1; k < to; k++) {
    const m = v.nameAt[k];
    if (!m || m.type !== 'ORG' || m.entity === entity || spoken[k] || (skip && m.entity && skip(m.entity))) continue;
    // (fifteenth session: not the one told, "the firm told the BBC News website. … Later the software giant said")
    if (LISTENER_NOT_OTHER_ORG && isListener(v, m)) {
      k = v.tokenEndingBy(m.end);
      continue;
    }
    return true;
  }
  return false;
}
/** Fifteenth session: an organisation named as the one told ("told the BBC News website") stands between no speaker and its description (`otherOrgBetween`). */
const LISTENER_NOT_OTHER_ORG = true;
const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'telling']);

/** `LISTENER_NOT_OTHER_ORG`: is name mention `m` the object of "told" ("told (the) BBC News website")? */
function isListener(v: Scope['v'], m: { start: number }): boolean {
  const first = v.tokenAtOrAfter(m.start);
  const before = v.lower[first - 1] === 'the' ? first - 2 : first - 1;
  return LISTENER_VERBS.has(v.lower[before] ?? '');
}

/** Plurals of people that are also parties' names ("the Tories said" names the party). */
const PARTY_GROUPS: ReadonlySet<string> = new Set(['tories', 'republicans', 'democrats', 'conservatives', 'liberals', 'progressives']);

/** "MPs said" with "MPs" taken for a name: a one-word source that is a plural group noun (not a party's name). */
function groupNameOf(st: Scope, src: AttributionSource): boolean {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  if (first !== v.tokenEndingBy(src.end)) return false;
  const w = v.lower[first]!;
  // (a plural: "The Observer" is a newspaper)
  return w.endsWith('s') && GROUP_NOUNS.has(w) && !PARTY_GROUPS.has(w);
}

/** Offices one person holds, so that "the minister" in an article is a person named in it. */
const OFFICE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'premier', 'minister', 'secretary', 'chancellor', 'senator', 'governor', 'mayor', 'leader', 'chairman', 'chairwoman',
  'ambassador', 'king', 'queen', 'pope', 'commissioner', 'candidate', 'nominee', 'congressman', 'congresswoman', 'mp',
  // round fifteen: members of the other parliaments ("The MEP said")
  'mep', 'msp', 'mla',
  // "the attorney general", "the director general"
  'general',
  // round sixteen: offices of churches ("The cardinal said", "the archbishop told")
  'cardinal', 'archbishop', 'bishop',
]);

/** Twenty-sixth session: "the PM", "the CM": an office written short, which the tagger reads as a name (`resolveSpeakers`). */
const ABBREVIATED_OFFICES = true;
/** `ABBREVIATED_OFFICES`: the short forms, as written, and the offices they stand for. */
const OFFICE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['PM', 'prime minister'],
  ['CM', 'chief minister'],
]);

/** A named source that ends in an office after "the" ("the Barnet East MP", the NER taking it for a place) → the office's words, or null. */
function namedOfficeOf(st: Scope, src: AttributionSource): string | null {
  const { v } = st;
  let first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  if (v.lower[first] === 'the') first++;
  else if (v.lower[first - 1] !== 'the') return null;
  if (last < first || !(OFFICE_NOUNS.has(v.lower[last]!) || (ABBREVIATED_OFFICES && first === last && OFFICE_ABBREVIATIONS.has(v.raw(last))))) return null;
  return officeWords(st, first, last);
}

/**
 * The words of an office from token `first` to `last`, lower-cased, at most `OFFICE_WORDS` of them; a hyphenated word is
 * one ("the Tory co-chairman": "tory co-chairman", as the title "Tory co-chairman Peter Garvey" is indexed). Null when longer.
 */
function officeWords(st: Scope, first: number, last: number): string | null {
  const { v } = st;
  let office = v.lower[first]!;
  let words = 1;
  for (let t = first + 1; t <= last; t++) {
    const joined = HYPHENATED_OFFICES && v.tokens.start[t] === v.tokens.end[t - 1];
    if (!joined) words++;
    office += joined ? v.lower[t]! : ` ${v.lower[t]!}`;
  }
  return words > OFFICE_WORDS ? null : office;
}
/**
 * The person titled with the office's last word, when the office is a hyphenated one that no title names whole ("the Tory
 * co-chairman" after "Tory co-chairman Peter Garvey", whose title the entities layer keeps as "chairman").
 */
function officeEnding(byTitle: ReadonlyMap<string, EntityId>, office: string): EntityId | null {
  const last = office.slice(office.lastIndexOf(' ') + 1);
  const dash = last.lastIndexOf('-');
  return dash > 0 ? (byTitle.get(last) ?? byTitle.get(last.slice(dash + 1)) ?? null) : null;
}

/** Round fifteen: "the Tory co-chairman", "the vice-president": a hyphenated word of an office is one word, as in the titles. */
const HYPHENATED_OFFICES = true;
const OFFICE_WORDS = 3;

/** A definite nominal source headed by an organisation or its document ("the watchdog", "its report", "the site"). */
function orgNominal(st: Scope, src: AttributionSource): boolean {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = orgHeadTokenOf(st, src);
  // (a capitalised head is a name the NER missed: "The European Medicines Agency")
  // (twenty-third session, `ORG_DESCRIPTION_WORDS`: counted in words, a hyphened modifier one: "The Dayton-based steel manufacturer")
  let words = last - first;
  if (ORG_DESCRIPTION_WORDS) for (let k = first + 1; k < last; k++) if (v.isPunct(k, '-') && v.tokens.end[k - 1] === v.tokens.start[k]) words -= 2;
  const maker = MAKER_OF && last < v.tokenEndingBy(src.end);
  // (a maker of films or policy, or a veteran one, is a person: "The veteran game maker says he …")
  if (v.lower[last] === 'maker' && PERSON_MAKERS.has(v.lower[last - 1]!)) return false;
  return words <= 4 && (ORG_DETERMINERS.has(v.lower[first]!) || placeOwner(st, first)) && (ORG_HEADS.has(v.lower[last]!) || MORE_COMPANY_HEADS.has(v.lower[last]!) || maker) && !v.isCap(last);
}
/**
 * Twenty-fifth session: "the maker of computer parts said", "The maker of Halden and Orvo appliances … said": a firm described by
 * what it makes, the head before "of" (`orgHeadTokenOf`).
 */
const MAKER_OF = true;
const MAKER_HEADS: ReadonlySet<string> = new Set(['maker', 'manufacturer', 'producer', 'owner', 'operator', 'publisher', 'developer', 'supplier', 'distributor', 'parent']);
/** Words before "maker" that make it a person: "the film maker", "the veteran game maker". */
const PERSON_MAKERS: ReadonlySet<string> = new Set(['film', 'movie', 'documentary', 'programme', 'program', 'policy', 'peace', 'decision', 'game', 'veteran', 'young']);
/** Most words before a maker's "of": "the Dallas-based maker of". */
const MAKER_REACH = 4;

/** The token of an organisation description's head: its last word, or (`MAKER_OF`) a maker's noun before "of". */
function orgHeadTokenOf(st: Scope, src: AttributionSource): number {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  if (MAKER_OF) {
    for (let h = first + 1; h < last && h <= first + MAKER_REACH; h++) if (v.lower[h + 1] === 'of' && MAKER_HEADS.has(v.lower[h]!)) return h;
  }
  return last;
}

/**
 * Twenty-third session: an organisation's description is counted in words, a hyphened modifier as one ("The Atlanta-based chemical
 * manufacturer said"), and more kinds of firm head one ("The oil refiner said", "the chipmaker"; `orgNominal`).
 */
const ORG_DESCRIPTION_WORDS = true;
const MORE_COMPANY_HEADS: ReadonlySet<string> = new Set(ORG_DESCRIPTION_WORDS ? [
  'refiner', 'miner', 'developer', 'builder', 'distributor', 'chipmaker', 'drugmaker', 'steelmaker', 'publisher', 'concern',
  'shipbuilder', 'wholesaler', 'brokerage', 'thrift',
  // (twenty-fifth session, `MAKER_OF`: "the computer networking equipment maker said"; a film studio)
  ...(MAKER_OF ? ['maker', 'studio'] : []),
] : []);

/** Seventeenth session: "The UK's largest home lender said": a place's possessive opens an organisation's description as "the" does (`orgNominal`). */
const PLACE_OWNER_ORG = true;
/** `PLACE_OWNER_ORG`: whether token `first` opens a place's name and its possessive ("UK's", "South Korea's"). */
function placeOwner(st: Scope, first: number): boolean {
  if (!PLACE_OWNER_ORG) return false;
  const m = st.v.nameAt[first];
  return m !== undefined && m.type === 'LOC' && st.v.tokenAtOrAfter(m.start) === first && isPossessive(st.v.lower[st.v.tokenEndingBy(m.end) + 1] ?? '');
}

/**
 * Round fourteen: a nominal source whose lower-case organisation head follows an organisation's name is that organisation
 * ("The Geneva-based ICPA watchdog said", "the BBC website reported"; not "the Labour leader": a person's head).
 */
const NAME_BEFORE_ORG_HEAD = true;
/**
 * Round fifteen: people no pronoun was linked to take the gender of a known given name (`givenNameGender`), and a "he" /
 * "she" source linked to a person of the other gender is unlinked and resolved again.
 */
const GIVEN_NAME_GENDER = true;
/** Round fifteen: "our correspondent", "the political editor" is the journalist the article titles so (`byTitle`). */
const OUR_CORRESPONDENT = true;
const JOURNALIST_HEADS: ReadonlySet<string> = new Set(['correspondent', 'editor', 'reporter']);
/** Round fifteen: a place modifier ("The Canada-based company") names no organisation (`nameBeforeOrgHead`). */
const BASED_NOT_NAME = true;
/** Round fifteen: the name may stand one or two lower-case modifiers before the head ("The Unitex trade union said"). */
const MODIFIED_ORG_HEAD = true;

/** The organisation named right before the head `last` of a phrase starting at token `first` (`NAME_BEFORE_ORG_HEAD`), or null. */
function nameBeforeOrgHead(st: Scope, first: number, last: number, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  const book = BOOK_HEADS.has(v.lower[last] ?? '');
  const filed = BODY_FILINGS && FILING_NOUNS.has(v.lower[last] ?? '');
  if (first < 0 || last - 1 < first || v.isCap(last) || !(ORG_HEADS.has(v.lower[last]!) || book || filed || (NAMED_DOCUMENT && DOCUMENT_NOUNS.has(v.lower[last]!)))) return null;
  // (round fourteen: a writer's book, a body's report: "Mr Tolland's book claimed", "Labour's report says")
  if (OWNER_OF_DOCUMENT && last - 2 >= first && isPossessive(v.lower[last - 1]!)) {
    const o = v.nameAt[last - 2];
    const t = o?.entity ? entityType.get(o.entity) : undefined;
    if (o && o.entity && (t === 'ORG' || (t === 'PERSON' && (book || DOCUMENT_HEADS.has(v.lower[last]!))))) return o.entity;
    return null;
  }
  // (round fifteen: across one or two lower-case modifiers of the head, "The Unitex trade union", "The BRMA industry body")
  let at = last - 1;
  while (MODIFIED_ORG_HEAD && at > first && at >= last - 2 && !v.nameAt[at] && v.isWord(at) && !v.isCap(at) && !isPossessive(v.lower[at]!)) at--;
  const m = v.nameAt[at];
  // (the tagger reads some titles as MISC: "the Gizmodish weblog"; round fifteen: but "The Canada-based company" is
  // described by its place, not named)
  const t = m?.entity ? entityType.get(m.entity) : undefined;
  if (m && BASED_NOT_NAME && /-based$/i.test(st.text.slice(m.start, m.end))) return null;
  // (twelfth session, `PERSON_NAMED_DOCUMENT`: a report named after its author, "the Vance report said", "the Marlow report")
  const person = PERSON_NAMED_DOCUMENT && t === 'PERSON' && at === last - 1 && DOCUMENT_HEADS.has(v.lower[last]!);
  return m && m.entity && (t === 'ORG' || t === 'MISC' || person) && v.tokenAtOrAfter(m.start) >= first ? m.entity : null;
}

/** Twenty-fifth session: "according to Norland Trade Commission filings", "The OECD outlook said": a body's filings, records, forecasts or bulletins are its own (`nameBeforeOrgHead`). */
const BODY_FILINGS = true;
const FILING_NOUNS: ReadonlySet<string> = new Set(['filing', 'filings', 'records', 'documents', 'outlook', 'forecast', 'forecasts', 'bulletin', 'communique', 'newsletter', 'memo', 'memorandum']);
/** Round thirteen: an organisation nominal no organisation that spoke resolves takes the one organisation named just before (`describedOrg`). */
const DESCRIBED_ORG = true;
/** Round fourteen: the owner named before a document's head speaks for it ("Mr Tolland's book claimed", "the BBC's report"; `nameBeforeOrgHead`). */
const OWNER_OF_DOCUMENT = true;
/** Books, whose writer speaks through them ("the book claims": the author the article names, `bookAuthor`). */
const BOOK_HEADS: ReadonlySet<string> = new Set(['book', 'biography', 'memoir', 'memoirs', 'autobiography']);
/** Round fifteen: a book is also its owner's ("journalist Hugh Tolland's new book"), not only the one written "by" someone (`bookAuthor`). */
const OWNER_OF_BOOK = true;
/** Round fifteen: a document or a statement owned through a possessive pronoun is its owner's ("His report demands", "According to its estimate"). */
const PRONOUN_OWNER = true;
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
const OWNED_WORDS: ReadonlySet<string> = new Set(['estimate', 'estimates', 'forecast', 'forecasts', 'analysis', 'paper', 'website', 'lawsuit', 'suit', 'authors', 'makers', 'developers']);
/** Round sixteen: the named owner of a document whose phrase runs on past its head (`ownerOfDocumentPhrase`). */
const OWNED_DOCUMENT_PHRASE = true;
/** Round sixteen: ", which said" after a body's name is that body. */
const WHICH_NAMED_BODY = true;
/** Twenty-fifth session: "Martin's team says" is Martin, as "Martin and his team say" is (`ownerOfDocumentPhrase`). */
const OWNED_TEAM = true;
const OWNED_DOCUMENTS: ReadonlySet<string> = new Set([
  'report', 'reports', 'statement', 'study', 'survey', 'poll', 'figures', 'research', 'data', 'letter', 'article', 'website', 'estimate',
  'estimates', 'forecast', 'forecasts', 'analysis', 'poster', 'posters', 'advert', 'adverts', 'advertisement', 'manifesto', 'document',
  'documents', 'submission', 'findings', 'paper', 'review', 'audit', 'ruling', 'verdict', 'judgment', 'judgement',
  // (twenty-fifth session, `OWNED_TEAM`: "Martin's team says": a person's or a body's team, as "Martin and his team" is Martin)
  ...(OWNED_TEAM ? ['team', 'lab', 'laboratory'] : []),
]);


function ownerOfDocumentPhrase(st: Scope, src: AttributionSource, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  for (let t = first + 1; t < last && t <= first + 8; t++) {
    if (!isPossessive(v.lower[t]!)) continue;
    // the document: the first document noun after the possessive, ending the phrase or before its preposition
    let head = -1;
    for (let h = t + 1; h <= last && h <= t + 4 && head < 0; h++) if (OWNED_DOCUMENTS.has(v.lower[h]!) && (h === last || PREPOSITIONS.has(v.lower[h + 1]!))) head = h;
    const owner = head > 0 ? v.nameAt[t - 1] : undefined;
    const type = owner?.entity ? entityType.get(owner.entity) : undefined;
    return owner?.entity && (type === 'ORG' || type === 'PERSON' || type === 'NORP') ? owner.entity : null;
  }
  return null;
}

/** Twelfth session: "the Tory MP for Kelby …" is an office like "the MP for Barnet East" (`SEAT_OFFICES`). */
const PARTY_SEAT_OFFICE = true;
/** Twelfth session: "the party said" is a political party's (`resolveSpeakers`). */
const PARTY_HEAD = true;
const PARTY_WINDOW = 1500;
const PARTY_NAME = /\b(?:party|labour|tory|tories|conservatives?|liberal|lib dems?|snp|plaid|ukip|veritas|greens?|sinn|dup|democrats?|republicans?|gop)\b/i;
/** Twelfth session: a source made by `FOR_ING_OBJECT` ("branded Mr Lyle … for claiming") is not the latest speaker for the "he" after it. */
const FOR_ING_SPEAKER = true;
/** Twelfth session: "A National Roads Office report on the 12 largest schemes says" is the office's (`nameBeforeOrgHead` at the document's head). */
const DOCUMENT_BEFORE_PP = true;
/** Twelfth session: "the report said" after "the World Bank report said" is the same report's (`resolveSpeakers`). */
const SAME_DOCUMENT = true;
/** Twelfth session: a report named after a person is that person's ("the Vance report said"; `nameBeforeOrgHead`). */
const PERSON_NAMED_DOCUMENT = true;
/** Twelfth session: a source phrase that ends "… by / from <name>" is that name's (`authorAtPhraseEnd`). */
const AUTHOR_AT_PHRASE_END = true;
const AUTHOR_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from']);

/**
 * The body or person named at the end of a nominal source's phrase after "by" or "from", past "the" and up to three lower-case
 * words ("research from technology analysts [Corvana]", "a round-up of gizmos compiled by [Gadget Weekly]"). Null otherwise.
 */
function authorAtPhraseEnd(st: Scope, src: AttributionSource, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  const m = v.nameAt[last];
  const type = m?.entity ? entityType.get(m.entity) : undefined;
  if (!m?.entity || (type !== 'ORG' && type !== 'PERSON' && type !== 'NORP') || m.end !== v.tokens.end[last]) return null;
  let t = v.tokenAtOrAfter(m.start) - 1;
  if (v.lower[t] === 'the') t--;
  for (let k = 0; k < 3 && t > first && v.isWord(t) && !v.isCap(t) && !AUTHOR_PREPOSITIONS.has(v.lower[t]!); k++) t--;
  // (twenty-third session, `AGENT_AFTER_PARTICIPLE`: people "polled by" or "hired by" a body are not that body; a document
  // "commissioned by" one is its)
  const head = v.lower[t - 2] ?? '';
  if (AGENT_AFTER_PARTICIPLE && v.lower[t] === 'by' && AGENT_PARTICIPLES.has(v.lower[t - 1]!) && !DOCUMENT_HEADS.has(head) && !DOCUMENT_NOUNS.has(head)) return null;
  return t > first && AUTHOR_PREPOSITIONS.has(v.lower[t]!) ? m.entity : null;
}

/** Round fifteen: a lawsuit speaks for the party that brought it ("Rex Calloway is suing …. The lawsuit said …"). */
const LAWSUIT_FILER = true;
const LAWSUIT_HEADS: ReadonlySet<string> = new Set(['lawsuit', 'suit', 'writ', 'complaint']);
const SUING: ReadonlySet<string> = new Set(['sue', 'sues', 'sued', 'suing', 'filed', 'lodged', 'brought']);
const SUIT_NOUNS: ReadonlySet<string> = new Set(['lawsuit', 'suit', 'writ', 'complaint', 'action', 'case', 'claim']);

/**
 * The one person or organisation the article says sued ("X is suing Y", "X has filed a lawsuit against Y"): the name right
 * before the verb, past auxiliaries and adverbs; "filed" / "lodged" / "brought" only with a suit noun after them. Null when none or two.
 */
function lawsuitFiler(st: Scope, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  let found: EntityId | null = null;
  for (let k = 1; k < v.count; k++) {
    const w = v.lower[k]!;
    if (!SUING.has(w)) continue;
    if (!w.startsWith('su')) {
      let suit = false;
      for (let x = k + 1; x < v.count && x <= k + 3; x++) if (SUIT_NOUNS.has(v.lower[x]!)) suit = true;
      if (!suit) continue;
    }
    let b = k - 1;
    while (b > 0 && (PASSIVE_OR_PERFECT.has(v.lower[b]!) || v.lower[b]!.endsWith('ly'))) b--;
    const m = v.nameAt[b];
    const t = m?.entity ? entityType.get(m.entity) : undefined;
    if (!m?.entity || (t !== 'PERSON' && t !== 'ORG')) continue;
    if (found && found !== m.entity) return null;
    found = m.entity;
  }
  return found;
}
const PASSIVE_OR_PERFECT: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'also', 'now', 'already']);
/** Documents a person writes as well as a body ("his letter", "Mr Smith's report"). */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['report', 'letter', 'statement', 'study', 'article', 'column', 'blog', 'website']);
/** Round fourteen: "the book claims …" is its author, named once as "a new book, X, by Y" / "The book by journalist Y" (`bookAuthor`). */
const BOOK_AUTHOR = true;

/** The one person the article names as a book's author ("book … by [title] Name", within a few words), or null. */
function bookAuthor(st: Scope, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  let found: EntityId | null = null;
  /** The one person who owns a book in the article (undefined: none; null: two). */
  let owner: EntityId | null | undefined;
  for (let k = 0; k < v.count; k++) {
    if (!BOOK_HEADS.has(v.lower[k]!)) continue;
    // (round fifteen: "journalist Hugh Tolland's new book": the person whose book it is, when no book says "by" whom)
    if (OWNER_OF_BOOK) {
      const p = k - 1 >= 0 && isPossessive(v.lower[k - 1]!) ? k - 2 : k - 2 >= 0 && isPossessive(v.lower[k - 2]!) ? k - 3 : -1;
      const m = p >= 0 ? v.nameAt[p] : undefined;
      if (m?.entity && entityType.get(m.entity) === 'PERSON') {
        owner = owner === undefined || owner === m.entity ? m.entity : null;
        continue;
      }
    }
    for (let b = k + 1; b < v.count && b <= k + 8; b++) {
      if (v.lower[b] !== 'by') continue;
      for (let x = b + 1; x < v.count && x <= b + 5; x++) {
        const m = v.nameAt[x];
        if (!m?.entity || entityType.get(m.entity) !== 'PERSON') continue;
        if (found && found !== m.entity) return null;
        found = m.entity;
        break;
      }
      break;
    }
  }
  return found ?? owner ?? null;
}

/**
 * Round fourteen: "they" stands for the nearest plural before it (this sentence and the one before): a plural group of people
 * ("MPs said. But they …", "ministers launched …. They will say …", "the pair") or two people joined by "and"; when that comes
 * before any mention of the organisation the mentions layer linked it to, "they" is that unnamed group (no entity).
 */
const THEY_GROUP = true;
const PLURAL_GROUP_WORDS: ReadonlySet<string> = new Set(['pair', 'couple', 'duo', 'trio']);

function groupNearer(st: Scope, tok: number, entity: EntityId, own: Span | null): boolean {
  const { v, inside } = st;
  const s = sentenceOf(st, tok);
  if (s < 0) return false;
  const from = v.sentenceFirst[Math.max(0, s - 1)]!;
  for (let k = tok - 1; k >= from; k--) {
    if (inside[k]! >= 0 || (own && v.tokens.start[k]! >= own.start && v.tokens.end[k]! <= own.end)) continue;
    const m = v.nameAt[k];
    if (m?.entity === entity) return false;
    const w = v.lower[k]!;
    // (twelfth session, `RELATIVE_GROUP`: not one a relative clause describes, "commuters, who they say …")
    if (!m && ((GROUP_NOUNS.has(w) && w.endsWith('s')) || PLURAL_GROUP_WORDS.has(w)) && !(RELATIVE_GROUP && antecedentOfRelative(v, k))) return true;
    // ("Peter Lyle and John Hartley launched …. They say …")
    if (m?.type === 'PERSON' && v.lower[v.tokenAtOrAfter(m.start) - 1] === 'and' && v.nameAt[v.tokenAtOrAfter(m.start) - 2]?.type === 'PERSON') return true;
  }
  return false;
}

/**
 * Twenty-second session: `THEY_GROUP` reads past the pronoun's own content, "…, analysts said. Such a move does not free Dorn of
 * Kestrel, they said." (not Kestrel, which the speakers' own words name).
 */
const THEY_OWN_CONTENT = true;

/** Round fourteen: reports, surveys, polls and figures speak for the body the article names as their author (`documentAuthor`). */
const DOCUMENT_AUTHOR = true;
const DOCUMENT_AUTHOR_WINDOW = 20;
/**
 * Round fifteen: a document named by its author ("CML figures showed", "an agency statement said"): the organisation
 * named before the document noun, or the one the article names with the head word before it.
 */
const NAMED_DOCUMENT = true;
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['report', 'reports', 'survey', 'study', 'poll', 'figures', 'research', 'data', 'statistics', 'findings', 'estimates']);
/** Round fourteen: a role noun of one person (spokesman, official) does not stand for the organisation it speaks for. */
const ROLE_NOT_ORG = true;

/** The one organisation named after "by" (or else "for" / "from") within a few words after a document noun of the same word, or null. */
/** Round fifteen: a document noun with no author of its own takes the author of another document noun in its sentence or the one before. */
const OTHER_DOCUMENT_NOUN = true;

/** The author (`documentAuthor`) of the nearest other document noun before token `tok`, in its sentence or the one before. */
function nearbyDocumentAuthor(st: Scope, tok: number, noun: string, cache: Map<string, EntityId | null>, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  const s = sentenceOf(st, tok);
  if (s < 0) return null;
  for (let k = tok - 1; k >= 0 && k >= v.sentenceFirst[Math.max(0, s - 1)]!; k--) {
    const w = v.lower[k]!;
    if (w === noun || !DOCUMENT_NOUNS.has(w)) continue;
    if (!cache.has(w)) cache.set(w, documentAuthor(st, w, entityType));
    const author = cache.get(w)!;
    if (author) return author;
  }
  return null;
}

function documentAuthor(st: Scope, noun: string, entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v } = st;
  let byFound: EntityId | null = null;
  let other: EntityId | null = null;
  for (let k = 0; k < v.count; k++) {
    if (v.lower[k] !== noun) continue;
    // ("The survey of shoppers in the UK, Spain, Italy and Belgium was run by consultancy group Dunmore")
    const end = Math.min(v.count, k + DOCUMENT_AUTHOR_WINDOW, v.sentenceEnd[Math.max(0, sentenceOf(st, k))] ?? v.count);
    for (let b = k + 1; b < end; b++) {
      const w = v.lower[b]!;
      if (w !== 'by' && !((w === 'for' || w === 'from') && b <= k + 3)) continue;
      // (the first organisation after it, past other names: "published by UK-based market consultancy Ordell")
      for (let x = b + 1; x < v.count && x <= b + 6; x++) {
        const m = v.nameAt[x];
        if (!m?.entity || entityType.get(m.entity) !== 'ORG') continue;
        if (w === 'by') byFound ??= m.entity;
        else other ??= m.entity;
        break;
      }
      break;
    }
  }
  return byFound ?? other;
}

/** Round fourteen: an "it" source no organisation that spoke resolves takes the one named nearest before (`describedOrg`). */
const IT_DESCRIBED_ORG = true;
/** Fifteenth session: of several organisations in the sentence a description looks back to, the article's main one (`describedOrg`). */
const DESCRIBED_MAIN_ORG = true;
/** Round fourteen: an organisation named "<Word> of …" is also found by its first word ("the bank": the Bank of America). */
const HEAD_OF_NAME = true;
/** Round fourteen: `describedOrg` takes the nearest sentence that names an organisation, not all of its window at once. */
const NEAREST_ORG_SENTENCE = true;
/** Sentences back (besides the source's own) that `describedOrg` reads. */
const DESCRIBED_ORG_SENTENCES = 4;

/** The one organisation named outside quotes in the source's sentence (before it) and the `DESCRIBED_ORG_SENTENCES` before; null when none or several. */
function describedOrg(st: Scope, src: AttributionSource, entityType: ReadonlyMap<EntityId, string>, mainOrg: EntityId | null = null): EntityId | null {
  const { v, inside } = st;
  const first = v.tokenAtOrAfter(src.start);
  const s = sentenceOf(st, first);
  if (s < 0) return null;
  // (`DESCRIBED_MAIN_ORG`: only for "it" and a company's or organisation's head, not "the panel")
  const headWord = v.lower[v.tokenEndingBy(src.end)]!;
  const mainHeads = src.kind === 'pronoun' || COMPANY_HEADS.has(headWord) || headWord === 'organisation' || headWord === 'organization';
  if (!NEAREST_ORG_SENTENCE) {
    const from = v.sentenceFirst[Math.max(0, s - DESCRIBED_ORG_SENTENCES)]!;
    let found: EntityId | null = null;
    for (let k = from; k < first; k++) {
      const m = v.nameAt[k];
      if (!m || !m.entity || m.type !== 'ORG' || inside[k]! >= 0 || entityType.get(m.entity) !== 'ORG') continue;
      if (found && found !== m.entity) return null;
      found = m.entity;
    }
    return found;
  }
  // (round fourteen: sentence by sentence back, the nearest that names any: "Vostek managers could not be reached. But the
  // company has said …" even when the sentence before that named two more)
  for (let x = s; x >= 0 && x >= s - DESCRIBED_ORG_SENTENCES; x--) {
    let found: EntityId | null = null;
    let several = false;
    let hasMain = false;
    const end = x === s ? first : v.sentenceEnd[x]!;
    for (let k = v.sentenceFirst[x]!; k < end; k++) {
      const m = v.nameAt[k];
      if (!m || !m.entity || m.type !== 'ORG' || inside[k]! >= 0 || entityType.get(m.entity) !== 'ORG') continue;
      // (fifteenth session: not the one told, "the watchdog told the BBC News website")
      if (LISTENER_NOT_OTHER_ORG && isListener(v, m)) {
        k = v.tokenEndingBy(m.end);
        continue;
      }
      if (m.entity === mainOrg) hasMain = true;
      if (found && found !== m.entity) several = true;
      found = m.entity;
      k = v.tokenEndingBy(m.end);
    }
    // (fifteenth session, `DESCRIBED_MAIN_ORG`: of several, the organisation the article is most about: "… to Spain's Obrasur … is a
    // lifeline to Harland …. The company recently warned …")
    if (several) return DESCRIBED_MAIN_ORG && hasMain && mainHeads ? mainOrg : null;
    if (found) return found;
  }
  return null;
}

/** Round fourteen: a person named in the description's own sentence before it is the one it stands for (`describedPerson`). */
const DESCRIBED_SAME_SENTENCE = true;

/** The one person named (outside quotes, not as an owner) in tokens [from, to), or null when none or several. */
function onePersonBefore(st: Scope, from: number, to: number): EntityId | null {
  const { v, inside } = st;
  let found: EntityId | null = null;
  for (let k = from; k < to; k++) {
    const m = v.nameAt[k];
    if (!m || m.type !== 'PERSON' || !m.entity || inside[k]! >= 0) continue;
    if (isPossessive(v.lower[v.tokenEndingBy(m.end) + 1] ?? '')) continue;
    if (found && found !== m.entity) return null;
    found = m.entity;
  }
  return found;
}

/** Round fourteen: a person named as an owner ("Marcus Dean's record") is not the one a description stands for (`describedPerson`). */
const OWNER_NOT_DESCRIBED = true;
/** Person nouns for someone other than the person just named (a court's judge, a party's lawyer): only by title. */
/** Twenty-sixth session: "the doctor" after a person named with "Dr" is that person, though doctors are often another party (`describedPerson`). */
const DOCTOR_TITLED = true;
const DOCTOR_HONORIFICS: ReadonlySet<string> = new Set(['dr', 'dr.']);
const OTHER_PARTY_HEADS: ReadonlySet<string> = new Set(['judge', 'lawyer', 'attorney', 'prosecutor', 'doctor', 'expert', 'source', 'analyst', 'economist', 'official', 'aide']);

/**
 * "The former teacher confirmed …" (a definite nominal headed by a person noun that is neither an
 * office nor a role of unnamed people): the person with that title, else the one person named (outside
 * quotes) in the sentence before; null when none or several.
 */
/**
 * Twenty-sixth session: a description owned by a place reads as one with "the" ("Canada's top doctor", "Halden's mayor", "the
 * province's chief medical officer"), its words after the possessive (`definiteEnd`).
 */
const PLACE_OWNED_DESCRIPTION = true;
/** `PLACE_OWNED_DESCRIPTION`: nouns of places owning a description after "the" ("the country's", "the province's"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'province', 'state', 'city', 'town', 'region', 'county', 'territory', 'island', 'capital']);

/**
 * The last token of a description's determiner: "the" at `first`; with `PLACE_OWNED_DESCRIPTION`, the possessive after a place's
 * name ("Canada's") or after "the" and a place's noun ("the province's"). -1 when the description has none of them.
 */
function definiteEnd(st: Scope, first: number, last: number): number {
  const { v } = st;
  if (PLACE_OWNED_DESCRIPTION && last > first + 1) {
    if (v.lower[first] === 'the' && PLACE_NOUNS.has(v.lower[first + 1]!) && isPossessive(v.lower[first + 2]!) && last > first + 2) return first + 2;
    const m = v.nameAt[first];
    if (m && m.type === 'LOC' && v.tokenAtOrAfter(m.start) === first) {
      const end = v.tokenEndingBy(m.end);
      if (end + 1 < last && isPossessive(v.lower[end + 1]!)) return end + 1;
    }
  }
  return v.lower[first] === 'the' ? first : -1;
}

/** Round fifteen: an office no title names and no speaker before holds takes the one person named in the sentence before (`describedPerson`). */
const OFFICE_DESCRIBED = true;

function describedPerson(
  st: Scope,
  src: AttributionSource,
  byTitle: ReadonlyMap<string, EntityId>,
  gender: ReadonlyMap<EntityId, number>,
  /** An office's reading (`OFFICE_DESCRIBED`): people this says are not its holder are passed over. */
  asOffice?: (e: EntityId) => boolean,
): EntityId | null {
  const { v, inside } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  const head = v.lower[last]!;
  // (a capitalised head is a body's name: "The Scottish Executive")
  const age = AGE_SPEAKER && ageEndingAt(v, last, first);
  // (fifteenth session: an age before a person's noun, "the 74-year-old comedian")
  const agedHead = AGED_PERSON_HEAD && PERSON_HEADS.has(head) && ageEndingAt(v, last - 1, first);
  const demonym = isDemonymSource(st, first, last);
  // (sixteenth session, `ACRONYM_HEAD`: "The MEP said" is a person's office, capitals and all)
  const acronym = ACRONYM_HEAD && OFFICE_NOUNS.has(head) && tokenText(st, last) === tokenText(st, last).toUpperCase();
  const det = definiteEnd(st, first, last);
  if (det < 0 || (last - det > 4 && !age && !agedHead && !demonym) || (v.isCap(last) && !demonym && !acronym) || !(PERSON_HEADS.has(head) || age || demonym || asOffice || (DESCRIBED_SPEAKER && personModified(st, first, last))) || PERSON_ROLES.has(head) || (OFFICE_NOUNS.has(head) && !asOffice)) return null;
  // (twentieth session, `KIN_NAMED_NEXT`: "the activist's father" is not the person named before, whose father he is)
  if (KIN_NAMED_NEXT && kinDescription(v, first, last)) return null;
  const s = sentenceOf(st, first) - 1;
  let found: EntityId | null = null;
  // (round fourteen: the source's own sentence before it counts too, "Recent rumours have linked Dacosta with a return
  // to England, but the England striker said …"; else the sentence before)
  const own = DESCRIBED_SAME_SENTENCE ? onePersonBefore(st, v.sentenceFirst[s + 1]!, first) : null;
  if (own) return (PERSON_HEADS.get(head) ?? 0) * (gender.get(own) ?? 0) >= 0 ? own : null;
  // (not for someone the story is rather about: "the judge", "the lawyer")
  // (twenty-sixth session, `DOCTOR_TITLED`: "the doctor" is the one person named before with the honorific "Dr")
  const doctor = DOCTOR_TITLED && head === 'doctor';
  if (s >= 0 && (!OTHER_PARTY_HEADS.has(head) || doctor)) {
    const end = Math.min(v.sentenceEnd[s]!, v.sentenceFirst[s]! + DESCRIBED_WINDOW);
    for (let k = v.sentenceFirst[s]!; k < end; k++) {
      // (sixteenth session, `RELATIVE_AFTER_PERSON`: not the names of a relative clause about the person found, "…, Anna
      // Reid, who plays Mrs Hobb in the Larkfield series. The 15-year-old told …")
      if (RELATIVE_AFTER_PERSON && found && v.lower[k] === 'who' && v.isPunct(k - 1, ',')) break;
      const m = v.nameAt[k];
      if (!m || m.type !== 'PERSON' || !m.entity || inside[k]! >= 0) continue;
      // (round fourteen: not an owner, "well short of American Marcus Dean's world record")
      if (OWNER_NOT_DESCRIBED && isPossessive(v.lower[v.tokenEndingBy(m.end) + 1] ?? '')) continue;
      if (asOffice?.(m.entity)) continue;
      if (doctor && !DOCTOR_HONORIFICS.has(v.lower[v.tokenAtOrAfter(m.start) - 1] ?? '')) continue;
      if (found && found !== m.entity) {
        found = null;
        break;
      }
      found = m.entity;
    }
  }
  let title = v.lower[det + 1]!;
  for (let t = det + 2; t <= last; t++) title += ` ${v.lower[t]!}`;
  const titled = byTitle.get(title);
  // (twentieth session, `TITLED_IN_REACH`: "… teacher Tom Abele's remark …. He said he was suspended for insulting Mayor Ruud.
  // The teacher told the court …": the person the article gave that title, when named or referred to in the two sentences before,
  // comes before another person named there)
  if (TITLED_IN_REACH && titled && found && titled !== found && s >= 0 && entityInSentences(st, titled, Math.max(0, s - 1), s)) return titled;
  // ("The woman said" is not the man named before)
  if (found && (PERSON_HEADS.get(head) ?? 0) * (gender.get(found) ?? 0) >= 0) return found;
  // else the person with that title ("the Ofsted chief": "chief inspector of schools Helen Rudd")
  return titled ?? null;
}

/** Twentieth session: a description's titled person, named or referred to just before, comes before another person named there (`describedPerson`). */
const TITLED_IN_REACH = true;

/** Whether sentences from … to (inclusive) name the entity or refer to it (a pronoun or description the mentions layer linked). */
function entityInSentences(st: Scope, e: EntityId, from: number, to: number): boolean {
  const { v, refAt } = st;
  for (let k = v.sentenceFirst[from]!; k < v.sentenceEnd[to]!; k++) if (v.nameAt[k]?.entity === e || refAt.get(k)?.entity === e) return true;
  return false;
}

/**
 * Round fifteen: "The premier insisted …" after "Chancellor Neil Hartley said …" is not Mr Hartley. An office source that no
 * title names skips, among the latest speakers, a person whose titles all name another kind of office (a chancellor for
 * "the premier", a secretary for "the prime minister"; "the Democrat senator" still takes "New York Senator Carl Whitman").
 */
const OTHER_OFFICE = true;
/** Round fifteen: an office source opening a contrast ("But the Tory leader argued") skips the speaker of the sentence before. */
const CONTRAST_OFFICE = true;
const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['but', 'however', 'yet']);
/** Round fifteen: an office source ("the premier") skips a latest speaker that its own content names. */
const OFFICE_CONTENT_NAMED = true;
/** Offices said in two ways. */
const OFFICE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['premier', 'prime minister'],
  ['prime minister', 'premier'],
]);

/** The kind of an office, its last word ("premier" is a minister's office): "new york senator" and "the democrat senator" are one kind. */
const officeHead = (office: string): string => {
  const head = office.slice(office.lastIndexOf(' ') + 1);
  return head === 'premier' ? 'minister' : head;
};

/** Whether a person's offices (`officesOf`) are all of another kind than this one (a chancellor is no premier). */
function holdsOtherOffice(offices: readonly string[] | undefined, office: string): boolean {
  if (!offices || offices.length === 0) return false;
  const head = officeHead(office);
  return !offices.some((t) => officeHead(t) === head);
}

/** The office of a definite source ("the minister" → "minister", "the home secretary" → "home secretary"), or null. */
function officeOf(st: Scope, src: AttributionSource): string | null {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  const det = definiteEnd(st, first, last);
  if (det < 0 || last <= det || !OFFICE_NOUNS.has(v.lower[last]!)) return null;
  return officeWords(st, det + 1, last);
}

/**
 * Round thirteen (i): a described person ("The veteran game maker says …") with nobody named in the
 * sentence before takes the latest person who spoke, when no other person was named since outside
 * what was said (`spokenAbout`); a modifier that only people take (`PERSON_MODIFIERS`) makes any head
 * a person's ("game maker" is in no list of person nouns).
 */
const DESCRIBED_SPEAKER = true;
/** Round fourteen: an age as the head ("the 21-year-old told …") describes one person, as a person noun does. */
const AGE_SPEAKER = true;
/** Words before a head that only a person takes ("the veteran game maker", "the 64-year-old"). */
const PERSON_MODIFIERS: ReadonlySet<string> = new Set(['veteran', 'retired', 'elderly']);

/** Whether tokens (first, last) hold a modifier only people take (`PERSON_MODIFIERS`, an age: "the 64-year-old singer"). */
function personModified(st: Scope, first: number, last: number): boolean {
  const { v } = st;
  for (let t = first + 1; t < last; t++) if (PERSON_MODIFIERS.has(v.lower[t]!) || /^\d+-year-old$/.test(v.lower[t]!)) return true;
  return false;
}

/** A definite source that describes one person (`DESCRIBED_SPEAKER`): "the" + a person noun that is no role, office or other party, or a head after a person's modifier. */
/** Round fifteen: a source "the [modifiers] Nationality" (`DEMONYM_PERSON` in `phrases.ts`): one person described. */
function isDemonymSource(st: Scope, first: number, last: number): boolean {
  return DEMONYM_PERSON && st.v.nameAt[last]?.type === 'NORP' && demonymHead(st.v, first, last);
}

function describedHead(st: Scope, src: AttributionSource): boolean {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  const head = v.lower[last]!;
  const age = AGE_SPEAKER && ageEndingAt(v, last, first);
  const demonym = isDemonymSource(st, first, last);
  const det = definiteEnd(st, first, last);
  if (det < 0 || (last - det > (LONG_DESCRIPTION && PERSON_HEADS.has(head) ? 6 : 4) && !age && !demonym) || (v.isCap(last) && !demonym) || PERSON_ROLES.has(head) || OFFICE_NOUNS.has(head) || OTHER_PARTY_HEADS.has(head)) return false;
  return PERSON_HEADS.has(head) || age || demonym || personModified(st, first, last);
}

/**
 * Round thirteen (i): a pronoun source is not a person that its own content names ("And Mary Dunne
 * would be in the firing line, he said"; "He said Mr Lyle should go"): the speaker would say "I".
 */
const CONTENT_NAMED = true;
/**
 * Twenty-second session: the same for the rules that read the sentence before (`LAST_NAMED_PRONOUN`,
 * `SUBJECT_BEFORE_LAST_NAMED`, `CONTENT_PREVIOUS_SUBJECT`): "And Vance, Okafor said, is 'my best ally.' He said Vance
 * called …" is Okafor, not Vance, the subject before. On 4,635 sources made from named ones in unlabelled news (a name
 * replaced by "he" / "she", `scripts/eval-pronouns.ts`) +11 right; the quote sets' study pools unchanged.
 */
const SENTENCE_RULES_CONTENT_NAMED = true;

/** Whether the content of draft `d` names `entity` (a name, not a pronoun). */
function contentNames(st: Scope, d: Draft, entity: EntityId): boolean {
  const { v } = st;
  for (let k = v.tokenAtOrAfter(d.content.start); k < v.count && v.tokens.end[k]! <= d.content.end; k++) {
    if (v.nameAt[k]?.entity === entity) return true;
  }
  return false;
}

/**
 * Round thirteen (i): an unresolved nominal or vague source in the article's first sentence after the
 * headline ("… will keep his pledge, according to his former chief policy adviser." / "…, according to a
 * report.") takes the source named in the next sentence: the next attribution's entity when its source
 * is in that sentence (a person for a person noun, else an organisation), else for a person noun the
 * one person named there outside quotes. News leads name the source one sentence on.
 */
const LEAD_CATAPHORA = true;
/** Round sixteen: "it" right after a relative "that" / "which" is the organisation named as the sentence's subject. */
const IT_RELATIVE_SUBJECT = true;
/** Sixteenth session: "…, although it insists …": "it" opening a second clause is the organisation subject of the first. */
const IT_CLAUSE_SUBJECT = true;
/** Twenty-fifth session: "Halden shares rose after it disclosed …": a clause of time or condition too (`IT_CLAUSE_SUBJECT`). */
const TIME_CONJUNCTIONS = true;
/** `IT_CLAUSE_SUBJECT`: the words that open a second clause of the sentence before its "it". */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whereas', 'because', 'but', 'and', 'as', 'since', 'so', ...(TIME_CONJUNCTIONS ? ['after', 'when', 'before', 'until', 'once', 'if', 'unless'] : [])]);
/**
 * Fourteenth session: an "it" source that opens its clause ("But it says …", "Last week, it denied …", or right after the quote
 * it reports: "“…,” it added") speaks for the organisation that is the subject of the sentence before, outside anyone's
 * words ("At the High Court on Monday, the Ramblers' Trust failed …", "Halstead said …"), or for what an "it" that
 * was that subject stood for; the mentions layer's link ("High Court", "B&B") gives way (`previousSubjectOrg`).
 */
const IT_PREVIOUS_SUBJECT = true;

/** `IT_PREVIOUS_SUBJECT`: the organisation the sentence before an "it" source at token `tok` has as its subject, or null. */
function previousSubjectOrg(st: Scope, d: Draft, tok: number, spoken: Uint8Array, entityType: ReadonlyMap<EntityId, string>, itResolved: ReadonlyMap<number, EntityId | null>): EntityId | null {
  const { v } = st;
  const s = sentenceOf(st, tok);
  if (s < 0) return null;
  // the clause the "it" opens: past a conjunction or an opening adjunct; or the quote before it that it reports
  const afterQuote = v.tokens.kind[tok - 1] === TokenKind.Quote && d.content.end <= v.tokens.start[tok]!;
  if (!afterQuote && mainClauseStart(v, s) !== tok) return null;
  let prev = sentenceOf(st, afterQuote ? v.tokenAtOrAfter(d.content.start) : tok) - 1;
  // (not a sentence inside someone's words)
  while (prev >= 0 && prev > s - 3 && (spoken[v.sentenceFirst[prev]!]! & 1) !== 0) prev--;
  if (prev < 0 || prev <= s - 3) return null;
  const end = v.sentenceEnd[prev]!;
  const subject = mainSubject(st, prev, end);
  if (!subject || (spoken[v.tokenAtOrAfter(subject.start)]! & 1) !== 0) return null;
  if (subject.kind === 'pronoun') {
    const at = v.tokenAtOrAfter(subject.start);
    return v.lower[at] === 'it' ? (itResolved.get(at) ?? null) : null;
  }
  // (seventeenth session, `IT_DOCUMENT_SUBJECT`: "But a recent report from Dunmore Research reflects …. It said …": the
  // body a document subject comes from)
  if (IT_DOCUMENT_SUBJECT && (subject.kind === 'nominal' || subject.kind === 'vague')) {
    const head = v.tokenEndingBy(subject.end);
    if (!DOCUMENT_HEADS.has(v.lower[head]!) && !DOCUMENT_NOUNS.has(v.lower[head]!)) return null;
    const k = head + 1;
    const m = (v.lower[k] === 'from' || v.lower[k] === 'by' || v.lower[k] === 'of') && k + 1 < end ? v.nameAt[k + 1] : undefined;
    return m?.entity && v.tokenAtOrAfter(m.start) === k + 1 && entityType.get(m.entity) === 'ORG' ? m.entity : null;
  }
  return subject.kind === 'named' && subject.entity && entityType.get(subject.entity) === 'ORG' ? subject.entity : null;
}
/** Seventeenth session: "it" after a sentence whose subject is a document from a body ("a report from Dunmore Research") is that body (`previousSubjectOrg`). */
const IT_DOCUMENT_SUBJECT = true;
/**
 * Fifteenth session: "he" / "she" after the words it reports, when those words open their sentence ("The sell-off … had been
 * poorly run, he said"), speaks for the person who is the subject of the sentence before, outside anyone's words
 * (`previousSubjectPerson`).
 */
const CONTENT_PREVIOUS_SUBJECT = true;
/** Most tokens a subject's name may start after its clause's start (past a title: "Economy minister Ivan Petrov"). */
const SUBJECT_REACH = 4;

/** `CONTENT_PREVIOUS_SUBJECT`: the person subject of the sentence before the one draft `d`'s content opens, of gender `g` or none known. */
function previousSubjectPerson(st: Scope, d: Draft, tok: number, spoken: Uint8Array, entityType: ReadonlyMap<EntityId, string>, gender: ReadonlyMap<EntityId, number>, g: number): EntityId | null {
  const { v } = st;
  let first = v.tokenAtOrAfter(d.content.start);
  while (first > 0 && v.tokens.kind[first - 1] === TokenKind.Quote && v.tokens.end[first - 1]! <= d.content.start) first--;
  const s = sentenceOf(st, first);
  if (s <= 0 || s !== sentenceOf(st, tok) || mainClauseStart(v, s) !== first) return null;
  return personSubjectBefore(st, s, spoken, entityType, gender, g, null);
}

/** Round sixteen: a lead's description is the first named source of its kind in the next `LEAD_LATER_SENTENCES` sentences (`leadCataphor`). */
const LEAD_NAMED_LATER = true;
/** Round sixteen: a lead's organisation description is the one organisation named in the next sentence, as a person's is (`leadCataphor`). */
const LEAD_NEXT_ORG = true;
const LEAD_LATER_SENTENCES = 3;

/** Round fourteen: a person named in the lead itself is not the one its description stands for, also as the next sentence's speaker ("Danny Reyes … may not recover, claims his agent. Reyes had hoped …"; `leadCataphor`). */
const LEAD_NAMED_NOT_CATAPHOR = true;
/** Round fourteen: a lead source's head may stand before a role preposition ("The new transport minister for Wales"; `roleHead`). */
const ROLE_HEAD_CATAPHORA = true;

/** The head of a source's phrase (`roleHead`): "a new book about the mayor" → "book". */
function roleHeadOf(st: Scope, src: AttributionSource): number {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  for (let t = first; t < last; t++) if (BOOK_HEADS.has(v.lower[t]!) && (v.lower[t + 1] === 'about' || v.lower[t + 1] === 'by' || v.lower[t + 1] === 'on')) return t;
  return roleHead(st, first, last);
}

/** The head of the phrase in tokens [first, last]: a person noun before a role preposition ("minister for Wales"), else `last`. */
function roleHead(st: Scope, first: number, last: number): number {
  const { v } = st;
  for (let t = first; t < last; t++) if (PERSON_HEADS.has(v.lower[t]!) && ROLE_PREPOSITIONS.has(v.lower[t + 1]!)) return t;
  return last;
}

/**
 * Round fourteen: a nominal source headed by one person's office or role ("Kenya's High Commissioner to Canada said …") that nothing
 * else resolved is the person first named in the article as the subject and speaker of the next sentence ("Dr Amina Otieno said …"):
 * news names a person right after describing them.
 */
const NAMED_NEXT = true;

function namedNext(
  st: Scope, src: AttributionSource, d: Draft, ordered: readonly Draft[], entityType: ReadonlyMap<EntityId, string>, firstMention: ReadonlyMap<EntityId, number>,
): EntityId | null {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  const head = roleHead(st, first, last);
  if (!PERSON_HEADS.has(v.lower[head]!) || PERSON_ROLES.has(v.lower[head]!)) return null;
  // (a description that introduces someone: an owner or a "to / for" phrase, "Kenya's High Commissioner to Canada";
  // "the minister" alone rather points back)
  let owned = head !== last;
  for (let t = first; t < head && !owned; t++) owned = isPossessive(v.lower[t]!);
  if (!owned) return null;
  const s = sentenceOf(st, first);
  if (s < 0 || s + 1 >= v.sentenceFirst.length) return null;
  const i = ordered.indexOf(d);
  for (let j = i + 1; j < ordered.length; j++) {
    const o = ordered[j]!.source!;
    const ot = v.tokenAtOrAfter(o.start);
    const os = sentenceOf(st, ot);
    if (os > s + 1) break;
    if (os !== s + 1) continue;
    // (the next sentence's subject: its first words, past an honorific or a title)
    if (!o.entity || entityType.get(o.entity) !== 'PERSON' || ot - v.sentenceFirst[os]! > 2) return null;
    return (firstMention.get(o.entity) ?? -1) >= v.tokens.start[v.sentenceFirst[os]!]! ? o.entity : null;
  }
  return null;
}

/**
 * Nineteenth session: a person coordinated with their own group ("Karras and his team say", "He and other analysts said", "Pell and
 * her colleagues found") speaks for it: the source is that person (a name, or "he" / "she" as the mentions layer linked it).
 */
const LEADER_AND_GROUP = true;
const GROUP_AFTER_AND: ReadonlySet<string> = new Set(['his', 'her', 'other', 'fellow']);

function leaderOfGroup(
  st: Scope, src: AttributionSource, entityType: ReadonlyMap<EntityId, string>, spoken: Uint8Array, gender: ReadonlyMap<EntityId, number>,
): EntityId | null {
  const { v, refAt } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  let and = first + 1;
  while (and < last && v.lower[and] !== 'and') and++;
  if (and >= last || and > first + 4 || !GROUP_AFTER_AND.has(v.lower[and + 1]!)) return null;
  const name = v.nameAt[first];
  // (twentieth session, `FIRM_AND_OTHERS`: "Travelers and other insurers have maintained …": a firm leads its kind too)
  const leaderType = name?.entity ? entityType.get(name.entity) : undefined;
  if (name) return name.entity && (leaderType === 'PERSON' || (FIRM_AND_OTHERS && leaderType === 'ORG' && v.lower[and + 1] === 'other')) && v.tokenEndingBy(name.end) === and - 1 ? name.entity : null;
  if (and !== first + 1 || (v.lower[first] !== 'he' && v.lower[first] !== 'she')) return null;
  const linked = refAt.get(first)?.entity;
  if (linked) return entityType.get(linked) === 'PERSON' ? linked : null;
  // (twentieth session, `GROUP_PRONOUN_NAMED_BEFORE`: "…, said analyst Tom Reyes. He and other analysts said …": a "he" the
  // mentions layer left alone, opening its sentence, is the person named last in the sentence before, as a lone "he" would be)
  return GROUP_PRONOUN_NAMED_BEFORE && v.isSentenceFirst(first) ? lastNamedBefore(st, spoken, first, PRONOUN_GENDER.get(v.lower[first]!)!, gender) : null;
}
const GROUP_PRONOUN_NAMED_BEFORE = true;
/** Twentieth session: "Travelers and other insurers": an organisation leads a group of its kind (`leaderOfGroup`). */
const FIRM_AND_OTHERS = true;

/**
 * Nineteenth session: an indefinite description of one person ("a senior official", "a British minister", "a legal expert") that
 * nothing else resolved is the person first named, as a source, in the next sentence: wire news describes a speaker in its lead and
 * names them right after ("…, a British minister said on Tuesday. …, said Ian Tarrow, the trade minister.").
 * Not the roles that stay unnamed ("a spokesman", "a source").
 */
const INDEFINITE_NAMED_NEXT = true;
/** Twentieth session: "the activist's father", "his widow": a relative by a possessive, unnamed so far, is the person first named next (`indefiniteNamedNext`). */
const KIN_NAMED_NEXT = true;
/** Twentieth session: an office ("the MP said") is not held by a person the article names only after it (`resolveSpeakers`). */
const OFFICE_NAMED_BEFORE = true;
/** `KIN_NAMED_NEXT`: tokens first … last are a relative by a possessive ("the activist's father", "his widow"). */
function kinDescription(v: Scope['v'], first: number, last: number): boolean {
  return KIN_HEADS.has(v.lower[last]!) && last > first && (isPossessive(v.lower[last - 1]!) || POSSESSIVE_PRONOUNS.has(v.lower[last - 1]!));
}
const KIN_HEADS: ReadonlySet<string> = new Set(['father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'widow', 'widower', 'uncle', 'aunt', 'grandfather', 'grandmother']);
const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'source', 'man', 'woman', 'boy', 'girl']);

function indefiniteNamedNext(
  st: Scope, src: AttributionSource, d: Draft, ordered: readonly Draft[], entityType: ReadonlyMap<EntityId, string>, firstMention: ReadonlyMap<EntityId, number>,
): EntityId | null {
  const { v } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  // (twentieth session, `KIN_NAMED_NEXT`: "the activist's father said …. "…," Ivo Pasek told …": a relative the article has not
  // named, by a possessive, is the person first named next too)
  const kin = KIN_NAMED_NEXT && kinDescription(v, first, last);
  if (v.lower[first] !== 'a' && v.lower[first] !== 'an' && !kin) return null;
  const head = v.lower[roleHead(st, first, last)]!;
  if (!kin && (!PERSON_HEADS.has(head) || ANONYMOUS_HEADS.has(head))) return null;
  const s = sentenceOf(st, first);
  if (s < 0 || s + 1 >= v.sentenceFirst.length) return null;
  const from = v.tokens.start[v.sentenceFirst[s + 1]!]!;
  const i = ordered.indexOf(d);
  // (a relative: the very next speaker, within two sentences, "… father said …. "We will appeal... We will not give in," Ivo
  // Pasek told …", where the quote's dots end a sentence)
  const reach = kin ? 2 : 1;
  for (let j = i + 1; j < ordered.length; j++) {
    const o = ordered[j]!.source!;
    const os = sentenceOf(st, v.tokenAtOrAfter(o.start));
    if (os > s + reach || (kin && j > i + 1)) break;
    if (os <= s || !o.entity || entityType.get(o.entity) !== 'PERSON') continue;
    return (firstMention.get(o.entity) ?? -1) >= from ? o.entity : null;
  }
  return null;
}

/**
 * Nineteenth session: an article with no headline (a wire story's body alone) whose first paragraph ends like a sentence opens with its lead:
 * `LEAD_CATAPHORA` reads its first sentence, not the one after it.
 */
const LEAD_WITHOUT_TITLE = true;

/** Whether the article has no headline and its first paragraph reads as body text (it ends with a sentence's closing mark). */
function bodyLead(st: Scope): boolean {
  const { segments, text } = st;
  const p = segments.paragraphs[0];
  if (segments.title || !p) return false;
  const end = text.slice(p.start, p.end).trimEnd().replace(/["'”’)\]]+$/, '');
  return /[.!?]$/.test(end);
}

function leadCataphor(st: Scope, src: AttributionSource, d: Draft, ordered: readonly Draft[], entityType: ReadonlyMap<EntityId, string>): EntityId | null {
  const { v, inside, headlineBlock } = st;
  const first = v.tokenAtOrAfter(src.start);
  const last = v.tokenEndingBy(src.end);
  const s = sentenceOf(st, first);
  if (s < 0 || s + 1 >= v.sentenceFirst.length) return null;
  // the first sentence past the headline
  const hl = headlineBlock && !(LEAD_WITHOUT_TITLE && bodyLead(st)) ? headlineBlock.end : -1;
  if (v.tokens.start[v.sentenceFirst[s]!]! < hl) return null;
  if (s > 0 && v.tokens.start[v.sentenceFirst[s - 1]!]! >= hl) return null;
  // (round fourteen: the person noun before a role preposition heads the phrase: "The new transport minister for Wales says")
  const head = ROLE_HEAD_CATAPHORA ? roleHead(st, first, last) : last;
  const person = PERSON_HEADS.has(v.lower[head]!);
  // (a person noun, or an organisation or its document: "a report", "new research")
  if (!person && !ORG_HEADS.has(v.lower[last]!) && v.lower[last] !== 'research') return null;
  const want = person ? 'PERSON' : 'ORG';
  const next = s + 1;
  // (not one named in the lead itself: "his adviser" is not the "Alan Corby" before it)
  const inLead = new Set<EntityId>();
  for (let k = v.sentenceFirst[s]!; k < v.sentenceEnd[s]!; k++) if (v.nameAt[k]?.entity) inLead.add(v.nameAt[k]!.entity!);
  const i = ordered.indexOf(d);
  for (let j = i + 1; j < ordered.length; j++) {
    const o = ordered[j]!.source!;
    const ot = v.tokenAtOrAfter(o.start);
    if (sentenceOf(st, ot) > next) break;
    if (sentenceOf(st, ot) === next && o.entity && entityType.get(o.entity) === want && !(LEAD_NAMED_NOT_CATAPHOR && inLead.has(o.entity))) return o.entity;
  }
  // round sixteen: else the first source the article names, of that kind, in the few sentences after ("…, the elections
  // watchdog has said. Fears that …. The Electoral Commission said …")
  if (LEAD_NAMED_LATER) {
    for (let j = i + 1; j < ordered.length; j++) {
      const o = ordered[j]!.source!;
      const ot = v.tokenAtOrAfter(o.start);
      if (sentenceOf(st, ot) > s + LEAD_LATER_SENTENCES) break;
      if (inside[ot]! >= 0 || o.kind !== 'named' || !o.entity || entityType.get(o.entity) !== want || inLead.has(o.entity)) continue;
      return o.entity;
    }
  }
  // (round sixteen: an organisation too, the one named in the next sentence, `LEAD_NEXT_ORG`)
  if (!person && !LEAD_NEXT_ORG) return null;
  let found: EntityId | null = null;
  for (let k = v.sentenceFirst[next]!; k < v.sentenceEnd[next]!; k++) {
    const m = v.nameAt[k];
    if (!m || m.type !== want || !m.entity || inside[k]! >= 0 || inLead.has(m.entity)) continue;
    if (found && found !== m.entity) return null;
    found = m.entity;
  }
  return found;
}
