import { PresslensError, decodeText, readJsonl, toFailedAnalysis, type ArticleSource } from '@presslens/node';

export type StdinMode = 'auto' | 'text' | 'jsonl';

/** Largest text article read from stdin (32 MiB); JSON Lines are streamed and have no limit. */
const MAX_TEXT_BYTES = 32 * 1024 * 1024;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf]); // and a UTF-8 byte-order mark

export interface StdinSource {
  /** What the stream holds, after `auto` was decided. */
  mode: 'text' | 'jsonl';
  articles: AsyncGenerator<ArticleSource>;
}

function toBytes(chunk: unknown): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
}

/**
 * Articles from stdin. `text`: the whole input is one article with the id `stdin`. `jsonl`: one
 * article a line, streamed. `auto` looks at the first character that is not white space: `{`
 * means JSON Lines, anything else one text article.
 */
export async function readStdin(
  stdin: NodeJS.ReadableStream,
  mode: StdinMode,
  options: { onWarning: (message: string) => void },
): Promise<StdinSource> {
  const iterator = (stdin as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let decided: 'text' | 'jsonl' | null = mode === 'auto' ? null : mode;
  let ended = false;
  while (decided === null) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      decided = 'text';
      break;
    }
    const bytes = toBytes(next.value);
    head.push(bytes);
    for (const b of bytes) {
      if (WHITESPACE.has(b)) continue;
      decided = b === 0x7b ? 'jsonl' : 'text';
      break;
    }
  }
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      yield* head;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield toBytes(next.value);
      }
    } finally {
      await iterator.return?.();
    }
  }
  if (decided === 'jsonl') return { mode: 'jsonl', articles: readJsonl(chunks(), { name: 'stdin', onWarning: options.onWarning }) };

  async function* text(): AsyncGenerator<ArticleSource> {
    let article: ArticleSource;
    try {
      const parts: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of chunks()) {
        size += chunk.length;
        if (size > MAX_TEXT_BYTES) {
          throw new PresslensError('INPUT_TOO_LARGE', `stdin is over ${MAX_TEXT_BYTES} bytes. Give one article, or one article a line as JSON Lines.`);
        }
        parts.push(chunk);
      }
      const source = decodeText(Buffer.concat(parts), { name: 'stdin', onWarning: options.onWarning });
      if (source.trim() === '') throw new PresslensError('INVALID_INPUT', 'stdin has no article text.');
      article = { id: 'stdin', text: source };
    } catch (error) {
      article = toFailedAnalysis('stdin', error);
    }
    yield article;
  }
  return { mode: 'text', articles: text() };
}
