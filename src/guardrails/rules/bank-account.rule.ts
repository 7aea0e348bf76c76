import { InputContext, PiiRule, Redaction } from './input-rule';
import { lastBefore, valuesNearKeywords } from './near-keyword';

// Words that make a number a bank account, in the supported languages and bank names. "Account" alone
// is not one: municipal account numbers are needed for billing and stay.
const BANKING = new RegExp(
  [
    // "eft" stands alone: it must not fire inside "theft" or "left". "fnb" may carry a prefix: "yaseFNB", "eFNB".
    '(?<![\\p{L}])eft(?![\\p{L}])',
    'fnb',
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
// The municipality's own account or meter: "I pay by EFT, akhaonto ya masepala ke 5502938471". When such a word
// stands nearer the number than the banking word, the number is the municipal account billing needs.
const MUNICIPAL_OWNER = /(?<![\p{L}])(?:municipal\w*|munisipal\w*|\w*masepala|\w*masipala|council|meter|met[eo]rnommer|imitha|rates account|erf)(?![\p{L}])/iu;

export class BankAccountRule implements PiiRule {
  readonly kind = 'bank_account';

  find(text: string, _context: InputContext): Redaction[] {
    return valuesNearKeywords(text, BANKING, ACCOUNT_NUMBER, this.kind, '[bank account]').filter(
      ({ start }) => lastBefore(text, start, MUNICIPAL_OWNER, 30) <= lastBefore(text, start, BANKING, 45),
    );
  }
}
