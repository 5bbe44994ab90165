import { describe, expect, it } from 'vitest';
import { extractHashtags, normalizeTag } from './hashtags';

describe('hashtags', () => {
  it.each([
    ['#Tee', 'tee'],
    ['tee!', ''],
    ['TÉE', 'tée'],
    ['te\u0301e', 'tée'],
    ['ＴＥＥ', 'tee'],
    ['東京', '東京'],
    ['2024', ''],
    ['', ''],
    ['tee drop', ''],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizeTag(raw)).toBe(expected);
  });

  it('extracts whole tags once each, not quantities, URL fragments or glued words', () => {
    expect(extractHashtags('New #Tee! #tee #tée, #Größe_40 #2 shop.com/a#anchor word#glued #東京')).toEqual(['tee', 'tée', 'größe_40', '東京']);
  });
});
