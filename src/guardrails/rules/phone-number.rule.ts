import { toE164 } from '../../common/phone/phone-number';
import { InputContext, PiiRule, Redaction } from './input-rule';
import { lastBefore, MUNICIPAL_REFERENCE } from './near-keyword';

// "+27 82 123 4567", "082 123 4567", "0821234567", "27821234567"
const CANDIDATE = /(?<![\d+])(?:\+|00)?(?:27[ -]?|0)[1-8]\d(?:[ -]?\d){7}(?!\d)/g;

// Words that say the number that follows is a person's phone: they outrank a meter or account word
// said earlier ("fix the meter box, his number is 072 481 3396").
const PHONE_CUE =
  /\b(?:call|phone|ring|sms|whatsapp|contact|cell(?:phone)?|mobile|(?:his|her|their|landlord'?s|neighbou?r'?s) number|bel|skakel|selfoon|(?:sy|haar|hul) nommer|shayela|fonela|letsetsa|leletsa|founela|inombolo yakhe|nomoro ya (?:gagwe|hae|gwe))\b/giu;

/** Phone numbers other than the sender's own: somebody else's number is theirs to give. */
export class PhoneNumberRule implements PiiRule {
  readonly kind = 'phone_number';

  find(text: string, context: InputContext): Redaction[] {
    const found: Redaction[] = [];
    for (const match of text.matchAll(CANDIDATE)) {
      const digits = match[0].replace(/[ -]/g, '').replace(/^00/, '+');
      const e164 = toE164(digits.startsWith('+') ? digits : digits.startsWith('27') ? `+${digits}` : `+27${digits.slice(1)}`);
      if (!e164 || e164 === context.senderPhone || isMunicipalReference(text, match.index!)) continue;
      found.push({ kind: this.kind, start: match.index!, end: match.index! + match[0].length, placeholder: '[phone number]' });
    }
    return found;
  }
}

/** A meter or account word stands just before the number, with no phone cue after it. */
function isMunicipalReference(text: string, start: number): boolean {
  const municipal = lastBefore(text, start, MUNICIPAL_REFERENCE);
  return municipal >= 0 && municipal > lastBefore(text, start, PHONE_CUE);
}
