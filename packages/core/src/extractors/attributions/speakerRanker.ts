/**
 * A learned second opinion on who a pronoun or a description stands for, where the resolution rules
 * (`resolveSpeakers.ts`) found nobody. Every "he" / "she" / "it" / "they" and nominal source gets a list of
 * candidates (the people, organisations and political parties named in the few paragraphs before it, the latest
 * speakers, and the rules' own choice), each described by sparse features: how recently and how often it was named, as what
 * (a subject, after a preposition, inside someone's words), whether it spoke last, gender and type agreement,
 * whether the description's head word (and its class) is among its titles or next to its name,
 * whether the rules chose it. A logistic model (`speakerModel.generated.ts`, trained by
 * `scripts/train-speaker-ranker.ts` on the sources of our BBC study sets, never on the clean ones) scores each
 * candidate. An unlinked source takes the best candidate at `LINK_THRESHOLD` or above, and its rule says so
 * (`+speaker-ranker`); a linked source keeps the rules' choice (changing it gained nothing out of fold). The
 * features are computed from the rules' output before any link is made, so a decision never feeds the next one.
 * A description owned by someone ("Alan Corby's closest ally") is left alone.
 */
import type { AttributionSource, Entity } from '../../types/analysis.js';
import type { EntityId } from '../../types/ids.js';
import { isPossessive } from '../entities/tokenView.js';
import { FNV_OFFSET, continueHash, loadLinearModel, sigmoid, type LinearModel } from '../claims/linear.js';
import { LINK_THRESHOLD, SPEAKER_MODEL } from './speakerModel.generated.js';
import { type Draft, PREPOSITIONS, type Scope, sentenceOf, PRONOUN_GENDER } from './scope.js';

/** Most tokens back that a candidate's mentions are looked for. */
const WINDOW = 320;
/** Appended to the rule of an attribution whose speaker the model linked. */
export const RULE_SUFFIX = '+speaker-ranker';
/** Most tokens of a content read for the names in it. */
const CONTENT_SCAN = 200;
/** Most candidates per source (the most recently named). */
const MAX_CANDIDATES = 10;
/** The pronouns a candidate list is made for. */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they']);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
const CANDIDATE_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG']);

/** A candidate speaker of one source, with the features the model reads. */
export interface SpeakerCandidate {
  entity: EntityId;
  features: string[];
  /** Whether the rules chose it. */
  chosen: boolean;
}

/** What `rankSpeakers` hands to a listener (the training script): one source's candidates. */
export interface CandidateList {
  draft: Draft;
  candidates: SpeakerCandidate[];
  entities: readonly Entity[];
  /** Whether the model may link it: unlinked, and not left so on purpose (an unnamed speaker, an office). */
  linkable: boolean;
}

let listener: ((list: CandidateList) => void) | null = null;
/** Training only: hear every source's candidate list, made from the rules' choices before the model runs. */
export function onSpeakerCandidates(fn: ((list: CandidateList) => void) | null): void {
  listener = fn;
}

let model: LinearModel | null = null;
let useModel = true;
/** Training and evaluation only: turn the model's choices off (the candidate lists are still made for a listener). */
export function setSpeakerModel(on: boolean): void {
  useModel = on;
}

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return String(e);
  return `>${edges[edges.length - 1]}`;
};

interface Seen {
  /** The latest token it was named at before the source; -1 none. */
  last: number;
  lastOutside: number;
  count: number;
  subject: boolean;
  oblique: boolean;
  possessive: boolean;
  inSentence: boolean;
  spokenOnly: boolean;
  described: boolean;
}

/** What `resolveSpeakers` hands the ranker besides the scope and the drafts. */
export interface RankInput {
  /** Tokens inside someone's words (bit 1). */
  spoken: Uint8Array;
  /** +1 / -1 per person when known. */
  gender: ReadonlyMap<EntityId, number>;
  /** The class of a nominal source's head word. */
  headClassOf: (src: AttributionSource) => string;
  /** Sources the rules left unlinked on purpose. */
  held: ReadonlySet<Draft>;
  /** Political parties (organisations, or peoples' names such as "Tories"): candidates whatever their type. */
  parties: ReadonlySet<EntityId>;
  /** The type of each entity of the article. */
  entityType: ReadonlyMap<EntityId, string>;
}

/**
 * Make the candidate list of each pronoun and nominal source of `ordered` (drafts with a source, in the order of their
 * sources) that the model may link, score it and link the best candidate when the model is sure enough.
 */
export function rankSpeakers(st: Scope, ordered: readonly Draft[], { spoken, gender, headClassOf, held, parties, entityType }: RankInput): void {
  if (!listener && !useModel) return;
  // (the rules' linked sources only for a listener: the model is trained on every source, and links unlinked ones only)
  const isAsked = (d: Draft): boolean => {
    const src = d.source!;
    return (src.kind === 'pronoun' || src.kind === 'nominal') && (listener !== null || (src.entity === null && !held.has(d)));
  };
  // (most articles have no source the model may link: then nothing to do)
  if (!ordered.some(isAsked)) return;
  const { ctx, v } = st;
  const entities = ctx.get('entities');
  const isCandidate = (id: EntityId | null | undefined): boolean => !!id && (CANDIDATE_TYPES.has(entityType.get(id) ?? '') || parties.has(id));
  // (the entities by id and the article's tables only once a source needs them: most articles have none)
  let byId: Map<EntityId, Entity> | null = null;
  let tables: Tables | null = null;
  const decisions: { d: Draft; entity: EntityId | null }[] = [];
  let r0 = 0;
  const speakers: EntityId[] = [];
  for (let di = 0; di < ordered.length; di++) {
    const d = ordered[di]!;
    const src = d.source!;
    const asked = isAsked(d);
    const tok = asked ? v.tokenAtOrAfter(src.start) : -1;
    const word = asked ? (v.lower[tok] ?? '') : '';
    const kindKey = !asked ? null : src.kind === 'pronoun' ? (PRONOUNS.has(word) ? word : null) : !owned(st, src, tok) ? 'nom' : null;
    if (kindKey !== null) {
      byId ??= new Map(entities.map((e) => [e.id, e]));
      tables ??= tablesOf(st, byId, isCandidate);
      const { refs } = tables;
      while (r0 < refs.length && refs[r0]!.tok < tok - WINDOW) r0++;
      const linkable = src.entity === null && !held.has(d);
      const headClass = kindKey === 'nom' ? headClassOf(src) : '';
      if (listener) {
        // (a listener hears the feature strings, and the model scores the same strings)
        const sink = new CandidateSink(null);
        candidatesOf(st, d, src, tok, kindKey, headClass, r0, speakers, spoken, gender, byId, tables, sink);
        const list = sink.candidates;
        if (list.length > 0) listener({ draft: d, candidates: list, entities, linkable });
        if (useModel && list.length > 0 && linkable) decisions.push({ d, entity: choose(list) });
      } else if (linkable) {
        model ??= loadLinearModel(SPEAKER_MODEL);
        const sink = new CandidateSink(model);
        candidatesOf(st, d, src, tok, kindKey, headClass, r0, speakers, spoken, gender, byId, tables, sink);
        if (sink.bestP >= 0) decisions.push({ d, entity: sink.bestP >= LINK_THRESHOLD ? sink.best : null });
      }
    }
    if (isCandidate(src.entity)) speakers.push(src.entity!);
  }
  // (a changed speaker says so in the rule: "source-cue+speaker-ranker")
  for (const { d, entity } of decisions) {
    if (d.source!.entity === entity) continue;
    d.source!.entity = entity;
    d.rule += RULE_SUFFIX;
  }
}

/** What the candidates of an article's sources are read from. */
interface Tables {
  /** Mentions of people and organisations, by their first token, in text order. */
  refs: { tok: number; entity: EntityId; form: string }[];
  /** Rank by salience among people and organisations (1: the most salient). */
  salienceRank: Map<EntityId, number>;
  /** The words of an entity's titles and name (read on first use: only nominal sources ask). */
  titleWords: (id: EntityId) => ReadonlySet<string>;
}

function tablesOf(st: Scope, byId: ReadonlyMap<EntityId, Entity>, isCandidate: (id: EntityId) => boolean): Tables {
  const { v, mentions } = st;
  const salienceRank = new Map<EntityId, number>();
  [...byId.values()].filter((e) => isCandidate(e.id)).sort((a, b) => b.salience - a.salience).forEach((e, i) => salienceRank.set(e.id, i + 1));
  const words = new Map<EntityId, Set<string>>();
  const titleWords = (id: EntityId): ReadonlySet<string> => {
    let set = words.get(id);
    if (set === undefined) {
      set = new Set<string>();
      const e = byId.get(id);
      if (e && isCandidate(id)) {
        for (const t of e.titles) for (const w of t.text.toLowerCase().split(/[\s-]+/)) set.add(w);
        for (const w of e.name.toLowerCase().split(/\s+/)) set.add(w);
      }
      words.set(id, set);
    }
    return set;
  };
  const refs: Tables['refs'] = [];
  for (const m of mentions) {
    if (!m.entity || !isCandidate(m.entity)) continue;
    const tok = v.tokenAtOrAfter(m.start);
    if (tok < v.count) refs.push({ tok, entity: m.entity, form: m.form });
  }
  refs.sort((a, b) => a.tok - b.tok);
  return { refs, salienceRank, titleWords };
}

/**
 * A description owned by someone ("Alan Corby's closest ally", "her birth mother", "its rival"): the owner is the one
 * person it is not, and the rules read owned documents ("His report") themselves; the ranker leaves these alone.
 */
function owned(st: Scope, src: AttributionSource, tok: number): boolean {
  const { v } = st;
  if (POSSESSIVES.has(v.lower[tok]!)) return true;
  for (let k = tok; k < v.count && v.tokens.end[k]! <= src.end; k++) if (isPossessive(v.lower[k]!)) return true;
  return false;
}

/** The model's choice for one unlinked source. */
function choose(list: readonly SpeakerCandidate[]): EntityId | null {
  model ??= loadLinearModel(SPEAKER_MODEL);
  const m = model;
  return pickSpeaker(list, (c) => sigmoid(m.logit(c.features)), LINK_THRESHOLD);
}

/** The candidate an unlinked source takes given each one's probability (`score`): the best at `threshold` or above, else none. */
export function pickSpeaker(list: readonly SpeakerCandidate[], score: (c: SpeakerCandidate) => number, threshold: number): EntityId | null {
  let best: SpeakerCandidate | null = null;
  let bestP = -1;
  for (const c of list) {
    const p = score(c);
    if (p > bestP) [best, bestP] = [c, p];
  }
  return best && bestP >= threshold ? best.entity : null;
}

function candidatesOf(
  st: Scope,
  d: Draft,
  src: AttributionSource,
  tok: number,
  kindKey: string,
  headClass: string,
  r0: number,
  speakers: readonly EntityId[],
  spoken: Uint8Array,
  gender: ReadonlyMap<EntityId, number>,
  byId: ReadonlyMap<EntityId, Entity>,
  { refs, salienceRank, titleWords }: Tables,
  sink: CandidateSink,
): void {
  const { v } = st;
  const sentence = sentenceOf(st, tok);
  const paragraph = v.paragraph[tok] ?? -1;
  const last = v.tokenEndingBy(src.end);
  const head = kindKey === 'nom' ? (v.lower[last] ?? '') : '';
  const g = kindKey === 'he' || kindKey === 'she' ? PRONOUN_GENDER.get(kindKey)! : 0;
  const seen = new Map<EntityId, Seen>();
  // who the content names (its first CONTENT_SCAN tokens: bounded work however long the quote)
  const named = new Set<EntityId>();
  const contentLast = Math.min(v.tokenEndingBy(d.content.end), v.tokenAtOrAfter(d.content.start) + CONTENT_SCAN);
  for (let k = v.tokenAtOrAfter(d.content.start); k <= contentLast && k < v.count; k++) {
    const e = v.nameAt[k]?.entity;
    if (e) named.add(e);
  }
  for (let r = r0; r < refs.length && refs[r]!.tok < tok; r++) {
    const { tok: k, entity, form } = refs[r]!;
    let s = seen.get(entity);
    if (!s) seen.set(entity, (s = { last: -1, lastOutside: -1, count: 0, subject: false, oblique: false, possessive: false, inSentence: false, spokenOnly: true, described: false }));
    s.count++;
    s.last = k;
    const inside = (spoken[k]! & 1) !== 0;
    if (!inside) {
      s.lastOutside = k;
      s.spokenOnly = false;
    }
    if (sentenceOf(st, k) === sentence && !inside) s.inSentence = true;
    if (form === 'name') {
      s.oblique = PREPOSITIONS.has(v.lower[k - 1] ?? '') || v.lower[k - 1] === 'by';
      s.subject = v.isSentenceFirst(k) || (v.isSentenceFirst(k - 1) && v.isCap(k - 1));
      let end = k;
      while (end + 1 < v.count && v.nameAt[end + 1] === v.nameAt[k]) end++;
      s.possessive = isPossessive(v.lower[end + 1] ?? '');
      if (head) for (let j = Math.max(0, k - 4); j <= end + 5 && j < v.count; j++) if (v.lower[j] === head && (j < k || j > end)) s.described = true;
    }
  }
  // the rules' choice and the latest speakers are candidates too, named in the window or not
  for (const e of [src.entity, ...speakers.slice(-3)]) if (e && !seen.has(e)) seen.set(e, { last: -1, lastOutside: -1, count: 0, subject: false, oblique: false, possessive: false, inSentence: false, spokenOnly: false, described: false });
  const ordered = [...seen].sort((a, b) => b[1].last - a[1].last);
  const kept = ordered.slice(0, MAX_CANDIDATES);
  if (src.entity && !kept.some(([e]) => e === src.entity)) kept.push(ordered.find(([e]) => e === src.entity)!);
  const outsideRank = new Map([...seen].filter(([, s]) => s.lastOutside >= 0).sort((a, b) => b[1].lastOutside - a[1].lastOutside).map(([e], i) => [e, i + 1]));
  const typeRank = new Map<string, number>();
  const coref = st.refAt.get(last)?.entity ?? null;
  kept.forEach(([entity, s], i) => {
    const e = byId.get(entity)!;
    const type = e.type;
    // never a candidate: a person of the other gender for "he" / "she", a person of known gender for "it", a person for
    // "the company" / "the watchdog"
    const eg0 = gender.get(entity) ?? 0;
    if (entity !== src.entity && type === 'PERSON' && (eg0 * g < 0 || (kindKey === 'it' && eg0 !== 0) || headClass === 'company' || headClass === 'org')) return;
    const tr = (typeRank.get(type) ?? 0) + 1;
    typeRank.set(type, tr);
    let spk = 0;
    for (let j = speakers.length - 1, n = 1; j >= 0 && n <= 4; j--, n++) {
      if (speakers[j] === entity) {
        spk = n;
        break;
      }
    }
    const chosen = entity === src.entity;
    const eg = gender.get(entity) ?? 0;
    const agree = g === 0 ? 'n' : eg === 0 ? 'u' : eg * g > 0 ? 'y' : 'x';
    const sd = s.last >= 0 ? sentence - sentenceOf(st, s.last) : -1;
    const pd = s.last >= 0 ? paragraph - (v.paragraph[s.last] ?? -1) : -1;
    const inContent = named.has(entity);
    const f = sink.start();
    f.add('k=', kindKey);
    f.add('t=', type);
    f.add('kt=', kindKey, '|', type);
    if (chosen) f.add('cas|', kindKey);
    else f.add(src.entity ? 'other|' : 'none|', kindKey);
    f.add('rk=', kindKey, '|', bucket(i + 1, [1, 2, 3, 5]));
    f.add('trk=', kindKey, '|', type, '|', bucket(tr, [1, 2, 3]));
    f.add('ork=', bucket(outsideRank.get(entity) ?? 99, [1, 2, 3, 5]));
    f.add('sd=', kindKey, '|', s.last < 0 ? 'far' : bucket(sd, [0, 1, 2, 4, 8]));
    f.add('pd=', s.last < 0 ? 'far' : bucket(pd, [0, 1, 2, 3]));
    const spkText = String(spk);
    f.add('spk=', kindKey, '|', spkText);
    f.add('n=', bucket(s.count, [0, 1, 2, 4, 8]));
    f.add('sal=', bucket(salienceRank.get(entity) ?? 99, [1, 2, 3, 5]));
    f.add('g=', agree);
    if (chosen) {
      f.add('cas|', kindKey, '|', d.rule.split('+')[0]!);
      f.add('cas|spk=', spkText);
      f.add('cas|g=', agree);
    }
    if (coref === entity) f.add('coref|', kindKey);
    if (s.spokenOnly) f.add('spokenOnly|', kindKey);
    if (s.subject) {
      f.add('subj|', kindKey);
      f.add('subj|', kindKey, '|', s.last < 0 ? 'far' : bucket(sd, [0, 1, 2]));
    }
    if (spk > 0) f.add('spk|', kindKey, '|', spkText, '|', s.last < 0 ? 'far' : bucket(sd, [0, 1, 2, 4]));
    if (s.oblique) f.add('obl|', kindKey);
    if (s.possessive) f.add('poss');
    if (s.inSentence) f.add('inSent|', kindKey);
    if (inContent) f.add('inContent|', kindKey);
    if ((spoken[tok]! & 1) !== 0) f.add('nested');
    if (head) {
      f.add('h=', head, '|', type);
      if (titleWords(entity).has(head)) f.add('headInTitle');
      if (s.described) f.add('headNearName');
      if (v.lower[tok] === 'a' || v.lower[tok] === 'an') f.add('indef|', type);
      const det = v.lower[tok] === 'the' || v.lower[tok] === 'a' || v.lower[tok] === 'an' ? v.lower[tok]! : POSSESSIVES.has(v.lower[tok]!) ? 'poss' : v.nameAt[tok] ? 'name' : 'other';
      f.add('det=', det, '|', headClass, '|', type);
      f.add('det=', det, '|', headClass, '|', type, '|', bucket(tr, [1, 2]), '|', s.last < 0 ? 'far' : bucket(sd, [1, 2, 4]));
      f.add('len=', bucket(last - tok + 1, [1, 2, 3, 5]), '|', type);
      f.add('hc=', headClass, '|', type);
      f.add('hc=', headClass, '|', type, '|', bucket(tr, [1, 2, 3]));
      f.add('hc=', headClass, '|sd=', s.last < 0 ? 'far' : bucket(sd, [0, 1, 2, 4]));
      if (head.endsWith('s')) f.add('plural|', type);
    }
    sink.end(entity, chosen);
  });
}

/**
 * Where the candidates' features go, each feature given as the parts of its string: for a listener (training), the strings
 * themselves, each candidate kept with its list (`candidates`); at run time, straight into the model's logit, the parts
 * hashed in turn without building the string (the same hash and the same sum, in the same order, as `logit` over the
 * strings), and only the best candidate kept.
 */
class CandidateSink {
  readonly candidates: SpeakerCandidate[] = [];
  best: EntityId | null = null;
  bestP = -1;
  private list: string[] = [];
  private sum = 0;
  constructor(private readonly model: LinearModel | null) {}

  start(): this {
    if (this.model) this.sum = this.model.bias;
    else this.list = [];
    return this;
  }

  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string, h?: string, i?: string, j?: string): void {
    const m = this.model;
    if (m === null) {
      this.list.push(a + (b ?? '') + (c ?? '') + (d ?? '') + (e ?? '') + (f ?? '') + (g ?? '') + (h ?? '') + (i ?? '') + (j ?? ''));
      return;
    }
    let x = continueHash(FNV_OFFSET, a);
    if (b !== undefined) x = continueHash(x, b);
    if (c !== undefined) x = continueHash(x, c);
    if (d !== undefined) x = continueHash(x, d);
    if (e !== undefined) x = continueHash(x, e);
    if (f !== undefined) x = continueHash(x, f);
    if (g !== undefined) x = continueHash(x, g);
    if (h !== undefined) x = continueHash(x, h);
    if (i !== undefined) x = continueHash(x, i);
    if (j !== undefined) x = continueHash(x, j);
    this.sum += m.weightOfHash(x);
  }

  end(entity: EntityId, chosen: boolean): void {
    if (this.model === null) {
      this.candidates.push({ entity, features: this.list, chosen });
      return;
    }
    // (`pickSpeaker`'s choice: the first of the most probable)
    const p = sigmoid(this.sum);
    if (p > this.bestP) [this.best, this.bestP] = [entity, p];
  }
}
