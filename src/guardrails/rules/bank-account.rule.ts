import { InputContext, PiiRule, Redaction } from './input-rule';
import { valuesNearKeywords } from './near-keyword';

// Words that make a number a bank account, in the supported languages and bank names. "Account" alone
// is not one: municipal account numbers are needed for billing and stay.
const BANKING = new RegExp(
  [
    // Short words stand alone: "eft" must not fire inside "theft" or "left".
    '(?<![\\p{L}])(?:eft|fnb)(?![\\p{L}])',
    // Longer ones may carry a prefix or suffix: "ebhange", "yebhanki", "eNedbank", "bankrekening".
    'bank(?:ing)?',
    'branch code',
    'takkode',
    'absa',
    'capitec',
    'nedbank',
    'standard\\s*bank',
    'investec',
    'bhange',
    'bhanki',
  ].join('|'),
  'giu',
);
const ACCOUNT_NUMBER = /(?<![\d+])\d(?:[ -]?\d){5,15}(?!\d)/g;

export class BankAccountRule implements PiiRule {
  readonly kind = 'bank_account';

  find(text: string, _context: InputContext): Redaction[] {
    return valuesNearKeywords(text, BANKING, ACCOUNT_NUMBER, this.kind, '[bank account]');
  }
}
