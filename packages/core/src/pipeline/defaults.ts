import type { BuiltinLayerName, Layers } from '../types/layers.js';

export function emptyTokens(): Layers['tokens'] {
  return { count: 0, start: new Int32Array(0), end: new Int32Array(0), kind: new Uint8Array(0), sentence: new Int32Array(0) };
}

/** What each built-in layer is when its extractor is absent or failed. */
export const builtinDefaults: { readonly [K in BuiltinLayerName]: () => Layers[K] } = {
  segments: () => ({ title: null, byline: null, dateline: null, paragraphs: [], sentences: [] }),
  tokens: emptyTokens,
  mentions: () => [],
  times: () => [],
  entities: () => [],
  attributions: () => [],
  claims: () => [],
  signals: () => ({
    loaded: [],
    vagueSources: [],
    hedges: [],
    summary: { attributedClaimShare: 0, namedSourceShare: 0, voices: [] },
  }),
};
