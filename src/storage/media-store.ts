import type { Readable } from 'node:stream';

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
}
