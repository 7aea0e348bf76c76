import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { gzipSync } from 'node:zlib';
import {
  FakeMediaHost,
  JOHANNESBURG,
  makeJpeg,
  makePngWithGps,
  MEDIA_SAMPLES,
  sizedBody,
  sizedBodyDigest,
  trickle,
  unusedHost,
} from '../../../test/support/fake-media-host';
import { LocalDiskDriver } from '../../storage/local-disk.driver';
import { digestOf } from '../../storage/testing/media-fixtures';
import { MediaDownloadError } from './media-download.error';
import { type FetchedMedia, type MediaFetchRequest, MediaFetcher, type MediaFetcherOptions } from './media-fetcher';

const KiB = 1024;
const MiB = 1024 * KiB;
const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const credentials = { username: ACCOUNT_SID, password: 'auth-token' };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A store that keeps what it is given in memory and remembers every call, finished or not. */
function memoryStore() {
  const calls: Array<{ contentType: string; extension: string; bytes?: Buffer }> = [];
  const store = async (body: Readable, media: { contentType: string; extension: string }) => {
    const call: (typeof calls)[number] = { ...media };
    calls.push(call);
    call.bytes = Buffer.concat(await body.toArray());
  };
  return { calls, store };
}

describe(MediaFetcher.name, () => {
  let api: FakeMediaHost;
  let cdn: FakeMediaHost;
  let elsewhere: FakeMediaHost;
  let root: string;
  let disk: LocalDiskDriver;

  beforeAll(async () => {
    [api, cdn, elsewhere] = await Promise.all([
      FakeMediaHost.start({ auth: credentials }),
      FakeMediaHost.start(),
      FakeMediaHost.start(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([api?.close(), cdn?.close(), elsewhere?.close()]);
  });

  beforeEach(async () => {
    api.clearRequests();
    cdn.clearRequests();
    elsewhere.clearRequests();
    root = await mkdtemp(join(tmpdir(), 'letsema-fetch-'));
    disk = new LocalDiskDriver(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const fetcherWith = (options: Partial<MediaFetcherOptions> = {}) =>
    new MediaFetcher({ allowedHosts: [api.host, cdn.host], maxBytes: 1 * MiB, timeoutMs: 10_000, ...options });

  const requestFor = (url: string, overrides: Partial<MediaFetchRequest> = {}): MediaFetchRequest => ({
    url,
    declaredContentType: 'image/jpeg',
    credentials,
    store: memoryStore().store,
    ...overrides,
  });

  /** A store writing through the real LocalDiskDriver, to prove a failed download leaves no file. */
  const diskStore = () => {
    const keys: string[] = [];
    const store = (body: Readable, media: { contentType: string; extension: string }) => {
      const key = `tenants/t1/tickets/k1/${randomUUID()}.${media.extension}`;
      keys.push(key);
      return disk.put(key, body, media.contentType);
    };
    return { keys, store };
  };

  const filesOnDisk = async () =>
    (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);

  const failureOf = async (promise: Promise<FetchedMedia>): Promise<MediaDownloadError> => {
    const error = await promise.then(
      () => {
        throw new Error('expected the fetch to fail');
      },
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(MediaDownloadError);
    return error as MediaDownloadError;
  };

  describe('fetch', () => {
    describe('allow-list', () => {
      it('downloads from an allowed host and reports what it stored', async () => {
        const photo = makeJpeg({ size: 20 * KiB });
        api.media('ME-basic', { body: photo, contentType: 'image/jpeg' });
        const { calls, store } = memoryStore();

        const fetched = await fetcherWith().fetch(requestFor(api.urlFor('ME-basic'), { store }));

        expect(fetched).toEqual({ contentType: 'image/jpeg', extension: 'jpg', size: photo.length, sha256: sha256(photo), gps: null });
        expect(calls).toEqual([{ contentType: 'image/jpeg', extension: 'jpg', bytes: photo }]);
        expect(api.requests).toMatchObject([{ path: api.pathFor('ME-basic'), authorization: 'valid', status: 200 }]);
      });

      it('refuses a host that is not in the list without contacting it', async () => {
        api.media('ME-unlisted', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });
        const { calls, store } = memoryStore();

        const error = await failureOf(fetcherWith({ allowedHosts: [cdn.host] }).fetch(requestFor(api.urlFor('ME-unlisted'), { store })));

        expect(error).toMatchObject({ reason: 'host_not_allowed', retryable: false });
        expect(api.requests).toEqual([]);
        expect(calls).toEqual([]);
      });

      it('refuses an allowed host name on a port the entry does not name', async () => {
        api.media('ME-port', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });

        // '127.0.0.1' alone means port 80 for http; the fake host listens elsewhere.
        const error = await failureOf(fetcherWith({ allowedHosts: ['127.0.0.1'] }).fetch(requestFor(api.urlFor('ME-port'))));

        expect(error).toMatchObject({ reason: 'host_not_allowed', retryable: false });
        expect(api.requests).toEqual([]);
      });

      it.each([
        ['credentials in the URL', () => `http://${credentials.username}:${credentials.password}@${api.host}${api.pathFor('ME-userinfo')}`],
        ['a file: URL', () => 'file:///etc/passwd'],
        ['an ftp: URL', () => `ftp://${api.host}/ME-userinfo`],
        ['something that is not a URL', () => 'not a url'],
      ])('refuses %s without a request', async (_label, url) => {
        api.media('ME-userinfo', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });

        const error = await failureOf(fetcherWith().fetch(requestFor(url())));

        expect(error).toMatchObject({ reason: 'host_not_allowed', retryable: false });
        expect(api.requests).toEqual([]);
      });

      it('refuses a redirect to a host that is not allowed, without contacting that host', async () => {
        api.media('ME-escape', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: elsewhere });
        const { calls, store } = memoryStore();

        const error = await failureOf(fetcherWith().fetch(requestFor(api.urlFor('ME-escape'), { store })));

        expect(error).toMatchObject({ reason: 'host_not_allowed', retryable: false });
        expect(api.requests).toMatchObject([{ status: 302 }]);
        expect(elsewhere.requests).toEqual([]);
        expect(calls).toEqual([]);
      });

      it('refuses a redirect to a non-http URL', async () => {
        api.media('ME-file', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: 'file:///etc/passwd' });

        await expect(fetcherWith().fetch(requestFor(api.urlFor('ME-file')))).rejects.toMatchObject({ reason: 'host_not_allowed' });
      });
    });

    describe('credentials and redirects', () => {
      it('sends the credentials to the API host and not to the CDN it redirects to', async () => {
        const photo = makeJpeg({ gps: JOHANNESBURG });
        api.media('ME-cdn', { body: photo, contentType: 'image/jpeg', redirectTo: cdn });
        const { calls, store } = memoryStore();

        const fetched = await fetcherWith().fetch(requestFor(api.urlFor('ME-cdn'), { store }));

        expect(fetched.sha256).toBe(sha256(photo));
        expect(calls[0].bytes).toEqual(photo);
        expect(api.requests).toMatchObject([{ authorization: 'valid', status: 302 }]);
        expect(cdn.requests).toMatchObject([{ authorization: 'absent', status: 200 }]);
      });

      it('fails with a non-retryable 401 when the credentials are wrong', async () => {
        api.media('ME-401', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });

        const error = await failureOf(
          fetcherWith().fetch(requestFor(api.urlFor('ME-401'), { credentials: { username: ACCOUNT_SID, password: 'wrong' } })),
        );

        expect(error).toMatchObject({ reason: 'http_error', status: 401, retryable: false });
        expect(api.requests).toMatchObject([{ authorization: 'invalid', status: 401 }]);
      });

      it.each([301, 302, 303, 307, 308])('follows a %i redirect', async (status) => {
        api.media(`ME-${status}`, { body: MEDIA_SAMPLES.pdf, contentType: 'application/pdf', redirectTo: cdn, redirectStatus: status });

        const fetched = await fetcherWith().fetch(requestFor(api.urlFor(`ME-${status}`), { declaredContentType: 'application/pdf' }));

        expect(fetched).toMatchObject({ contentType: 'application/pdf', size: MEDIA_SAMPLES.pdf.length });
        expect(api.requests).toMatchObject([{ status }]);
      });

      it('resolves a relative Location against the current URL, keeping the credentials on the same origin', async () => {
        api.media('ME-relative', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: api.pathFor('ME-target') });
        api.media('ME-target', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });

        await fetcherWith().fetch(requestFor(api.urlFor('ME-relative')));

        expect(api.requests).toMatchObject([
          { mediaId: 'ME-relative', authorization: 'valid', status: 302 },
          { mediaId: 'ME-target', authorization: 'valid', status: 200 },
        ]);
      });

      it('sends the credentials again when a redirect comes back to the original origin', async () => {
        api.media('ME-out', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: cdn.urlFor('CDN-hop') });
        cdn.media('CDN-hop', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: api.urlFor('ME-back') });
        api.media('ME-back', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });

        await fetcherWith().fetch(requestFor(api.urlFor('ME-out')));

        expect(api.requests).toMatchObject([
          { mediaId: 'ME-out', authorization: 'valid' },
          { mediaId: 'ME-back', authorization: 'valid', status: 200 },
        ]);
        expect(cdn.requests).toMatchObject([{ mediaId: 'CDN-hop', authorization: 'absent', status: 302 }]);
      });

      it('follows up to maxRedirects redirects', async () => {
        api.media('ME-hop1', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: api.pathFor('ME-hop2') });
        api.media('ME-hop2', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: api.pathFor('ME-hop3') });
        api.media('ME-hop3', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });

        await expect(fetcherWith({ maxRedirects: 2 }).fetch(requestFor(api.urlFor('ME-hop1')))).resolves.toMatchObject({
          contentType: 'image/jpeg',
        });
        expect(api.requests).toHaveLength(3);
      });

      it('gives up after maxRedirects redirects', async () => {
        api.media('ME-loop', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: api.pathFor('ME-loop') });

        const error = await failureOf(fetcherWith({ maxRedirects: 2 }).fetch(requestFor(api.urlFor('ME-loop'))));

        expect(error).toMatchObject({ reason: 'too_many_redirects', retryable: false });
        // The first request and two redirects followed; the third redirect is not.
        expect(api.requests).toHaveLength(3);
      });

      it('follows 5 redirects by default and no more', async () => {
        api.media('ME-loop5', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: api.pathFor('ME-loop5') });

        await expect(fetcherWith().fetch(requestFor(api.urlFor('ME-loop5')))).rejects.toMatchObject({ reason: 'too_many_redirects' });
        expect(api.requests).toHaveLength(6);
      });

      it('fails a redirect without a Location as an http_error', async () => {
        api.media('ME-nowhere', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: '' });

        await expect(fetcherWith().fetch(requestFor(api.urlFor('ME-nowhere')))).rejects.toMatchObject({
          reason: 'http_error',
          status: 302,
          retryable: false,
        });
      });
    });

    describe('HTTP and network failures', () => {
      it('reports 503 twice as retryable errors, then succeeds (one attempt per call)', async () => {
        api.media('ME-busy', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', failTimes: 2 });
        const fetcher = fetcherWith();
        const attempt = () => fetcher.fetch(requestFor(api.urlFor('ME-busy')));

        await expect(attempt()).rejects.toMatchObject({ reason: 'http_error', status: 503, retryable: true });
        await expect(attempt()).rejects.toMatchObject({ reason: 'http_error', status: 503, retryable: true });
        await expect(attempt()).resolves.toMatchObject({ contentType: 'image/jpeg' });
        expect(api.requests.map((request) => request.status)).toEqual([503, 503, 200]);
      });

      it.each([
        [500, true],
        [502, true],
        [408, true],
        [429, true],
        [400, false],
        [403, false],
        [404, false],
        [410, false],
      ])('reports HTTP %i as an http_error, retryable: %p', async (status, retryable) => {
        api.media(`ME-status-${status}`, { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', failTimes: 1, failStatus: status });
        const { calls, store } = memoryStore();

        const error = await failureOf(fetcherWith().fetch(requestFor(api.urlFor(`ME-status-${status}`), { store })));

        expect(error).toMatchObject({ reason: 'http_error', status, retryable });
        expect(calls).toEqual([]);
      });

      it('reports an error from the CDN the same way', async () => {
        api.media('ME-cdn-404', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', redirectTo: cdn.urlFor('CDN-missing') });

        await expect(fetcherWith().fetch(requestFor(api.urlFor('ME-cdn-404')))).rejects.toMatchObject({
          reason: 'http_error',
          status: 404,
          retryable: false,
        });
      });

      it('reports a refused connection as a retryable network_error', async () => {
        const nobody = await unusedHost();

        const error = await failureOf(fetcherWith({ allowedHosts: [nobody] }).fetch(requestFor(`http://${nobody}/Media/ME1`)));

        expect(error).toMatchObject({ reason: 'network_error', retryable: true });
      });

      it.each([
        ['the connection is cut mid-body', { dropAfterBytes: 200 * KiB }],
        ['the body ends short of its Content-Length', { declaredLength: 600 * KiB }],
      ])('reports a retryable network_error and leaves no file when %s', async (_label, behaviour) => {
        api.media('ME-cut', { body: makeJpeg({ size: 512 * KiB }), contentType: 'image/jpeg', ...behaviour });
        const { keys, store } = diskStore();

        const error = await failureOf(fetcherWith().fetch(requestFor(api.urlFor('ME-cut'), { store })));

        expect(error).toMatchObject({ reason: 'network_error', retryable: true });
        expect(keys).toHaveLength(1);
        expect(await filesOnDisk()).toEqual([]);
      });
    });

    describe('timeouts and aborts', () => {
      it('succeeds when a slow host answers within the timeout', async () => {
        api.media('ME-slow', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', delayMs: 100 });

        await expect(fetcherWith({ timeoutMs: 10_000 }).fetch(requestFor(api.urlFor('ME-slow')))).resolves.toMatchObject({
          contentType: 'image/jpeg',
        });
      });

      it('times out, retryably, when the first byte comes after the timeout', async () => {
        api.media('ME-slower', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg', delayMs: 60_000 });
        const { calls, store } = memoryStore();

        const error = await failureOf(fetcherWith({ timeoutMs: 200 }).fetch(requestFor(api.urlFor('ME-slower'), { store })));

        expect(error).toMatchObject({ reason: 'timeout', retryable: true });
        expect(calls).toEqual([]);
      });

      it('times out when the body stalls, and the store removes its partial file', async () => {
        api.media('ME-stall', { body: makeJpeg({ size: 512 * KiB }), contentType: 'image/jpeg', stallAfterBytes: 100 * KiB });
        const { keys, store } = diskStore();

        // Long enough for the first 100 KiB to reach the file even on a busy machine.
        const error = await failureOf(fetcherWith({ timeoutMs: 1_500 }).fetch(requestFor(api.urlFor('ME-stall'), { store })));

        expect(error).toMatchObject({ reason: 'timeout', retryable: true });
        expect(keys).toHaveLength(1);
        expect(await filesOnDisk()).toEqual([]);
      });

      it('times out even when store() stops reading', async () => {
        api.media('ME-unread', { body: makeJpeg({ size: 512 * KiB }), contentType: 'image/jpeg' });
        let bodyError: unknown;
        const store = (body: Readable) =>
          new Promise((_resolve, reject) => {
            body.once('error', (error) => {
              bodyError = error;
              reject(error);
            });
          });

        const error = await failureOf(fetcherWith({ timeoutMs: 200 }).fetch(requestFor(api.urlFor('ME-unread'), { store })));

        expect(error).toMatchObject({ reason: 'timeout' });
        expect(bodyError).toBe(error);
      });

      it('stops, retryably, when the caller aborts mid-download, and the store removes its partial file', async () => {
        api.media('ME-shutdown', { body: makeJpeg({ size: 512 * KiB }), contentType: 'image/jpeg', stallAfterBytes: 320 * KiB });
        const controller = new AbortController();
        const disk = diskStore();
        let written = 0;
        const store = (body: Readable, media: { contentType: string; extension: string }) => {
          // Shut down once 192 KiB have passed: more than the streams between here and the file can buffer,
          // so the partial file is open and written by then.
          const tap = new Transform({
            transform(chunk: Buffer, _encoding, callback) {
              written += chunk.length;
              if (written >= 192 * KiB) setImmediate(() => controller.abort());
              callback(null, chunk);
            },
          });
          pipeline(body, tap).catch(() => undefined);
          return disk.store(tap, media);
        };

        const error = await failureOf(
          fetcherWith({ timeoutMs: 30_000 }).fetch(requestFor(api.urlFor('ME-shutdown'), { store, signal: controller.signal })),
        );

        expect(error).toMatchObject({ reason: 'aborted', retryable: true });
        expect(written).toBeGreaterThanOrEqual(192 * KiB);
        expect(disk.keys).toHaveLength(1);
        expect(await filesOnDisk()).toEqual([]);
      });

      it('fails the store with the same error when the abort comes before the store starts reading', async () => {
        api.media('ME-early-abort', { body: makeJpeg({ size: 512 * KiB }), contentType: 'image/jpeg', stallAfterBytes: 100 * KiB });
        const controller = new AbortController();
        let seenByStore: unknown;
        // Like LocalDiskDriver, which awaits mkdir before it reads: the stream fails while nobody listens.
        const store = async (body: Readable) => {
          controller.abort();
          await new Promise((resolve) => setImmediate(resolve));
          try {
            await body.toArray();
          } catch (error) {
            seenByStore = error;
            throw error;
          }
        };

        const error = await failureOf(fetcherWith().fetch(requestFor(api.urlFor('ME-early-abort'), { store, signal: controller.signal })));

        expect(error).toMatchObject({ reason: 'aborted', retryable: true });
        expect(seenByStore).toBe(error);
      });

      it('makes no request when the signal is already aborted', async () => {
        api.media('ME-late', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });

        const error = await failureOf(fetcherWith().fetch(requestFor(api.urlFor('ME-late'), { signal: AbortSignal.abort() })));

        expect(error).toMatchObject({ reason: 'aborted', retryable: true });
        expect(api.requests).toEqual([]);
      });
    });

    describe('size', () => {
      it('refuses a Content-Length over the limit without reading the body', async () => {
        const total = 64 * MiB;
        api.media('ME-huge', { body: sizedBody(MEDIA_SAMPLES.jpeg, total), contentType: 'image/jpeg', declaredLength: total });
        const { calls, store } = memoryStore();

        const error = await failureOf(fetcherWith({ maxBytes: 1 * MiB }).fetch(requestFor(api.urlFor('ME-huge'), { store })));

        expect(error).toMatchObject({ reason: 'too_large', retryable: false });
        expect(calls).toEqual([]);
        await api.settled();
        expect(api.requests).toMatchObject([{ status: 200, outcome: 'aborted' }]);
        expect(api.requests[0].bytesSent).toBeLessThan(total);
      });

      it('stops at the limit when there is no Content-Length, and the store removes its partial file', async () => {
        api.media('ME-chunked', { body: sizedBody(MEDIA_SAMPLES.jpeg, 8 * MiB), contentType: 'image/jpeg' });
        const { keys, store } = diskStore();

        const error = await failureOf(fetcherWith({ maxBytes: 1 * MiB }).fetch(requestFor(api.urlFor('ME-chunked'), { store })));

        expect(error).toMatchObject({ reason: 'too_large', retryable: false });
        expect(keys).toHaveLength(1);
        expect(await filesOnDisk()).toEqual([]);
        await api.settled();
        expect(api.requests).toMatchObject([{ outcome: 'aborted' }]);
      });

      it('stops at the limit when Content-Length understates the bytes received (a gzip-encoded body)', async () => {
        const photo = makeJpeg({ size: 4 * MiB });
        // The premise: the header promises less than the limit.
        expect(gzipSync(photo).length).toBeLessThan(1 * MiB);
        api.media('ME-gzip', { body: photo, contentType: 'image/jpeg', contentEncoding: 'gzip' });
        const { keys, store } = diskStore();

        const error = await failureOf(fetcherWith({ maxBytes: 1 * MiB }).fetch(requestFor(api.urlFor('ME-gzip'), { store })));

        expect(error).toMatchObject({ reason: 'too_large', retryable: false });
        expect(keys).toHaveLength(1);
        expect(await filesOnDisk()).toEqual([]);
      });

      it('accepts a body of exactly maxBytes and refuses one byte more', async () => {
        api.media('ME-exact', { body: makeJpeg({ size: 100 * KiB }), contentType: 'image/jpeg', declaredLength: null });
        api.media('ME-over', { body: makeJpeg({ size: 100 * KiB + 1 }), contentType: 'image/jpeg', declaredLength: null });
        const fetcher = fetcherWith({ maxBytes: 100 * KiB });

        await expect(fetcher.fetch(requestFor(api.urlFor('ME-exact')))).resolves.toMatchObject({ size: 100 * KiB });
        await expect(fetcher.fetch(requestFor(api.urlFor('ME-over')))).rejects.toMatchObject({ reason: 'too_large' });
      });

      it('refuses a limit smaller than the sniffing window as soon as it is passed', async () => {
        api.media('ME-tiny-limit', { body: makeJpeg({ size: 3000 }), contentType: 'image/jpeg', declaredLength: null });
        const { calls, store } = memoryStore();

        await expect(fetcherWith({ maxBytes: 1000 }).fetch(requestFor(api.urlFor('ME-tiny-limit'), { store }))).rejects.toMatchObject({
          reason: 'too_large',
        });
        expect(calls).toEqual([]);
      });

      it('refuses an empty body without calling store()', async () => {
        api.media('ME-empty', { body: Buffer.alloc(0), contentType: 'image/jpeg' });
        const { calls, store } = memoryStore();

        const error = await failureOf(fetcherWith().fetch(requestFor(api.urlFor('ME-empty'), { store })));

        expect(error).toMatchObject({ reason: 'empty', retryable: false });
        expect(calls).toEqual([]);
      });
    });

    describe('real type', () => {
      it.each<[keyof typeof MEDIA_SAMPLES, string, string, string]>([
        ['jpeg', 'image/jpeg', 'image/jpeg', 'jpg'],
        ['png', 'image/png', 'image/png', 'png'],
        ['webp', 'image/webp', 'image/webp', 'webp'],
        ['mp4', 'video/mp4', 'video/mp4', 'mp4'],
        ['oggOpus', 'audio/ogg; codecs=opus', 'audio/ogg', 'ogg'],
        ['oggVorbis', 'audio/ogg', 'audio/ogg', 'ogg'],
        ['mp3', 'audio/mpeg', 'audio/mpeg', 'mp3'],
        ['amr', 'audio/amr', 'audio/amr', 'amr'],
        ['pdf', 'application/pdf', 'application/pdf', 'pdf'],
      ])('stores a %s (declared %s) as %s, .%s', async (sample, declared, contentType, extension) => {
        api.media(`ME-${sample}`, { body: MEDIA_SAMPLES[sample], contentType: declared });
        const { calls, store } = memoryStore();

        const fetched = await fetcherWith().fetch(requestFor(api.urlFor(`ME-${sample}`), { declaredContentType: declared, store }));

        expect(fetched).toMatchObject({ contentType, extension, size: MEDIA_SAMPLES[sample].length });
        expect(calls).toEqual([{ contentType, extension, bytes: MEDIA_SAMPLES[sample] }]);
      });

      it('stores the real type when it differs from an accepted declared one', async () => {
        api.media('ME-png-as-jpeg', { body: MEDIA_SAMPLES.png, contentType: 'image/jpeg' });
        const { calls, store } = memoryStore();

        const fetched = await fetcherWith().fetch(requestFor(api.urlFor('ME-png-as-jpeg'), { declaredContentType: 'image/jpeg', store }));

        expect(fetched).toMatchObject({ contentType: 'image/png', extension: 'png' });
        expect(calls).toMatchObject([{ contentType: 'image/png', extension: 'png' }]);
      });

      it.each<[keyof typeof MEDIA_SAMPLES, string]>([
        ['html', 'image/jpeg'],
        ['exe', 'application/pdf'],
        ['zip', 'application/pdf'],
      ])('refuses a %s declared %s before calling store()', async (sample, declared) => {
        api.media(`ME-fake-${sample}`, { body: MEDIA_SAMPLES[sample], contentType: declared });
        const { calls, store } = memoryStore();

        const error = await failureOf(fetcherWith().fetch(requestFor(api.urlFor(`ME-fake-${sample}`), { declaredContentType: declared, store })));

        expect(error).toMatchObject({ reason: 'unsupported_type', retryable: false });
        expect(calls).toEqual([]);
      });

      it('refuses a large file of the wrong type without reading it all', async () => {
        const total = 64 * MiB;
        api.media('ME-big-html', { body: sizedBody(MEDIA_SAMPLES.html, total), contentType: 'image/jpeg' });
        const { calls, store } = memoryStore();

        await expect(
          fetcherWith({ maxBytes: 100 * MiB }).fetch(requestFor(api.urlFor('ME-big-html'), { store })),
        ).rejects.toMatchObject({ reason: 'unsupported_type' });
        expect(calls).toEqual([]);
        await api.settled();
        expect(api.requests[0].bytesSent).toBeLessThan(total);
      });

      it('refuses a declared type it does not accept before making any request', async () => {
        api.media('ME-declared-html', { body: MEDIA_SAMPLES.jpeg, contentType: 'text/html' });

        const error = await failureOf(fetcherWith().fetch(requestFor(api.urlFor('ME-declared-html'), { declaredContentType: 'text/html' })));

        expect(error).toMatchObject({ reason: 'unsupported_type', retryable: false });
        expect(api.requests).toEqual([]);
      });

      it('sniffs and stores a body that arrives a few bytes at a time', async () => {
        const photo = makeJpeg({ gps: JOHANNESBURG, size: 6000 });
        api.media('ME-trickle', { body: trickle(photo, 7), contentType: 'image/jpeg' });
        const { calls, store } = memoryStore();

        const fetched = await fetcherWith().fetch(requestFor(api.urlFor('ME-trickle'), { store }));

        expect(fetched).toMatchObject({ contentType: 'image/jpeg', size: photo.length, sha256: sha256(photo) });
        expect(fetched.gps?.latitude).toBeCloseTo(JOHANNESBURG.latitude, 6);
        expect(calls[0].bytes).toEqual(photo);
      });
    });

    describe('what store() receives', () => {
      it('streams a multi-megabyte file, with size and sha256 of exactly the stored bytes', async () => {
        const head = makeJpeg({ gps: JOHANNESBURG });
        api.media('ME-large', { body: sizedBody(head, 5 * MiB), contentType: 'image/jpeg', redirectTo: cdn });
        const { keys, store } = diskStore();

        const fetched = await fetcherWith({ maxBytes: 16 * MiB }).fetch(requestFor(api.urlFor('ME-large'), { store }));

        const expected = sizedBodyDigest(head, 5 * MiB);
        expect(fetched).toMatchObject({ contentType: 'image/jpeg', extension: 'jpg', ...expected });
        expect(keys).toHaveLength(1);
        await expect(digestOf(await disk.get(keys[0]))).resolves.toEqual(expected);
      });

      it('calls store() once, with the sniffed type', async () => {
        api.media('ME-once', { body: MEDIA_SAMPLES.oggOpus, contentType: 'audio/ogg' });
        const store = jest.fn(async (body: Readable) => {
          await body.toArray();
        });

        await fetcherWith().fetch(requestFor(api.urlFor('ME-once'), { declaredContentType: 'audio/ogg', store }));

        expect(store).toHaveBeenCalledTimes(1);
        expect(store).toHaveBeenCalledWith(expect.anything(), { contentType: 'audio/ogg', extension: 'ogg' });
      });

      it('passes an error of store() itself through unchanged', async () => {
        api.media('ME-disk-full', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });
        const diskFull = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });

        await expect(
          fetcherWith().fetch(requestFor(api.urlFor('ME-disk-full'), { store: () => Promise.reject(diskFull) })),
        ).rejects.toBe(diskFull);
      });

      it('fails when store() resolves after reading only part of the body', async () => {
        api.media('ME-half-read', { body: makeJpeg({ size: 256 * KiB }), contentType: 'image/jpeg' });
        const store = async (body: Readable) => {
          for await (const _chunk of body) break;
        };

        await expect(fetcherWith().fetch(requestFor(api.urlFor('ME-half-read'), { store }))).rejects.toThrow(
          'store() resolved without consuming the body',
        );
      });

      it('fails when store() resolves without consuming the body', async () => {
        api.media('ME-lazy', { body: MEDIA_SAMPLES.jpeg, contentType: 'image/jpeg' });

        await expect(fetcherWith().fetch(requestFor(api.urlFor('ME-lazy'), { store: async () => undefined }))).rejects.toThrow(
          'store() resolved without consuming the body',
        );
      });
    });

    describe('EXIF GPS', () => {
      it('returns the position of a JPEG with EXIF GPS (Johannesburg: south and east)', async () => {
        api.media('ME-joburg', { body: makeJpeg({ gps: JOHANNESBURG, size: 300 * KiB }), contentType: 'image/jpeg' });

        const { gps } = await fetcherWith().fetch(requestFor(api.urlFor('ME-joburg')));

        expect(gps?.latitude).toBeCloseTo(-26.2041, 6);
        expect(gps?.longitude).toBeCloseTo(28.0473, 6);
      });

      it('returns a western longitude as negative', async () => {
        api.media('ME-west', { body: makeJpeg({ gps: { latitude: 40.7128, longitude: -74.006 } }), contentType: 'image/jpeg' });

        const { gps } = await fetcherWith().fetch(requestFor(api.urlFor('ME-west')));

        expect(gps?.latitude).toBeCloseTo(40.7128, 6);
        expect(gps?.longitude).toBeCloseTo(-74.006, 6);
      });

      it('returns the position of a PNG with an eXIf chunk', async () => {
        api.media('ME-png-gps', { body: makePngWithGps(JOHANNESBURG), contentType: 'image/png' });

        const { gps } = await fetcherWith().fetch(requestFor(api.urlFor('ME-png-gps'), { declaredContentType: 'image/png' }));

        expect(gps?.latitude).toBeCloseTo(-26.2041, 6);
      });

      it.each<[string, Buffer]>([
        ['a JPEG without EXIF', makeJpeg({ size: 50 * KiB })],
        ['a JPEG with garbage EXIF', makeJpeg({ exifPayload: Buffer.from('not a TIFF header at all') })],
        ['a JPEG with 0,0', makeJpeg({ gps: { latitude: 0, longitude: 0 } })],
      ])('returns null for %s, and still stores it', async (_label, photo) => {
        api.media('ME-no-gps', { body: photo, contentType: 'image/jpeg' });
        const { calls, store } = memoryStore();

        const fetched = await fetcherWith().fetch(requestFor(api.urlFor('ME-no-gps'), { store }));

        expect(fetched).toMatchObject({ contentType: 'image/jpeg', gps: null, size: photo.length });
        expect(calls[0].bytes).toEqual(photo);
      });

      it('looks for EXIF in the first 128 KiB only', async () => {
        const photo = makeJpeg({ gps: JOHANNESBURG, commentBytes: 200 * KiB });
        api.media('ME-deep-exif', { body: photo, contentType: 'image/jpeg' });

        const fetched = await fetcherWith().fetch(requestFor(api.urlFor('ME-deep-exif')));

        expect(fetched.gps).toBeNull();
        expect(fetched.sha256).toBe(sha256(photo));
      });
    });
  });

  describe('constructor', () => {
    it('refuses a limit or timeout that is not positive, and a malformed host entry', () => {
      expect(() => new MediaFetcher({ allowedHosts: [], maxBytes: 0, timeoutMs: 1000 })).toThrow('must be positive');
      expect(() => new MediaFetcher({ allowedHosts: [], maxBytes: 1000, timeoutMs: Number.NaN })).toThrow('must be positive');
      expect(() => new MediaFetcher({ allowedHosts: ['https://api.twilio.com'], maxBytes: 1, timeoutMs: 1 })).toThrow(
        'is not a host or host:port',
      );
    });
  });
});
