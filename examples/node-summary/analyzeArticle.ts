import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, readArticleFile, type Analysis } from '@presslens/node';

/** The project's seed article. */
export const SEED_PATH = fileURLToPath(new URL('../articles/putin-istanbul-talks.txt', import.meta.url));

/** Read an article file (`.txt`, `.md`, `.html`) and analyse it; `publishedAt` anchors relative dates ("Wednesday"). */
export async function analyzeArticle(path: string, publishedAt: string | null = null): Promise<Analysis> {
  const article = await readArticleFile(path, { cwd: dirname(path) });
  return analyze({ ...article, publishedAt: publishedAt ?? article.publishedAt ?? null });
}
