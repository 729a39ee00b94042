// Run: npm start -w @presslens/example-node-summary   (or: npx tsx examples/node-summary/index.ts [file] [publishedAt])
import { analyzeArticle, SEED_PATH } from './analyzeArticle.js';
import { summarize } from './summarize.js';

const [path = SEED_PATH, publishedAt = path === SEED_PATH ? '2025-05-15' : null] = process.argv.slice(2);
const analysis = await analyzeArticle(path, publishedAt);
console.log(summarize(analysis));
