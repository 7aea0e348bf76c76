import {
  assertDownloadOptions,
  attachmentDisposition,
  InvalidDownloadOptionsError,
  isSafeContentType,
  isSafeFileName,
  MAX_DOWNLOAD_LINK_SECONDS,
} from './download-link';

describe('download link options', () => {
  describe(assertDownloadOptions.name, () => {
    const valid = { expiresInSeconds: 900, contentType: 'image/jpeg', fileName: 'KMT-4821-1.jpg' };

    it('accepts a lifetime from one second to seven days', () => {
      for (const expiresInSeconds of [1, 900, MAX_DOWNLOAD_LINK_SECONDS]) {
        expect(() => assertDownloadOptions({ ...valid, expiresInSeconds })).not.toThrow();
      }
    });

    it.each([0, -1, 2.5, Number.NaN, MAX_DOWNLOAD_LINK_SECONDS + 1])('refuses a lifetime of %p seconds', (expiresInSeconds) => {
      expect(() => assertDownloadOptions({ ...valid, expiresInSeconds })).toThrow(InvalidDownloadOptionsError);
    });

    it('names what is wrong and carries a code', () => {
      expect(() => assertDownloadOptions({ ...valid, fileName: 'a b.jpg' })).toThrow(
        expect.objectContaining({ code: 'MEDIA_DOWNLOAD_OPTIONS_INVALID', message: expect.stringContaining('fileName') }),
      );
    });
  });

  describe(isSafeContentType.name, () => {
    it.each(['image/jpeg', 'application/pdf', 'audio/ogg; codecs=opus', 'text/plain;charset="utf-8"', 'application/vnd.ms-excel'])(
      'accepts %p',
      (value) => expect(isSafeContentType(value)).toBe(true),
    );

    it.each(['', 'jpeg', 'image/', 'image/jpeg\r\nX-Evil: 1', 'image/jpeg\n', 'image /jpeg', 'text/plain; charset="a\r\n"', 'a/'.repeat(101)])(
      'refuses %p',
      (value) => expect(isSafeContentType(value)).toBe(false),
    );
  });

  describe(isSafeFileName.name, () => {
    it.each(['KMT-4821-1.jpg', 'voice_note.ogg', 'a'])('accepts %p', (value) => expect(isSafeFileName(value)).toBe(true));

    it.each(['', '.hidden', '../x.jpg', 'a/b.jpg', 'a\\b.jpg', 'a".jpg', 'a;b.jpg', 'a b.jpg', 'naïve.jpg', 'a\r\n.jpg', 'a'.repeat(201)])(
      'refuses %p',
      (value) => expect(isSafeFileName(value)).toBe(false),
    );
  });

  describe(attachmentDisposition.name, () => {
    it('asks the browser to save the file under the given name', () => {
      expect(attachmentDisposition('KMT-4821-1.jpg')).toBe('attachment; filename="KMT-4821-1.jpg"');
    });
  });
});
