import { Readable } from 'node:stream';
import { LocalDiskDriver } from '../src/storage/local-disk.driver';
import { MediaStore } from '../src/storage/media-store';
import { createTestApp, TestApp } from './support/test-app';

describe(`Health and API docs (e2e, ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t?.close());

  it('GET /health answers ok without touching anything', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', details: {} });
  });

  it('GET /health/ready reports the database and the cache up', async () => {
    const response = await t.http.get('/health/ready').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, cache: { status: 'up' } } });
  });

  it('serves the Swagger UI at /docs', async () => {
    const response = await t.http.get('/docs').redirects(1).expect(200);
    expect(response.text).toMatch(/swagger-ui/i);
  });

  it('describes every endpoint, the webhook form fields and the bearer scheme at /docs-json', async () => {
    const { body: doc } = await t.http.get('/docs-json').expect(200);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/v1/admin/tenants',
        '/api/v1/admin/tenants/{tenantId}/tickets',
        '/api/v1/admin/tenants/{tenantId}/tickets/{trackingNumber}',
        '/api/v1/admin/tenants/{tenantId}/tickets/{trackingNumber}/attachments',
        '/api/v1/admin/tenants/{tenantId}/tickets/{trackingNumber}/attachments/{attachmentId}/url',
        '/api/v1/admin/tenants/{tenantId}/guardrails',
        '/api/v1/media/local',
        '/api/v1/intake/preview',
        '/api/v1/whatsapp/status',
        '/api/v1/whatsapp/webhook',
        '/health',
        '/health/ready',
      ].sort(),
    );
    const webhook = doc.paths['/api/v1/whatsapp/webhook'].post;
    const form = webhook.requestBody.content['application/x-www-form-urlencoded'].schema;
    const schema = form.$ref ? doc.components.schemas[form.$ref.split('/').pop()] : form;
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['MessageSid', 'From', 'To', 'Body', 'Latitude', 'Longitude', 'Address', 'NumMedia', 'MediaUrl0', 'MediaContentType0', 'MediaUrl9']),
    );
    expect(webhook.parameters.map((p: { name: string }) => p.name)).toContain('X-Twilio-Signature');
    expect(Object.values(doc.components.securitySchemes)).toContainEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    // The admin token is an opaque shared secret: the document must not call it a JWT.
    expect(JSON.stringify(doc.components.securitySchemes)).not.toContain('JWT');
    expect(doc.paths['/api/v1/admin/tenants'].post.security).toBeDefined();
  });

  it('answers an unknown route with a 404 problem, not a stack trace', async () => {
    const response = await t.http.get('/api/v1/nowhere').expect(404);
    expect(response.body).toMatchObject({ status: 404 });
    expect(JSON.stringify(response.body)).not.toMatch(/at \w+ \(/);
  });

  it('keeps media on local disk by default (no S3 settings)', async () => {
    const store = t.app.get(MediaStore);
    expect(store).toBeInstanceOf(LocalDiskDriver);
    await store.put('tenants/t/tickets/k/check.txt', Readable.from([Buffer.from('ok')]), 'text/plain');
    const chunks: Buffer[] = [];
    for await (const chunk of await store.get('tenants/t/tickets/k/check.txt')) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('ok');
  });
});
