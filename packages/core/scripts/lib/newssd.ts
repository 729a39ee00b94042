/** NewsSD-ENG (sentence-level objective vs subjective news sentences), read from ../shared/data. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const NEWSSD_DIR = resolve(DATA_DIR, 'newssd-eng');

/** Parse CSV (RFC 4180: quoted fields with doubled quotes and newlines) with the given separator. */
export function parseCsv(text: string, sep = ','): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface LabelledSentence {
  text: string;
  /** Subjective / opinion. */
  subjective: boolean;
}

export function hasNewsSd(): boolean {
  return existsSync(resolve(NEWSSD_DIR, 'train.csv')) && existsSync(resolve(NEWSSD_DIR, 'val.csv'));
}

export function readNewsSd(split: 'train' | 'val'): LabelledSentence[] {
  const rows = parseCsv(readFileSync(resolve(NEWSSD_DIR, `${split}.csv`), 'utf8'));
  return rows.slice(1).map((r) => ({ text: r[0]!.trim(), subjective: r[1]!.trim() === 'SUBJ' }));
}
