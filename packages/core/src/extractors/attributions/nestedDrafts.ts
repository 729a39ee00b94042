/**
 * Passes over the drafts after the rules: coordinated verbs (`coordinatedVerbs`), reports inside a
 * restrictive relative clause (`relativePredicates`), and dropping drafts nested inside another's
 * content (`dropNestedBeliefs`, `dropNested`).
 */
import { takesClause } from './cues.js';
import { type Draft, FINITE_AUX, type Scope } from './scope.js';
import { trimmedSpan } from './contentEnds.js';

/** A content that opens with "and" / "or" after its cue: the cue's verb is one of two ("derided and insulted X"). */
export const COORDINATED_VERBS = true;
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);
const COORDINATED_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'then', 'also', 'even', 'later']);

/**
 * "Hale derided and insulted “the chattering class”", "she backs or opposes the proposal":
 * the content is the object of the second verb, not "and insulted …". When no verb follows the
 * "and" ("Nor could the leaders say or estimate …" is one; "a Jane Marlow show and less
 * polished …" is none), the draft is no attribution and goes. "according to X, and …" and
 * "as X reported, and …" keep theirs.
 */
export function coordinatedVerbs(st: Scope): void {
  const { ctx, v, tokCue, drafts } = st;
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    drafts[w++] = d;
    if (!d.cue || d.quoted !== 'none' || d.content.start < d.cue.end || d.rule.startsWith('according-to') || d.rule.startsWith('as-source')) continue;
    const k = v.tokenAtOrAfter(d.content.start);
    if (k >= v.count || !COORDINATORS.has(v.lower[k]!) || v.tokens.start[k] !== d.content.start) continue;
    let j = k + 1;
    while (j < v.count && COORDINATED_AUX.has(v.lower[j]!)) j++;
    const x = v.lower[j] ?? '';
    const verb = j < v.count && v.isWord(j) && !v.isCap(j) && (tokCue[j] !== undefined || x.endsWith('ed') || (x.endsWith('s') && !x.endsWith('ss')));
    const from = verb && v.lower[j + 1] === 'that' ? j + 2 : j + 1;
    // ("to publicly agree and even suggest he might attend": the second verb is a report of its own)
    const own = verb && tokCue[j] !== undefined && drafts.some((o) => o.cue !== null && o.cue.start === v.tokens.start[j]);
    if (verb && !own && from < v.count && v.tokens.start[from]! < d.content.end) d.content = ctx.span(v.tokens.start[from]!, d.content.end);
    else w--;
  }
  drafts.length = w;
}

/** "Renters who say housing matters most were divided": the content of a restrictive relative ends before the main clause's verb. */
export const RELATIVE_PREDICATE = true;
const NOT_A_SUBJECT_END: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'what', 'to', 'not', 'also', 'never', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there',
  'this', 'these', 'those', 'if', 'when', 'because', 'as', 'than', 'so', 'still', 'already', 'just', 'only', 'even', 'now', 'then',
  'be', 'been', 'being', 'get', 'got', 'too', 'very', 'more', 'most', 'less', 'least', 'much', 'quite', 'rather', 'how', 'why', 'where',
]);

/**
 * "Renters who say housing is the biggest issue in their choice were evenly split
 * between the parties": a report inside a restrictive relative clause ("who" / "that" right
 * after its noun, no comma) ends where the main clause's verb comes back — a second finite verb
 * after the content's own, right after a noun. Its content stopped at the sentence's end before.
 */
export function relativePredicates(st: Scope): void {
  const { ctx, v, drafts } = st;
  for (const d of drafts) {
    if (!d.source || d.quoted !== 'none' || !d.cue || d.content.start < d.cue.end) continue;
    const s = v.tokenAtOrAfter(d.source.start);
    const w = v.lower[s]!;
    if ((w !== 'who' && w !== 'that') || d.source.end - d.source.start > 4 || s === 0 || !v.isWord(s - 1)) continue;
    const c = v.tokenAtOrAfter(d.content.start);
    // (an infinitive content has no finite verb of its own: "who wanted to join the march could be …")
    // (nor an object's: "who praised his candidacy warned …")
    const cueLemma = st.tokCue[v.tokenAtOrAfter(d.cue.start)]?.lemma;
    let ownVerb = v.lower[c] === 'to' || (cueLemma !== undefined && !takesClause(cueLemma) && v.lower[c - 1] !== 'that');
    for (let g = c; g < v.count && v.tokens.end[g]! <= d.content.end; g++) {
      const x = v.lower[g]!;
      if (!v.isWord(g)) {
        if (v.isPunct(g, ',')) break; // an aside or a list: leave it to the boundary model
        continue;
      }
      const cg = st.tokCue[g];
      const finite = FINITE_AUX.has(x) || (!v.isCap(g) && ((x.length > 4 && x.endsWith('ed')) || (cg !== undefined && !cg.participle && cg.kind === 'speech')));
      if (!finite) continue;
      // (a reporting verb is the main clause's: "who wrote the speech says …")
      if (!ownVerb && !(cg !== undefined && !FINITE_AUX.has(x) && v.lower[c - 1] !== 'that')) {
        ownVerb = true;
        continue;
      }
      const p = v.lower[g - 1]!;
      if (g - 1 <= c || !v.isWord(g - 1) || v.isCap(g - 1) || NOT_A_SUBJECT_END.has(p) || FINITE_AUX.has(p) || p.endsWith('ed') || p.endsWith('ing') || p.endsWith('ly')) continue;
      const span = trimmedSpan(st, d.content.start, v.tokens.start[g]!);
      if (span) d.content = ctx.span(span.start, span.end);
      break;
    }
  }
}

/** Drop an internal state of a pronoun inside a reported content ("said he hopes …"). */
export const NESTED_BELIEF_OFF = true;
/** A `source-belief` draft with a cue and a pronoun source: the only kind `dropNestedBeliefs` drops. */
const pronounBelief = (d: Draft): boolean => d.rule.startsWith('source-belief') && d.source?.kind === 'pronoun' && !!d.cue;

/**
 * `NESTED_BELIEF_OFF`: drop a `source-belief` draft of a pronoun whose cue lies inside the content
 * of a draft with a cue that is not itself a belief or a raising ("said he hopes …").
 */
export function dropNestedBeliefs(st: Scope): void {
  const { v, drafts } = st;
  // (most articles have no pronoun's belief draft: then nothing is dropped, and no content needs marking)
  if (!drafts.some(pronounBelief)) return;
  const speechContent = new Uint8Array(v.count);
  for (const d of drafts) {
    if (!d.cue || d.rule.startsWith('source-belief') || d.rule.startsWith('raising')) continue;
    for (let t = v.tokenAtOrAfter(d.content.start); t < v.count && v.tokens.end[t]! <= d.content.end; t++) speechContent[t] = 1;
  }
  // (in place: one pass that keeps the others)
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (!(pronounBelief(d) && speechContent[v.tokenAtOrAfter(d.cue!.start)])) drafts[w++] = d;
  }
  drafts.length = w;
}

/**
 * Drop a reported-speech draft whose cue and source sit inside another draft's content (`polls
 * show Keller keeps a lead`, `the scheme, which he said carries the risk …`): PolNeAR marks
 * attributions inside a content in < 1 % of its gold (127 of 19,832 on train), and on train only
 * 0.24 of such drafts were right. Participles, quotes and content-first rules keep theirs.
 */
export const NESTED_OFF = true;
/** Rules (the part of `rule` before any `+`) that `NESTED_OFF` drops inside another content. */
const NESTED_RULES: readonly string[] = ['source-cue', 'source-belief', 'noun-cue'];

/** `NESTED_RULES` without slicing the rule: the part before any `+`. */
function nestedRule(rule: string): boolean {
  for (const r of NESTED_RULES) if (rule.startsWith(r) && (rule.length === r.length || rule.charCodeAt(r.length) === 43)) return true;
  return false;
}

/**
 * `NESTED_OFF`: the droppable drafts in the order of their source / cue, each checked against the
 * kept draft with the furthest content end among those whose content starts before it (two kept,
 * so a draft is never its own container); a dropped draft holds nothing (a run of "said that …"
 * keeps every report its kept container does not reach). O(n log n), index arrays only.
 */
export function dropNested(drafts: Draft[]): void {
  const n = drafts.length;
  if (n < 2) return;
  const fromOf = new Float64Array(n);
  const toOf = new Float64Array(n);
  const queries: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = drafts[i]!;
    if (!d.cue || !nestedRule(d.rule)) continue;
    fromOf[i] = d.source ? Math.min(d.cue.start, d.source.start) : d.cue.start;
    toOf[i] = d.source ? Math.max(d.cue.end, d.source.end) : d.cue.end;
    queries.push(i);
  }
  if (!queries.length) return;
  queries.sort((a, b) => fromOf[a]! - fromOf[b]!);
  const byStart: number[] = [];
  for (let i = 0; i < n; i++) byStart.push(i);
  byStart.sort((a, b) => drafts[a]!.content.start - drafts[b]!.content.start);
  const drop = new Uint8Array(n);
  let dropped = 0;
  let best = -1;
  let second = -1;
  let at = 0;
  for (const q of queries) {
    while (at < n && drafts[byStart[at]!]!.content.start <= fromOf[q]!) {
      const x = byStart[at++]!;
      // (twenty-sixth session, `OUTER_REPORT_WHOLE`: a content that wraps another report keeps it)
      if (drop[x] || drafts[x]!.rule.endsWith('+wraps')) continue;
      const end = drafts[x]!.content.end;
      if (best < 0 || end > drafts[best]!.content.end) {
        second = best;
        best = x;
      } else if (second < 0 || end > drafts[second]!.content.end) second = x;
    }
    const o = best === q ? second : best;
    if (o >= 0 && drafts[o]!.content.end >= toOf[q]!) {
      drop[q] = 1;
      dropped++;
    }
  }
  if (!dropped) return;
  let w = 0;
  for (let i = 0; i < n; i++) if (!drop[i]) drafts[w++] = drafts[i]!;
  drafts.length = w;
}
