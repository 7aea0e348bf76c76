import { toE164 } from './phone-number';

describe('toE164', () => {
  it.each([
    ['whatsapp:+27821234567', '+27821234567'],
    ['+27821234567', '+27821234567'],
    [' WhatsApp:+14155238886 ', '+14155238886'],
  ])('reads %p as %p', (raw, expected) => expect(toE164(raw)).toBe(expected));

  it.each(['0821234567', 'whatsapp:', '+278212', '+27999999999', '+27 82 123 4567', 'whatsapp:hello', '', undefined, null])(
    'rejects %p',
    (raw) => expect(toE164(raw as string)).toBeUndefined(),
  );
});
