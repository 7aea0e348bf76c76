import { createHmac, timingSafeEqual } from 'node:crypto';
import { assertDownloadOptions, isSafeContentType, isSafeFileName } from './download-link';
import type { DownloadUrl, DownloadUrlOptions } from './media-store';

/** The app's own route that serves local-disk media to whoever holds a signed link (LocalMediaController). */
export const LOCAL_MEDIA_PATH = 'api/v1/media/local';

/** A verified link: what it names, and until when. */
export interface LocalMediaLink {
  key: string;
  /** Unix seconds after which the link is refused. */
  expires: number;
  contentType: string;
  fileName: string;
}

export type LocalMediaLinkCheck =
  | { valid: true; link: LocalMediaLink }
  | { valid: false; reason: 'invalid' | 'expired' };

export interface LocalMediaLinkSignerOptions {
  /** AppConfig.mediaUrlSecret: at least 32 characters. */
  secret: string;
  /** AppConfig.publicBaseUrl, the origin links point at. */
  publicBaseUrl: string;
  /** Tests pin the clock; defaults to Date.now. */
  now?: () => number;
}

const MIN_SECRET_LENGTH = 32;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/; // base64url of 32 bytes, unpadded
const UNIX_SECONDS = /^[1-9][0-9]{0,11}$/; // canonical: one spelling per instant

/**
 * Signs and checks the expiring links to media on local disk, which have no S3 to presign them: HMAC-SHA256
 * over the key, the expiry, the content type and the file name, so none of them can be changed, with a key
 * derived from the configured secret for this one purpose. Query parameters: key, expires, type, filename,
 * signature.
 */
export class LocalMediaLinkSigner {
  // A private field: neither util.inspect nor JSON.stringify print it, so the key stays out of logs.
  readonly #key: Buffer;
  private readonly baseUrl: string;
  private readonly now: () => number;

  constructor(options: LocalMediaLinkSignerOptions) {
    if (options.secret.length < MIN_SECRET_LENGTH) {
      throw new Error(`LocalMediaLinkSigner: the secret must be at least ${MIN_SECRET_LENGTH} characters`);
    }
    this.#key = createHmac('sha256', options.secret).update('letsema/local-media-link/v1').digest();
    this.baseUrl = options.publicBaseUrl.replace(/\/+$/, '');
    this.now = options.now ?? Date.now;
  }

  /** A link to `key` valid for options.expiresInSeconds from now. The caller has checked the key. */
  createUrl(key: string, options: DownloadUrlOptions): DownloadUrl {
    assertDownloadOptions(options);
    const expires = Math.floor(this.now() / 1000) + options.expiresInSeconds;
    const link: LocalMediaLink = { key, expires, contentType: options.contentType, fileName: options.fileName };
    const query = new URLSearchParams({
      key,
      expires: String(expires),
      type: link.contentType,
      filename: link.fileName,
      signature: this.signatureOf(link).toString('base64url'),
    });
    return { url: `${this.baseUrl}/${LOCAL_MEDIA_PATH}?${query}`, expiresAt: new Date(expires * 1000) };
  }

  /**
   * Checks a link's query parameters. The signature is checked first, so a forged link is 'invalid'
   * whatever its expiry; only a genuine link can be 'expired'.
   */
  verify(query: Record<string, unknown>): LocalMediaLinkCheck {
    const { key, expires, type, filename, signature } = query;
    if (
      typeof key !== 'string' ||
      typeof expires !== 'string' ||
      !UNIX_SECONDS.test(expires) ||
      !isSafeContentType(type) ||
      !isSafeFileName(filename) ||
      typeof signature !== 'string' ||
      !SIGNATURE.test(signature)
    ) {
      return { valid: false, reason: 'invalid' };
    }
    const link: LocalMediaLink = { key, expires: Number(expires), contentType: type, fileName: filename };
    // Both sides are 32 bytes, so the comparison time depends on neither.
    if (!timingSafeEqual(Buffer.from(signature, 'base64url'), this.signatureOf(link))) return { valid: false, reason: 'invalid' };
    if (this.now() >= link.expires * 1000) return { valid: false, reason: 'expired' };
    return { valid: true, link };
  }

  private signatureOf(link: LocalMediaLink): Buffer {
    // A JSON array keeps the fields apart unambiguously, whatever characters they hold.
    const payload = JSON.stringify(['v1', link.key, link.expires, link.contentType, link.fileName]);
    return createHmac('sha256', this.#key).update(payload).digest();
  }
}
