import { anyOf, MAX_PATTERN_SOURCE } from './pattern-set';

describe('anyOf', () => {
  it('matches where any alternative matches, and nowhere else', () => {
    const pattern = anyOf(['\\bfire\\b', '\\bflood(?:ing)?\\b']);
    expect(pattern.test('the house is on fire')).toBe(true);
    expect(pattern.test('flooding in ext 5')).toBe(true);
    expect(pattern.test('firewood and floodlights')).toBe(false);
  });

  it('splits alternatives too long for one optimised regex, and still matches each of them', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}x`);
    expect(words.join('|').length).toBeGreaterThan(MAX_PATTERN_SOURCE);
    const pattern = anyOf(words.map((word) => `\\b${word}\\b`));
    expect(pattern).not.toBeInstanceOf(RegExp);
    expect(pattern.test('a word0x here')).toBe(true);
    expect(pattern.test('and word2999x there')).toBe(true);
    expect(pattern.test('no word3000x at all')).toBe(false);
  });
});
