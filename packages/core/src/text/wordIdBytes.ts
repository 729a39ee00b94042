import { wordVocabularyGeneration } from './wordIds.js';

/**
 * One byte per word id of the shared vocabulary (`wordIds.ts`), kept across articles: what a rule needs to know of a word
 * (a few flags) is worked out the first time the word is met and then read by its id, so a loop over tokens passes most of
 * them without reading their text. 0 means "not met yet" (store 1–255); the table empties when the vocabulary starts again.
 */
export class WordIdBytes {
  private bytes = new Uint8Array(1 << 12);
  private generation = -1;

  /** Empty the table when the vocabulary changed since it was last used (call after `wordIdsOf`, which may start a new one). */
  sync(): void {
    const generation = wordVocabularyGeneration();
    if (generation === this.generation) return;
    this.bytes.fill(0);
    this.generation = generation;
  }

  /** The byte stored for word id `id`, 0 when none is. */
  get(id: number): number {
    return id < this.bytes.length ? this.bytes[id]! : 0;
  }

  /** Store `value` (1–255) for word id `id`, growing the table as needed. */
  set(id: number, value: number): void {
    if (id >= this.bytes.length) {
      const grown = new Uint8Array(Math.max(id + 1, 2 * this.bytes.length));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[id] = value;
  }
}
