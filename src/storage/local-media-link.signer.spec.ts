import { inspect } from 'node:util';
import { InvalidDownloadOptionsError, MAX_DOWNLOAD_LINK_SECONDS } from './download-link';
import { LOCAL_MEDIA_PATH, LocalMediaLinkSigner } from './local-media-link.signer';
import { newMediaKey } from './testing/media-fixtures';

const SECRET = 'a-test-media-url-secret-of-enough-length';
const BASE_URL = 'https://letsema.test.example';
const SIGNED_AT = Date.parse('2030-03-01T10:00:00.000Z');
const options = { expiresInSeconds: 300, contentType: 'image/jpeg', fileName: 'KMT-4821-1.jpg' };

const newSigner = (overrides: { secret?: string; now?: () => number } = {}) =>
  new LocalMediaLinkSigner({ secret: SECRET, publicBaseUrl: BASE_URL, now: () => SIGNED_AT, ...overrides });

/** The query a browser would send for a link, as Express hands it over. */
const queryOf = (url: string): Record<string, unknown> => Object.fromEntries(new URL(url).searchParams);

describe(LocalMediaLinkSigner.name, () => {
  describe('createUrl', () => {
    it('points at the local media route of the public origin, with every signed field in the query', () => {
      const key = newMediaKey();

      const { url, expiresAt } = newSigner().createUrl(key, options);

      const parsed = new URL(url);
      expect(`${parsed.origin}${parsed.pathname}`).toBe(`${BASE_URL}/${LOCAL_MEDIA_PATH}`);
      expect(queryOf(url)).toEqual({
        key,
        expires: String(SIGNED_AT / 1000 + 300),
        type: 'image/jpeg',
        filename: 'KMT-4821-1.jpg',
        signature: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });
      expect(expiresAt).toEqual(new Date(SIGNED_AT + 300_000));
    });

    it('keeps a trailing slash of the base URL out of the path', () => {
      const signer = new LocalMediaLinkSigner({ secret: SECRET, publicBaseUrl: `${BASE_URL}/`, now: () => SIGNED_AT });

      expect(signer.createUrl(newMediaKey(), options).url).toMatch(`${BASE_URL}/${LOCAL_MEDIA_PATH}?`);
    });

    it.each([
      ['a zero lifetime', { expiresInSeconds: 0 }],
      ['a fractional lifetime', { expiresInSeconds: 1.5 }],
      ['a lifetime over seven days', { expiresInSeconds: MAX_DOWNLOAD_LINK_SECONDS + 1 }],
      ['a content type with a line break', { contentType: 'image/jpeg\r\nSet-Cookie: a=b' }],
      ['a file name with a quote', { fileName: 'a".jpg' }],
      ['a file name with a slash', { fileName: '../a.jpg' }],
    ])('refuses %s', (_label, override) => {
      expect(() => newSigner().createUrl(newMediaKey(), { ...options, ...override })).toThrow(InvalidDownloadOptionsError);
    });
  });

  describe('verify', () => {
    it('accepts its own link and returns what it names', () => {
      const key = newMediaKey();
      const { url } = newSigner().createUrl(key, options);

      expect(newSigner().verify(queryOf(url))).toEqual({
        valid: true,
        link: { key, expires: SIGNED_AT / 1000 + 300, contentType: 'image/jpeg', fileName: 'KMT-4821-1.jpg' },
      });
    });

    it.each([
      ['the key names another object', 'key', newMediaKey()],
      ['the key climbs out of the root', 'key', '../../etc/passwd'],
      ['the expiry is a day later', 'expires', String(SIGNED_AT / 1000 + 86_400)],
      ['the expiry is respelt with a leading zero', 'expires', `0${SIGNED_AT / 1000 + 300}`],
      ['the type is text/html', 'type', 'text/html'],
      ['the file name is changed', 'filename', 'KMT-4821-1.html'],
      ['the signature is replaced', 'signature', 'A'.repeat(43)],
    ])('refuses the link when %s', (_label, field, value) => {
      const { url } = newSigner().createUrl(newMediaKey(), options);

      expect(newSigner().verify({ ...queryOf(url), [field]: value })).toEqual({ valid: false, reason: 'invalid' });
    });

    it('refuses a link whose signature has one character changed', () => {
      const query = queryOf(newSigner().createUrl(newMediaKey(), options).url);
      const signature = query.signature as string;
      const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;

      expect(newSigner().verify({ ...query, signature: flipped })).toEqual({ valid: false, reason: 'invalid' });
    });

    it.each(['key', 'expires', 'type', 'filename', 'signature'])('refuses the link when %s is missing', (field) => {
      const query = queryOf(newSigner().createUrl(newMediaKey(), options).url);
      delete query[field];

      expect(newSigner().verify(query)).toEqual({ valid: false, reason: 'invalid' });
    });

    it('refuses parameters given twice (an array) or as an object', () => {
      const query = queryOf(newSigner().createUrl(newMediaKey(), options).url);

      expect(newSigner().verify({ ...query, key: [query.key, query.key] })).toEqual({ valid: false, reason: 'invalid' });
      expect(newSigner().verify({ ...query, signature: { a: query.signature } })).toEqual({ valid: false, reason: 'invalid' });
    });

    it('refuses a link signed with another secret', () => {
      const { url } = newSigner({ secret: 'another-media-url-secret-of-enough-length' }).createUrl(newMediaKey(), options);

      expect(newSigner().verify(queryOf(url))).toEqual({ valid: false, reason: 'invalid' });
    });

    it('reports a genuine link as expired from its expiry second on, and valid until then', () => {
      const { url } = newSigner().createUrl(newMediaKey(), options);
      const expiry = SIGNED_AT + 300_000;

      expect(newSigner({ now: () => expiry - 1 }).verify(queryOf(url))).toMatchObject({ valid: true });
      expect(newSigner({ now: () => expiry }).verify(queryOf(url))).toEqual({ valid: false, reason: 'expired' });
      expect(newSigner({ now: () => expiry + 86_400_000 }).verify(queryOf(url))).toEqual({ valid: false, reason: 'expired' });
    });

    it('reports a forged link as invalid, not expired, whatever its expiry', () => {
      const query = queryOf(newSigner().createUrl(newMediaKey(), options).url);

      expect(newSigner().verify({ ...query, expires: '1000' })).toEqual({ valid: false, reason: 'invalid' });
    });
  });

  describe('secret', () => {
    it('refuses a secret shorter than 32 characters', () => {
      expect(() => newSigner({ secret: 'short' })).toThrow('at least 32 characters');
    });

    it('never shows the secret or the key derived from it', () => {
      const signer = newSigner();
      const { url } = signer.createUrl(newMediaKey(), options);

      for (const text of [inspect(signer, { showHidden: true, depth: 5 }), JSON.stringify(signer), String(signer), url]) {
        expect(text).not.toContain(SECRET);
        // Neither as a Buffer (inspect, JSON) nor hex-encoded.
        expect(text).not.toMatch(/Buffer|[0-9a-f]{64}/);
      }
    });
  });
});
