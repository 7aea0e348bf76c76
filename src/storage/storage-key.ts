/** Thrown when a storage key is not one we are willing to turn into a path or an object name. */
export class UnsafeStorageKeyError extends Error {
  readonly code = 'STORAGE_KEY_UNSAFE';

  constructor(reason: string) {
    super(`Unsafe storage key: ${reason}`);
    this.name = UnsafeStorageKeyError.name;
  }
}

export const MAX_STORAGE_KEY_LENGTH = 512;

const SEGMENT = /^[A-Za-z0-9._-]+$/;

/**
 * The one place a key is checked. Keys are opaque (e.g. `tenants/<uuid>/tickets/<uuid>/<uuid>.jpg`) but
 * must be safe both as a relative file path under the local root and as an S3 object name, so every
 * driver calls this before any I/O.
 */
export function assertSafeKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || key.length === 0) throw new UnsafeStorageKeyError('empty or not a string');
  if (key.length > MAX_STORAGE_KEY_LENGTH) {
    throw new UnsafeStorageKeyError(`longer than ${MAX_STORAGE_KEY_LENGTH} characters`);
  }
  // Checked before the segment rule so the error says what is actually wrong.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key)) throw new UnsafeStorageKeyError('contains a control character');
  if (key.includes('\\')) throw new UnsafeStorageKeyError('contains a backslash');
  if (key.startsWith('/')) throw new UnsafeStorageKeyError('is absolute (leading "/")');
  for (const segment of key.split('/')) {
    if (segment === '') throw new UnsafeStorageKeyError('has an empty segment ("//" or trailing "/")');
    if (segment === '.' || segment === '..') throw new UnsafeStorageKeyError('has a "." or ".." segment');
    if (!SEGMENT.test(segment)) throw new UnsafeStorageKeyError('segments may only contain [A-Za-z0-9._-]');
  }
}
