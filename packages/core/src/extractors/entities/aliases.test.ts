import { describe, expect, it } from 'vitest';
import { aliasGroup, nameKey, stripArticle, stripPossessive } from './aliases.js';

const groupOf = (surface: string): string | null => aliasGroup(nameKey(stripArticle(stripPossessive(surface))));

describe('aliases', () => {
  it.each([
    ['U.S.', 'united states'],
    ['US', 'united states'],
    ['America', 'united states'],
    ['United States', 'united states'],
    ['the United States', 'united states'],
    ['America’s', 'united states'],
    ['UK', 'united kingdom'],
    ['U.K.', 'united kingdom'],
    ['Britain', 'united kingdom'],
    ['the Kremlin', 'kremlin'],
    ['Kremlin’s', 'kremlin'],
    ['Russian presidency', 'kremlin'],
    ['USSR', 'soviet union'],
  ])('%s → %s', (surface, group) => {
    expect(groupOf(surface)).toBe(group);
  });

  it.each([
    ['Putin', null],
    ['England', null],
    ['Washington', null],
    ['Russia', 'russia'],
  ])('%s is not merged with the Kremlin (group %s)', (surface, group) => {
    expect(groupOf(surface)).toBe(group);
    expect(groupOf(surface)).not.toBe(groupOf('the Kremlin'));
  });
});
