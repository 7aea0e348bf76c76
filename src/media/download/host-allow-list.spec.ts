import { HostAllowList } from './host-allow-list';

describe(HostAllowList.name, () => {
  const allows = (entries: string[], url: string) => new HostAllowList(entries).refusalOf(new URL(url)) === null;

  describe('refusalOf', () => {
    it('allows a bare host on the default port of either scheme only', () => {
      const entries = ['api.twilio.com'];

      expect(allows(entries, 'https://api.twilio.com/2010-04-01/x')).toBe(true);
      expect(allows(entries, 'https://api.twilio.com:443/x')).toBe(true);
      expect(allows(entries, 'http://api.twilio.com/x')).toBe(true);
      expect(allows(entries, 'https://api.twilio.com:8443/x')).toBe(false);
      expect(allows(entries, 'http://api.twilio.com:443/x')).toBe(false);
    });

    it('allows a host:port entry on exactly that port', () => {
      const entries = ['127.0.0.1:8080', 'cdn.example:443'];

      expect(allows(entries, 'http://127.0.0.1:8080/x')).toBe(true);
      expect(allows(entries, 'http://127.0.0.1/x')).toBe(false);
      expect(allows(entries, 'http://127.0.0.1:8081/x')).toBe(false);
      expect(allows(entries, 'https://cdn.example/x')).toBe(true);
      expect(allows(entries, 'http://cdn.example/x')).toBe(false);
    });

    it('matches the whole host, not a suffix, a prefix or a subdomain', () => {
      const entries = ['api.twilio.com'];

      expect(allows(entries, 'https://evil.api.twilio.com/x')).toBe(false);
      expect(allows(entries, 'https://api.twilio.com.evil.example/x')).toBe(false);
      expect(allows(entries, 'https://xapi.twilio.com/x')).toBe(false);
    });

    it('ignores case in entries and URLs', () => {
      expect(allows(['API.Twilio.COM'], 'https://api.TWILIO.com/x')).toBe(true);
    });

    it('allows a bracketed IPv6 entry', () => {
      expect(allows(['[::1]:8080'], 'http://[::1]:8080/x')).toBe(true);
      expect(allows(['[::1]:8080'], 'http://[::1]:8081/x')).toBe(false);
    });

    it('refuses a scheme other than http(s) even for an allowed host', () => {
      const list = new HostAllowList(['api.twilio.com']);

      expect(list.refusalOf(new URL('ftp://api.twilio.com/x'))).toMatch('scheme ftp: is not http(s)');
      expect(list.refusalOf(new URL('file:///etc/passwd'))).toMatch('is not http(s)');
    });

    it('refuses credentials in the URL', () => {
      const list = new HostAllowList(['api.twilio.com']);

      expect(list.refusalOf(new URL('https://AC1:token@api.twilio.com/x'))).toMatch('credentials in the URL');
      expect(list.refusalOf(new URL('https://user@api.twilio.com/x'))).toMatch('credentials in the URL');
    });

    it('refuses everything when the list is empty', () => {
      expect(allows([], 'https://api.twilio.com/x')).toBe(false);
    });
  });

  describe('constructor', () => {
    it.each(['https://api.twilio.com', 'api.twilio.com:99999', 'api.twilio.com:0', 'a b', '', 'user@host', '*.twilio.com'])(
      'refuses the entry %p',
      (entry) => {
        expect(() => new HostAllowList([entry])).toThrow('is not a host or host:port');
      },
    );
  });
});
