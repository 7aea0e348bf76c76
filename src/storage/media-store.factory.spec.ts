import { LocalDiskDriver } from './local-disk.driver';
import { createMediaStore } from './media-store.factory';
import { S3Driver } from './s3.driver';

describe(createMediaStore.name, () => {
  it('returns the local driver when no bucket is given', () => {
    expect(createMediaStore({ localRoot: '/tmp/letsema-media' })).toBeInstanceOf(LocalDiskDriver);
  });

  it('returns the S3 driver when a bucket is given', () => {
    const store = createMediaStore({ bucket: 'media', region: 'af-south-1', localRoot: '/tmp/unused' });

    expect(store).toBeInstanceOf(S3Driver);
    (store as S3Driver).destroy();
  });

  it('refuses options that name neither a bucket nor a local root', () => {
    expect(() => createMediaStore({ localRoot: '' })).toThrow('a bucket or a localRoot is required');
  });
});
