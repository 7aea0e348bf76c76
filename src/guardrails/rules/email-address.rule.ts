import { InputContext, PiiRule, Redaction } from './input-rule';

// Also the spelled-out forms people use to dodge spam filters: "name(at)gmail.com", "name [at] x.co.za".
const EMAIL = /[\p{L}\d._%+-]+(?:@|\s?[([]at[)\]]\s?)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[\p{L}]{2,}/gu;

export class EmailAddressRule implements PiiRule {
  readonly kind = 'email_address';

  find(text: string, _context: InputContext): Redaction[] {
    return [...text.matchAll(EMAIL)].map((m) => ({
      kind: this.kind,
      start: m.index!,
      end: m.index! + m[0].length,
      placeholder: '[email]',
    }));
  }
}
