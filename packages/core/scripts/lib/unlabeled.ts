/**
 * The unlabelled news of `../shared/data/unlabeled` for the checks with no hand labels (`eval-pronouns.ts`,
 * `survey-sources.ts`): where it lies, the documents of our quote sets to leave out, and the NLTK given-name lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA, SETS } from './bbcQuotes.js';

export const UNLABELED = resolve(DATA, 'unlabeled');

/** Every document of our quote sets, clean and study (`unlabeled/<corpus>/text-NN.txt#<block>` and BBC files). */
export function quoteSetDocuments(): Set<string> {
  const files = new Set<string>();
  for (const s of SETS) {
    const set = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'data', s.file), 'utf8')) as { articles: { file: string }[] };
    for (const a of set.articles) files.add(a.file);
  }
  return files;
}

/** One of the NLTK gazetteer's given-name lists (`names_male.txt`, `names_female.txt`), lower-cased. */
export function nltkNames(file: string): Set<string> {
  return new Set(readFileSync(resolve(UNLABELED, 'gazetteers_nltk', file), 'utf8').split('\n').map((x) => x.trim().toLowerCase()).filter((x) => x && !x.startsWith('#')));
}

/** Ends the script with a message (exit 0) when `../shared/data/unlabeled` is absent. */
export function skipWithoutUnlabeled(script: string): void {
  if (existsSync(UNLABELED)) return;
  console.log(`${script}: skipped: ../shared/data/unlabeled absent (${UNLABELED}).`);
  process.exit(0);
}

/** Every block (split at blank lines) of a corpus's `text-NN.txt` files, in order, with its id `unlabeled/<corpus>/text-NN.txt#<block>`. */
export function unlabeledBlocks(corpus: string): { id: string; text: string }[] {
  const blocks: { id: string; text: string }[] = [];
  for (let i = 0; ; i++) {
    const file = `text-${String(i).padStart(2, '0')}.txt`;
    const path = resolve(UNLABELED, corpus, file);
    if (!existsSync(path)) break;
    readFileSync(path, 'utf8').split('\n\n').forEach((text, b) => blocks.push({ id: `unlabeled/${corpus}/${file}#${b}`, text }));
  }
  return blocks;
}
