import { defineExtractor } from '../../pipeline/extractor.js';

import type * as Impl from './runAttributions.js';

/**
 * Who says what: direct quotes with their speaker, partial quotes inside reported speech,
 * reported speech after a reporting verb ("X said (that) …", ", asserting that …"), and
 * "according to X". Every attribution names the rule that made it. The rules and the cue
 * lexicon learned from PolNeAR (`runAttributions.ts`, `cues.generated.ts`) load lazily in
 * `setup`, so a page pays for them only when it analyses an article.
 */
export function attributions() {
  let impl: typeof Impl | undefined;
  return defineExtractor({
    name: 'attributions',
    needs: ['segments', 'tokens', 'mentions', 'entities'],
    provides: ['attributions'],
    async setup() {
      impl = await import('./runAttributions.js');
    },
    run(ctx) {
      impl!.runAttributions(ctx);
    },
  });
}
