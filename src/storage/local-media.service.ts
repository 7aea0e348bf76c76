import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { ReadStream, fstat } from 'node:fs';
import { promisify } from 'node:util';
import { DomainError } from '../common/errors/domain.error';
import { AppConfig } from '../config/app-config';
import { LocalMediaLinkSigner } from './local-media-link.signer';
import { MediaStore } from './media-store';
import { UnsafeStorageKeyError } from './storage-key';
import { MediaNotFoundError } from './storage.errors';

const fstatAsync = promisify(fstat);

export interface LocalMediaDownload {
  body: Readable;
  contentType: string;
  fileName: string;
  /** Bytes, when the store knows them (a file on disk does). */
  size?: number;
}

/**
 * Opens what a signed local media link names. The link is the credential (like a presigned S3 URL): a bad
 * signature or an expired link is 403 whatever the key, and only then is the store asked.
 */
@Injectable()
export class LocalMediaService {
  private readonly servesLocalLinks: boolean;

  constructor(
    config: AppConfig,
    private readonly signer: LocalMediaLinkSigner,
    private readonly store: MediaStore,
  ) {
    // On S3 the links are presigned URLs to the bucket; this route then serves nothing.
    this.servesLocalLinks = config.mediaStorage.kind === 'local';
  }

  async open(query: Record<string, unknown>): Promise<LocalMediaDownload> {
    if (!this.servesLocalLinks) throw new DomainError('NOT_FOUND', 'Media is not served from this route here');
    const check = this.signer.verify(query);
    if (!check.valid) {
      throw check.reason === 'expired'
        ? new DomainError('FORBIDDEN', 'This download link has expired; ask for a new one')
        : new DomainError('SIGNATURE_INVALID', 'This download link is not valid');
    }
    const { key, contentType, fileName } = check.link;
    let body: Readable;
    try {
      body = await this.store.get(key);
    } catch (error) {
      // An unsafe key can only carry a valid signature if the secret leaked: still no file, and no 500.
      if (error instanceof MediaNotFoundError || error instanceof UnsafeStorageKeyError) {
        throw new DomainError('NOT_FOUND', 'The media this link names no longer exists');
      }
      throw error;
    }
    return { body, contentType, fileName, size: await sizeOf(body) };
  }
}

/**
 * The size of the file a disk stream has open: fstat of its descriptor, so it is the very file being read
 * even if the key was replaced since (a stat of the path could disagree). Unknown for other streams.
 */
async function sizeOf(body: Readable): Promise<number | undefined> {
  // fd is set once the stream is open (LocalDiskDriver.get waits for that); @types/node does not declare it.
  const fd = body instanceof ReadStream ? (body as ReadStream & { fd?: unknown }).fd : undefined;
  if (typeof fd !== 'number') return undefined;
  try {
    return (await fstatAsync(fd)).size;
  } catch {
    return undefined;
  }
}
