import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

const configOf = (raw: Record<string, string>) => new AppConfig(validateEnvironment(raw));

describe(AppConfig.name, () => {
  it('chooses PGlite under DATA_DIR when no DATABASE_URL is set', () => {
    expect(configOf({ DATA_DIR: '/srv/letsema' }).database).toEqual({ kind: 'pglite', dataDir: '/srv/letsema/pglite' });
  });

  it('chooses PostgreSQL when DATABASE_URL is set', () => {
    expect(configOf({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
  });

  it('defaults the public URL to the local port and drops a trailing slash', () => {
    expect(configOf({ PORT: '4000' }).publicBaseUrl).toBe('http://localhost:4000');
    expect(configOf({ PUBLIC_BASE_URL: 'https://x.example.org/' }).publicBaseUrl).toBe('https://x.example.org');
  });

  it('falls back to development tokens outside production, never to empty ones', () => {
    const config = configOf({});
    expect(config.twilioAuthToken.length).toBeGreaterThanOrEqual(16);
    expect(config.platformAdminToken.length).toBeGreaterThanOrEqual(24);
    expect(configOf({ TWILIO_AUTH_TOKEN: 'x'.repeat(20) }).twilioAuthToken).toBe('x'.repeat(20));
  });

  it('keeps media on local disk under DATA_DIR without S3 settings, and in the bucket with them', () => {
    expect(configOf({ DATA_DIR: '/srv/letsema' }).mediaStorage).toEqual({ kind: 'local', localRoot: '/srv/letsema/media' });
    expect(
      configOf({ S3_BUCKET: 'letsema-media', S3_REGION: 'af-south-1', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true', S3_SSE: 'AES256' })
        .mediaStorage,
    ).toEqual({
      kind: 's3',
      bucket: 'letsema-media',
      region: 'af-south-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      serverSideEncryption: 'AES256',
    });
  });
});
