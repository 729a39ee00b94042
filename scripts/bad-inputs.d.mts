// Types of scripts/bad-inputs.mjs, written without Node's types so any package's tests can use them.
export function pseudoRandomBytes(n: number, seed?: number): Uint8Array;
export function latin1(bytes: Uint8Array): string;
export function newsParagraph(i: number): string;
export function newsArticle(n: number, newline?: string): string;
export interface ScalableBadInput {
  name: string;
  make(n: number): string;
}
export const SCALABLE_BAD_INPUTS: readonly ScalableBadInput[];
export const TEN_MB: number;
