import { LocalDiskDriver } from './local-disk.driver';
import { LocalMediaLinkSigner } from './local-media-link.signer';
import { createMediaStore } from './media-store.factory';
import { S3Driver } from './s3.driver';

describe(createMediaStore.name, () => {
  it('returns the local driver when no bucket is given', () => {
    expect(createMediaStore({ localRoot: '/tmp/letsema-media' })).toBeInstanceOf(LocalDiskDriver);
  });

  it('hands the link signer to the local driver', async () => {
    const linkSigner = new LocalMediaLinkSigner({
      secret: 'a-test-media-url-secret-of-enough-length',
      publicBaseUrl: 'https://letsema.test.example',
    });
    const store = createMediaStore({ localRoot: '/tmp/letsema-media', linkSigner });

    const { url } = await store.downloadUrl('tenants/t/a.jpg', { expiresInSeconds: 60, contentType: 'image/jpeg', fileName: 'a.jpg' });
    expect(linkSigner.verify(Object.fromEntries(new URL(url).searchParams))).toMatchObject({ valid: true });
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
