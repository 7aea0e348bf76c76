import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
// The `core` entry: the root entry's conditional exports resolve under Node but not in Jest's resolver, and
// core has everything a buffer needs.
import { fileTypeFromBuffer } from 'file-type/core';
import { acceptedTypeOf, isAcceptedDeclaredType } from './accepted-media-types';
import { EXIF_MEDIA_TYPES, EXIF_WINDOW_BYTES, type GpsPosition, gpsFromExif } from './exif-gps';
import { HostAllowList } from './host-allow-list';
import { MediaDownloadError } from './media-download.error';

// The caller (the download job) checks declared types through this module too.
export { ACCEPTED_MEDIA_TYPES, isAcceptedDeclaredType } from './accepted-media-types';

export interface MediaFetchRequest {
  /** MediaUrl{N} from the webhook. */
  url: string;
  /** MediaContentType{N}; a type we do not accept is refused before any request. */
  declaredContentType: string;
  /** Twilio AccountSid / AuthToken (or API key SID / secret), sent as HTTP basic auth to the URL's origin only. */
  credentials: { username: string; password: string };
  /**
   * Called once, when the real type is known; must consume `body` (e.g. MediaStore.put). The stream fails
   * with the MediaDownloadError when the download does (too large, cut off, timed out, aborted), so the
   * store can delete what it wrote.
   */
  store: (body: Readable, media: { contentType: string; extension: string }) => Promise<unknown>;
  /** Aborts an in-flight download (shutdown): 'aborted'. */
  signal?: AbortSignal;
}

export interface FetchedMedia {
  /** The sniffed type, e.g. 'image/jpeg', 'audio/ogg'. */
  contentType: string;
  /** 'jpg' | 'png' | 'webp' | 'mp4' | 'ogg' | 'mp3' | 'amr' | 'pdf' */
  extension: string;
  /** Bytes handed to store(). */
  size: number;
  /** Hex sha256 of exactly the bytes handed to store(). */
  sha256: string;
  /** EXIF GPS of a photo, when present and sane. */
  gps: GpsPosition | null;
}

export interface MediaFetcherOptions {
  /** `host` (default port of the scheme only) or `host:port`. */
  allowedHosts: string[];
  maxBytes: number;
  /** One attempt, from the first request to the last body byte. */
  timeoutMs: number;
  /** Redirects followed before giving up; 5 by default. */
  maxRedirects?: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** file-type's own figure for what it needs to recognise any format it knows. */
const SNIFF_BYTES = 4100;

/** Thrown by store() itself (not by the download): passed to the caller unchanged. */
class StoreFailure {
  constructor(readonly error: unknown) {}
}

/**
 * Downloads one media file from Twilio into a store, in one attempt: follows redirects by hand so that
 * every hop is checked against the allow-list and the credentials never leave Twilio's origin; sniffs the
 * real type from the first bytes and refuses what we do not keep before anything is stored; then streams
 * the rest to store() while counting, hashing and keeping the start of a photo for its EXIF GPS. Memory
 * stays bounded whatever the file's size. Failures are MediaDownloadErrors saying whether to retry;
 * retrying is the caller's job.
 */
export class MediaFetcher {
  private readonly allowList: HostAllowList;
  private readonly maxRedirects: number;

  constructor(private readonly options: MediaFetcherOptions) {
    if (!(options.maxBytes > 0) || !(options.timeoutMs > 0)) {
      throw new Error('MediaFetcher: maxBytes and timeoutMs must be positive');
    }
    this.allowList = new HostAllowList(options.allowedHosts);
    this.maxRedirects = options.maxRedirects ?? 5;
  }

  async fetch(request: MediaFetchRequest): Promise<FetchedMedia> {
    if (!isAcceptedDeclaredType(request.declaredContentType)) {
      throw new MediaDownloadError('unsupported_type', `Declared type ${request.declaredContentType} is not accepted`);
    }
    if (request.signal?.aborted) throw new MediaDownloadError('aborted', 'Download aborted before it started');

    const attempt = new Attempt(this.options.timeoutMs, request.signal);
    try {
      const response = await this.open(request, attempt);
      return await this.receive(response, request, attempt);
    } catch (error) {
      if (error instanceof StoreFailure) throw attempt.failure ?? error.error;
      throw attempt.failure ?? (error instanceof MediaDownloadError ? error : networkError(error));
    } finally {
      attempt.end();
    }
  }

  /** Requests the URL, following redirects within the allow-list; the response is a 2xx with its body unread. */
  private async open(request: MediaFetchRequest, attempt: Attempt): Promise<Response> {
    let url = this.allowed(request.url);
    // Only the origin the caller named gets the credentials: a CDN on another host or port never does.
    const origin = url.origin;
    const authorization = `Basic ${Buffer.from(`${request.credentials.username}:${request.credentials.password}`).toString('base64')}`;

    for (let redirects = 0; ; redirects += 1) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal: attempt.signal,
        headers: url.origin === origin ? { authorization } : {},
      });
      if (!REDIRECT_STATUSES.has(response.status)) {
        if (response.ok) return response;
        await discard(response);
        throw new MediaDownloadError('http_error', `HTTP ${response.status} from ${url.host}`, { status: response.status });
      }
      await discard(response);
      const location = response.headers.get('location');
      if (!location) {
        throw new MediaDownloadError('http_error', `HTTP ${response.status} from ${url.host} without a Location`, { status: response.status });
      }
      if (redirects >= this.maxRedirects) {
        throw new MediaDownloadError('too_many_redirects', `More than ${this.maxRedirects} redirects`);
      }
      url = this.allowed(location, url);
    }
  }

  /** Sniffs, then streams the body to store(), counting and hashing what it hands over. */
  private async receive(response: Response, request: MediaFetchRequest, attempt: Attempt): Promise<FetchedMedia> {
    const { maxBytes } = this.options;
    const declared = declaredLengthOf(response);
    if (declared !== null && declared > maxBytes) {
      throw new MediaDownloadError('too_large', `Content-Length ${declared} is over the ${maxBytes}-byte limit`);
    }
    if (!response.body) throw new MediaDownloadError('empty', 'The response has no body');
    const reader = response.body.getReader();
    let received = 0;
    /** The next non-empty chunk, or null at the end; fails the attempt past maxBytes. */
    const next = async (): Promise<Buffer | null> => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return null;
        if (value.byteLength === 0) continue;
        received += value.byteLength;
        if (received > maxBytes) throw new MediaDownloadError('too_large', `The body is over the ${maxBytes}-byte limit`);
        return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      }
    };

    // Peek: enough of the start to know the real type.
    const head: Buffer[] = [];
    let bodyEnded = false;
    while (received < SNIFF_BYTES) {
      const chunk = await next();
      if (!chunk) {
        bodyEnded = true;
        break;
      }
      head.push(chunk);
    }
    if (received === 0) throw new MediaDownloadError('empty', 'The body is empty');
    const sniffed = await fileTypeFromBuffer(Buffer.concat(head).subarray(0, SNIFF_BYTES)).catch(() => undefined);
    const media = sniffed ? acceptedTypeOf(sniffed) : null;
    if (!media) {
      throw new MediaDownloadError(
        'unsupported_type',
        `The file is ${sniffed?.mime ?? 'of an unknown type'} (declared ${request.declaredContentType})`,
      );
    }

    // Stream: the peeked chunks, then the rest as store() reads it (backpressure: one read per _read).
    const hash = createHash('sha256');
    let size = 0;
    const exif = EXIF_MEDIA_TYPES.has(media.contentType) ? new PrefixKeeper(EXIF_WINDOW_BYTES) : null;
    const deliver = (chunk: Buffer) => {
      size += chunk.length;
      hash.update(chunk);
      exif?.add(chunk);
      body.push(chunk);
    };
    let delivered = false;
    const finish = () => {
      delivered = true;
      // Every byte is in: the attempt's clock and the shutdown signal no longer apply to store()'s flush.
      attempt.disarm();
      body.push(null);
    };
    const body = new Readable({
      read() {
        const peeked = head.shift();
        if (peeked) return deliver(peeked);
        if (bodyEnded) return finish();
        next().then(
          (chunk) => {
            if (body.destroyed) return;
            if (chunk) deliver(chunk);
            else finish();
          },
          (error: unknown) => attempt.fail(error instanceof MediaDownloadError ? error : networkError(error)),
        );
      },
      destroy(error, callback) {
        reader.cancel().catch(() => undefined);
        callback(error);
      },
    });
    // A failure may come before the store listens (LocalDiskDriver awaits mkdir first): without a listener
    // that 'error' would crash the process. The store still sees it: a destroyed stream stays errored.
    body.on('error', () => undefined);
    attempt.onFailure((failure) => {
      if (!delivered) body.destroy(failure);
    });

    try {
      await request.store(body, media);
    } catch (error) {
      body.destroy();
      throw new StoreFailure(error);
    }
    if (attempt.failure) throw attempt.failure;
    // size and sha256 must describe what the store took, so it must have read to the end.
    if (!body.readableEnded) {
      body.destroy();
      throw new Error('MediaFetcher: store() resolved without consuming the body');
    }
    return { ...media, size, sha256: hash.digest('hex'), gps: exif ? gpsFromExif(exif.bytes()) : null };
  }

  private allowed(location: string, base?: URL): URL {
    let url: URL;
    try {
      url = new URL(location, base);
    } catch (error) {
      throw new MediaDownloadError('host_not_allowed', 'The media URL is not a valid URL', { cause: error });
    }
    const refusal = this.allowList.refusalOf(url);
    if (refusal) throw new MediaDownloadError('host_not_allowed', `Refused to fetch media: ${refusal}`);
    return url;
  }
}

/**
 * One attempt's clock and cancellation. The first failure wins: a timeout that fires while a too_large is
 * being cleaned up does not relabel it.
 */
class Attempt {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly listeners: Array<(failure: MediaDownloadError) => void> = [];
  private readonly onCallerAbort = () => this.fail(new MediaDownloadError('aborted', 'Download aborted'));
  failure: MediaDownloadError | null = null;

  constructor(
    timeoutMs: number,
    private readonly callerSignal?: AbortSignal,
  ) {
    this.timer = setTimeout(() => this.fail(new MediaDownloadError('timeout', `No complete download within ${timeoutMs} ms`)), timeoutMs);
    callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Records the failure (unless one came first), cancels the request and fails the store's stream. */
  fail(failure: MediaDownloadError): void {
    if (this.failure) return;
    this.failure = failure;
    this.disarm();
    this.controller.abort(failure);
    for (const listener of this.listeners) listener(failure);
  }

  onFailure(listener: (failure: MediaDownloadError) => void): void {
    this.listeners.push(listener);
  }

  /** Stops the clock and stops listening to the caller's signal. */
  disarm(): void {
    clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }

  /** Releases the connection, whatever happened (a no-op after a complete body). */
  end(): void {
    this.disarm();
    this.controller.abort();
  }
}

/** Keeps the first `limit` bytes seen, for EXIF, without holding more. */
class PrefixKeeper {
  private readonly chunks: Buffer[] = [];
  private kept = 0;

  constructor(private readonly limit: number) {}

  add(chunk: Buffer): void {
    if (this.kept >= this.limit) return;
    const piece = chunk.subarray(0, this.limit - this.kept);
    this.chunks.push(piece);
    this.kept += piece.length;
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.kept);
  }
}

/** Content-Length as a number, when it counts the bytes we will receive (not a compressed encoding). */
function declaredLengthOf(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding.trim().toLowerCase() !== 'identity') return null;
  const length = response.headers.get('content-length');
  return length && /^\d+$/.test(length.trim()) ? Number(length) : null;
}

/** Frees a response whose body we do not want (a redirect, an error page). */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function networkError(error: unknown): MediaDownloadError {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new MediaDownloadError('network_error', `Network error: ${detail}`, { cause: error });
}
