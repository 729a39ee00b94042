// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import * as core from '@presslens/core';
import * as web from './index.js';

describe('public surface', () => {
  it('re-exports all of core', () => {
    for (const name of Object.keys(core)) expect(web, name).toHaveProperty(name, (core as Record<string, unknown>)[name]);
  });

  it('adds exactly these exports to core (a new export is a deliberate diff)', () => {
    const added = Object.keys(web).filter((name) => !(name in core)).sort();
    expect(added).toEqual([
      'HIGHLIGHTS_CSS',
      'VIEW_CSS',
      'createWorkerAnalyzer',
      'definePresslensElement',
      'documentToArticle',
      'handleWorkerMessage',
      'htmlNodeToDom',
      'htmlToArticle',
      'isWorkerRequest',
      'isWorkerResponse',
      'renderHighlights',
      'revealFinding',
      'serveAnalyzer',
      'toSerializedError',
    ]);
  });
});

describe('@presslens/web/worker', () => {
  it('exports the handler and starts nothing outside a worker', async () => {
    const listen = vi.spyOn(globalThis, 'addEventListener');
    const entry = await import('./worker.js');
    expect(typeof entry.handleWorkerMessage).toBe('function');
    expect(typeof entry.serveAnalyzer).toBe('function');
    expect(listen).not.toHaveBeenCalledWith('message', expect.anything());
    listen.mockRestore();
  });
});
