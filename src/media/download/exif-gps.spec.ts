import { gpsTiff, JOHANNESBURG, makeJpeg, makePngWithGps, MEDIA_SAMPLES } from '../../../test/support/fake-media-host';
import { gpsFromExif } from './exif-gps';

describe(gpsFromExif.name, () => {
  it('reads a southern, eastern position as negative latitude and positive longitude', () => {
    const gps = gpsFromExif(makeJpeg({ gps: JOHANNESBURG }));

    expect(gps?.latitude).toBeCloseTo(-26.2041, 6);
    expect(gps?.longitude).toBeCloseTo(28.0473, 6);
  });

  it('reads a western longitude as negative', () => {
    const gps = gpsFromExif(makeJpeg({ gps: { latitude: 40.7128, longitude: -74.006 } }));

    expect(gps?.latitude).toBeCloseTo(40.7128, 6);
    expect(gps?.longitude).toBeCloseTo(-74.006, 6);
  });

  it('reads GPS from a PNG eXIf chunk', () => {
    const gps = gpsFromExif(makePngWithGps({ latitude: -33.9249, longitude: 18.4241 }));

    expect(gps?.latitude).toBeCloseTo(-33.9249, 6);
    expect(gps?.longitude).toBeCloseTo(18.4241, 6);
  });

  it('reads a file cut off after its EXIF (only the start of a photo is kept)', () => {
    const whole = makeJpeg({ gps: JOHANNESBURG, size: 300_000 });

    expect(gpsFromExif(whole.subarray(0, 1_000))?.latitude).toBeCloseTo(-26.2041, 6);
  });

  it.each<[string, Buffer]>([
    ['a JPEG without EXIF', MEDIA_SAMPLES.jpeg],
    ['a latitude without a longitude', makeJpeg({ gps: { latitude: -26.2041, longitude: null } })],
    ['0,0 (no fix)', makeJpeg({ gps: { latitude: 0, longitude: 0 } })],
    ['a latitude beyond 90', makeJpeg({ gps: { latitude: 95.5, longitude: 28 } })],
    ['a longitude beyond 180', makeJpeg({ gps: { latitude: -26, longitude: 190 } })],
    ['garbage in the APP1 Exif segment', makeJpeg({ exifPayload: Buffer.from('MM\u0000*garbage that is not a TIFF structure') })],
    ['EXIF cut off in the middle', makeJpeg({ gps: JOHANNESBURG }).subarray(0, 60)],
    ['a PDF', MEDIA_SAMPLES.pdf],
    ['no bytes', Buffer.alloc(0)],
    ['random bytes', Buffer.from(gpsTiff(JOHANNESBURG).toString('hex'))],
  ])('returns null for %s', (_label, bytes) => {
    expect(gpsFromExif(bytes)).toBeNull();
  });
});
