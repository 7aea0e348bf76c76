import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { LocalMediaLinkSigner } from './local-media-link.signer';
import { type DownloadUrl, type DownloadUrlOptions, MediaStore } from './media-store';
import { assertSafeKey } from './storage-key';
import { MediaNotFoundError } from './storage.errors';

const isNotFound = (error: unknown) =>
  (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ||
  (error as NodeJS.ErrnoException | undefined)?.code === 'ENOTDIR';

export interface LocalDiskDriverOptions {
  /** Signs download links to this app's LocalMediaController; without it, downloadUrl throws. */
  linkSigner?: LocalMediaLinkSigner;
}

/** Media on the local file system, one file per key under a root folder. */
export class LocalDiskDriver extends MediaStore {
  private readonly root: string;
  private readonly linkSigner?: LocalMediaLinkSigner;

  constructor(root: string, options: LocalDiskDriverOptions = {}) {
    super();
    this.root = resolve(root);
    this.linkSigner = options.linkSigner;
  }

  async put(key: string, body: Readable, _contentType: string): Promise<{ size: number }> {
    const path = this.pathOf(key);
    // The source may fail while the folder is made: without a listener that would be an unhandled 'error'
    // event. The stream stays errored, so the pipeline below still rejects with that error.
    body.on('error', () => undefined);
    await mkdir(dirname(path), { recursive: true });
    // Same folder as the target so rename is atomic: readers see the old file or the whole new one.
    const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const file = createWriteStream(temp, { flags: 'wx' });
    try {
      await pipeline(body, counter, file);
      await rename(temp, path);
    } catch (error) {
      // A source that fails at once can reject the pipeline before the file has even been opened: wait
      // for the file to close, or the temp file would appear after it was removed.
      if (!file.closed) await new Promise<void>((resolveClose) => file.once('close', () => resolveClose()));
      await rm(temp, { force: true });
      throw error;
    }
    return { size };
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    // Open before returning, so a missing file is a rejected promise and not a later stream error.
    const stream = createReadStream(path);
    await new Promise<void>((resolveOpen, rejectOpen) => {
      stream.once('open', () => resolveOpen());
      stream.once('error', (error) => rejectOpen(isNotFound(error) ? new MediaNotFoundError(key, { cause: error }) : error));
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** No server to presign: a link to this app's signed route, which streams the file through get(). */
  async downloadUrl(key: string, options: DownloadUrlOptions): Promise<DownloadUrl> {
    assertSafeKey(key);
    if (!this.linkSigner) throw new Error('LocalDiskDriver: download links need the linkSigner option');
    return this.linkSigner.createUrl(key, options);
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    const path = resolve(this.root, key);
    // Belt and braces: assertSafeKey already rules out escaping the root.
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key resolves outside the root: ${key}`);
    return path;
  }
}
