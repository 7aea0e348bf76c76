import { fileTypeFromBuffer } from 'file-type/core';
import { MEDIA_SAMPLES } from '../../../test/support/fake-media-host';
import { ACCEPTED_MEDIA_TYPES, acceptedTypeOf, essenceOf, isAcceptedDeclaredType } from './accepted-media-types';

describe('accepted media types', () => {
  describe(isAcceptedDeclaredType.name, () => {
    it.each(['image/jpeg', 'IMAGE/JPEG', 'audio/ogg; codecs=opus', ' Audio/Ogg ;codecs="opus"', 'application/pdf', 'video/mp4', 'audio/amr'])(
      'accepts %p',
      (declared) => {
        expect(isAcceptedDeclaredType(declared)).toBe(true);
      },
    );

    it.each(['text/html', 'application/zip', 'image/gif', 'text/vcard', 'application/octet-stream', '', 'image/jpeg2', 'toString', '__proto__'])(
      'refuses %p',
      (declared) => {
        expect(isAcceptedDeclaredType(declared)).toBe(false);
      },
    );
  });

  describe(essenceOf.name, () => {
    it('drops parameters and case', () => {
      expect(essenceOf('Audio/OGG; codecs=opus')).toBe('audio/ogg');
    });
  });

  // What file-type 21 really reports for each sample, and what we store it as. If an upgrade changes a
  // report, this is the test that says so.
  describe(acceptedTypeOf.name, () => {
    it.each<[keyof typeof MEDIA_SAMPLES, { ext: string; mime: string } | undefined, { contentType: string; extension: string } | null]>([
      ['jpeg', { ext: 'jpg', mime: 'image/jpeg' }, { contentType: 'image/jpeg', extension: 'jpg' }],
      ['png', { ext: 'png', mime: 'image/png' }, { contentType: 'image/png', extension: 'png' }],
      ['webp', { ext: 'webp', mime: 'image/webp' }, { contentType: 'image/webp', extension: 'webp' }],
      ['mp4', { ext: 'mp4', mime: 'video/mp4' }, { contentType: 'video/mp4', extension: 'mp4' }],
      ['oggOpus', { ext: 'opus', mime: 'audio/ogg; codecs=opus' }, { contentType: 'audio/ogg', extension: 'ogg' }],
      ['oggVorbis', { ext: 'ogg', mime: 'audio/ogg' }, { contentType: 'audio/ogg', extension: 'ogg' }],
      ['mp3', { ext: 'mp3', mime: 'audio/mpeg' }, { contentType: 'audio/mpeg', extension: 'mp3' }],
      ['amr', { ext: 'amr', mime: 'audio/amr' }, { contentType: 'audio/amr', extension: 'amr' }],
      ['pdf', { ext: 'pdf', mime: 'application/pdf' }, { contentType: 'application/pdf', extension: 'pdf' }],
      ['html', undefined, null],
      ['exe', { ext: 'exe', mime: 'application/x-msdownload' }, null],
      ['zip', { ext: 'zip', mime: 'application/zip' }, null],
    ])('maps a %s sample: file-type says %j, stored as %j', async (sample, reported, stored) => {
      const sniffed = await fileTypeFromBuffer(MEDIA_SAMPLES[sample]);

      expect(sniffed).toEqual(reported);
      expect(sniffed ? acceptedTypeOf(sniffed) : null).toEqual(stored);
    });

    it('covers every accepted type with its extension', () => {
      expect(ACCEPTED_MEDIA_TYPES).toEqual({
        'image/jpeg': 'jpg',
        'image/png': 'png',
        'image/webp': 'webp',
        'video/mp4': 'mp4',
        'audio/ogg': 'ogg',
        'audio/mpeg': 'mp3',
        'audio/amr': 'amr',
        'application/pdf': 'pdf',
      });
    });
  });
});
