/** One file of an incoming message: MediaUrl{N} and MediaContentType{N}. */
export interface InboundMedia {
  index: number;
  url: string;
  contentType: string;
}

/** Twilio sends at most 10 files a message. */
export const MAX_MEDIA_PER_MESSAGE = 10;

/**
 * The files of a message, from its form fields. NumMedia says how many; a pair that is missing is
 * skipped rather than invented.
 */
export function inboundMediaOf(fields: object & { NumMedia?: string }): InboundMedia[] {
  const count = Math.min(Number(fields.NumMedia ?? 0) || 0, MAX_MEDIA_PER_MESSAGE);
  const form = fields as Record<string, unknown>;
  const media: InboundMedia[] = [];
  for (let index = 0; index < count; index++) {
    const url = form[`MediaUrl${index}`];
    const contentType = form[`MediaContentType${index}`];
    if (typeof url === 'string' && url && typeof contentType === 'string' && contentType) {
      media.push({ index, url, contentType: contentType.trim().toLowerCase() });
    }
  }
  return media;
}
