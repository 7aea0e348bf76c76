import { LocalDiskDriver, type LocalDiskDriverOptions } from './local-disk.driver';
import { MediaStore } from './media-store';
import { S3Driver, type S3DriverOptions } from './s3.driver';

/**
 * Plain options, so config/ can map its validated settings here: a bucket selects S3, otherwise media
 * goes to the local folder (whose download links need a linkSigner).
 */
export type MediaStoreOptions =
  | ({ bucket?: undefined; localRoot: string } & LocalDiskDriverOptions)
  | (S3DriverOptions & { localRoot?: string });

export function createMediaStore(options: MediaStoreOptions): MediaStore {
  if (options.bucket) return new S3Driver(options);
  if (!options.localRoot) throw new Error('createMediaStore: a bucket or a localRoot is required');
  return new LocalDiskDriver(options.localRoot, { linkSigner: 'linkSigner' in options ? options.linkSigner : undefined });
}
