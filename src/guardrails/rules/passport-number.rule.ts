import { InputContext, PiiRule, Redaction } from './input-rule';
import { valuesNearKeywords } from './near-keyword';

// The word as each language borrows it: passport, paspoort, iphasiphothi (zu), ipaspoti (xh), phasepoto (st),
// pasaporoto (tn), paspoto (ts), pasipoto (ve): one stem, p(h)as-p(h)o(ro)t-, with or without the vowels between.
const PASSPORT = /passport|paspoort|p(?:h)?as[aeiu]?p(?:h)?o(?:ro)?t(?:h)?[aeio]/giu;
// Letters and digits, at least one digit: "A12345678", "M00123456".
const PASSPORT_NUMBER = /(?<![\p{L}\d])(?=[A-Z\d]*\d)[A-Z]{0,2}\d{6,9}[A-Z]?(?![\p{L}\d])/giu;

export class PassportNumberRule implements PiiRule {
  readonly kind = 'passport_number';

  find(text: string, _context: InputContext): Redaction[] {
    return valuesNearKeywords(text, PASSPORT, PASSPORT_NUMBER, this.kind, '[passport number]');
  }
}
