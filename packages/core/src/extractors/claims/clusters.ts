/**
 * Word clusters for the opinion model: the Brown-style clusters the NER model ships (50k words
 * of news text in 512 clusters, `model/ner/weights.generated.js`), read from the same module,
 * so the claims models hold no word list of their own. A cluster stands for words the training
 * sentences never had ("lambasted" with "slammed"), which is what lets the model carry across
 * topics.
 */
import { loadNerLexicon } from '../../model/ner/shared.js';
import { clusterTable } from '../../model/ner/codec.js';
import { hashFeature } from './linear.js';

export interface WordClusters {
  /** Cluster of a word as written, else lowercased; -1 when none. */
  of(raw: string, lower: string): number;
  /** `c=<id>` of each cluster, and its hash. */
  readonly features: readonly string[];
  readonly hashes: Uint32Array;
  /** FNV-1a of the table (the words and their ids): the models record the one they were trained with. */
  readonly fingerprint: number;
}

/** The cluster table of the NER weights module (`clusterWords`: words by line; `clusterIds`: base64 uint16 LE). */
export function buildWordClusters(clusterWords: string, clusterIds: string): WordClusters {
  // the NER model's own table (one copy per thread), not a second map of the same 50k words
  const map = clusterTable(clusterWords, clusterIds);
  let max = 0;
  for (const id of map.values()) if (id > max) max = id;
  const features: string[] = [];
  const hashes = new Uint32Array(max + 1);
  for (let id = 0; id <= max; id++) {
    features.push(`c=${id}`);
    hashes[id] = hashFeature(features[id]!);
  }
  return {
    // a word written in lower case is looked up once (the map is large: each look-up costs)
    of: (raw, lower) => map.get(raw) ?? (raw === lower ? undefined : map.get(lower)) ?? -1,
    features,
    hashes,
    fingerprint: hashFeature(clusterIds.length + ':' + clusterIds.slice(0, 4096) + clusterWords.slice(0, 4096)),
  };
}

let loading: Promise<WordClusters> | undefined;

/** The NER model's word clusters, loaded once (the weights module is the NER model's: no second copy is downloaded). */
export function loadWordClusters(): Promise<WordClusters> {
  loading ??= loadNerLexicon().then((m) => buildWordClusters(m.clusterWords, m.clusterIds));
  return loading;
}
