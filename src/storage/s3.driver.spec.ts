import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import S3rver, { type S3rverEvent } from 's3rver';
import { InvalidDownloadOptionsError } from './download-link';
import { S3Driver } from './s3.driver';
import { UnsafeStorageKeyError } from './storage-key';
import { MediaNotFoundError } from './storage.errors';
import { digestOf, generatedBody, MiB, newMediaKey, UNSAFE_KEYS } from './testing/media-fixtures';

// A real S3-protocol server on loopback (s3rver), with its fixed development credentials.
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const bucket = 'letsema-media';
const region = 'us-east-1';

describe(S3Driver.name, () => {
  let directory: string;
  let server: S3rver;
  let endpoint: string;
  let admin: S3Client;
  let store: S3Driver;
  const createdEvents: Array<{ key: string; eventName: string }> = [];

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'letsema-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
    server.on('event', (event: S3rverEvent) => {
      for (const record of event.Records) createdEvents.push({ key: record.s3.object.key, eventName: record.eventName });
    });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    admin = new S3Client({ region, endpoint, forcePathStyle: true, credentials });
    await admin.send(new CreateBucketCommand({ Bucket: bucket }));
    store = new S3Driver({ bucket, region, endpoint, forcePathStyle: true, credentials });
  });

  afterAll(async () => {
    store?.destroy();
    admin?.destroy();
    await server?.close();
    await rm(directory, { recursive: true, force: true });
  });

  const objectCount = async () =>
    (await admin.send(new ListObjectsV2Command({ Bucket: bucket }))).KeyCount ?? 0;

  describe('put and get', () => {
    it('round-trips a small file', async () => {
      const key = newMediaKey('txt');

      await expect(
        store.put(key, Readable.from([Buffer.from('hello '), Buffer.from('world')]), 'text/plain'),
      ).resolves.toEqual({ size: 11 });

      expect(Buffer.concat(await (await store.get(key)).toArray()).toString()).toBe('hello world');
      expect(await store.exists(key)).toBe(true);
    });

    it('streams a 12 MiB body as a multipart upload and keeps size and content intact', async () => {
      const key = newMediaKey('bin');
      const { stream, sha256 } = generatedBody(12 * MiB);

      await expect(store.put(key, stream, 'application/octet-stream')).resolves.toEqual({ size: 12 * MiB });
      await expect(digestOf(await store.get(key))).resolves.toEqual({ size: 12 * MiB, sha256 });
      // s3rver reports a completed multipart upload as a Post; a single PutObject would be a Put.
      expect(createdEvents).toContainEqual({ key, eventName: 'ObjectCreated:Post' });
    });
  });

  describe('get', () => {
    it('throws MediaNotFoundError when the key is missing', async () => {
      const key = newMediaKey();

      await expect(store.get(key)).rejects.toBeInstanceOf(MediaNotFoundError);
      await expect(store.get(key)).rejects.toMatchObject({ code: 'MEDIA_NOT_FOUND', key });
      expect(await store.exists(key)).toBe(false);
    });
  });

  describe('delete', () => {
    it('removes the object, and ignores a key that is already gone', async () => {
      const key = newMediaKey();
      await store.put(key, Readable.from([Buffer.from('x')]), 'image/jpeg');

      await store.delete(key);
      expect(await store.exists(key)).toBe(false);
      await expect(store.get(key)).rejects.toBeInstanceOf(MediaNotFoundError);
      await expect(store.delete(key)).resolves.toBeUndefined();
    });
  });

  // s3rver 3.7.1 checks a presigned URL's expiry and access key id, but not its SigV4 signature, and it serves
  // objects to anonymous GETs; so tampering with the signature or the response-* parameters, and "nothing is
  // publicly readable", can only be shown against real S3 (or MinIO), not here.
  describe('downloadUrl', () => {
    const options = { expiresInSeconds: 300, contentType: 'image/jpeg', fileName: 'KMT-4821-1.jpg' };
    const storedBytes = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7) % 256));

    const storeSignedAt = (signingTime: Date) =>
      new S3Driver({ bucket, region, endpoint, forcePathStyle: true, credentials, now: () => signingTime });

    const putObject = async () => {
      const key = newMediaKey();
      await store.put(key, Readable.from([storedBytes]), 'application/octet-stream');
      return key;
    };

    it('presigns a GET that serves the bytes as an attachment with the given type and name', async () => {
      const key = await putObject();

      const { url } = await store.downloadUrl(key, options);
      const response = await fetch(url);

      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(storedBytes);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="KMT-4821-1.jpg"');
      const query = new URL(url).searchParams;
      expect(query.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
      expect(query.get('X-Amz-Expires')).toBe('300');
      expect(query.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
      expect(url).not.toContain(credentials.secretAccessKey.toLowerCase());
    });

    it('reports expiresAt as the signing second plus the lifetime', async () => {
      const linking = storeSignedAt(new Date('2030-03-01T10:00:00.750Z'));

      const { url, expiresAt } = await linking.downloadUrl(newMediaKey(), options);

      expect(new URL(url).searchParams.get('X-Amz-Date')).toBe('20300301T100000Z');
      expect(expiresAt).toEqual(new Date('2030-03-01T10:05:00.000Z'));
      linking.destroy();
    });

    it('is refused by the server once expired', async () => {
      const key = await putObject();
      const linking = storeSignedAt(new Date(Date.now() - 2 * 60 * 60 * 1000));

      const { url, expiresAt } = await linking.downloadUrl(key, options);
      const response = await fetch(url);

      expect(expiresAt.getTime()).toBeLessThan(Date.now());
      expect(response.status).toBe(403);
      const body = await response.text();
      expect(body).toContain('<Code>AccessDenied</Code>');
      expect(body).toContain('Request has expired');
      linking.destroy();
    });

    it('is refused by the server when the credential in the link is altered', async () => {
      const key = await putObject();
      const url = new URL((await store.downloadUrl(key, options)).url);
      url.searchParams.set('X-Amz-Credential', url.searchParams.get('X-Amz-Credential')!.replace(/^S3RVER/, 'FORGED'));

      const response = await fetch(url);

      expect(response.status).toBe(403);
      expect(await response.text()).toContain('<Code>InvalidAccessKeyId</Code>');
    });

    it('refuses bad options before signing', async () => {
      await expect(store.downloadUrl(newMediaKey(), { ...options, expiresInSeconds: 8 * 24 * 60 * 60 })).rejects.toBeInstanceOf(
        InvalidDownloadOptionsError,
      );
      await expect(store.downloadUrl(newMediaKey(), { ...options, contentType: 'text/html\r\nX: 1' })).rejects.toBeInstanceOf(
        InvalidDownloadOptionsError,
      );
    });
  });

  describe('unsafe keys', () => {
    it.each(UNSAFE_KEYS)('rejects a key with a %s before any I/O', async (_label, key) => {
      const before = await objectCount();
      const body = Readable.from([Buffer.from('x')]);

      await expect(store.put(key, body, 'text/plain')).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(store.get(key)).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(store.exists(key)).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(store.downloadUrl(key, { expiresInSeconds: 60, contentType: 'text/plain', fileName: 'x.txt' })).rejects.toBeInstanceOf(
        UnsafeStorageKeyError,
      );
      expect(body.readableDidRead).toBe(false);
      expect(await objectCount()).toBe(before);
    });
  });
});
