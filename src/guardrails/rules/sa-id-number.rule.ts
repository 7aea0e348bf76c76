import { passesLuhn } from './luhn';
import { InputContext, PiiRule, Redaction } from './input-rule';
import { MUNICIPAL_REFERENCE, precededBy } from './near-keyword';

const ID_WORDS = /\b(?:id|i\.d\.|identity|identiteit|ID-nommer|inombolo kamazisi|buka|pasa)\b/giu;

// A run of digit groups separated by single spaces or dashes; an ID is any consecutive groups in it that
// hold exactly 13 digits, however people grouped them ("800101 5009 087", "80 01 01 5009 08 7").
const DIGIT_RUN = /(?<![\d+])\d+(?:[ -]\d+)*/g;

/**
 * A South African ID number: YYMMDD date of birth that exists, a citizenship digit of 0 or 1, and a
 * Luhn check digit. A random 13-digit number (a meter or account number) is left alone.
 */
export class SaIdNumberRule implements PiiRule {
  readonly kind = 'sa_id_number';

  find(text: string, _context: InputContext): Redaction[] {
    const found: Redaction[] = [];
    for (const run of text.matchAll(DIGIT_RUN)) {
      const groups = [...run[0].matchAll(/\d+/g)].map((g) => ({ digits: g[0], start: run.index! + g.index! }));
      for (let first = 0; first < groups.length; first++) {
        let digits = '';
        for (let last = first; last < groups.length && digits.length < 13; last++) {
          digits += groups[last].digits;
          if (digits.length !== 13) continue;
          const start = groups[first].start;
          const end = groups[last].start + groups[last].digits.length;
          // A 13-digit prepaid meter number can pass the checks by chance; beside "meter" it is one,
          // unless the citizen also says it is an ID.
          const isReference = precededBy(text, start, MUNICIPAL_REFERENCE) && !precededBy(text, start, ID_WORDS, 40);
          if (isSaIdNumber(digits) && !isReference) {
            found.push({ kind: this.kind, start, end, placeholder: '[ID number]' });
            first = last;
          }
        }
      }
    }
    return found;
  }
}

export function isSaIdNumber(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  // Any century will do for the day count, except 29 February, which needs a leap year in one of them.
  const yy = Number(digits.slice(0, 2));
  const leap = [1900 + yy, 2000 + yy].some((year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > daysInMonth) return false;
  if (!'01'.includes(digits[10])) return false;
  return passesLuhn(digits);
}
