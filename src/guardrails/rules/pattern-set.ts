/** What the rules ask of a compiled pattern: whether it matches somewhere in the text. */
export interface TextPattern {
  test(text: string): boolean;
}

/**
 * V8 optimises a regular expression only while its source is under 20 KB (kRegExpTooLargeToOptimize);
 * past that it runs without its fast scans, several times slower: the injury family took 33 µs a
 * message at 20.7 KB and 5 µs split in two. So a rule's alternatives are compiled into as few regexes
 * as stay well under the limit, and tried in turn.
 */
export const MAX_PATTERN_SOURCE = 16 * 1024;

/** Matches where any of the alternatives (regex sources) matches. */
export function anyOf(alternatives: string[]): TextPattern {
  const chunks: string[][] = [];
  let size = Infinity;
  for (const alternative of alternatives) {
    if (size + alternative.length + 1 > MAX_PATTERN_SOURCE) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1].push(alternative);
    size += alternative.length + 1;
  }
  const regexes = chunks.map((chunk) => new RegExp(`(?:${chunk.join('|')})`));
  return regexes.length === 1 ? regexes[0] : { test: (text) => regexes.some((regex) => regex.test(text)) };
}
