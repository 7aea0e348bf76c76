import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ExpiringMap } from '../cache/expiring-map';

// Full metadata validation is the costly part of a webhook's parsing, and the same few numbers (the
// municipality's, the citizen's) recur on every message: results are remembered for a while.
const parsed = new ExpiringMap<string, string | null>(10 * 60_000, 50_000);

/** E.164 for a valid number (WhatsApp's "whatsapp:" prefix allowed), else undefined. */
export function toE164(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const candidate = raw.trim().replace(/^whatsapp:/i, '');
  if (!/^\+[1-9]\d{6,14}$/.test(candidate)) return undefined;
  let result = parsed.get(candidate);
  if (result === undefined) {
    const number = parsePhoneNumberFromString(candidate);
    result = number?.isValid() ? number.number : null;
    parsed.set(candidate, result);
  }
  return result ?? undefined;
}
