import { Global, INestApplication, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import request from 'supertest';
import { ProblemDetailsFilter } from '../common/errors/problem-details.filter';
import { AppConfig } from '../config/app-config';
import { EnvironmentVariables, validateEnvironment } from '../config/environment';
import { LocalDiskDriver } from './local-disk.driver';
import { LOCAL_MEDIA_PATH, LocalMediaLinkSigner } from './local-media-link.signer';
import { LocalMediaController } from './local-media.controller';
import { MediaStore } from './media-store';
import { S3Driver } from './s3.driver';
import { StorageModule } from './storage.module';
import { newMediaKey, UNSAFE_KEYS } from './testing/media-fixtures';

const PUBLIC_BASE_URL = 'https://letsema.test.example';
const MEDIA_URL_SECRET = 'a-test-media-url-secret-of-enough-length';
const options = { expiresInSeconds: 300, contentType: 'image/jpeg', fileName: 'KMT-4821-1.jpg' };

/**
 * StorageModule as AppModule wires it: a real AppConfig from a validated environment, the problem+json
 * filter and the global validation pipe; no admin guard (the link is the credential).
 */
async function createStorageApp(environment: Record<string, string>): Promise<INestApplication> {
  @Global()
  @Module({
    providers: [
      {
        provide: EnvironmentVariables,
        useValue: validateEnvironment({
          NODE_ENV: 'test',
          PUBLIC_BASE_URL,
          MEDIA_URL_SECRET,
          TWILIO_AUTH_TOKEN: 'test-twilio-auth-token-0123456789',
          PLATFORM_ADMIN_TOKEN: 'test-platform-admin-token-0123456789',
          ...environment,
        }),
      },
      AppConfig,
    ],
    exports: [AppConfig],
  })
  class TestConfigModule {}

  const moduleRef = await Test.createTestingModule({
    imports: [TestConfigModule, StorageModule],
    providers: [
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      { provide: APP_PIPE, useValue: new ValidationPipe({ transform: true, whitelist: true, forbidUnknownValues: false }) },
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  return app.init();
}

/** The path and query of a link, which supertest sends to the app instead of the public origin. */
const pathOf = (url: string) => {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(PUBLIC_BASE_URL);
  return `${parsed.pathname}${parsed.search}`;
};

const withQuery = (url: string, change: (query: URLSearchParams) => void) => {
  const parsed = new URL(url);
  change(parsed.searchParams);
  return `${parsed.pathname}?${parsed.searchParams}`;
};

const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

const expectProblem = (response: request.Response, status: number, code: string) => {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
  expect(response.text).not.toMatch(/\bat \S+ \(|\.ts:\d+/); // no stack
};

describe(LocalMediaController.name, () => {
  let dataDir: string;
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: MediaStore;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'letsema-media-links-'));
    app = await createStorageApp({ DATA_DIR: dataDir });
    http = request(app.getHttpServer());
    store = app.get(MediaStore);
  });

  afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const storedFile = async (bytes = randomBytes(300 * 1024)) => {
    const key = newMediaKey('jpg');
    await store.put(key, Readable.from([bytes]), 'image/jpeg');
    return { key, bytes };
  };

  it('is wired to local disk under DATA_DIR/media with the configured secret', async () => {
    expect(store).toBeInstanceOf(LocalDiskDriver);
    const { key } = await storedFile();
    // Another instance with the same MEDIA_URL_SECRET (another replica, a restart) accepts the link.
    const elsewhere = new LocalMediaLinkSigner({ secret: MEDIA_URL_SECRET, publicBaseUrl: PUBLIC_BASE_URL });
    const { url } = await store.downloadUrl(key, options);

    expect(elsewhere.verify(Object.fromEntries(new URL(url).searchParams))).toMatchObject({ valid: true });
  });

  describe('GET with a valid link', () => {
    it('streams the exact bytes as an attachment with the signed type and name, without a bearer token', async () => {
      const { key, bytes } = await storedFile();
      const { url } = await store.downloadUrl(key, options);

      const response = await http.get(pathOf(url)).buffer(true).parse(binary).expect(200);

      expect(Buffer.compare(response.body as Buffer, bytes)).toBe(0);
      expect(response.headers).toMatchObject({
        'content-type': 'image/jpeg',
        'content-disposition': 'attachment; filename="KMT-4821-1.jpg"',
        'content-length': String(bytes.length),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'referrer-policy': 'no-referrer',
      });
    });

    it('serves the type the link was signed with, not one guessed from the file', async () => {
      const { key, bytes } = await storedFile(Buffer.from('<html><script>alert(1)</script></html>'));
      const { url } = await store.downloadUrl(key, { ...options, contentType: 'application/octet-stream', fileName: 'report.bin' });

      const response = await http.get(pathOf(url)).buffer(true).parse(binary).expect(200);

      expect(response.body).toEqual(bytes);
      expect(response.headers['content-type']).toBe('application/octet-stream');
      expect(response.headers['content-disposition']).toBe('attachment; filename="report.bin"');
    });
  });

  describe('GET with a bad link', () => {
    it.each([
      ['key', newMediaKey('jpg')],
      ['expires', String(Math.floor(Date.now() / 1000) + 86_400)],
      ['type', 'text/html'],
      ['filename', 'KMT-4821-1.html'],
      ['signature', 'A'.repeat(43)],
    ])('answers 403 SIGNATURE_INVALID when %s is altered', async (field, value) => {
      const { key } = await storedFile();
      const { url } = await store.downloadUrl(key, options);

      const response = await http.get(withQuery(url, (query) => query.set(field, value)));

      expectProblem(response, 403, 'SIGNATURE_INVALID');
      expect(response.headers['content-disposition']).toBeUndefined();
    });

    it('answers 403 SIGNATURE_INVALID without a signature, or without any parameter', async () => {
      const { key } = await storedFile();
      const { url } = await store.downloadUrl(key, options);

      expectProblem(await http.get(withQuery(url, (query) => query.delete('signature'))), 403, 'SIGNATURE_INVALID');
      expectProblem(await http.get(`/${LOCAL_MEDIA_PATH}`), 403, 'SIGNATURE_INVALID');
      expectProblem(await http.get(`${pathOf(url)}&key=${encodeURIComponent(key)}`), 403, 'SIGNATURE_INVALID');
    });

    it('answers 403 FORBIDDEN for a genuine link that has expired', async () => {
      const { key } = await storedFile();
      // Signed with the configured secret two hours ago, for one minute.
      const past = new LocalMediaLinkSigner({
        secret: MEDIA_URL_SECRET,
        publicBaseUrl: PUBLIC_BASE_URL,
        now: () => Date.now() - 2 * 60 * 60 * 1000,
      });
      const { url } = past.createUrl(key, { ...options, expiresInSeconds: 60 });

      const response = await http.get(pathOf(url));

      expectProblem(response, 403, 'FORBIDDEN');
      expect(response.body.detail).toMatch(/expired/);
    });

    it('never echoes the signature in the problem', async () => {
      const { key } = await storedFile();
      const { url } = await store.downloadUrl(key, options);
      const signature = new URL(url).searchParams.get('signature')!;

      const response = await http.get(withQuery(url, (query) => query.set('filename', 'other.jpg')));

      expect(response.status).toBe(403);
      expect(response.text).not.toContain(signature);
    });
  });

  describe('GET for media that is not there', () => {
    it('answers 404 NOT_FOUND for a validly signed link to an unknown key', async () => {
      const { url } = await store.downloadUrl(newMediaKey('jpg'), options);

      expectProblem(await http.get(pathOf(url)), 404, 'NOT_FOUND');
    });

    it('answers 404 NOT_FOUND once the file is deleted', async () => {
      const { key } = await storedFile();
      const { url } = await store.downloadUrl(key, options);
      await store.delete(key);

      expectProblem(await http.get(pathOf(url)), 404, 'NOT_FOUND');
    });
  });

  describe('path traversal', () => {
    const outside = 'outside-the-media-root';

    beforeAll(async () => {
      // DATA_DIR/secret.txt sits next to DATA_DIR/media, one "../" away from the root.
      await writeFile(join(dataDir, 'secret.txt'), outside);
    });

    it.each(['../secret.txt', 'tenants/../../secret.txt', '..%2Fsecret.txt', '/etc/passwd'])(
      'answers 403 when the key of a genuine link is changed to %p',
      async (forged) => {
        const { key } = await storedFile();
        const { url } = await store.downloadUrl(key, options);

        const response = await http.get(withQuery(url, (query) => query.set('key', forged)));

        expectProblem(response, 403, 'SIGNATURE_INVALID');
        expect(response.text).not.toContain(outside);
      },
    );

    it.each([...UNSAFE_KEYS, ['sibling file', '../secret.txt'] as [string, string]])(
      'answers 404, not 500, even for a validly signed key with a %s (a leaked secret)',
      async (_label, unsafeKey) => {
        const leaked = new LocalMediaLinkSigner({ secret: MEDIA_URL_SECRET, publicBaseUrl: PUBLIC_BASE_URL });
        const { url } = leaked.createUrl(unsafeKey, options);

        const response = await http.get(pathOf(url));

        expectProblem(response, 404, 'NOT_FOUND');
        expect(response.text).not.toContain(outside);
      },
    );

    it('does not let an encoded traversal in the path reach the route', async () => {
      const { key } = await storedFile();
      const { url } = await store.downloadUrl(key, options);
      const { search } = new URL(url);

      const response = await http.get(`/${LOCAL_MEDIA_PATH}/..%2F..%2Fsecret.txt${search}`);

      expect(response.status).toBe(404);
      expect(response.text).not.toContain(outside);
    });
  });

  describe('API docs', () => {
    it("documents the route under 'media', with its query parameters and no security scheme", () => {
      const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
      const operation = document.paths[`/${LOCAL_MEDIA_PATH}`]?.get;

      expect(operation?.tags).toEqual(['media']);
      expect(operation?.security).toBeUndefined();
      expect((operation?.parameters ?? []).map((parameter) => ('name' in parameter ? parameter.name : undefined)).sort()).toEqual(
        ['expires', 'filename', 'key', 'signature', 'type'],
      );
      expect(Object.keys(operation?.responses ?? {}).sort()).toEqual(['200', '403', '404']);
    });
  });
});

describe(`${LocalMediaController.name} with media on S3`, () => {
  let app: INestApplication;

  beforeAll(async () => {
    // Nothing is sent to the bucket: the route refuses before it asks the store.
    app = await createStorageApp({ S3_BUCKET: 'letsema-media', S3_REGION: 'af-south-1', S3_ENDPOINT: 'http://127.0.0.1:9' });
  });

  afterAll(async () => {
    (app?.get(MediaStore) as S3Driver | undefined)?.destroy();
    await app?.close();
  });

  it('answers 404 even to a validly signed local link', async () => {
    expect(app.get(MediaStore)).toBeInstanceOf(S3Driver);
    const signer = new LocalMediaLinkSigner({ secret: MEDIA_URL_SECRET, publicBaseUrl: PUBLIC_BASE_URL });
    const { url } = signer.createUrl(newMediaKey('jpg'), options);

    expectProblem(await request(app.getHttpServer()).get(pathOf(url)), 404, 'NOT_FOUND');
  });
});
