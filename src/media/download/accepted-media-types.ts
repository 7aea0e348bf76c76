/**
 * The files we keep, by MIME type, with the extension their storage key gets: WhatsApp's photos, stickers,
 * voice notes, audio, video and PDF documents.
 */
export const ACCEPTED_MEDIA_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/amr': 'amr',
  'application/pdf': 'pdf',
} as const satisfies Record<string, string>;

export type AcceptedMediaType = keyof typeof ACCEPTED_MEDIA_TYPES;
export type AcceptedExtension = (typeof ACCEPTED_MEDIA_TYPES)[AcceptedMediaType];

/** 'Audio/OGG; codecs=opus' -> 'audio/ogg'. */
export function essenceOf(mediaType: string): string {
  return mediaType.split(';', 1)[0].trim().toLowerCase();
}

const isAccepted = (essence: string): essence is AcceptedMediaType => Object.hasOwn(ACCEPTED_MEDIA_TYPES, essence);

/**
 * Whether MediaContentType{N} names a type we keep, parameters and case aside, so a caller can refuse a
 * file without downloading it. The real type is still sniffed from the bytes.
 */
export function isAcceptedDeclaredType(declared: string): boolean {
  return isAccepted(essenceOf(declared));
}

/**
 * The accepted type of what file-type sniffed, or null. It reports an Ogg Opus voice note as
 * `audio/ogg; codecs=opus` with ext `opus`: stored as plain audio/ogg, .ogg, like any Ogg audio.
 */
export function acceptedTypeOf(sniffed: { mime: string }): { contentType: AcceptedMediaType; extension: AcceptedExtension } | null {
  const essence = essenceOf(sniffed.mime);
  return isAccepted(essence) ? { contentType: essence, extension: ACCEPTED_MEDIA_TYPES[essence] } : null;
}
