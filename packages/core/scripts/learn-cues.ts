/**
 * Learn attribution cue words from PolNeAR train: for every word form, how often it lies inside
 * a gold Cue span (support) and how often it appears at all; forms are grouped by lemma (the
 * extractor's own lemmatiser, `lemma.ts`, resolved against the train vocabulary). Lemmas with
 * enough support and precision (= cue occurrences / all occurrences) are kept, with their
 * precision as weight; forms whose own precision differs much from their lemma's ("claims" is
 * mostly a noun, "claimed" a verb) get their own weight. Writes
 * `src/extractors/attributions/cues.generated.ts` (weights only, no text from the corpus). Also learned:
 * two-word cues (verb + particle, "called for"; verb + to-infinitive content, "vowed to") and noun cues
 * before "that" / "to" ("claim that", "promise to"), each with its precision on train.
 *
 *   npx tsx packages/core/scripts/learn-cues.ts [--min-support 4] [--min-precision 0.08]
 *
 * Skips (exit 0) when ../shared/data/polnear/train is absent. Tune on dev only.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IRREGULAR_LEMMA, knownLemma } from '../src/extractors/attributions/lemma.js';
import { isHandCue } from '../src/extractors/attributions/cues.js';
import { REPO_ROOT, hasPolnear, readPolnear } from './lib/polnear.js';

const arg = (name: string, d: number): number => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : d);
const MIN_SUPPORT = arg('--min-support', 4);
const MIN_PRECISION = arg('--min-precision', 0.08);
const FORM_MIN_TOTAL = 12;
const PHRASE_MIN_PRECISION = arg('--min-phrase-precision', 0.2);
const NOUN_MIN_PRECISION = arg('--min-noun-precision', 0.3);

if (!hasPolnear('train')) {
  console.log('learn-cues: skipped: ../shared/data/polnear/train absent.');
  process.exit(0);
}

/** Function words that sit inside cue spans ("has said", "also noted") but never carry them. */
const STOP = new Set(
  `a an the to of in on at for by with from as and or but not no that this these those it its he she they we i you his her their our
  has have had having is was were are be been being am will would could should may might can must shall did does do also then just
  now still even already again further first later earlier there here who which what when where how why than so very more most
  mr mrs ms dr s t re ve ll d don didn doesn isn wasn aren weren won wouldn couldn shouldn hasn haven hadn`.split(/\s+/),
);
const WORD = /[A-Za-z]+/g;

const docs = readPolnear('train');
/** Per document, once: which characters are inside a gold cue, and where gold contents start. */
const marks = docs.map((d) => {
  const inCue = new Uint8Array(d.text.length);
  const contentStart = new Uint8Array(d.text.length + 2);
  for (const a of d.attributions) {
    if (a.cue) for (const p of a.cue.pieces) inCue.fill(1, p.start, p.end);
    contentStart[a.content.start] = 1;
  }
  return { inCue, contentStart };
});
const cueCount = new Map<string, number>();
const total = new Map<string, number>();
for (const [di, d] of docs.entries()) {
  const { inCue } = marks[di]!;
  for (const m of d.text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (STOP.has(w) || w.length < 2) continue;
    total.set(w, (total.get(w) ?? 0) + 1);
    if (inCue[m.index!]) cueCount.set(w, (cueCount.get(w) ?? 0) + 1);
  }
}
const vocab = new Set(total.keys());
const lemmaOf = (w: string): string => knownLemma(w, (c) => vocab.has(c)) ?? w;

const lemmas = new Map<string, { cue: number; total: number; forms: string[] }>();
for (const [w, n] of total) {
  const l = lemmaOf(w);
  const e = lemmas.get(l) ?? { cue: 0, total: 0, forms: [] };
  e.cue += cueCount.get(w) ?? 0;
  e.total += n;
  e.forms.push(w);
  lemmas.set(l, e);
}
const precision = (cue: number, all: number): number => cue / (all + 1);
const keptLemmaSet = new Set<string>();
/** A lemma the extractor reads as a cue: kept here with enough support, or on the hand-written list. */
const isCueLemma = (l: string): boolean => keptLemmaSet.has(l) || isHandCue(l);
const round = (x: number): number => Math.round(x * 1000) / 1000;

const keptLemmas: [string, number, number][] = [];
const keptForms: [string, number][] = [];
for (const [l, e] of lemmas) {
  const p = precision(e.cue, e.total);
  if (e.cue < MIN_SUPPORT || p < MIN_PRECISION) continue;
  // a cue lemma must be used as a verb: enough of its cue occurrences inflected ("said", "wants", "arguing")
  let verbal = 0;
  for (const f of e.forms) if (f !== l && (IRREGULAR_LEMMA[f] || f.endsWith('ed') || f.endsWith('ing') || (f.endsWith('s') && !f.endsWith('ss')))) verbal += cueCount.get(f) ?? 0;
  if (verbal < 0.25 * e.cue) continue;
  keptLemmas.push([l, round(p), e.cue]);
  keptLemmaSet.add(l);
  for (const f of e.forms) {
    const n = total.get(f)!;
    const fp = precision(cueCount.get(f) ?? 0, n);
    if (n >= FORM_MIN_TOTAL && Math.abs(fp - p) > 0.15) keptForms.push([f, round(fp)]);
  }
}
// ----- verb + particle phrases ("called for", "pointed out", "referred to") and verbs whose content is a
// to-infinitive ("wants to …", "plans to …"): for each lemma and following word, how often the pair is
// a cue with the particle inside the cue (particle) or with the content starting at the word (infinitive)
const PARTICLES = new Set(['to', 'for', 'out', 'about', 'on', 'against', 'of', 'up', 'at', 'over', 'into', 'as', 'back', 'down']);
const pairTotal = new Map<string, number>();
const pairParticle = new Map<string, number>();
const pairInfinitive = new Map<string, number>();
const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};
for (const [di, d] of docs.entries()) {
  const { inCue, contentStart } = marks[di]!;
  let prev: { w: string; at: number } | null = null;
  for (const m of d.text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const at = m.index!;
    if (prev && PARTICLES.has(w) && at - prev.at - prev.w.length <= 1) {
      const key = `${lemmaOf(prev.w)} ${w}`;
      bump(pairTotal, key);
      if (inCue[prev.at] && inCue[at]) bump(pairParticle, key);
      else if (inCue[prev.at] && (contentStart[at] || contentStart[at - 1])) bump(pairInfinitive, key);
    }
    prev = { w, at };
  }
}
const keptPhrases: [string, 'particle' | 'infinitive', number, number][] = [];
for (const [key, n] of pairTotal) {
  const part = pairParticle.get(key) ?? 0;
  const inf = pairInfinitive.get(key) ?? 0;
  const [kind, hits] = part >= inf ? (['particle', part] as const) : (['infinitive', inf] as const);
  const p = precision(hits, n);
  if (hits >= MIN_SUPPORT && p >= PHRASE_MIN_PRECISION) keptPhrases.push([key, kind, round(p), hits]);
}
keptPhrases.sort((a, b) => b[3] - a[3] || (a[0] < b[0] ? -1 : 1));

// ----- noun cues: "Trump's claim that …", "his promise to …", "the suggestion that …": a noun after a
// determiner or possessive and before "that" / "to", a cue when its content starts right after it
const NOUN_OPENERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an', 's', 'this', 'our', 'my']);
const nounTotal = new Map<string, number>();
const nounHit = new Map<string, number>();
for (const [di, d] of docs.entries()) {
  const { inCue, contentStart } = marks[di]!;
  const words = [...d.text.matchAll(WORD)];
  for (let i = 1; i + 2 < words.length; i++) {
    const next = words[i + 1]![0].toLowerCase();
    const w = words[i]![0].toLowerCase();
    if ((next !== 'that' && next !== 'to') || w.length < 4 || !NOUN_OPENERS.has(words[i - 1]![0].toLowerCase())) continue;
    const key = `${w} ${next}`;
    bump(nounTotal, key);
    const at = words[i + 1]!.index!;
    if (inCue[words[i]!.index!] && (contentStart[at] || contentStart[at - 1] || contentStart[words[i + 2]!.index!])) bump(nounHit, key);
  }
}
const keptNouns: [string, number, number][] = [];
for (const [key, n] of nounTotal) {
  const hits = nounHit.get(key) ?? 0;
  const p = precision(hits, n);
  if (hits >= MIN_SUPPORT && p >= NOUN_MIN_PRECISION) keptNouns.push([key, round(p), hits]);
}
keptNouns.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));

keptLemmas.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
keptForms.sort((a, b) => (a[0] < b[0] ? -1 : 1));

// ----- forms that are almost never a cue although their lemma is one ("state", "states": nouns; "tweet",
// "post"): frequent, and inside a gold cue under OFF_FORM_MAX_PRECISION of the time
const OFF_FORM_MIN_TOTAL = 20;
const OFF_FORM_MAX_PRECISION = arg('--max-off-precision', 0.05);
const offForms: [string, number, number][] = [];
for (const [w, n] of total) {
  if (n < OFF_FORM_MIN_TOTAL || !isCueLemma(lemmaOf(w))) continue;
  const p = precision(cueCount.get(w) ?? 0, n);
  if (p < OFF_FORM_MAX_PRECISION) offForms.push([w, round(p), n]);
}
offForms.sort((a, b) => (a[0] < b[0] ? -1 : 1));

const out = `// Generated by packages/core/scripts/learn-cues.ts from PolNeAR train (${docs.length} articles,
// one annotator each). Do not edit: rerun the script. Weights are precisions (how often the word is
// inside a gold cue when it appears, add-one smoothed); support is the number of cue occurrences.
// min support ${MIN_SUPPORT}, min precision ${MIN_PRECISION}.

/** lemma → [weight, support] */
export const CUE_LEMMAS: Readonly<Record<string, readonly [number, number]>> = {
${keptLemmas.map(([l, p, n]) => `  ${JSON.stringify(l)}: [${p}, ${n}],`).join('\n')}
};

/**
 * lemma + next word → [kind, weight, support]: "particle" phrases are cues of two words ("call for"),
 * "infinitive" ones take a to-infinitive as their content ("want to").
 */
export const CUE_PHRASES: Readonly<Record<string, readonly ['particle' | 'infinitive', number, number]>> = {
${keptPhrases.map(([k, kind, p, n]) => `  ${JSON.stringify(k)}: [${JSON.stringify(kind)}, ${p}, ${n}],`).join('\n')}
};

/** noun + "that" | "to" after a determiner or possessive → [weight, support] ("claim that", "promise to"). */
export const CUE_NOUNS: Readonly<Record<string, readonly [number, number]>> = {
${keptNouns.map(([k, p, n]) => `  ${JSON.stringify(k)}: [${p}, ${n}],`).join('\n')}
};

/** Word forms that are no cue although their lemma is: form → [precision, occurrences] ("states" is a noun). */
export const CUE_OFF_FORMS: Readonly<Record<string, readonly [number, number]>> = {
${offForms.map(([f, p, n]) => `  ${JSON.stringify(f)}: [${p}, ${n}],`).join('\n')}
};

/** Word forms whose own weight differs from their lemma's. */
export const CUE_FORMS: Readonly<Record<string, number>> = {
${keptForms.map(([f, p]) => `  ${JSON.stringify(f)}: ${p},`).join('\n')}
};
`;
const file = resolve(REPO_ROOT, 'packages/core/src/extractors/attributions/cues.generated.ts');
writeFileSync(file, out);
console.log(`learn-cues: ${keptLemmas.length} lemmas, ${keptForms.length} form overrides, ${keptPhrases.length} phrases → ${file}`);
console.log('off forms:', offForms.map(([f, p, n]) => `${f} ${p} (${n})`).join(', '));
console.log('nouns:', keptNouns.map(([k, p, n]) => `${k} ${p} (${n})`).join(', '));
console.log('phrases:', keptPhrases.map(([k, kind, p, n]) => `${k} ${kind} ${p} (${n})`).join(', '));
console.log('top:', keptLemmas.slice(0, 40).map(([l, p, n]) => `${l} ${p} (${n})`).join(', '));
