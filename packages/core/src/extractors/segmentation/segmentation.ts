import { defineExtractor } from '../../pipeline/extractor.js';
import { segmentText } from '../../text/segment.js';

/** Headline, byline, dateline, paragraphs, sentences and the token table. */
export function segmentation() {
  return defineExtractor({
    name: 'segmentation',
    needs: [],
    provides: ['segments', 'tokens'],
    run(ctx) {
      const { segments, tokens } = segmentText(ctx.text);
      ctx.set('segments', segments);
      ctx.set('tokens', tokens);
    },
  });
}
