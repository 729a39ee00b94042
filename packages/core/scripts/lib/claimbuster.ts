/** ClaimBuster two-class check-worthiness data (the spotter's train/test split as released). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from './newssd.js';

export const CLAIMBUSTER_DIR = resolve(DATA_DIR, 'claimbuster/two_class');

export interface CheckSentence {
  text: string;
  checkworthy: boolean;
}

export function hasClaimBuster(): boolean {
  return existsSync(resolve(CLAIMBUSTER_DIR, 'train.json')) && existsSync(resolve(CLAIMBUSTER_DIR, 'test.json'));
}

export function readClaimBuster(split: 'train' | 'test'): CheckSentence[] {
  const rows = JSON.parse(readFileSync(resolve(CLAIMBUSTER_DIR, `${split}.json`), 'utf8')) as { label: number; text: string }[];
  return rows.map((r) => ({ text: r.text.trim(), checkworthy: r.label === 1 }));
}
