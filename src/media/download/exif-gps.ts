import { load } from 'exifreader';

export interface GpsPosition {
  latitude: number;
  longitude: number;
}

/** Photo formats exifreader reads EXIF from cheaply (JPEG APP1, PNG eXIf, WebP EXIF chunk). */
export const EXIF_MEDIA_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** How much of the start of a photo is kept for EXIF; phones write it in the first few kilobytes. */
export const EXIF_WINDOW_BYTES = 128 * 1024;

/**
 * Where the photo says it was taken, as signed decimal degrees (south and west negative), or null when
 * it does not say, says only half, or says something impossible. `bytes` may be a truncated file. A photo
 * we cannot parse is still a photo: any error is null.
 */
export function gpsFromExif(bytes: Buffer): GpsPosition | null {
  let latitude: unknown;
  let longitude: unknown;
  try {
    // Only the computed GPS group: skips XMP (which would want a DOMParser), ICC, maker notes and previews.
    const { gps } = load(bytes, { expanded: true, includeTags: { gps: true } });
    latitude = gps?.Latitude;
    longitude = gps?.Longitude;
  } catch {
    return null;
  }
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  // 0,0 is what a camera without a fix writes, not a place in the Gulf of Guinea.
  if (latitude === 0 && longitude === 0) return null;
  return { latitude, longitude };
}
