/** The same error from every driver when a key has no object, so callers never see driver specifics. */
export class MediaNotFoundError extends Error {
  readonly code = 'MEDIA_NOT_FOUND';

  constructor(readonly key: string, options?: { cause?: unknown }) {
    super(`Media not found: ${key}`, options);
    this.name = MediaNotFoundError.name;
  }
}
