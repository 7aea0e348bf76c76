import type { Readable } from 'node:stream';

/** What a download link serves: for how long, as which type, and under which suggested file name. */
export interface DownloadUrlOptions {
  /** Whole seconds, 1 to 604,800 (seven days, the longest S3 presigned URL). */
  expiresInSeconds: number;
  /** Sent as the Content-Type of the download, e.g. 'image/jpeg'. */
  contentType: string;
  /** Suggested name (Content-Disposition: attachment), letters, digits, '.', '_' and '-' only, e.g. 'KMT-4821-1.jpg'. */
  fileName: string;
}

/** A link that is its own credential: whoever holds it may download the object until expiresAt. */
export interface DownloadUrl {
  url: string;
  expiresAt: Date;
}

/**
 * The port for media storage (photos, voice notes, documents), and its DI token. Drivers: local disk (the
 * embedded default) and S3, picked by createMediaStore. Keys are opaque and checked by assertSafeKey;
 * a missing key is a MediaNotFoundError from every driver.
 */
export abstract class MediaStore {
  /** Streams the body to storage (never buffered whole) and reports the bytes written. */
  abstract put(key: string, body: Readable, contentType: string): Promise<{ size: number }>;
  /** The object's bytes as a stream; MediaNotFoundError when there is none. */
  abstract get(key: string): Promise<Readable>;
  /** Removes the object; deleting a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
  /**
   * An expiring link that downloads the object as an attachment: a presigned URL on S3, a signed route of
   * this app on local disk. It does not check that the object exists (the link answers 404 if not).
   * Throws UnsafeStorageKeyError or InvalidDownloadOptionsError for bad input.
   */
  abstract downloadUrl(key: string, options: DownloadUrlOptions): Promise<DownloadUrl>;
}
