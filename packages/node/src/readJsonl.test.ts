import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ArticleSource } from './failure.js';
import { readJsonl } from './readJsonl.js';

async function collect(chunks: Array<string | Uint8Array>, options: Parameters<typeof readJsonl>[1] = {}): Promise<ArticleSource[]> {
  const out: ArticleSource[] = [];
  for await (const item of readJsonl(Readable.from(chunks, { objectMode: true }), { name: 'in.jsonl', ...options })) out.push(item);
  return out;
}

const fail = (id: string, code: string) => ({ schemaVersion: '1', article: { id }, error: { code, message: expect.any(String) } });

describe('readJsonl', () => {
  it.each([
    {
      case: 'articles with optional fields, blank lines skipped, CRLF endings',
      input: '{"id":"a","text":"First.","title":"T","publishedAt":"2024-01-02"}\r\n\n   \n{"id":7,"text":"Second."}\n',
      expected: [{ id: 'a', text: 'First.', title: 'T', publishedAt: '2024-01-02' }, { id: '7', text: 'Second.' }],
    },
    {
      case: 'a last line without a newline, and a line without an id',
      input: '{"text":"No id here."}\n{"id":"z","text":"Last."}',
      expected: [{ id: 'in.jsonl:1', text: 'No id here.' }, { id: 'z', text: 'Last.' }],
    },
    {
      case: 'a malformed line keeps its id when it can be seen, else its line number',
      input: '{"id":"ok","text":"Fine."}\n{"id":"broken-1","text":"unterminated\n{not json at all\n{"id":"ok2","text":"Fine too."}\n',
      expected: [{ id: 'ok', text: 'Fine.' }, fail('broken-1', 'PARSE_ERROR'), fail('in.jsonl:3', 'PARSE_ERROR'), { id: 'ok2', text: 'Fine too.' }],
    },
    {
      case: 'lines without text, or not objects, or with a bad id',
      input: '{"id":"n1"}\n{"id":"n2","text":"  "}\n{"id":"n3","text":42}\n[1,2]\n"just a string"\n{"id":{"x":1},"text":"t"}\n',
      expected: [fail('n1', 'INVALID_INPUT'), fail('n2', 'INVALID_INPUT'), fail('n3', 'INVALID_INPUT'), fail('in.jsonl:4', 'INVALID_INPUT'), fail('in.jsonl:5', 'INVALID_INPUT'), fail('in.jsonl:6', 'INVALID_INPUT')],
    },
  ])('$case', async ({ input, expected }) => {
    expect(await collect([input])).toEqual(expected);
  });

  it('says which line failed and why', async () => {
    const [, bad, noText] = await collect(['{"id":"a","text":"x"}\n{oops\n{"id":"b"}\n']);
    expect(bad).toMatchObject({ error: { message: expect.stringMatching(/^Line 2 of in\.jsonl is not valid JSON/) } });
    expect(noText).toMatchObject({ error: { message: 'Line 3 of in.jsonl has no "text" field; every line needs the article text.' } });
  });

  it('joins lines and multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"id":"é","text":"Zoë said “yes”."}\n{"id":"2","text":"ok"}\n');
    const oneByteChunks = Array.from(bytes, (b) => new Uint8Array([b]));
    expect(await collect(oneByteChunks)).toEqual([{ id: 'é', text: 'Zoë said “yes”.' }, { id: '2', text: 'ok' }]);
  });

  it('reads a line that is not UTF-8 as Latin-1, with a warning', async () => {
    const warnings: string[] = [];
    const line = new Uint8Array([...new TextEncoder().encode('{"id":"l","text":"Caf'), 0xe9, 0x22, 0x7d, 0x0a]);
    expect(await collect([line], { onWarning: (w) => warnings.push(w) })).toEqual([{ id: 'l', text: 'Café' }]);
    expect(warnings).toEqual(['line 1 of in.jsonl is not valid UTF-8; read it as Latin-1 (windows-1252).']);
  });

  it('turns an over-long line into a failure without keeping it, and goes on', async () => {
    const long = `{"id":"big","text":"${'x'.repeat(500)}"}\n`;
    const items = await collect([long.slice(0, 100), long.slice(100), '{"id":"small","text":"ok"}\n'], { maxLineBytes: 200 });
    expect(items).toEqual([fail('in.jsonl:1', 'INPUT_TOO_LARGE'), { id: 'small', text: 'ok' }]);
  });
});
