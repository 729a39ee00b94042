/**
 * Newspapers named after the day they come out ("the Sunday Telegraph", "the Mail on Sunday"): the temporal grammar reads
 * "Sunday" as a date and the NER model then tags the rest alone ("Telegraph") or as a person ("Sunday Mirror" → "Mirror"),
 * so the paper's name is found here first, before dates and names, and kept whole as an organisation.
 */
import type { TokenView } from './numbers.js';

/** The words a paper's name ends in after "Sunday" ("Sunday Times", "Sunday Business"). */
const PAPER_WORDS: ReadonlySet<string> = new Set([
  'Times', 'Telegraph', 'Mirror', 'Express', 'Herald', 'Post', 'Mail', 'Business', 'People', 'Star', 'Sun', 'Tribune',
  'Independent', 'World', 'Standard', 'Observer', 'Sport', 'Age', 'Nation', 'Record', 'Journal', 'News', 'Chronicle',
  'Gazette', 'Argus', 'Examiner', 'Mercury', 'Pictorial', 'Guardian', 'Statesman', 'Monitor', 'Leader', 'Dispatch',
]);
/** The words a paper's name starts with before "on Sunday" ("Mail on Sunday", "Scotland on Sunday"). */
const ON_SUNDAY_WORDS: ReadonlySet<string> = new Set(['Mail', 'Independent', 'Scotland', 'Wales', 'Sport']);
/** Words before "Sunday" that make it a day ("on Sunday Times readers …" is rare; "last Sunday Post Office …" is not a paper). */
const DAY_BEFORE: ReadonlySet<string> = new Set([
  'on', 'last', 'next', 'this', 'every', 'until', 'till', 'since', 'by', 'from', 'each', 'late', 'early', 'of', 'before', 'after',
  'and', 'or', 'to', 'through',
]);

const isCapitalised = (w: string | undefined): boolean => w !== undefined && w.length > 0 && w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;

/** Token ranges `[from, to)` of newspaper names built on "Sunday", in text order. */
export function findPressNames(view: TokenView): { from: number; to: number }[] {
  const { raw, low } = view;
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== 'Sunday') continue;
    // "the Sunday Telegraph": a paper's word after "Sunday", no further capitalised word ("Sunday Post Office")
    const next = raw[i + 1];
    if (next !== undefined && PAPER_WORDS.has(next) && !isCapitalised(raw[i + 2]) && !DAY_BEFORE.has(low[i - 1] ?? '') && adjacentWords(view, i, i + 1)) {
      out.push({ from: i, to: i + 2 });
      i++;
      continue;
    }
    // "the Mail on Sunday"
    if (i >= 2 && low[i - 1] === 'on' && ON_SUNDAY_WORDS.has(raw[i - 2]!) && adjacentWords(view, i - 2, i - 1) && adjacentWords(view, i - 1, i) && (out.length === 0 || out[out.length - 1]!.to <= i - 2)) {
      out.push({ from: i - 2, to: i + 1 });
    }
  }
  return out;
}

/** Tokens `a` and `b` are words of one line, one space apart at most. */
function adjacentWords(view: TokenView, a: number, b: number): boolean {
  const gap = view.tokens.start[b]! - view.tokens.end[a]!;
  return gap >= 0 && gap <= 1 && view.text.charCodeAt(view.tokens.end[a]!) !== 10;
}
