// Text handling shared by the detector and by scripts/train-language-model.js, so that the model is
// trained on exactly the units it is later scored on.

/** Word boundary marker in character n-grams; never a letter, so never part of a word. */
export const BOUNDARY = '_';

export interface Token {
  word: string;
  /** Written with a capital and not the first word: likely a place or person name. */
  capitalised: boolean;
}

const WORD = /[\p{L}\p{M}']+/gu;
const NOT_LETTER = /[^\p{L}\p{M}]/gu;
const MARKS = /\p{M}/gu;
const UPPER = /^\p{Lu}/u;

/** Letter words of a message, lower case, apostrophes dropped; numbers, codes and links skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const clean = text.normalize('NFC').replace(/https?:\/\/\S+/g, ' ');
  for (const match of clean.matchAll(WORD)) {
    const raw = match[0];
    // "10am", "15b", "ext5": a letter run glued to digits is a code, not a word.
    const before = clean[match.index - 1];
    const after = clean[match.index + raw.length];
    if ((before && before >= '0' && before <= '9') || (after && after >= '0' && after <= '9')) continue;
    const word = raw.toLowerCase().replace(NOT_LETTER, '');
    if (!word) continue;
    tokens.push({ word, capitalised: tokens.length > 0 && UPPER.test(raw) });
  }
  return tokens;
}

/** The word as typed without diacritics (š -> s, ḓ -> d, ê -> e): how many people type on a phone. */
export function stripMarks(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** Calls visit with every character n-gram (orders 1..maxOrder) of the word framed by boundaries. */
export function forEachGram(word: string, maxOrder: number, visit: (gram: string, order: number) => void): void {
  const framed = BOUNDARY + word + BOUNDARY;
  for (let order = 1; order <= maxOrder; order++) {
    for (let start = 0; start + order <= framed.length; start++) {
      if (order === 1 && (start === 0 || start === framed.length - 1)) continue;
      visit(framed.slice(start, start + order), order);
    }
  }
}
