import type { DownloadUrlOptions } from './media-store';

/** Thrown when downloadUrl is asked for a lifetime, type or file name we will not put in a header. */
export class InvalidDownloadOptionsError extends Error {
  readonly code = 'MEDIA_DOWNLOAD_OPTIONS_INVALID';

  constructor(reason: string) {
    super(`Invalid download link options: ${reason}`);
    this.name = InvalidDownloadOptionsError.name;
  }
}

/** Seven days: the longest a SigV4 presigned URL may live, so both drivers share one limit. */
export const MAX_DOWNLOAD_LINK_SECONDS = 7 * 24 * 60 * 60;

// RFC 9110 tokens, with optional parameters (e.g. 'audio/ogg; codecs=opus'); never CR, LF or other controls.
const TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
const CONTENT_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:[ \\t]*;[ \\t]*${TOKEN}=(?:${TOKEN}|"[^"\\\\\\x00-\\x1f\\x7f]*"))*$`);
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/**
 * The one place download options are checked, by every driver before signing, and again by the local
 * route before it puts them in headers: what reaches Content-Type and Content-Disposition cannot inject.
 */
export function assertDownloadOptions(options: DownloadUrlOptions): void {
  const { expiresInSeconds, contentType, fileName } = options;
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_DOWNLOAD_LINK_SECONDS) {
    throw new InvalidDownloadOptionsError(`expiresInSeconds must be a whole number from 1 to ${MAX_DOWNLOAD_LINK_SECONDS}`);
  }
  if (!isSafeContentType(contentType)) throw new InvalidDownloadOptionsError('contentType is not a media type');
  if (!isSafeFileName(fileName)) {
    throw new InvalidDownloadOptionsError("fileName may only contain [A-Za-z0-9._-], start with a letter or digit, up to 200");
  }
}

export function isSafeContentType(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && CONTENT_TYPE.test(value);
}

export function isSafeFileName(value: unknown): value is string {
  return typeof value === 'string' && FILE_NAME.test(value);
}

/** Content-Disposition that makes a browser save rather than render; the name is already checked safe. */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
