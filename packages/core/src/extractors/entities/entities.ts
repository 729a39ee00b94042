import { defineExtractor } from '../../pipeline/extractor.js';

import type * as Impl from './runEntities.js';

/**
 * Name (and other) mentions grouped into entities, with titles, pronouns, nominals and
 * salience. The rules and word lists (`runEntities.ts`) load lazily in `setup`.
 */
export function entities() {
  let impl: typeof Impl | undefined;
  return defineExtractor({
    name: 'entities',
    needs: ['segments', 'tokens', 'mentions'],
    modifies: ['mentions'],
    provides: ['entities'],
    async setup() {
      impl = await import('./runEntities.js');
    },
    run(ctx) {
      impl!.runEntities(ctx);
    },
  });
}
