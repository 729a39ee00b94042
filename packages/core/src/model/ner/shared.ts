/**
 * The NER model's tables decoded once and shared: a host that runs several pipelines at once
 * (worker threads, web workers) decodes the weights module in one place, hands the tables to the
 * others, and those never import the weights module (8.7 MB of base64 source to parse, ~200 ms
 * and tens of MB of heap in each). Plain typed arrays and strings, no host API: the weight rows
 * may sit on a `SharedArrayBuffer` (one copy in memory for every thread) or be copied once per
 * thread by structured clone where shared memory is not available.
 */
import { PresslensError } from '../../errors.js';
import type { NerWeightsModule } from './codec.js';
import type { NerModelData } from './NerModel.js';

/** The weights module without its two large fields, whose decoded form `NerTables` carries. */
export type NerLexiconFields = Omit<NerWeightsModule, 'rows' | 'values'>;

/** The NER model's decoded tables, as `exportNerTables` makes them and `installNerTables` takes them. */
export interface NerTables {
  /** The module's other fields as they are (format version, lexicons: ~1 MB of strings). */
  readonly lexicon: NerLexiconFields;
  /** `(rowCount + 1) × labels` int16 weights, row 0 all zeros (`NerModelData.weights`). */
  readonly weights: Int16Array;
  /** Hashed row → row of `weights`, `2^bits` entries (`NerModelData.slotOf`). */
  readonly slotOf: Uint32Array;
}

let installed: NerTables | Promise<NerTables | null> | null = null;

function copyOf<T extends Int16Array | Uint32Array>(array: T, shared: boolean): T {
  if (!shared || typeof SharedArrayBuffer !== 'function') return array;
  const bytes = new SharedArrayBuffer(array.byteLength);
  const copy = (array instanceof Int16Array ? new Int16Array(bytes) : new Uint32Array(bytes)) as T;
  copy.set(array);
  return copy;
}

/**
 * Decode the NER weights module into tables another thread can install (the installed ones when
 * this thread has some). `shared`: put the weight rows on `SharedArrayBuffer`s, so that posting
 * them to a worker shares the memory instead of copying it (ignored where there is none).
 */
export async function exportNerTables(options: { shared?: boolean } = {}): Promise<NerTables> {
  const own = await installed;
  if (own) return own;
  const [code, module] = await Promise.all([import('./NerModel.js'), import('./weights.generated.js')]);
  const data = code.fromWeightsModule(module.NER_WEIGHTS);
  const { rows: _rows, values: _values, ...lexicon } = module.NER_WEIGHTS;
  const shared = options.shared === true;
  return { lexicon, weights: copyOf(data.weights, shared), slotOf: copyOf(data.slotOf, shared) };
}

function checked(tables: NerTables): NerTables {
  const { lexicon, weights, slotOf } = tables;
  if (weights.length !== (lexicon.rowCount + 1) * lexicon.labels || slotOf.length !== 2 ** lexicon.bits) {
    throw new PresslensError('UNREADABLE', `NER tables do not fit their lexicon (${weights.length} weights, ${slotOf.length} rows for ${lexicon.rowCount} rows of ${lexicon.labels} at ${lexicon.bits} bits).`);
  }
  return tables;
}

/**
 * Use these tables for the NER model (and the word clusters read from its lexicon) in this
 * thread instead of importing the weights module. Call it before the first pipeline is made:
 * a model already loaded keeps its own tables. A promise lets this thread start its pipeline
 * while the tables are still being made elsewhere: the model waits for them, and loads the
 * weights module itself if the promise gives null, fails, or gives tables that do not fit.
 */
export function installNerTables(tables: NerTables | PromiseLike<NerTables | null>): void {
  installed = 'then' in tables ? Promise.resolve(tables).then((t) => (t ? checked(t) : null)).catch(() => null) : checked(tables);
}

/** The installed tables, else the weights module itself (imported now). */
export async function loadNerSource(): Promise<NerTables | NerWeightsModule> {
  return (await installed) ?? (await import('./weights.generated.js')).NER_WEIGHTS;
}

/** The weights module's lexicon fields: from the installed tables, else from the module itself. */
export async function loadNerLexicon(): Promise<NerLexiconFields> {
  const source = await loadNerSource();
  return 'weights' in source ? source.lexicon : source;
}

/**
 * The model data of installed tables: the lexicons decoded by the model's own `fromWeightsModule`
 * (given no rows), the weight rows used as they are, not copied.
 */
export function nerModelDataOf(tables: NerTables, fromWeightsModule: (m: NerWeightsModule) => NerModelData): NerModelData {
  const data = fromWeightsModule({ ...tables.lexicon, rowCount: 0, rows: '', values: '' });
  return { ...data, weights: tables.weights, slotOf: tables.slotOf };
}
