/** Shared helpers of the attribution test files: run a text (with hand-made mentions) and check one attribution or speaker. */
import { expect } from 'vitest';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { findSpanProblems, spanOf } from '../index.js';
import type { Analysis, Attribution, MentionType, Quoted, SourceKind } from '../../types/analysis.js';
import { entities } from '../../extractors/entities/entities.js';
import { handMentions, type HandMention } from '../../extractors/entities/handMentions.js';
import { segmentation } from '../../extractors/segmentation/segmentation.js';
import { attributions } from '../../extractors/attributions/attributions.js';

export async function run(text: string, specs: readonly HandMention[] = [], all: readonly (readonly [string, MentionType])[] = []): Promise<Analysis> {
  const pipeline = createPipeline([segmentation(), handMentions(specs, all), entities(), attributions()]);
  const analysis = await pipeline.analyze(text);
  expect(findSpanProblems(analysis)).toEqual([]);
  for (const a of analysis.attributions) {
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  }
  return analysis;
}

export interface Expected {
  source: string | null;
  kind?: SourceKind;
  /** Name of the entity the source points at. */
  entity?: string;
  cue: string | null;
  content: string;
  quoted: Quoted;
  rule?: string;
}

export function check(a: Analysis, got: Attribution | undefined, want: Expected): void {
  expect(got, `no attribution with content "${want.content}"; got ${JSON.stringify(a.attributions.map((x) => x.content.text))}`).toBeDefined();
  const text = a.article.text;
  expect(got!.content).toEqual(spanOf(text, want.content));
  expect(got!.quoted).toBe(want.quoted);
  expect(got!.cue?.text ?? null).toBe(want.cue);
  expect(got!.source?.text ?? null).toBe(want.source);
  if (want.kind) expect(got!.source?.kind).toBe(want.kind);
  if (want.entity) expect(a.entities.find((e) => e.id === got!.source?.entity)?.name).toBe(want.entity);
  if (want.rule) expect(got!.rule).toBe(want.rule);
}

export const byContent = (a: Analysis, content: string): Attribution | undefined => a.attributions.find((x) => x.content.text === content);

/** One table row: the text (with hand-made mentions, if any) gives an attribution with the wanted content, and it is as wanted. */
export interface Case {
  name: string;
  text: string;
  specs?: HandMention[];
  want: Expected;
}
export async function checkCase({ text, specs, want }: Case): Promise<void> {
  const a = await run(text, specs ?? []);
  check(a, byContent(a, want.content), want);
}

/** One speaker table row: the attribution with this content has this source text (when given) and resolves to this entity's name (null: none). */
export interface SpeakerCase {
  name: string;
  text: string;
  specs: HandMention[];
  all?: [string, MentionType][];
  content: string;
  source?: string;
  entity: string | null;
}
export async function checkSpeaker({ text, specs, all, content, source, entity }: SpeakerCase): Promise<void> {
  const a = await run(text, specs, all);
  const got = a.attributions.find((x) => x.content.text === content);
  expect(got, JSON.stringify(a.attributions.map((x) => [x.source?.text, x.content.text]))).toBeDefined();
  if (source !== undefined) expect(got!.source?.text).toBe(source);
  expect(got!.source?.entity ? a.entities.find((e) => e.id === got!.source!.entity)?.name : null).toBe(entity);
}
