import { toE164 } from '../../common/phone/phone-number';
import { InputContext, PiiRule, Redaction } from './input-rule';
import { MUNICIPAL_REFERENCE, precededBy } from './near-keyword';

// "+27 82 123 4567", "082 123 4567", "0821234567", "27821234567"
const CANDIDATE = /(?<![\d+])(?:\+|00)?(?:27[ -]?|0)[1-8]\d(?:[ -]?\d){7}(?!\d)/g;

/** Phone numbers other than the sender's own: somebody else's number is theirs to give. */
export class PhoneNumberRule implements PiiRule {
  readonly kind = 'phone_number';

  find(text: string, context: InputContext): Redaction[] {
    const found: Redaction[] = [];
    for (const match of text.matchAll(CANDIDATE)) {
      const digits = match[0].replace(/[ -]/g, '').replace(/^00/, '+');
      const e164 = toE164(digits.startsWith('+') ? digits : digits.startsWith('27') ? `+${digits}` : `+27${digits.slice(1)}`);
      if (!e164 || e164 === context.senderPhone || precededBy(text, match.index!, MUNICIPAL_REFERENCE)) continue;
      found.push({ kind: this.kind, start: match.index!, end: match.index! + match[0].length, placeholder: '[phone number]' });
    }
    return found;
  }
}
