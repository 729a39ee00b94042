import { PresslensError } from '../errors.js';
import type { AnyExtractor } from './extractor.js';

/** Layers present before any extractor runs. */
const GIVEN: ReadonlySet<string> = new Set();

function validate(extractor: AnyExtractor, index: number): void {
  if (!extractor || typeof extractor !== 'object') {
    throw new PresslensError('INVALID_EXTRACTOR', `Extractor #${index + 1} is not an object. Pass objects made with defineExtractor().`);
  }
  if (typeof extractor.name !== 'string' || extractor.name.length === 0) {
    throw new PresslensError('INVALID_EXTRACTOR', `Extractor #${index + 1} has no name. Give every extractor a unique \`name\`.`);
  }
  if (!Array.isArray(extractor.needs) || !Array.isArray(extractor.provides) || typeof extractor.run !== 'function') {
    throw new PresslensError(
      'INVALID_EXTRACTOR',
      `Extractor "${extractor.name}" must have \`needs\` and \`provides\` arrays and a \`run\` function.`,
    );
  }
}

/** Apply `replaces`: each replacing extractor takes the position of the one it names. */
function applyReplacements(extractors: readonly AnyExtractor[]): AnyExtractor[] {
  const result = [...extractors];
  for (const extractor of extractors) {
    if (!extractor.replaces) continue;
    const at = result.findIndex((e) => e.name === extractor.replaces && e !== extractor);
    if (at < 0) {
      throw new PresslensError(
        'UNKNOWN_REPLACE',
        `Extractor "${extractor.name}" replaces "${extractor.replaces}", but no extractor has that name. Check the name or drop \`replaces\`.`,
      );
    }
    result.splice(result.indexOf(extractor), 1);
    result.splice(result.findIndex((e) => e.name === extractor.replaces), 1, extractor);
  }
  return result;
}

/**
 * Order extractors so each runs after the providers of what it needs (and after/before the
 * modifiers of a layer), keeping registration order among ties. Throws a named error for a
 * duplicate name, a layer with two providers, a missing provider or a cycle.
 */
export function planExtractors(input: readonly AnyExtractor[]): AnyExtractor[] {
  input.forEach(validate);
  const extractors = applyReplacements(input);

  const byName = new Map<string, AnyExtractor>();
  for (const e of extractors) {
    if (byName.has(e.name)) {
      throw new PresslensError(
        'DUPLICATE_EXTRACTOR',
        `Two extractors are named "${e.name}". Rename one, or set \`replaces: '${e.name}'\` on the new one to take the built-in's place.`,
      );
    }
    byName.set(e.name, e);
  }

  const provider = new Map<string, number>();
  extractors.forEach((e, i) => {
    for (const layer of e.provides) {
      const other = provider.get(layer);
      if (other !== undefined) {
        throw new PresslensError(
          'DUPLICATE_PROVIDER',
          `Layer "${layer}" is provided by both "${extractors[other]!.name}" and "${e.name}". Remove one, or set \`replaces\` on the new one.`,
        );
      }
      provider.set(layer, i);
    }
  });

  // edges[i] = the extractors that must run before i
  const before: Set<number>[] = extractors.map(() => new Set<number>());
  extractors.forEach((e, i) => {
    const modifies = new Set<string>(e.modifies ?? []);
    for (const layer of [...e.needs, ...modifies]) {
      if (GIVEN.has(layer)) continue;
      const p = provider.get(layer);
      if (p === undefined) {
        throw new PresslensError(
          'MISSING_PROVIDER',
          `Extractor "${e.name}" needs layer "${layer}", but no extractor provides it. Add an extractor that provides "${layer}" (the built-ins are in defaultExtractors()).`,
        );
      }
      if (p !== i) before[i]!.add(p);
    }
  });
  // a modifier of L runs before every other reader of L that does not modify L itself
  extractors.forEach((m, mi) => {
    for (const layer of m.modifies ?? []) {
      extractors.forEach((reader, ri) => {
        if (ri === mi || provider.get(layer) === ri) return;
        if (reader.needs.includes(layer) && !(reader.modifies ?? []).includes(layer)) before[ri]!.add(mi);
      });
    }
  });

  // Kahn's algorithm, always taking the earliest-registered ready extractor.
  const order: AnyExtractor[] = [];
  const done = new Set<number>();
  while (order.length < extractors.length) {
    let next = -1;
    for (let i = 0; i < extractors.length; i++) {
      if (done.has(i)) continue;
      let ready = true;
      for (const b of before[i]!) if (!done.has(b)) ready = false;
      if (ready) {
        next = i;
        break;
      }
    }
    if (next < 0) {
      const cycle = findCycle(before, done).map((i) => extractors[i]!.name);
      throw new PresslensError(
        'CYCLE',
        `Extractors depend on each other in a cycle: ${cycle.join(' → ')}. Remove a \`needs\` or \`modifies\` entry to break it.`,
      );
    }
    done.add(next);
    order.push(extractors[next]!);
  }
  return order;
}

/** Walk back through unfinished predecessors until one repeats: that loop is the cycle. */
function findCycle(before: readonly Set<number>[], done: ReadonlySet<number>): number[] {
  let at = before.findIndex((_, i) => !done.has(i));
  const seen: number[] = [];
  while (!seen.includes(at)) {
    seen.push(at);
    at = [...before[at]!].find((b) => !done.has(b))!;
  }
  const cycle = seen.slice(seen.indexOf(at)).reverse();
  return [...cycle, cycle[0]!];
}
