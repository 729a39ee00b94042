import { defineExtractor } from '../../pipeline/extractor.js';

import type * as Impl from './runAttributions.js';
import { PresslensError } from '../../errors.js';

/** Which attributions the extractor reports (`AttributionsOptions.scheme`). */
export type AttributionScheme = 'parc' | 'quotes';
export const ATTRIBUTION_SCHEMES: readonly AttributionScheme[] = ['parc', 'quotes'];

export interface AttributionsOptions {
  /**
   * Which attributions to report. `parc` (the default): every attribution relation PolNeAR marks — speech, beliefs
   * and wishes, stances with a noun object, findings. `quotes`: only what someone said — direct quotes, and reported
   * speech after a verb of saying with a clause for its content (`quoteScheme.ts`), as quote trackers count them.
   */
  scheme?: AttributionScheme;
}

/**
 * Who says what: direct quotes with their speaker, partial quotes inside reported speech,
 * reported speech after a reporting verb ("X said (that) …", ", asserting that …"), and
 * "according to X". Every attribution names the rule that made it. The rules and the cue
 * lexicon learned from PolNeAR (`runAttributions.ts`, `cues.generated.ts`) load lazily in
 * `setup`, so a page pays for them only when it analyses an article.
 */
export function attributions(options: AttributionsOptions = {}) {
  const scheme = options.scheme ?? 'parc';
  if (!ATTRIBUTION_SCHEMES.includes(scheme)) {
    throw new PresslensError('INVALID_EXTRACTOR', `Unknown attribution scheme "${String(scheme)}". Use one of: ${ATTRIBUTION_SCHEMES.join(', ')}.`);
  }
  let impl: typeof Impl | undefined;
  return defineExtractor({
    name: 'attributions',
    needs: ['segments', 'tokens', 'mentions', 'entities'],
    provides: ['attributions'],
    async setup() {
      impl = await import('./runAttributions.js');
    },
    run(ctx) {
      impl!.runAttributions(ctx, scheme);
    },
  });
}
