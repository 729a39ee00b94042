import type { Analysis, Claim, Entity, NameType } from '../types/analysis.js';

export interface JsonLdOptions {
  /** The article's URL: it becomes the article's `@id` and `url` (default: a `urn:presslens:article:` id). */
  url?: string;
  /** Include the article text as `articleBody` (default true). */
  articleBody?: boolean;
  /** The publisher's name: the author of claims the article makes itself when it has no byline. */
  publisher?: string;
  /** Leave out claims below this check-worthiness (default 0: every claim). */
  minCheckworthiness?: number;
}

export type JsonLdThingType = 'Person' | 'Organization' | 'Place' | 'Event' | 'Thing';

/** A schema.org Thing the article mentions (one per entity). */
export interface JsonLdThing {
  '@type': JsonLdThingType;
  '@id': string;
  name: string;
  alternateName?: string[];
  jobTitle?: string;
  description?: string;
}

/** Who makes a claim: schema.org allows a Person or an Organization. */
export interface JsonLdAgent {
  '@type': 'Person' | 'Organization';
  '@id'?: string;
  name: string;
  description?: string;
}

export interface JsonLdNewsArticle {
  '@type': 'NewsArticle';
  '@id': string;
  identifier: string;
  headline?: string;
  url?: string;
  datePublished?: string;
  author?: JsonLdAgent;
  publisher?: JsonLdAgent;
  articleBody?: string;
  mentions: JsonLdThing[];
}

/** A schema.org Claim, the item a fact-checker's `ClaimReview` reviews (`itemReviewed`). */
export interface JsonLdClaim {
  '@type': 'Claim';
  '@id': string;
  identifier: string;
  text: string;
  author?: JsonLdAgent;
  /** The article the claim appears in. */
  appearance: { '@type': 'NewsArticle'; '@id': string; url?: string; headline?: string };
  datePublished?: string;
  about?: { '@id': string }[];
  /** Kind, modality and check-worthiness, in words. */
  description: string;
}

export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': [JsonLdNewsArticle, ...JsonLdClaim[]];
}

const THING_TYPE: Record<NameType, JsonLdThingType> = { PERSON: 'Person', ORG: 'Organization', LOC: 'Place', NORP: 'Thing', EVENT: 'Event', MISC: 'Thing' };
const BYLINE_BY = /^\s*by\s+/i;

function agentFor(entity: Entity, id: string): JsonLdAgent {
  // a country or a group that "says" something speaks as an organisation (its government, its members)
  return { '@type': entity.type === 'PERSON' ? 'Person' : 'Organization', '@id': id, name: entity.name };
}

function describe(c: Claim): string {
  const flags = [c.modality.hedged && 'hedged', c.modality.negated && 'negated', c.modality.conditional && 'conditional'].filter(Boolean);
  return `${c.kind} claim${flags.length ? ` (${flags.join(', ')})` : ''}; check-worthiness ${c.checkworthiness.toFixed(2)}${c.evidence.length ? `; ${c.evidence.join('; ')}` : ''}`;
}

/**
 * The analysis as schema.org JSON-LD (the CLI's `--format jsonld`): a `NewsArticle` that
 * `mentions` its people (`Person`), organisations (`Organization`) and places (`Place`), and one
 * `Claim` per claim, with its `author` (the claimant, or the article's author or publisher when
 * the article makes the claim itself) and its `appearance` in the article — the vocabulary
 * fact-checkers use with `ClaimReview`.
 */
export function toJsonLd(analysis: Analysis, options: JsonLdOptions = {}): JsonLdDocument {
  const { article } = analysis;
  const articleId = options.url ?? `urn:presslens:article:${encodeURIComponent(article.id)}`;
  const thingId = (id: string): string => `${articleId}#${encodeURIComponent(id)}`;
  const entities = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  const headline = article.title?.text;
  const byline = article.byline ? article.byline.text.replace(BYLINE_BY, '').trim() : '';
  const author: JsonLdAgent | undefined = byline ? { '@type': 'Person', name: byline } : undefined;
  const publisher: JsonLdAgent | undefined = options.publisher ? { '@type': 'Organization', name: options.publisher } : undefined;

  const mentions = analysis.entities.map((e): JsonLdThing => {
    const thing: JsonLdThing = { '@type': THING_TYPE[e.type] ?? 'Thing', '@id': thingId(e.id), name: e.name };
    const aliases = e.aliases.filter((a) => a !== e.name);
    if (aliases.length) thing.alternateName = aliases;
    if (e.type === 'PERSON' && e.titles[0]) thing.jobTitle = e.titles[0].text;
    if (e.type === 'NORP') thing.description = 'nationality, religious or political group';
    return thing;
  });

  const newsArticle: JsonLdNewsArticle = {
    '@type': 'NewsArticle',
    '@id': articleId,
    identifier: article.id,
    ...(headline ? { headline } : {}),
    ...(options.url ? { url: options.url } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(author ? { author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(options.articleBody !== false ? { articleBody: article.text } : {}),
    mentions,
  };

  const appearance: JsonLdClaim['appearance'] = { '@type': 'NewsArticle', '@id': articleId };
  if (options.url) appearance.url = options.url;
  if (headline) appearance.headline = headline;

  const min = options.minCheckworthiness ?? 0;
  const claims = analysis.claims
    .filter((c) => c.checkworthiness >= min)
    .map((c): JsonLdClaim => {
      const claim: JsonLdClaim = { '@type': 'Claim', '@id': thingId(c.id), identifier: c.id, text: c.text, appearance, description: describe(c) };
      if (c.claimant.kind === 'entity') {
        const entity = entities.get(c.claimant.entity);
        if (entity) claim.author = agentFor(entity, thingId(entity.id));
      } else if (c.claimant.kind === 'vague') {
        claim.author = { '@type': 'Person', name: c.claimant.text, description: 'a vague or unnamed source, as the article words it' };
      } else {
        const own = author ?? publisher;
        if (own) claim.author = own;
      }
      if (article.publishedAt) claim.datePublished = article.publishedAt;
      const about = c.entities.filter((id) => entities.has(id)).map((id) => ({ '@id': thingId(id) }));
      if (about.length) claim.about = about;
      return claim;
    });

  return { '@context': 'https://schema.org', '@graph': [newsArticle, ...claims] };
}
