import { maskPhone } from './redact';

describe('maskPhone', () => {
  it('keeps the country code and the last three digits only', () => {
    expect(maskPhone('+27821234567')).toBe('+27***567');
    expect(maskPhone('whatsapp:+27821234567')).toBe('+27***567');
  });

  it('hides short or missing values entirely', () => {
    expect(maskPhone('123')).toBe('***');
    expect(maskPhone(undefined)).toBe('-');
  });
});
