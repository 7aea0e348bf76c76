/** How the download job behaves; the defaults suit production, tests shorten the waits. */
export interface MediaDownloadOptions {
  /** How often due and retried downloads are looked for (new ones start at once, without waiting). */
  pollIntervalMs: number;
  /** Downloads in flight per instance. */
  concurrency: number;
  /** Attempts before a retryable failure becomes final. */
  maxAttempts: number;
  /** The wait after the first failed attempt; doubled after each further one, up to maxBackoffMs. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** One attempt's limit, headers and body together. */
  attemptTimeoutMs: number;
  /** How long a claimed download is owned before another worker may take it over (a crashed instance). */
  leaseMs: number;
  /** Files held for a conversation that made no ticket are deleted after this (the conversation lives 24 h). */
  heldRetentionMs: number;
  /** How often abandoned held files are looked for. */
  sweepIntervalMs: number;
}

export const MEDIA_DOWNLOAD_OPTIONS = Symbol('MEDIA_DOWNLOAD_OPTIONS');

export const DEFAULT_MEDIA_DOWNLOAD_OPTIONS: MediaDownloadOptions = {
  pollIntervalMs: 1_000,
  concurrency: 4,
  maxAttempts: 5,
  baseBackoffMs: 2_000,
  maxBackoffMs: 5 * 60_000,
  attemptTimeoutMs: 60_000,
  leaseMs: 3 * 60_000,
  heldRetentionMs: 25 * 60 * 60_000,
  sweepIntervalMs: 15 * 60_000,
};

/** The wait before attempt `attempt + 1`, after `attempt` failed ones (1-based). */
export function backoffMs(options: Pick<MediaDownloadOptions, 'baseBackoffMs' | 'maxBackoffMs'>, attempt: number): number {
  return Math.min(options.maxBackoffMs, options.baseBackoffMs * 2 ** Math.max(0, attempt - 1));
}
