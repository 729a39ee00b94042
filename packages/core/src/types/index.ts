export * from './analysis.js';
export * from './ids.js';
export * from './layers.js';
export type * from './span.js';
