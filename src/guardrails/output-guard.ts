/**
 * Pure checks on what the bot sends back: split long replies for WhatsApp, stop echoed citizen text from
 * being formatted, and keep internals (ids, stack traces, SQL, secrets) out of replies.
 */

/** Twilio accepts 1,600 characters in one outbound WhatsApp body. */
export const WHATSAPP_PART_MAX = 1600;

// A boundary is only used when it keeps at least this share of the part, so a paragraph break near the
// start does not leave a tiny part while a sentence break further on would do.
const MIN_FILL = 0.3;

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;
// Sentence ends in the scripts our languages and their users write, plus closing quotes/brackets; a
// newline ends a sentence too. Followed by whitespace so "R1.50" and "KMT-4821." mid-word never match.
const SENTENCE_BREAK = /[.!?…。！？؟।]+["'”’»)\]]*(?=\s)|\n/g;
const WORD_BREAK = /\s+/g;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Splits a reply into parts of at most `max` code points, preferring paragraph, then sentence, then word
 * boundaries; a single word longer than a part is cut between graphemes (never inside an emoji or a
 * surrogate pair). Text that fits is returned as it is; blank text gives no parts.
 */
export function splitForWhatsApp(text: string, max = WHATSAPP_PART_MAX): string[] {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a positive integer, got ${max}`);
  if (text.trim() === '') return [];
  if (codePointLength(text) <= max) return [text];

  const parts: string[] = [];
  let rest = text.trim();
  while (codePointLength(rest) > max) {
    const cut = chooseCut(rest, max);
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** UTF-16 index at which to end the next part of `rest` (which is longer than `max` code points). */
function chooseCut(rest: string, max: number): number {
  const limit = prefixUnits(rest, max);
  // Look a little past the limit so a boundary right at it (punctuation then a space) is seen.
  const probe = rest.slice(0, prefixUnits(rest, max + 2));
  const minimum = prefixUnits(rest, Math.max(1, Math.floor(max * MIN_FILL)));

  const candidates = [
    lastCut(probe, PARAGRAPH_BREAK, limit, 'start'),
    lastCut(probe, SENTENCE_BREAK, limit, 'end'),
    lastCut(probe, WORD_BREAK, limit, 'start'),
  ];
  const good = candidates.find((cut) => cut !== undefined && cut >= minimum);
  if (good !== undefined) return good;
  const any = candidates.find((cut) => cut !== undefined && cut > 0);
  if (any !== undefined) return any;
  return graphemeCut(rest, limit);
}

function lastCut(probe: string, pattern: RegExp, limit: number, side: 'start' | 'end'): number | undefined {
  let best: number | undefined;
  for (const match of probe.matchAll(pattern)) {
    const cut = side === 'start' ? match.index : match.index + match[0].length;
    if (cut > 0 && cut <= limit) best = cut;
  }
  return best;
}

// The last grapheme boundary within `limit`; a lone grapheme longer than a part is cut by code point.
function graphemeCut(rest: string, limit: number): number {
  let cut = 0;
  for (const { index, segment } of graphemes.segment(rest.slice(0, limit + 64))) {
    if (index + segment.length > limit) break;
    cut = index + segment.length;
  }
  // `limit` is a code point boundary, so even the fallback never halves a surrogate pair.
  return cut > 0 ? cut : limit;
}

function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** UTF-16 length of the first `count` code points of `text`. */
function prefixUnits(text: string, count: number): number {
  let units = 0;
  let n = 0;
  for (const char of text) {
    if (n === count) break;
    units += char.length;
    n++;
  }
  return units;
}

// Why look-alikes and not an invisible neutraliser such as U+2060 WORD JOINER after each marker:
// - GuardrailsService.processOutput strips U+200B and U+2060-U+2064 as hiding characters, so an invisible
//   neutraliser would be removed again before the reply leaves;
// - whether a WhatsApp client treats a zero-width character beside "*" as a word edge is undocumented and
//   has differed between Android, iOS and Web, so "*bold*" could still render bold on some phones.
// WhatsApp's parser only knows the ASCII markers, so these visually close code points always show
// literally, survive NFC normalisation unchanged, and keep the echoed text readable.
const INLINE_MARKERS: Record<string, string> = {
  '*': '\u2217', // ∗ ASTERISK OPERATOR
  _: '\u02CD', // ˍ MODIFIER LETTER LOW MACRON
  '~': '\u223C', // ∼ TILDE OPERATOR
  '`': '\u02CB', // ˋ MODIFIER LETTER GRAVE ACCENT
};
const INLINE_MARKER = /[*_~`]/g;
// Line-start syntax: "> quote", "- item" / "• item" bullets, "1. item" numbered lists.
const QUOTE_AT_LINE_START = /^([ \t]*)>/gm;
const BULLET_AT_LINE_START = /^([ \t]*)-(?=[ \t])/gm;
const NUMBER_AT_LINE_START = /^([ \t]*\d{1,3})\.(?=[ \t])/gm;

/** Makes citizen text echoed inside a reply show literally: none of WhatsApp's formatting takes effect. */
export function neutraliseFormatting(echoed: string): string {
  return echoed
    .replace(INLINE_MARKER, (marker) => INLINE_MARKERS[marker])
    .replace(QUOTE_AT_LINE_START, '$1\u203A') // › SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    .replace(BULLET_AT_LINE_START, '$1\u2010') // ‐ HYPHEN
    .replace(NUMBER_AT_LINE_START, '$1\u2024'); // ․ ONE DOT LEADER
}

export type InternalKind =
  | 'uuid'
  | 'stack_trace'
  | 'file_path'
  | 'sql'
  | 'env_config'
  | 'connection_url'
  | 'api_token'
  | 'bearer_token'
  | 'secret';

export interface ScrubResult {
  text: string;
  /** The kinds taken out, each once, in the order first found. */
  removed: InternalKind[];
}

/** What stands where an inline internal was; whole lines (stack frames, env lines) are dropped instead. */
export const INTERNAL_PLACEHOLDER = '[removed]';

// Whole lines that are never meant for a citizen.
const STACK_FRAME_LINE = /^\s*at\s+(?:async\s+)?\S.*(?:\(.*:\d+:\d+\)|\S:\d+:\d+|\((?:native|index \d+|<anonymous>)\))\s*$/;
const ERROR_CLASS_LINE = /^\s*(?:Uncaught\s+)?(?:[A-Z][A-Za-z]*(?:Error|Exception))(?:\s*\[[\w-]+\])?:/;
const BARE_ERROR_LINE = /^\s*(?:Error|Exception)(?:\s*\[[\w-]+\])?:/;
const PATH = /(?<![\w:/.-])(?:(?:\/[\w.@-]+){2,}|[A-Za-z]:\\[\w.\\ -]+|node:[\w/]+|file:\/\/\S+)/;
const ENV_LINE = /^\s*(?:export\s+)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\s*=\s*\S/;

const escaped = INTERNAL_PLACEHOLDER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Neighbouring removals on one line ("Token AC… Bearer …") read as one.
const REPEATED_PLACEHOLDERS = new RegExp(`${escaped}(?:[ \\t,;:]*${escaped})+`, 'g');

interface InlinePattern {
  kind: InternalKind;
  pattern: RegExp;
}

// Order matters: credentials inside a URL go before the URL's parts are looked at, and so on.
const INLINE_PATTERNS: InlinePattern[] = [
  { kind: 'connection_url', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:[^\s@/]+@\S+/gi },
  { kind: 'connection_url', pattern: /\b(?:postgres(?:ql)?|redis|rediss|mysql|mongodb(?:\+srv)?|amqps?):\/\/\S+/gi },
  { kind: 'bearer_token', pattern: /\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/-]{8,}=*/g },
  { kind: 'api_token', pattern: /\b(?:AC|SK|SM|MM|MG|PN|CA|RE|US|AP)[0-9a-f]{32}\b/g },
  { kind: 'api_token', pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}/g },
  { kind: 'api_token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*/g },
  {
    kind: 'secret',
    pattern: /\b(?:password|passwd|pwd|secret|client[_-]?secret|api[_-]?key|auth[_-]?token|access[_-]?token)\s*[=:]\s*\S+/gi,
  },
  { kind: 'uuid', pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  // Statements: upper case as written in code and logs; lower case only with unmistakable SQL shape, so
  // "select the option from the menu" or "insert into the meter" stay.
  // Database errors, from the error's name (if any) to the end of the line.
  {
    kind: 'sql',
    pattern:
      /(?:\b[A-Z]\w*Error:\s*)?(?:QueryFailedError\b|duplicate key value violates|violates (?:foreign key|not-null|unique|check) constraint|syntax error at or near|relation "[^"]+" does not exist)[^\n]*/gi,
  },
  { kind: 'sql', pattern: /\bSELECT\b[^\n]{0,300}?\bFROM\b[^\n]*/g },
  { kind: 'sql', pattern: /\bselect\s+(?:\*|distinct\b|count\s*\(|"?\w+"?\."?\w+"?)[^\n]{0,300}?\bfrom\s+"?\w[^\n]*/gi },
  { kind: 'sql', pattern: /\bINSERT\s+INTO\b[^\n]*/g },
  { kind: 'sql', pattern: /\binsert\s+into\s+"?[\w.]+"?\s*(?:\(|values\b|select\b)[^\n]*/gi },
  { kind: 'sql', pattern: /\bUPDATE\s+"?[\w.]+"?\s+SET\b[^\n]*/g },
  { kind: 'sql', pattern: /\bDELETE\s+FROM\b[^\n]*/g },
  { kind: 'file_path', pattern: /(?<![\w:/.-])(?:\/[\w.@-]+)+\.(?:js|ts|mjs|cjs|map|json|env)(?::\d+(?::\d+)?)?/g },
  { kind: 'file_path', pattern: /\bnode_modules\/\S+/g },
];

/**
 * Takes internal ids, stack traces, SQL and configuration out of a reply. Ordinary replies (tracking
 * numbers like KMT-4821, addresses, emergency numbers 10111 / 10177 / 112 / 0800 428 428, municipal links)
 * are returned unchanged. If nothing is left, the text is empty and the caller sends a generic reply.
 */
export function scrubInternals(text: string): ScrubResult {
  const removed = new Set<InternalKind>();
  const lines = text.split('\n');
  const drop = lines.map(() => false);

  lines.forEach((line, i) => {
    if (STACK_FRAME_LINE.test(line)) {
      drop[i] = true;
      removed.add('stack_trace');
    } else if (ENV_LINE.test(line)) {
      drop[i] = true;
      removed.add('env_config');
    }
  });
  // An error header goes when it is typed (TypeError:), names a path, or heads stack frames.
  lines.forEach((line, i) => {
    if (drop[i]) return;
    const headsFrames = drop[i + 1] && STACK_FRAME_LINE.test(lines[i + 1]);
    if (ERROR_CLASS_LINE.test(line) || (BARE_ERROR_LINE.test(line) && (PATH.test(line) || headsFrames))) {
      drop[i] = true;
      removed.add(/QueryFailedError|constraint|syntax error at or near/i.test(line) ? 'sql' : 'stack_trace');
    }
  });

  let result = lines.filter((_, i) => !drop[i]).join('\n');
  for (const { kind, pattern } of INLINE_PATTERNS) {
    result = result.replace(pattern, () => {
      removed.add(kind);
      return INTERNAL_PLACEHOLDER;
    });
  }
  if (removed.size === 0) return { text, removed: [] };
  // Collapse what the removals left behind: repeated placeholders, blank runs, trailing spaces.
  result = result
    .replace(REPEATED_PLACEHOLDERS, INTERNAL_PLACEHOLDER)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: result, removed: [...removed] };
}
