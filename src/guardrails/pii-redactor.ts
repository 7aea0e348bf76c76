import { BankAccountRule } from './rules/bank-account.rule';
import { CardNumberRule } from './rules/card-number.rule';
import { EmailAddressRule } from './rules/email-address.rule';
import { InputContext, PiiRule, Redaction } from './rules/input-rule';
import { PassportNumberRule } from './rules/passport-number.rule';
import { PhoneNumberRule } from './rules/phone-number.rule';
import { SaIdNumberRule } from './rules/sa-id-number.rule';

/** Earlier rules win where two claim the same digits: an ID number is not also a card or a phone. */
export const PII_RULES: PiiRule[] = [
  new SaIdNumberRule(),
  new CardNumberRule(),
  new EmailAddressRule(),
  new PassportNumberRule(),
  new BankAccountRule(),
  new PhoneNumberRule(),
];

export interface RedactionResult {
  text: string;
  /** How many of each kind were taken out. */
  counts: Record<string, number>;
}

/** Replaces personal information with placeholders (POPIA: what we do not keep cannot leak). */
export function redactPersonalInformation(text: string, context: InputContext, rules: PiiRule[] = PII_RULES): RedactionResult {
  const accepted: Redaction[] = [];
  for (const rule of rules) {
    for (const span of rule.find(text, context)) {
      if (!accepted.some((a) => span.start < a.end && a.start < span.end)) accepted.push(span);
    }
  }
  if (accepted.length === 0) return { text, counts: {} };
  accepted.sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  const counts: Record<string, number> = {};
  for (const span of accepted) {
    result += text.slice(cursor, span.start) + span.placeholder;
    cursor = span.end;
    counts[span.kind] = (counts[span.kind] ?? 0) + 1;
  }
  return { text: result + text.slice(cursor), counts };
}
