import { withoutAddress } from './address-free-text';

describe('withoutAddress', () => {
  const typed = (addressText: string) => ({ latitude: null, longitude: null, addressText, source: 'text' as const });

  it('takes the address out of the text', () => {
    expect(withoutAddress('Bins not emptied at 12 Main Road', typed('12 Main Road')).trim()).toBe('Bins not emptied at');
  });

  it('takes out every piece of an address found in several places', () => {
    expect(withoutAddress('Geen water by Kerkstraat 12 in Bellville', typed('Kerkstraat 12, Bellville'))).not.toMatch(/Kerkstraat|Bellville/);
  });

  it('leaves the text alone without a typed address', () => {
    expect(withoutAddress('pothole', null)).toBe('pothole');
    expect(withoutAddress('pothole', { latitude: 1, longitude: 2, addressText: 'pothole', source: 'pin' })).toBe('pothole');
  });
});
