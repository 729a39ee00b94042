/** The four CoNLL-2003 name types, in label order. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/**
 * BILOU labels: 0 = O; for type t (0..3): 1+4t = B, 2+4t = I, 3+4t = L (last), 4+4t = U (unit).
 * BILOU beats BIO for greedy decoding (Ratinov & Roth 2009): the model must say where a
 * name ends, not only where it starts.
 */
export const LABEL_COUNT = 17;
export const BOS_LABEL = LABEL_COUNT; // history value before the first token

export const Part = { B: 0, I: 1, L: 2, U: 3 } as const;

export function labelOf(type: number, part: number): number {
  return 1 + type * 4 + part;
}
export function typeOf(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}
export function partOf(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

/** Whether `label` may follow `prev` (BOS_LABEL at the start of a sentence). */
export function allowed(prev: number, label: number): boolean {
  const open = prev !== BOS_LABEL && prev !== 0 && (partOf(prev) === Part.B || partOf(prev) === Part.I);
  if (open) {
    if (label === 0) return false;
    const p = partOf(label);
    return (p === Part.I || p === Part.L) && typeOf(label) === typeOf(prev);
  }
  if (label === 0) return true;
  const p = partOf(label);
  return p === Part.B || p === Part.U;
}

/** A precomputed [prev][label] table of allowed transitions (prev includes BOS). */
export const ALLOWED: Uint8Array = (() => {
  const t = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let p = 0; p <= LABEL_COUNT; p++) for (let y = 0; y < LABEL_COUNT; y++) t[p * LABEL_COUNT + y] = allowed(p, y) ? 1 : 0;
  return t;
})();

/** An entity span over token indices `[start, end)` of one sentence. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

/** Spans from a BILOU label sequence; an unfinished B/I run is closed where it breaks. */
export function spansFromLabels(labels: ArrayLike<number>, n = labels.length): NerSpan[] {
  const out: NerSpan[] = [];
  let open = -1;
  let openType = -1;
  for (let i = 0; i < n; i++) {
    const y = labels[i]!;
    const t = typeOf(y);
    const p = partOf(y);
    if (open >= 0 && (y === 0 || t !== openType || p === Part.B || p === Part.U)) {
      out.push({ start: open, end: i, type: NER_TYPES[openType]! });
      open = -1;
    }
    if (y === 0) continue;
    if (p === Part.U) out.push({ start: i, end: i + 1, type: NER_TYPES[t]! });
    else if (p === Part.B) {
      open = i;
      openType = t;
    } else if (p === Part.I) {
      if (open < 0) {
        open = i;
        openType = t;
      }
    } else {
      // L
      out.push({ start: open >= 0 ? open : i, end: i + 1, type: NER_TYPES[t]! });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: n, type: NER_TYPES[openType]! });
  return out;
}

/** BILOU labels from spans (for training). */
export function labelsFromSpans(spans: readonly { start: number; end: number; type: NerType }[], n: number): Uint8Array {
  const labels = new Uint8Array(n);
  for (const s of spans) {
    const t = NER_TYPES.indexOf(s.type);
    if (s.end - s.start === 1) labels[s.start] = labelOf(t, Part.U);
    else {
      labels[s.start] = labelOf(t, Part.B);
      for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = labelOf(t, Part.I);
      labels[s.end - 1] = labelOf(t, Part.L);
    }
  }
  return labels;
}
