/** Tokens of a text as the signals extractor sees them (the segmentation extractor's), by sentence. */
import { createPipeline } from '../../src/pipeline/createPipeline.js';
import { defineExtractor } from '../../src/pipeline/extractor.js';
import { segmentation } from '../../src/extractors/index.js';
import { toWords } from '../../src/extractors/claims/words.js';
import type { TokenTable } from '../../src/types/layers.js';

/** Tokens of a text as the signals extractor sees them, by sentence. */
export function tokensOf(text: string): Promise<{ tokens: TokenTable; lower: string[]; raw: string[]; sentences: [number, number][] }> {
  return new Promise((done) => {
    const grab = defineExtractor({
      name: 'grab',
      needs: ['tokens'],
      provides: [],
      run(ctx) {
        const tokens = ctx.get('tokens');
        const words = toWords(ctx.text, tokens);
        const sentences: [number, number][] = [];
        for (let a = 0; a < tokens.count; ) {
          let b = a + 1;
          while (b < tokens.count && tokens.sentence[b] === tokens.sentence[a]) b++;
          sentences.push([a, b]);
          a = b;
        }
        done({ tokens, lower: words.lower as string[], raw: words.raw as string[], sentences });
      },
    });
    void createPipeline([segmentation(), grab]).analyze({ id: 'x', text });
  });
}

