/**
 * Our quote sets (`scripts/data/bbc-quotes*.json`, and `news-quotes-*.json` of other outlets): the list of sets, how an
 * article is read, the one-to-one span matching and the speaker rule that `eval-speakers.ts` scores with and
 * `train-speaker-ranker.ts` trains with.
 */
import { bestPairs, type ScoredPair } from './matching.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/data`, beside the repository. */
export const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data');
/** The BBC News articles the `bbc-quotes*.json` sets index. */
export const BBC = resolve(DATA, 'bbc-news');

/**
 * The sets after the first: study sets may be studied (`--set K`); clean ones are held out and never tuned on. `outlet`: a
 * set of other outlets than the BBC (`news-quotes-*.json`, eighteenth session: ABC Australia, Reuters, NYT / AP, WSJ), pooled
 * apart from the BBC sets.
 */
export const SETS: readonly { no: number; file: string; name: string; clean: boolean; outlet?: true }[] = [
  { no: 2, file: 'bbc-quotes-2.json', name: 'second study set', clean: false },
  { no: 3, file: 'bbc-quotes-3.json', name: 'third set, held out', clean: true },
  { no: 4, file: 'bbc-quotes-4.json', name: 'fourth study set', clean: false },
  { no: 5, file: 'bbc-quotes-5.json', name: 'fifth set, held out', clean: true },
  { no: 6, file: 'bbc-quotes-6.json', name: 'sixth study set', clean: false },
  { no: 7, file: 'bbc-quotes-7.json', name: 'seventh study set', clean: false },
  { no: 8, file: 'bbc-quotes-8.json', name: 'eighth study set', clean: false },
  { no: 9, file: 'bbc-quotes-9.json', name: 'ninth set, held out', clean: true },
  { no: 10, file: 'bbc-quotes-10.json', name: 'tenth study set', clean: false },
  { no: 11, file: 'bbc-quotes-11.json', name: 'eleventh set, held out', clean: true },
  { no: 12, file: 'bbc-quotes-12.json', name: 'twelfth study set', clean: false },
  { no: 13, file: 'bbc-quotes-13.json', name: 'thirteenth study set', clean: false },
  { no: 14, file: 'bbc-quotes-14.json', name: 'fourteenth study set', clean: false },
  { no: 15, file: 'bbc-quotes-15.json', name: 'fifteenth set, held out', clean: true },
  { no: 16, file: 'bbc-quotes-16.json', name: 'sixteenth set, held out', clean: true },
  { no: 17, file: 'bbc-quotes-17.json', name: 'seventeenth study set', clean: false },
  { no: 18, file: 'bbc-quotes-18.json', name: 'eighteenth study set', clean: false },
  { no: 19, file: 'bbc-quotes-19.json', name: 'nineteenth study set', clean: false },
  { no: 20, file: 'bbc-quotes-20.json', name: 'twentieth study set', clean: false },
  { no: 21, file: 'bbc-quotes-21.json', name: 'twenty-first study set', clean: false },
  { no: 22, file: 'bbc-quotes-22.json', name: 'twenty-second study set', clean: false },
  { no: 23, file: 'bbc-quotes-23.json', name: 'twenty-third study set', clean: false },
  { no: 24, file: 'bbc-quotes-24.json', name: 'twenty-fourth study set', clean: false },
  { no: 25, file: 'bbc-quotes-25.json', name: 'twenty-fifth study set', clean: false },
  { no: 26, file: 'bbc-quotes-26.json', name: 'twenty-sixth study set', clean: false },
  { no: 27, file: 'bbc-quotes-27.json', name: 'twenty-seventh study set', clean: false },
  { no: 28, file: 'bbc-quotes-28.json', name: 'twenty-eighth study set', clean: false },
  { no: 29, file: 'bbc-quotes-29.json', name: 'twenty-ninth study set', clean: false },
  { no: 30, file: 'bbc-quotes-30.json', name: 'thirtieth study set', clean: false },
  { no: 31, file: 'bbc-quotes-31.json', name: 'thirty-first study set', clean: false },
  { no: 32, file: 'bbc-quotes-32.json', name: 'thirty-second study set', clean: false },
  { no: 33, file: 'bbc-quotes-33.json', name: 'thirty-third set, held out', clean: true },
  { no: 34, file: 'bbc-quotes-34.json', name: 'thirty-fourth set, held out', clean: true },
  { no: 35, file: 'bbc-quotes-35.json', name: 'thirty-fifth study set', clean: false },
  { no: 36, file: 'bbc-quotes-36.json', name: 'thirty-sixth study set', clean: false },
  { no: 37, file: 'bbc-quotes-37.json', name: 'thirty-seventh set, held out', clean: true },
  { no: 38, file: 'bbc-quotes-38.json', name: 'thirty-eighth set, held out', clean: true },
  { no: 39, file: 'bbc-quotes-39.json', name: 'thirty-ninth study set', clean: false },
  { no: 40, file: 'bbc-quotes-40.json', name: 'fortieth study set', clean: false },
  { no: 41, file: 'bbc-quotes-41.json', name: 'forty-first set, held out', clean: true },
  { no: 42, file: 'bbc-quotes-42.json', name: 'forty-second set, held out', clean: true },
  { no: 43, file: 'bbc-quotes-43.json', name: 'forty-third set, held out', clean: true },
  { no: 44, file: 'bbc-quotes-44.json', name: 'forty-fourth set, held out', clean: true },
  { no: 45, file: 'bbc-quotes-45.json', name: 'forty-fifth study set', clean: false },
  { no: 46, file: 'bbc-quotes-46.json', name: 'forty-sixth study set', clean: false },
  { no: 47, file: 'bbc-quotes-47.json', name: 'forty-seventh set, held out', clean: true },
  { no: 48, file: 'bbc-quotes-48.json', name: 'forty-eighth set, held out', clean: true },
  { no: 49, file: 'bbc-quotes-49.json', name: 'forty-ninth study set', clean: false },
  { no: 50, file: 'bbc-quotes-50.json', name: 'fiftieth study set', clean: false },
  { no: 51, file: 'bbc-quotes-51.json', name: 'fifty-first study set', clean: false },
  { no: 52, file: 'bbc-quotes-52.json', name: 'fifty-second study set', clean: false },
  { no: 53, file: 'bbc-quotes-53.json', name: 'fifty-third study set', clean: false },
  { no: 54, file: 'bbc-quotes-54.json', name: 'fifty-fourth study set', clean: false },
  { no: 55, file: 'bbc-quotes-55.json', name: 'fifty-fifth study set', clean: false },
  { no: 56, file: 'bbc-quotes-56.json', name: 'fifty-sixth study set', clean: false },
  { no: 57, file: 'bbc-quotes-57.json', name: 'fifty-seventh study set', clean: false },
  { no: 58, file: 'bbc-quotes-58.json', name: 'fifty-eighth study set', clean: false },
  { no: 59, file: 'bbc-quotes-59.json', name: 'fifty-ninth study set', clean: false },
  { no: 60, file: 'bbc-quotes-60.json', name: 'sixtieth study set', clean: false },
  { no: 61, file: 'bbc-quotes-61.json', name: 'sixty-first study set', clean: false },
  { no: 62, file: 'bbc-quotes-62.json', name: 'sixty-second study set', clean: false },
  { no: 63, file: 'bbc-quotes-63.json', name: 'sixty-third study set', clean: false },
  { no: 64, file: 'bbc-quotes-64.json', name: 'sixty-fourth study set', clean: false },
  { no: 65, file: 'bbc-quotes-65.json', name: 'sixty-fifth study set', clean: false },
  { no: 66, file: 'bbc-quotes-66.json', name: 'sixty-sixth study set', clean: false },
  { no: 67, file: 'bbc-quotes-67.json', name: 'sixty-seventh study set', clean: false },
  { no: 68, file: 'bbc-quotes-68.json', name: 'sixty-eighth study set', clean: false },
  { no: 69, file: 'bbc-quotes-69.json', name: 'sixty-ninth study set', clean: false },
  { no: 70, file: 'bbc-quotes-70.json', name: 'seventieth study set', clean: false },
  { no: 71, file: 'bbc-quotes-71.json', name: 'seventy-first study set', clean: false },
  { no: 72, file: 'bbc-quotes-72.json', name: 'seventy-second study set', clean: false },
  { no: 101, file: 'news-quotes-1.json', name: 'first outlet set (ABC Australia), held out', clean: true, outlet: true },
  { no: 102, file: 'news-quotes-2.json', name: 'second outlet set (ABC Australia), study', clean: false, outlet: true },
  { no: 103, file: 'news-quotes-3.json', name: 'third outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 104, file: 'news-quotes-4.json', name: 'fourth outlet set (Reuters), study', clean: false, outlet: true },
  { no: 105, file: 'news-quotes-5.json', name: 'fifth outlet set (NYT / AP), held out', clean: true, outlet: true },
  { no: 106, file: 'news-quotes-6.json', name: 'sixth outlet set (NYT / AP), study', clean: false, outlet: true },
  { no: 107, file: 'news-quotes-7.json', name: 'seventh outlet set (ABC Australia), held out', clean: true, outlet: true },
  { no: 108, file: 'news-quotes-8.json', name: 'eighth outlet set (ABC Australia), study', clean: false, outlet: true },
  { no: 109, file: 'news-quotes-9.json', name: 'ninth outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 110, file: 'news-quotes-10.json', name: 'tenth outlet set (Reuters), study', clean: false, outlet: true },
  { no: 111, file: 'news-quotes-11.json', name: 'eleventh outlet set (NYT / AP), held out', clean: true, outlet: true },
  { no: 112, file: 'news-quotes-12.json', name: 'twelfth outlet set (NYT / AP), study', clean: false, outlet: true },
  { no: 113, file: 'news-quotes-13.json', name: 'thirteenth outlet set (NYT / AP), held out', clean: true, outlet: true },
  { no: 114, file: 'news-quotes-14.json', name: 'fourteenth outlet set (NYT / AP), study', clean: false, outlet: true },
  { no: 115, file: 'news-quotes-15.json', name: 'fifteenth outlet set (WSJ), held out', clean: true, outlet: true },
  { no: 116, file: 'news-quotes-16.json', name: 'sixteenth outlet set (WSJ), study', clean: false, outlet: true },
  { no: 117, file: 'news-quotes-17.json', name: 'seventeenth outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 118, file: 'news-quotes-18.json', name: 'eighteenth outlet set (Reuters), study', clean: false, outlet: true },
  { no: 119, file: 'news-quotes-19.json', name: 'nineteenth outlet set (ABC Australia), held out', clean: true, outlet: true },
  { no: 120, file: 'news-quotes-20.json', name: 'twentieth outlet set (ABC Australia), study', clean: false, outlet: true },
  { no: 121, file: 'news-quotes-21.json', name: 'twenty-first outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 122, file: 'news-quotes-22.json', name: 'twenty-second outlet set (Reuters), study', clean: false, outlet: true },
  { no: 123, file: 'news-quotes-23.json', name: 'twenty-third outlet set (Reuters 1987), held out', clean: true, outlet: true },
  { no: 124, file: 'news-quotes-24.json', name: 'twenty-fourth outlet set (Reuters 1987), study', clean: false, outlet: true },
  { no: 125, file: 'news-quotes-25.json', name: 'twenty-fifth outlet set (NYT / AP), held out', clean: true, outlet: true },
  { no: 126, file: 'news-quotes-26.json', name: 'twenty-sixth outlet set (NYT / AP), study', clean: false, outlet: true },
  { no: 127, file: 'news-quotes-27.json', name: 'twenty-seventh outlet set (ABC Australia), held out', clean: true, outlet: true },
  { no: 128, file: 'news-quotes-28.json', name: 'twenty-eighth outlet set (ABC Australia), study', clean: false, outlet: true },
  { no: 129, file: 'news-quotes-29.json', name: 'twenty-ninth outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 130, file: 'news-quotes-30.json', name: 'thirtieth outlet set (Reuters), study', clean: false, outlet: true },
  { no: 131, file: 'news-quotes-31.json', name: 'thirty-first outlet set (WSJ), held out', clean: true, outlet: true },
  { no: 132, file: 'news-quotes-32.json', name: 'thirty-second outlet set (WSJ), study', clean: false, outlet: true },
  { no: 133, file: 'news-quotes-33.json', name: 'thirty-third outlet set (Reuters 1987), held out', clean: true, outlet: true },
  { no: 134, file: 'news-quotes-34.json', name: 'thirty-fourth outlet set (Reuters 1987), study', clean: false, outlet: true },
  { no: 135, file: 'news-quotes-35.json', name: 'thirty-fifth outlet set (ABC Australia), held out', clean: true, outlet: true },
  { no: 136, file: 'news-quotes-36.json', name: 'thirty-sixth outlet set (ABC Australia), study', clean: false, outlet: true },
  { no: 137, file: 'news-quotes-37.json', name: 'thirty-seventh outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 138, file: 'news-quotes-38.json', name: 'thirty-eighth outlet set (Reuters), study', clean: false, outlet: true },
  { no: 139, file: 'news-quotes-39.json', name: 'thirty-ninth outlet set (WSJ), held out', clean: true, outlet: true },
  { no: 140, file: 'news-quotes-40.json', name: 'fortieth outlet set (WSJ), study', clean: false, outlet: true },
  { no: 141, file: 'news-quotes-41.json', name: 'forty-first outlet set (Reuters 1987), held out', clean: true, outlet: true },
  { no: 142, file: 'news-quotes-42.json', name: 'forty-second outlet set (Reuters 1987), study', clean: false, outlet: true },
  { no: 143, file: 'news-quotes-43.json', name: 'forty-third outlet set (NYT / AP), held out', clean: true, outlet: true },
  { no: 144, file: 'news-quotes-44.json', name: 'forty-fourth outlet set (NYT / AP), study', clean: false, outlet: true },
  { no: 145, file: 'news-quotes-45.json', name: 'forty-fifth outlet set (ABC Australia), held out', clean: true, outlet: true },
  { no: 146, file: 'news-quotes-46.json', name: 'forty-sixth outlet set (ABC Australia), study', clean: false, outlet: true },
  { no: 147, file: 'news-quotes-47.json', name: 'forty-seventh outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 148, file: 'news-quotes-48.json', name: 'forty-eighth outlet set (Reuters), study', clean: false, outlet: true },
  { no: 149, file: 'news-quotes-49.json', name: 'forty-ninth outlet set (Reuters 1987), held out', clean: true, outlet: true },
  { no: 150, file: 'news-quotes-50.json', name: 'fiftieth outlet set (Reuters 1987), study', clean: false, outlet: true },
  { no: 151, file: 'news-quotes-51.json', name: 'fifty-first outlet set (NYT / AP), held out', clean: true, outlet: true },
  { no: 152, file: 'news-quotes-52.json', name: 'fifty-second outlet set (NYT / AP), study', clean: false, outlet: true },
  { no: 153, file: 'news-quotes-53.json', name: 'fifty-third outlet set (ABC Australia), held out', clean: true, outlet: true },
  { no: 154, file: 'news-quotes-54.json', name: 'fifty-fourth outlet set (ABC Australia), study', clean: false, outlet: true },
  { no: 155, file: 'news-quotes-55.json', name: 'fifty-fifth outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 156, file: 'news-quotes-56.json', name: 'fifty-sixth outlet set (Reuters), study', clean: false, outlet: true },
  { no: 157, file: 'news-quotes-57.json', name: 'fifty-seventh outlet set (Reuters 1987), held out', clean: true, outlet: true },
  { no: 158, file: 'news-quotes-58.json', name: 'fifty-eighth outlet set (Reuters 1987), study', clean: false, outlet: true },
  { no: 159, file: 'news-quotes-59.json', name: 'fifty-ninth outlet set (ABC Australia), held out', clean: true, outlet: true },
  { no: 160, file: 'news-quotes-60.json', name: 'sixtieth outlet set (ABC Australia), study', clean: false, outlet: true },
  { no: 161, file: 'news-quotes-61.json', name: 'sixty-first outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 162, file: 'news-quotes-62.json', name: 'sixty-second outlet set (Reuters), study', clean: false, outlet: true },
  { no: 163, file: 'news-quotes-63.json', name: 'sixty-third outlet set (Reuters 1987), held out', clean: true, outlet: true },
  { no: 164, file: 'news-quotes-64.json', name: 'sixty-fourth outlet set (Reuters 1987), study', clean: false, outlet: true },
  { no: 165, file: 'news-quotes-65.json', name: 'sixty-fifth outlet set (WSJ), held out', clean: true, outlet: true },
  { no: 166, file: 'news-quotes-66.json', name: 'sixty-sixth outlet set (WSJ), study', clean: false, outlet: true },
  { no: 167, file: 'news-quotes-67.json', name: 'sixty-seventh outlet set (ABC Australia), held out', clean: true, outlet: true },
  { no: 168, file: 'news-quotes-68.json', name: 'sixty-eighth outlet set (ABC Australia), study', clean: false, outlet: true },
  { no: 169, file: 'news-quotes-69.json', name: 'sixty-ninth outlet set (Reuters), held out', clean: true, outlet: true },
  { no: 170, file: 'news-quotes-70.json', name: 'seventieth outlet set (Reuters), study', clean: false, outlet: true },
  { no: 171, file: 'news-quotes-71.json', name: 'seventy-first outlet set (Reuters 1987), held out', clean: true, outlet: true },
  { no: 172, file: 'news-quotes-72.json', name: 'seventy-second outlet set (Reuters 1987), study', clean: false, outlet: true },
  { no: 173, file: 'news-quotes-73.json', name: 'seventy-third outlet set (WSJ), held out', clean: true, outlet: true },
  { no: 174, file: 'news-quotes-74.json', name: 'seventy-fourth outlet set (WSJ), study', clean: false, outlet: true },
];

export interface GoldQuote {
  start: number;
  end: number;
  /** The speaker's name as the article gives it (alternatives as a list), or null: unnamed / vague. */
  speaker: string | string[] | null;
}
export interface GoldArticle {
  file: string;
  heldOut: boolean;
  /** Length of the text as read here: a check that the offsets fit the file. */
  length: number;
  quotes: GoldQuote[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** As `scripts/corpus.mjs` reads the corpus: UTF-8, or Latin-1 when the bytes are not valid UTF-8. */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

const blockFiles = new Map<string, string[]>();
/**
 * The text of a set's article, or null when its corpus is absent: a BBC file (`politics/051.txt`), or a block of an
 * unlabeled corpus (`unlabeled/abc_news/text-00.txt#10`: the file split at blank lines, block 10 counted from 0).
 */
export function articleText(file: string): string | null {
  const hash = file.indexOf('#');
  if (hash < 0) {
    const path = resolve(BBC, file);
    return existsSync(path) ? readText(path) : null;
  }
  const path = resolve(DATA, file.slice(0, hash));
  let blocks = blockFiles.get(path);
  if (blocks === undefined) {
    if (!existsSync(path)) return null;
    blocks = readFileSync(path, 'utf8').split('\n\n');
    blockFiles.set(path, blocks);
  }
  return blocks[Number(file.slice(hash + 1))] ?? null;
}

/** One-to-one matching of predicted to gold spans, best overlap first (share of the longer span). */
export function matchSpans(gold: readonly { start: number; end: number }[], pred: readonly { start: number; end: number }[], threshold: number): Map<number, number> {
  const pairs: ScoredPair[] = [];
  for (let g = 0; g < gold.length; g++) {
    const a = gold[g]!;
    for (let p = 0; p < pred.length; p++) {
      const b = pred[p]!;
      const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (shared <= 0) continue;
      const ratio = shared / Math.max(a.end - a.start, b.end - b.start);
      if (ratio >= threshold) pairs.push({ g, p, ratio });
    }
  }
  return bestPairs(pairs);
}

export const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\p{N}'’ -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
export const lastWord = (s: string): string => norm(s).split(' ').pop() ?? '';

/** Is the predicted speaker the gold one (see the header)? */
export function speakerRight(gold: string | string[] | null, name: string | null, linked: boolean, kind: string | null): boolean {
  if (gold === null) return name === null || (!linked && kind !== 'named');
  if (name === null) return false;
  const n = norm(name);
  const last = lastWord(name);
  for (const g of Array.isArray(gold) ? gold : [gold]) {
    if (norm(g) === n || lastWord(g) === last) return true;
  }
  return false;
}


/** A labelled source of `bbc-nominals.json`, `bbc-sources.json` or `outlet-sources.json`: the speaker a source presslens read stands for. */
export interface SourceItem {
  file: string;
  length: number;
  sourceStart: number;
  sourceEnd: number;
  contentStart: number;
  kind: string;
  speaker: string | string[] | null;
  /**
   * bbc-nominals.json: 1: made at 7be39ee (before round fourteen h); 2: made at 33e4c9b (before round fourteen j); 3: made at
   * dbbc01d (round fifteen); 4: made at 880a498 (round fifteen, at its end). bbc-sources.json: 1 (thirteenth session).
   * outlet-sources.json: odd batches the study halves, even ones the held-out halves (1–4 made in the twenty-fourth session at a7aedff
   * and 02d9c8e; 5–14 in the twenty-fifth, each round from that session's build of the time).
   */
  batch: number;
  /** A held-out item (`outlet-sources.json`, an even batch): scored, pooled, never listed, never trained on. */
  heldOut?: true;
  /** The marked words are not who speaks (its speaker is then null). */
  misread?: true;
}

/** The labelled sources of a file such as `bbc-sources.json`, by article, in file order. */
export function sourceItemsByFile(path: string): Map<string, SourceItem[]> {
  const byFile = new Map<string, SourceItem[]>();
  for (const it of (JSON.parse(readFileSync(path, 'utf8')) as { items: SourceItem[] }).items) {
    const list = byFile.get(it.file);
    if (list) list.push(it);
    else byFile.set(it.file, [it]);
  }
  return byFile;
}

/** The attribution a labelled source belongs to: the one with its content's start, else the one whose source overlaps it. */
export function attributionOfItem<T extends { content: { start: number }; source: { start: number; end: number } | null }>(list: readonly T[], it: SourceItem): T | undefined {
  return list.find((x) => x.content.start === it.contentStart) ?? list.find((x) => x.source !== null && x.source.start < it.sourceEnd && it.sourceStart < x.source.end);
}
