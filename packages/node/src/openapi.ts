import { analysisSchema } from '@presslens/core';

export interface OpenApiOptions {
  allowFetch?: boolean;
  maxBodyBytes?: number;
  maxBatchBytes?: number;
}

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
} as const;

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

/** The OpenAPI 3.1 description of the presslens HTTP API (served at `GET /openapi.json`). */
export function openApiDocument(options: OpenApiOptions = {}): Record<string, unknown> {
  // keeps its $id, so that its internal #/definitions refs resolve inside it (an embedded schema resource)
  const { $schema: _draft07, ...analysis } = analysisSchema as Record<string, unknown>;
  return {
    openapi: '3.1.0',
    info: {
      title: 'presslens HTTP API',
      version: '1',
      description:
        'Who is in a news article, who says what, and what is claimed, with exact UTF-16 offsets. Results follow the presslens output contract v1.' +
        (options.allowFetch ? ' This server fetches URLs sent as {"url": …}.' : ' This server never fetches URLs for a client.'),
    },
    paths: {
      '/analyze': {
        post: {
          summary: 'Analyse one article',
          parameters: [
            { name: 'id', in: 'query', required: false, schema: { type: 'string' }, description: 'Article id (default: minted from the text)' },
            { name: 'publishedAt', in: 'query', required: false, schema: { type: 'string', format: 'date' }, description: 'Publication date when the article gives none' },
          ],
          requestBody: {
            required: true,
            description: `At most ${options.maxBodyBytes ?? 5 * 1024 * 1024} bytes.`,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ArticleInput' } },
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' }, description: 'A news page: the article is extracted (Readability), with title, byline and date from its metadata' },
            },
          },
          responses: {
            '200': { description: 'The analysis (output contract v1)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Analysis' } } } },
            '400': errorResponse('Malformed input: not JSON, no text, not UTF-8'),
            '403': errorResponse('A URL was sent but this server does not fetch (start it with --allow-fetch)'),
            '413': errorResponse('The body or the article is too large'),
            '415': errorResponse('A content type the server does not read'),
            '503': errorResponse('Too many articles waiting, or the server is shutting down'),
            '504': errorResponse('The analysis took longer than the per-request time limit'),
          },
        },
      },
      '/analyze/batch': {
        post: {
          summary: 'Analyse many articles: JSON Lines in, JSON Lines out (streamed, in input order)',
          requestBody: {
            required: true,
            description: `One {"id","text","title"?,"publishedAt"?} a line; at most ${options.maxBatchBytes ?? 256 * 1024 * 1024} bytes.`,
            content: { 'application/x-ndjson': { schema: { type: 'string' } } },
          },
          responses: {
            '200': { description: 'One line per input line: an analysis, or {"schemaVersion","article":{"id"},"error":{"code","message"}} for a line that failed', content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
            '413': errorResponse('The declared body is over the batch limit'),
            '415': errorResponse('Not JSON Lines'),
          },
        },
      },
      '/health': {
        get: {
          summary: 'Liveness and load',
          responses: {
            '200': {
              description: 'The server is up',
              content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' }, schemaVersion: { type: 'string' }, workers: { type: 'integer' }, pending: { type: 'integer' }, allowFetch: { type: 'boolean' } } } } },
            },
          },
        },
      },
      '/openapi.json': { get: { summary: 'This description', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } } } },
    },
    components: {
      schemas: {
        ArticleInput: {
          type: 'object',
          description: options.allowFetch ? 'An article, or {"url": …} for the server to fetch' : 'An article',
          properties: {
            id: { type: ['string', 'number'] },
            text: { type: 'string', minLength: 1 },
            title: { type: 'string' },
            publishedAt: { type: 'string' },
            byline: { type: 'string' },
            url: { type: 'string', format: 'uri' },
          },
          ...(options.allowFetch ? { anyOf: [{ required: ['text'] }, { required: ['url'] }] } : { required: ['text'] }),
        },
        Analysis: analysis,
        Error: errorBody,
      },
    },
  };
}
