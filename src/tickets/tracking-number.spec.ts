import { newTrackingNumber, normaliseTrackingNumber } from './tracking-number';

describe('tracking numbers', () => {
  describe('newTrackingNumber', () => {
    it('has three consonants (never a word, never I or O) and four digits', () => {
      for (let i = 0; i < 500; i++) expect(newTrackingNumber()).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{3}-\d{4}$/);
    });

    it('varies between calls', () => {
      expect(new Set(Array.from({ length: 200 }, newTrackingNumber)).size).toBeGreaterThan(190);
    });
  });

  describe('normaliseTrackingNumber', () => {
    it.each([
      ['kmt4821', 'KMT-4821'],
      ['KMT 4821', 'KMT-4821'],
      [' kmt-4821 ', 'KMT-4821'],
    ])('reads %p as %p', (raw, expected) => expect(normaliseTrackingNumber(raw)).toBe(expected));

    it.each(['KM-4821', 'KMTX-4821', 'KMT-482', 'hello'])('rejects %p', (raw) => expect(normaliseTrackingNumber(raw)).toBeNull());
  });
});
