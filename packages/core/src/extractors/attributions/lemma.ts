/**
 * A small verb lemmatiser for cue words: irregular forms by table, regular ones by undoing the
 * inflection rules (-s, -es, -ies, -ed, -d, -ied, doubled consonants, -ing). It proposes the
 * candidate lemmas of a form, most likely first; a lexicon (the learned cue table) picks the
 * first one it knows, so no dictionary of English is needed at run time.
 */

/** Irregular verb forms → lemma (only verbs that report, think or perceive, and auxiliaries). */
export const IRREGULAR_LEMMA: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', knew: 'know', known: 'know',
  saw: 'see', seen: 'see', felt: 'feel', heard: 'hear', taught: 'teach', spoke: 'speak', spoken: 'speak', understood: 'understand',
  meant: 'mean', held: 'hold', gave: 'give', given: 'give', made: 'make', found: 'find', took: 'take', taken: 'take', forgot: 'forget',
  forgotten: 'forget', forecast: 'forecast', foresaw: 'foresee', foreseen: 'foresee', swore: 'swear', sworn: 'swear', bet: 'bet',
  read: 'read', led: 'lead', chose: 'choose', chosen: 'choose', sought: 'seek', brought: 'bring', got: 'get',
  gotten: 'get', became: 'become', showed: 'show', shown: 'show', went: 'go', gone: 'go', put: 'put', set: 'set', let: 'let',
  sang: 'sing', sung: 'sing', fought: 'fight', dreamt: 'dream', learnt: 'learn', struck: 'strike', stood: 'stand', came: 'come',
};

const VOWELS = 'aeiou';

/**
 * Candidate lemmas of a lower-case word form, most likely first (the form itself last, unless it
 * has no inflectional ending), then the -ize spelling of a British -ise candidate. Always at most
 * twelve candidates; no regex, linear in the form.
 */
export function lemmaCandidates(form: string): string[] {
  const irregular = IRREGULAR_LEMMA[form];
  if (irregular) return [irregular];
  const n = form.length;
  const out: string[] = [];
  if (n > 4 && form.endsWith('ing')) {
    const stem = form.slice(0, -3);
    out.push(`${stem}e`, stem);
    if (doubled(stem)) out.push(stem.slice(0, -1));
    if (stem.endsWith('y')) out.push(`${stem.slice(0, -1)}ie`);
  } else if (n > 3 && form.endsWith('ed')) {
    const stem = form.slice(0, -2);
    if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
    out.push(`${stem}e`, stem);
    if (doubled(stem)) out.push(stem.slice(0, -1));
  } else if (n > 3 && form.endsWith('s') && !form.endsWith('ss') && !form.endsWith('us') && !form.endsWith('is')) {
    if (form.endsWith('ies')) out.push(`${form.slice(0, -3)}y`);
    out.push(form.slice(0, -1));
    if (form.endsWith('es')) out.push(form.slice(0, -2));
  }
  out.push(form);
  // British spellings of -ize / -yze verbs ("criticised" → criticize, "analysed" → analyze), after the candidates as written
  const n0 = out.length;
  for (let i = 0; i < n0; i++) {
    const c = out[i]!;
    if (c.length > 5 && (c.endsWith('ise') || c.endsWith('yse'))) out.push(`${c.slice(0, -2)}ze`);
  }
  return out;
}

/** "admitt" (from "admitted"): a doubled final consonant that the inflection added. */
function doubled(stem: string): boolean {
  const n = stem.length;
  return n > 2 && stem[n - 1] === stem[n - 2] && !VOWELS.includes(stem[n - 1]!);
}

/** The first candidate lemma of `form` that `known` holds, or undefined. */
export function knownLemma(form: string, known: (lemma: string) => boolean): string | undefined {
  for (const c of lemmaCandidates(form)) if (known(c)) return c;
  return undefined;
}
