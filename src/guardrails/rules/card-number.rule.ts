import { passesLuhn } from './luhn';
import { InputContext, PiiRule, Redaction } from './input-rule';
import { isSaIdNumber } from './sa-id-number.rule';

// 13 to 19 digits, in groups separated by single spaces or dashes as printed on cards.
const CANDIDATE = /(?<![\d+])\d(?:[ -]?\d){12,18}(?!\d)/g;

/** A payment card number: 13-19 digits with a valid Luhn check (and not an ID number, which has its own rule). */
export class CardNumberRule implements PiiRule {
  readonly kind = 'card_number';

  find(text: string, _context: InputContext): Redaction[] {
    const found: Redaction[] = [];
    for (const match of text.matchAll(CANDIDATE)) {
      const digits = match[0].replace(/[ -]/g, '');
      if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits) && !isSaIdNumber(digits) && /^[2-6]/.test(digits)) {
        found.push({ kind: this.kind, start: match.index!, end: match.index! + match[0].length, placeholder: '[card number]' });
      }
    }
    return found;
  }
}
