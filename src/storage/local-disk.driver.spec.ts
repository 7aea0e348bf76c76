import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InvalidDownloadOptionsError } from './download-link';
import { LocalDiskDriver } from './local-disk.driver';
import { LOCAL_MEDIA_PATH, LocalMediaLinkSigner } from './local-media-link.signer';
import { UnsafeStorageKeyError } from './storage-key';
import { digestOf, generatedBody, MiB, newMediaKey, UNSAFE_KEYS } from './testing/media-fixtures';
import { MediaNotFoundError } from './storage.errors';

describe(LocalDiskDriver.name, () => {
  let root: string;
  let store: LocalDiskDriver;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'letsema-media-'));
    store = new LocalDiskDriver(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  describe('put and get', () => {
    it('round-trips a small file when the folders do not exist yet', async () => {
      const key = newMediaKey('txt');
      await expect(store.put(key, Readable.from([Buffer.from('hello, ')]), 'text/plain')).resolves.toEqual({ size: 7 });
      await store.put(key, Readable.from([Buffer.from('hello '), Buffer.from('world')]), 'text/plain');

      const body = await store.get(key);
      expect(Buffer.concat(await body.toArray()).toString()).toBe('hello world');
      expect(await store.exists(key)).toBe(true);
    });

    it('streams a multi-megabyte body and keeps size and content intact', async () => {
      const key = newMediaKey('bin');
      const { stream, sha256 } = generatedBody(12 * MiB);

      await expect(store.put(key, stream, 'application/octet-stream')).resolves.toEqual({ size: 12 * MiB });
      await expect(digestOf(await store.get(key))).resolves.toEqual({ size: 12 * MiB, sha256 });
    });

    it('leaves no file and no temp file behind when the body fails', async () => {
      const key = 'tenants/t/broken.bin';
      const failing = new Readable({
        read() {
          this.destroy(new Error('source broke'));
        },
      });

      await expect(store.put(key, failing, 'application/octet-stream')).rejects.toThrow('source broke');
      expect(await store.exists(key)).toBe(false);
      expect(await readdir(join(root, 'tenants/t'))).toEqual([]);
    });

    it('rejects, never crashes, and leaves no file when the body fails while the folder or file is still being made', async () => {
      for (let round = 0; round < 40; round++) {
        const source = new Readable({ read() {} });
        const put = store.put(`tenants/t/early-${round}.bin`, source, 'application/octet-stream');
        // Fails at a different moment each round: during mkdir, or as the temp file is being opened.
        setTimeout(() => source.destroy(new Error('aborted early')), round % 4);
        await expect(put).rejects.toThrow('aborted early');
      }
      // Give any file still being opened the time to appear.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await readdir(join(root, 'tenants/t'))).toEqual([]);
    });
  });

  describe('get', () => {
    it('throws MediaNotFoundError when the key is missing', async () => {
      await expect(store.get(newMediaKey())).rejects.toBeInstanceOf(MediaNotFoundError);
      await expect(store.get('missing.jpg')).rejects.toMatchObject({ code: 'MEDIA_NOT_FOUND', key: 'missing.jpg' });
    });
  });

  describe('delete', () => {
    it('removes the file, and ignores a key that is already gone', async () => {
      const key = newMediaKey();
      await store.put(key, Readable.from([Buffer.from('x')]), 'image/jpeg');

      await store.delete(key);
      expect(await store.exists(key)).toBe(false);
      await expect(store.get(key)).rejects.toBeInstanceOf(MediaNotFoundError);
      await expect(store.delete(key)).resolves.toBeUndefined();
    });
  });

  describe('downloadUrl', () => {
    const signedAt = Date.parse('2030-03-01T10:00:00.000Z');
    const linkSigner = new LocalMediaLinkSigner({
      secret: 'a-test-media-url-secret-of-enough-length',
      publicBaseUrl: 'https://letsema.test.example',
      now: () => signedAt,
    });
    const options = { expiresInSeconds: 600, contentType: 'audio/ogg', fileName: 'KMT-4821-2.ogg' };

    it('returns a signed link to the local media route that names the key, type and file name', async () => {
      const linking = new LocalDiskDriver(root, { linkSigner });
      const key = newMediaKey('ogg');

      const { url, expiresAt } = await linking.downloadUrl(key, options);

      expect(url.startsWith(`https://letsema.test.example/${LOCAL_MEDIA_PATH}?`)).toBe(true);
      expect(expiresAt).toEqual(new Date(signedAt + 600_000));
      expect(linkSigner.verify(Object.fromEntries(new URL(url).searchParams))).toEqual({
        valid: true,
        link: { key, expires: (signedAt + 600_000) / 1000, contentType: 'audio/ogg', fileName: 'KMT-4821-2.ogg' },
      });
    });

    it('refuses bad options with InvalidDownloadOptionsError', async () => {
      const linking = new LocalDiskDriver(root, { linkSigner });

      await expect(linking.downloadUrl(newMediaKey(), { ...options, fileName: 'a"b' })).rejects.toBeInstanceOf(InvalidDownloadOptionsError);
    });

    it('throws when the driver was built without a link signer', async () => {
      await expect(store.downloadUrl(newMediaKey(), options)).rejects.toThrow('linkSigner');
    });
  });

  describe('unsafe keys', () => {
    it.each(UNSAFE_KEYS)('rejects a key with a %s before any I/O', async (_label, key) => {
      const body = Readable.from([Buffer.from('x')]);

      await expect(store.put(key, body, 'text/plain')).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(store.get(key)).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(store.exists(key)).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(store.downloadUrl(key, { expiresInSeconds: 60, contentType: 'text/plain', fileName: 'x.txt' })).rejects.toBeInstanceOf(
        UnsafeStorageKeyError,
      );
      expect(body.readableDidRead).toBe(false);
      expect(await readdir(root)).toEqual([]);
    });
  });
});
