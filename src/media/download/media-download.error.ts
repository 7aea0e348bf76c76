export type MediaFailureReason =
  | 'host_not_allowed'
  | 'too_many_redirects'
  | 'http_error'
  | 'network_error'
  | 'timeout'
  | 'too_large'
  | 'unsupported_type'
  | 'empty'
  | 'aborted';

/** Retrying cannot change these: the URL, the file or its size is what it is. */
const RETRYABLE: Record<MediaFailureReason, boolean> = {
  host_not_allowed: false,
  too_many_redirects: false,
  http_error: false,
  network_error: true,
  timeout: true,
  too_large: false,
  unsupported_type: false,
  empty: false,
  // Shutdown: the download was fine, it was only interrupted.
  aborted: true,
};

/** Twilio answers these when it is busy or slow, so a later attempt may succeed; other 4xx will not change. */
const isRetryableStatus = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * Why one download attempt failed. `retryable` tells the caller's job whether another attempt may succeed;
 * the fetcher itself never retries.
 */
export class MediaDownloadError extends Error {
  readonly code = 'MEDIA_DOWNLOAD_FAILED';
  readonly retryable: boolean;
  /** The HTTP status, for http_error (and a redirect without a usable Location). */
  readonly status?: number;

  constructor(
    readonly reason: MediaFailureReason,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = MediaDownloadError.name;
    this.status = options.status;
    this.retryable = reason === 'http_error' && options.status !== undefined ? isRetryableStatus(options.status) : RETRYABLE[reason];
  }
}
