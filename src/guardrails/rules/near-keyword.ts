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
  /\b(?:meter|met[eo]r(?:nommer|number)|acc(?:oun)?t|acc\.?|account|rekening|municipal|imitha|i-?akhawunti|akhawunti|akhaonto|akhaonthe|ref(?:erence)?|verwysing|erf|stand)\b/giu;

/** Whether a word matching `words` stands within `window` characters before the span. */
export function precededBy(text: string, start: number, words: RegExp, window = 25): boolean {
  const before = text.slice(Math.max(0, start - window), start);
  return nonGlobal(words).test(before);
}

// A global regex keeps state between test() calls; this runs for every number in every message, so the
// stateless copy is made once per pattern, not per call.
const nonGlobalCopies = new WeakMap<RegExp, RegExp>();
function nonGlobal(pattern: RegExp): RegExp {
  let copy = nonGlobalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    nonGlobalCopies.set(pattern, copy);
  }
  return copy;
}
