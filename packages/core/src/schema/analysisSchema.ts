/**
 * JSON Schema (draft-07) of the v1 output contract: one analysis, or the failure line a
 * batch writes for an article that could not be analysed. Shipped as
 * `@presslens/core/schema.json`.
 */
const span = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: {
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    text: { type: 'string' },
  },
} as const;

const spanWith = (required: readonly string[], properties: Record<string, unknown>) => ({
  type: 'object',
  required: ['start', 'end', 'text', ...required],
  properties: { ...span.properties, ...properties },
});

const nullable = (schema: object) => ({ anyOf: [{ type: 'null' }, schema] });
const idRef = (prefix: string) => ({ type: 'string', pattern: `^${prefix}[0-9]+$` });
const nameType = { enum: ['PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'MISC'] };
const mentionType = { enum: [...nameType.enum, 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL'] };
const unit = { type: 'number', minimum: 0, maximum: 1 };

export const analysisSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://presslens.dev/schema/analysis-v1.json',
  title: 'presslens analysis (output contract v1)',
  definitions: {
    span,
    analysis: {
      type: 'object',
      required: ['schemaVersion', 'article', 'mentions', 'entities', 'attributions', 'claims', 'times', 'signals', 'messages'],
      properties: {
        schemaVersion: { const: '1' },
        article: {
          type: 'object',
          required: ['id', 'text', 'title', 'byline', 'dateline', 'publishedAt', 'paragraphs', 'sentences'],
          properties: {
            id: { type: 'string' },
            text: { type: 'string' },
            title: nullable(span),
            byline: nullable(span),
            dateline: nullable(span),
            publishedAt: nullable({ type: 'string' }),
            paragraphs: { type: 'array', items: span },
            sentences: { type: 'array', items: span },
          },
        },
        mentions: {
          type: 'array',
          items: spanWith(['id', 'type', 'form', 'entity'], {
            id: idRef('m'),
            type: mentionType,
            form: { enum: ['name', 'title', 'pronoun', 'nominal'] },
            entity: nullable(idRef('e')),
          }),
        },
        entities: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'type', 'name', 'aliases', 'titles', 'mentions', 'salience'],
            properties: {
              id: idRef('e'),
              type: nameType,
              name: { type: 'string' },
              aliases: { type: 'array', items: { type: 'string' } },
              titles: { type: 'array', items: span },
              mentions: { type: 'array', items: idRef('m') },
              salience: unit,
            },
          },
        },
        attributions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'quoted', 'source', 'cue', 'content', 'confidence'],
            properties: {
              id: idRef('a'),
              quoted: { enum: ['direct', 'partial', 'none'] },
              source: nullable(
                spanWith(['entity', 'kind'], {
                  entity: nullable(idRef('e')),
                  kind: { enum: ['named', 'pronoun', 'nominal', 'vague'] },
                }),
              ),
              cue: nullable(span),
              content: span,
              confidence: unit,
              rule: { type: 'string' },
            },
          },
        },
        claims: {
          type: 'array',
          items: spanWith(['id', 'kind', 'claimant', 'attribution', 'modality', 'checkworthiness', 'entities', 'times', 'evidence'], {
            id: idRef('c'),
            kind: { enum: ['factual', 'opinion', 'prediction', 'question'] },
            claimant: {
              oneOf: [
                { type: 'object', required: ['kind', 'entity'], properties: { kind: { const: 'entity' }, entity: idRef('e') } },
                { type: 'object', required: ['kind', 'text'], properties: { kind: { const: 'vague' }, text: { type: 'string' } } },
                { type: 'object', required: ['kind'], properties: { kind: { const: 'author' } } },
              ],
            },
            attribution: nullable(idRef('a')),
            modality: {
              type: 'object',
              required: ['hedged', 'negated', 'conditional'],
              properties: { hedged: { type: 'boolean' }, negated: { type: 'boolean' }, conditional: { type: 'boolean' } },
            },
            checkworthiness: unit,
            entities: { type: 'array', items: idRef('e') },
            times: { type: 'array', items: idRef('t') },
            evidence: { type: 'array', items: { type: 'string' } },
          }),
        },
        times: {
          type: 'array',
          items: spanWith(['id', 'type', 'value'], {
            id: idRef('t'),
            type: { enum: ['date', 'time', 'duration', 'set'] },
            value: nullable({ type: 'string' }),
          }),
        },
        signals: {
          type: 'object',
          required: ['loaded', 'vagueSources', 'hedges', 'summary'],
          properties: {
            loaded: {
              type: 'array',
              items: spanWith(['reason'], { reason: { enum: ['emotive', 'name-calling', 'exaggeration', 'intensifier'] } }),
            },
            vagueSources: { type: 'array', items: span },
            hedges: { type: 'array', items: span },
            summary: {
              type: 'object',
              required: ['attributedClaimShare', 'namedSourceShare', 'voices'],
              properties: {
                attributedClaimShare: unit,
                namedSourceShare: unit,
                voices: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['entity', 'attributions'],
                    properties: { entity: idRef('e'), attributions: { type: 'integer', minimum: 0 } },
                  },
                },
              },
            },
          },
        },
        messages: {
          type: 'array',
          items: {
            type: 'object',
            required: ['severity', 'rule', 'text', 'producer'],
            properties: {
              severity: { enum: ['error', 'warning', 'info'] },
              rule: { type: 'string' },
              text: { type: 'string' },
              start: { type: 'integer', minimum: 0 },
              end: { type: 'integer', minimum: 0 },
              producer: { type: 'string' },
            },
          },
        },
        extensions: { type: 'object' },
      },
    },
    failure: {
      type: 'object',
      required: ['schemaVersion', 'article', 'error'],
      properties: {
        schemaVersion: { const: '1' },
        article: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
  },
  oneOf: [{ $ref: '#/definitions/analysis' }, { $ref: '#/definitions/failure' }],
} as const;
