import { randomInt } from 'node:crypto';

// Consonants only: no I or O to mistake for 1 and 0, and no vowels, so a reference never spells a word
// ("GUN", "KAK") that a citizen would find rude or that reads as something else when sent back to us.
const LETTERS = 'BCDFGHJKLMNPQRSTVWXZ';
// Consonant strings that still mean something here.
const AVOIDED = new Set(['GBV', 'SMS', 'SOS', 'PDF', 'TKT']);

/** A reference a citizen can read over the phone: three consonants, a dash, four digits (e.g. KMT-4821). */
export function newTrackingNumber(): string {
  let letters = '';
  do {
    letters = '';
    for (let i = 0; i < 3; i++) letters += LETTERS[randomInt(LETTERS.length)];
  } while (AVOIDED.has(letters));
  return `${letters}-${String(randomInt(10_000)).padStart(4, '0')}`;
}

/** Accepts how people type it back ("kmt4821", "KMT 4821", "kmt-4821"); null when it is not one. */
export function normaliseTrackingNumber(raw: string): string | null {
  const match = raw.trim().toUpperCase().match(/^([A-Z]{3})[\s-]?(\d{4})$/);
  return match ? `${match[1]}-${match[2]}` : null;
}
