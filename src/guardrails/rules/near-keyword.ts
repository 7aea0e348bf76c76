import { Redaction } from './input-rule';

/**
 * Spans of `value` that stand within `window` characters after (or shortly before) one of the keywords:
 * how a bank account or passport number is told apart from the meter and municipal account numbers
 * that billing reports need.
 */
export function valuesNearKeywords(
  text: string,
  keywords: RegExp,
  value: RegExp,
  kind: string,
  placeholder: string,
  window = 40,
): Redaction[] {
  const found: Redaction[] = [];
  const keywordSpans = [...text.matchAll(keywords)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (keywordSpans.length === 0) return found;
  for (const match of text.matchAll(value)) {
    const start = match.index!;
    const end = start + match[0].length;
    const near = keywordSpans.some((k) => (start >= k.end && start - k.end <= window) || (k.start >= end && k.start - end <= 15));
    if (near) found.push({ kind, start, end, placeholder });
  }
  return found;
}

/** Municipal reference words: a number beside them is a meter or account number billing needs. */
export const MUNICIPAL_REFERENCE =
  /\b(?:meter|met[eo]r(?:nommer|number)|acc(?:oun)?t|acc\.?|account|rekening|municipal|imitha|mitara|metara|metere|mitha|i-?akhawunti|akhawunti|akhaonto|akhaonthe|ref(?:erence)?|verwysing|erf|stand)\b/giu;

/** Whether a word matching `words` stands within `window` characters before the span. */
export function precededBy(text: string, start: number, words: RegExp, window = 25): boolean {
  return lastBefore(text, start, words, window) >= 0;
}

/** Where the last word matching `words` starts within `window` characters before the span; -1 if none. */
export function lastBefore(text: string, start: number, words: RegExp, window = 25): number {
  const from = Math.max(0, start - window);
  let last = -1;
  for (const match of text.slice(from, start).matchAll(global(words))) last = from + match.index!;
  return last;
}

// matchAll needs a global regex; this runs for every number in every message, so the global copy of a
// keyword pattern is made once, not per call.
const globalCopies = new WeakMap<RegExp, RegExp>();
function global(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }
  return copy;
}
