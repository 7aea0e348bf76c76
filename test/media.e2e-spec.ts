import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Client } from 'pg';
import S3rver from 's3rver';
import { DataSource, DataSourceOptions } from 'typeorm';
import { serialisedPGliteDriver } from '../src/database/pglite/serialised-pglite.pool';
import { MediaAttachment } from '../src/media/entities/media-attachment.entity';
import { DEFAULT_MEDIA_DOWNLOAD_OPTIONS, MEDIA_DOWNLOAD_OPTIONS } from '../src/media/media-download.options';
import { MediaDownloadWorker } from '../src/media/media-download.worker';
import { DownloadJob, MediaAttachmentsRepository } from '../src/media/media-attachments.repository';
import { Citizen } from '../src/tenancy/entities/citizen.entity';
import { Ticket } from '../src/tickets/entities/ticket.entity';
import { InboundMessage } from '../src/whatsapp/entities/inbound-message.entity';
import {
  inboundMessage,
  newCitizenPhone,
  newMessageSid,
  newTenant,
  replyText,
  sendMessage,
  TenantFixture,
  trackingNumberIn,
} from './support/builders';
import { FakeMediaHost, JOHANNESBURG, makeJpeg, MEDIA_SAMPLES, unusedHost } from './support/fake-media-host';
import { FakeTwilioApi, startFakeTwilioApi } from './support/fake-twilio-api';
import { asAdmin, createTestApp, TEST_PUBLIC_BASE_URL, TEST_TWILIO_AUTH_TOKEN, TestApp, TestAppOptions } from './support/test-app';

const ACCOUNT_SID = 'AC' + 'ab'.repeat(16);
const MAX_BYTES = 256 * 1024;

/** Twilio's media host (basic auth, redirects to the CDN), the CDN, and Twilio's REST API, all on loopback. */
interface Twilio {
  api: FakeMediaHost;
  cdn: FakeMediaHost;
  rest: FakeTwilioApi;
}

async function startTwilio(): Promise<Twilio> {
  const [api, cdn, rest] = await Promise.all([
    FakeMediaHost.start({ auth: { username: ACCOUNT_SID, password: TEST_TWILIO_AUTH_TOKEN } }),
    FakeMediaHost.start(),
    startFakeTwilioApi({ accountSid: ACCOUNT_SID, authToken: TEST_TWILIO_AUTH_TOKEN }),
  ]);
  return { api, cdn, rest };
}

function appOptions(twilio: Twilio, extra: Partial<TestAppOptions> = {}): TestAppOptions {
  return {
    env: {
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_API_BASE_URL: twilio.rest.origin,
      TWILIO_MEDIA_HOSTS: `${twilio.api.host}, ${twilio.cdn.host}`,
      MEDIA_MAX_BYTES: String(MAX_BYTES),
    },
    // Short waits, so retries happen within a test.
    configure: (builder) =>
      builder.overrideProvider(MEDIA_DOWNLOAD_OPTIONS).useValue({
        ...DEFAULT_MEDIA_DOWNLOAD_OPTIONS,
        pollIntervalMs: 50,
        baseBackoffMs: 50,
        maxBackoffMs: 200,
        attemptTimeoutMs: 5_000,
      }),
    ...extra,
  };
}

/** A message carrying files (and optionally text), as Twilio posts it. */
function mediaMessage(tenant: TenantFixture, phone: string, urls: Array<{ url: string; type: string }>, body = '') {
  const fields: Record<string, string> = { Body: body, NumMedia: String(urls.length), MessageType: 'image' };
  urls.forEach(({ url, type }, n) => {
    fields[`MediaUrl${n}`] = url;
    fields[`MediaContentType${n}`] = type;
  });
  return inboundMessage(tenant, phone, { MessageSid: `MM${newMessageSid().slice(2)}`, ...fields });
}

async function eventually<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function attachmentsOf(t: TestApp, citizenPhone: string, tenantId: string): Promise<MediaAttachment[]> {
  return t.dataSource
    .getRepository(MediaAttachment)
    .createQueryBuilder('m')
    .innerJoin(Citizen, 'c', 'c.id = m.citizen_id')
    .where('m.tenant_id = :tenantId AND c.phone = :citizenPhone', { tenantId, citizenPhone })
    .orderBy('m.created_at')
    .addOrderBy('m.media_index')
    .getMany();
}

/** Waits until none of the citizen's files is still pending, and returns them. */
function settledAttachments(t: TestApp, phone: string, tenantId: string, count: number): Promise<MediaAttachment[]> {
  return eventually(async () => {
    const rows = await attachmentsOf(t, phone, tenantId);
    return rows.length >= count && rows.every((row) => row.status !== 'pending') ? rows : null;
  }, `${count} settled attachment(s)`);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('Media from WhatsApp (e2e)', () => {
  let twilio: Twilio;
  let t: TestApp;
  let tenant: TenantFixture;
  let mediaId = 0;
  const nextMediaId = () => `ME${String(++mediaId).padStart(32, '0')}`;

  beforeAll(async () => {
    twilio = await startTwilio();
    t = await createTestApp(appOptions(twilio));
    tenant = await newTenant(t);
  });

  afterAll(async () => {
    await t.close();
    await Promise.all([twilio.api.close(), twilio.cdn.close(), twilio.rest.close()]);
  });

  it('a photo, then the report: the photo is held, its GPS places the ticket, and it is attached to the ticket', async () => {
    const phone = newCitizenPhone();
    const photo = makeJpeg({ gps: JOHANNESBURG, size: 40_000 });
    const id = nextMediaId();
    twilio.api.media(id, { body: photo, contentType: 'image/jpeg', redirectTo: twilio.cdn });

    const first = await sendMessage(t, mediaMessage(tenant, phone, [{ url: twilio.api.urlFor(id), type: 'image/jpeg' }])).expect(200);
    expect(replyText(first.text)).toContain('Please tell us in a few words what the problem is');
    const [held] = await settledAttachments(t, phone, tenant.id, 1);
    expect(held).toMatchObject({ status: 'stored', ticketId: null, contentType: 'image/jpeg', sha256: sha256(photo) });

    // No address in the text: the photo's position is the location.
    const second = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'There is a big pothole in the road, cars are damaged' })).expect(200);
    const trackingNumber = trackingNumberIn(replyText(second.text));
    const ticket = await t.dataSource.getRepository(Ticket).findOneByOrFail({ tenantId: tenant.id, trackingNumber });
    expect(ticket.latitude).toBeCloseTo(JOHANNESBURG.latitude, 4);
    expect(ticket.longitude).toBeCloseTo(JOHANNESBURG.longitude, 4);

    const [attached] = await attachmentsOf(t, phone, tenant.id);
    expect(attached.ticketId).toBe(ticket.id);
    expect(attached.storageKey).toBe(`tenants/${tenant.id}/tickets/${ticket.id}/${attached.id}.jpg`);
    expect(readFileSync(join(t.state.dataDir, 'media', attached.storageKey!))).toEqual(photo);

    // Credentials went to Twilio's host only, never to the CDN it redirected to.
    await Promise.all([twilio.api.settled(), twilio.cdn.settled()]);
    const apiRequest = twilio.api.requests.find((request) => request.mediaId === id);
    const cdnRequest = twilio.cdn.requests.find((request) => request.mediaId?.startsWith(`${id}-`));
    expect(apiRequest).toMatchObject({ authorization: 'valid', status: 302 });
    expect(cdnRequest).toMatchObject({ authorization: 'absent', status: 200 });

    const list = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}/attachments`)).expect(200);
    expect(list.body.items).toEqual([
      { id: attached.id, contentType: 'image/jpeg', size: photo.length, sha256: sha256(photo), status: 'stored', failureReason: null, createdAt: expect.any(String) },
    ]);

    const link = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}/attachments/${attached.id}/url`)).expect(200);
    expect(new Date(link.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(link.body.url.startsWith(`${TEST_PUBLIC_BASE_URL}/api/v1/media/local?`)).toBe(true);
    const download = await t.http.get(link.body.url.slice(TEST_PUBLIC_BASE_URL.length)).responseType('blob').expect(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.body).toEqual(photo);
    // The link is the credential: changed, it opens nothing.
    // (Always a different first character: "A" over a signature that already starts with "A" changed nothing, 1 run in 64.)
    const tampered = link.body.url.slice(TEST_PUBLIC_BASE_URL.length).replace(/signature=([^&])/, (_: string, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`);
    expect(tampered).not.toBe(link.body.url.slice(TEST_PUBLIC_BASE_URL.length));
    await t.http.get(tampered).expect(403);
  });

  it('a photo, a greeting, then the report: the held photo still joins the ticket', async () => {
    const phone = newCitizenPhone();
    const id = nextMediaId();
    twilio.api.media(id, { body: makeJpeg({ size: 7_777 }), contentType: 'image/jpeg', redirectTo: twilio.cdn });
    await sendMessage(t, mediaMessage(tenant, phone, [{ url: twilio.api.urlFor(id), type: 'image/jpeg' }])).expect(200);
    await sendMessage(t, inboundMessage(tenant, phone, { Body: 'Hello' })).expect(200);
    const report = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'Illegal dumping at 4 Market Street, Kimberley' })).expect(200);
    const ticket = await t.dataSource
      .getRepository(Ticket)
      .findOneByOrFail({ tenantId: tenant.id, trackingNumber: trackingNumberIn(replyText(report.text)) });
    const [row] = await settledAttachments(t, phone, tenant.id, 1);
    expect(row).toMatchObject({ ticketId: ticket.id, status: 'stored', storageKey: `tenants/${tenant.id}/tickets/${ticket.id}/${row.id}.jpg` });
  });

  it('a report, then a photo: the photo joins the open ticket, and the same photo twice is stored once', async () => {
    const phone = newCitizenPhone();
    const created = await sendMessage(t, inboundMessage(tenant, phone, { Body: 'Burst pipe at 6 Main Street, water everywhere' })).expect(200);
    const trackingNumber = trackingNumberIn(replyText(created.text));
    const ticket = await t.dataSource.getRepository(Ticket).findOneByOrFail({ tenantId: tenant.id, trackingNumber });

    const photo = makeJpeg({ size: 20_000 });
    const [a, b] = [nextMediaId(), nextMediaId()];
    twilio.api.media(a, { body: photo, contentType: 'image/jpeg', redirectTo: twilio.cdn });
    twilio.api.media(b, { body: photo, contentType: 'image/jpeg', redirectTo: twilio.cdn });

    const reply = await sendMessage(t, mediaMessage(tenant, phone, [{ url: twilio.api.urlFor(a), type: 'image/jpeg' }])).expect(200);
    expect(replyText(reply.text)).toBe(`Thank you, we added your file to report ${trackingNumber}.`);
    await settledAttachments(t, phone, tenant.id, 1);
    await sendMessage(t, mediaMessage(tenant, phone, [{ url: twilio.api.urlFor(b), type: 'image/jpeg' }])).expect(200);
    const rows = await settledAttachments(t, phone, tenant.id, 2);

    expect(rows.map((row) => [row.ticketId, row.status])).toEqual([
      [ticket.id, 'stored'],
      [ticket.id, 'duplicate'],
    ]);
    expect(rows[1].duplicateOf).toBe(rows[0].id);
    expect(rows[1].storageKey).toBeNull();
    expect(existsSync(join(t.state.dataDir, 'media', `tenants/${tenant.id}/tickets/${ticket.id}/${rows[1].id}.jpg`))).toBe(false);
    const list = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}/attachments`)).expect(200);
    expect(list.body.items.map((item: { status: string }) => item.status)).toEqual(['stored', 'duplicate']);
    await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}/attachments/${rows[1].id}/url`)).expect(409);
  });

  it('an oversized file and a wrong type fail with their reasons, the report survives, and the citizen is asked once to resend', async () => {
    const phone = newCitizenPhone();
    const [big, html] = [nextMediaId(), nextMediaId()];
    twilio.api.media(big, { body: makeJpeg({ size: MAX_BYTES + 1 }), contentType: 'image/jpeg', redirectTo: twilio.cdn });
    twilio.api.media(html, { body: MEDIA_SAMPLES.html, contentType: 'image/jpeg', redirectTo: twilio.cdn });
    const before = twilio.rest.messages.length;

    const reply = await sendMessage(
      t,
      mediaMessage(
        tenant,
        phone,
        [
          { url: twilio.api.urlFor(big), type: 'image/jpeg' },
          { url: twilio.api.urlFor(html), type: 'image/jpeg' },
        ],
        'Huge pothole at 14 Long Street, Sea Point',
      ),
    ).expect(200);
    const trackingNumber = trackingNumberIn(replyText(reply.text));

    const rows = await settledAttachments(t, phone, tenant.id, 2);
    expect(rows.map((row) => [row.status, row.failureReason, row.storageKey])).toEqual([
      ['failed', 'too_large', null],
      ['failed', 'unsupported_type', null],
    ]);
    const ticket = await t.dataSource.getRepository(Ticket).findOneByOrFail({ tenantId: tenant.id, trackingNumber });
    expect(rows.every((row) => row.ticketId === ticket.id)).toBe(true);
    expect(ticket.description).toContain('Huge pothole');

    const [resend] = (await twilio.rest.waitForMessages(before + 1)).slice(before);
    expect(resend).toMatchObject({ from: `whatsapp:${tenant.whatsappNumber}`, to: `whatsapp:${phone}` });
    expect(resend.body).toContain('could not receive the file');
    // Two files failed; the citizen hears it once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(twilio.rest.messages.filter((message) => message.to === `whatsapp:${phone}`)).toHaveLength(1);
    const list = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}/attachments`)).expect(200);
    expect(list.body.items.map((item: { failureReason: string }) => item.failureReason)).toEqual(['too_large', 'unsupported_type']);
  });

  it('asks for a resend once per message even when its files fail at the same moment', async () => {
    const phone = newCitizenPhone();
    const elsewhere = await unusedHost();
    const files = [1, 2, 3].map((n) => ({ url: `http://${elsewhere}/Media/ME${n}`, type: 'image/jpeg' }));
    await sendMessage(t, mediaMessage(tenant, phone, files, 'Refuse not collected at 8 Vilakazi Street, Orlando')).expect(200);
    const rows = await settledAttachments(t, phone, tenant.id, 3);
    const attachments = t.app.get(MediaAttachmentsRepository);
    const jobs = rows.map((row) => ({ id: row.id, tenantId: tenant.id, inboundMessageId: row.inboundMessageId }) as DownloadJob);
    for (let round = 0; round < 10; round++) {
      await t.dataSource.query(`UPDATE inbound_messages SET media_resend_requested_at = NULL WHERE id = $1`, [rows[0].inboundMessageId]);
      const claims = await Promise.all(jobs.map((job) => attachments.claimResendRequest(job)));
      expect(claims.filter(Boolean)).toHaveLength(1);
    }
  });

  it('a Twilio 5xx is retried with backoff until the file arrives', async () => {
    const phone = newCitizenPhone();
    const id = nextMediaId();
    const voiceNote = MEDIA_SAMPLES.oggOpus;
    twilio.api.media(id, { body: voiceNote, contentType: 'audio/ogg', failTimes: 2, failStatus: 503 });

    await sendMessage(t, mediaMessage(tenant, phone, [{ url: twilio.api.urlFor(id), type: 'audio/ogg' }], 'No water in Zone 3 Mamelodi since Monday')).expect(200);
    const [row] = await settledAttachments(t, phone, tenant.id, 1);
    expect(row).toMatchObject({ status: 'stored', attempts: 3, contentType: 'audio/ogg', sha256: sha256(voiceNote), failureReason: null });
    expect(row.storageKey).toMatch(/\.ogg$/);
    expect(twilio.api.requests.filter((request) => request.mediaId === id).map((request) => request.status)).toEqual([503, 503, 200]);
  });

  it('never fetches from a host outside TWILIO_MEDIA_HOSTS, nor follows a redirect there', async () => {
    const phone = newCitizenPhone();
    const elsewhere = await unusedHost();
    const id = nextMediaId();
    twilio.api.media(id, { body: makeJpeg(), contentType: 'image/jpeg', redirectTo: `http://${elsewhere}/steal` });

    await sendMessage(
      t,
      mediaMessage(
        tenant,
        phone,
        [
          { url: `http://${elsewhere}/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/MM1/Media/ME1`, type: 'image/jpeg' },
          { url: twilio.api.urlFor(id), type: 'image/jpeg' },
        ],
        'Streetlight out at 3 Oak Avenue, Rondebosch',
      ),
    ).expect(200);
    const rows = await settledAttachments(t, phone, tenant.id, 2);
    expect(rows.map((row) => [row.status, row.failureReason])).toEqual([
      ['failed', 'host_not_allowed'],
      ['failed', 'host_not_allowed'],
    ]);
  });

  it('refuses a malformed media field with a 400 and stores nothing', async () => {
    const phone = newCitizenPhone();
    const params = mediaMessage(tenant, phone, [{ url: 'not a url', type: 'image/jpeg' }], 'Pothole at 1 Main Road');
    const response = await sendMessage(t, params).expect(400);
    expect(JSON.stringify(response.body)).toContain('MediaUrl0');
    expect(await t.dataSource.getRepository(InboundMessage).countBy({ messageSid: params.MessageSid })).toBe(0);
  });

  it("keeps each tenant's files to itself", async () => {
    const other = await newTenant(t);
    const phone = newCitizenPhone();
    const id = nextMediaId();
    twilio.api.media(id, { body: makeJpeg({ size: 5_000 }), contentType: 'image/jpeg', redirectTo: twilio.cdn });
    const reply = await sendMessage(t, mediaMessage(tenant, phone, [{ url: twilio.api.urlFor(id), type: 'image/jpeg' }], 'Dumped rubble at 9 Church Street, Paarl')).expect(200);
    const trackingNumber = trackingNumberIn(replyText(reply.text));
    const [row] = await settledAttachments(t, phone, tenant.id, 1);
    expect(row.status).toBe('stored');

    await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}/attachments/${row.id}/url`)).expect(200);
    await asAdmin(t.http.get(`/api/v1/admin/tenants/${other.id}/tickets/${trackingNumber}/attachments`)).expect(404);
    await asAdmin(t.http.get(`/api/v1/admin/tenants/${other.id}/tickets/${trackingNumber}/attachments/${row.id}/url`)).expect(404);
    await t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}/attachments`).expect(401);
  });

  it('deletes files held for a conversation that never became a ticket, and keeps the rest', async () => {
    const [stale, fresh] = [newCitizenPhone(), newCitizenPhone()];
    for (const phone of [stale, fresh]) {
      const id = nextMediaId();
      twilio.api.media(id, { body: makeJpeg({ size: 4_000 + mediaId }), contentType: 'image/jpeg', redirectTo: twilio.cdn });
      const reply = await sendMessage(t, mediaMessage(tenant, phone, [{ url: twilio.api.urlFor(id), type: 'image/jpeg' }])).expect(200);
      expect(replyText(reply.text)).toContain('we got your file');
      await settledAttachments(t, phone, tenant.id, 1);
    }
    const [abandoned] = await attachmentsOf(t, stale, tenant.id);
    const path = join(t.state.dataDir, 'media', abandoned.storageKey!);
    expect(existsSync(path)).toBe(true);
    // The conversation is forgotten after 24 hours; its files go after 25.
    await t.dataSource.query(`UPDATE media_attachments SET created_at = now() - interval '26 hours' WHERE id = $1`, [abandoned.id]);

    expect(await t.app.get(MediaDownloadWorker).sweepAbandoned()).toBe(1);
    expect((await attachmentsOf(t, stale, tenant.id))[0]).toMatchObject({ status: 'discarded', storageKey: null, ticketId: null });
    expect(existsSync(path)).toBe(false);
    expect((await attachmentsOf(t, fresh, tenant.id))[0]).toMatchObject({ status: 'stored' });
  });

  it('a retried webhook with media records its files once', async () => {
    const phone = newCitizenPhone();
    const id = nextMediaId();
    twilio.api.media(id, { body: makeJpeg({ size: 3_000 }), contentType: 'image/jpeg', redirectTo: twilio.cdn });
    const params = mediaMessage(tenant, phone, [{ url: twilio.api.urlFor(id), type: 'image/jpeg' }], 'Sewage spill at 2 River Road, Alex');
    const first = await sendMessage(t, params).expect(200);
    const again = await sendMessage(t, params).expect(200);
    expect(again.text).toBe(first.text);
    await settledAttachments(t, phone, tenant.id, 1);
    expect(await attachmentsOf(t, phone, tenant.id)).toHaveLength(1);
  });
});

describe('Media on S3 (e2e, s3rver on loopback)', () => {
  it('stores the file under its ticket key in the bucket and hands out a presigned link', async () => {
    const twilio = await startTwilio();
    const directory = mkdtempSync(join(tmpdir(), 'letsema-s3rver-'));
    const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
    const { port } = await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    const s3 = new S3Client({ region: 'af-south-1', endpoint, forcePathStyle: true, credentials });
    await s3.send(new CreateBucketCommand({ Bucket: 'letsema-media' }));
    const options = appOptions(twilio);
    const t = await createTestApp({
      ...options,
      env: {
        ...options.env,
        S3_BUCKET: 'letsema-media',
        S3_REGION: 'af-south-1',
        S3_ENDPOINT: endpoint,
        S3_FORCE_PATH_STYLE: 'true',
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      },
    });
    try {
      const tenant = await newTenant(t);
      const phone = newCitizenPhone();
      const photo = makeJpeg({ gps: JOHANNESBURG, size: 30_000 });
      twilio.api.media('ME' + '5'.repeat(32), { body: photo, contentType: 'image/jpeg', redirectTo: twilio.cdn });
      const reply = await sendMessage(
        t,
        mediaMessage(tenant, phone, [{ url: twilio.api.urlFor('ME' + '5'.repeat(32)), type: 'image/jpeg' }], 'Leaking water meter at 22 Voortrekker Road, Parow'),
      ).expect(200);
      const trackingNumber = trackingNumberIn(replyText(reply.text));
      const [row] = await settledAttachments(t, phone, tenant.id, 1);
      const ticket = await t.dataSource.getRepository(Ticket).findOneByOrFail({ tenantId: tenant.id, trackingNumber });
      expect(row).toMatchObject({ status: 'stored', storageKey: `tenants/${tenant.id}/tickets/${ticket.id}/${row.id}.jpg` });

      const head = await s3.send(new HeadObjectCommand({ Bucket: 'letsema-media', Key: row.storageKey! }));
      expect(head.ContentType).toBe('image/jpeg');
      expect(head.ContentLength).toBe(photo.length);
      const stored = await s3.send(new GetObjectCommand({ Bucket: 'letsema-media', Key: row.storageKey! }));
      expect(Buffer.from(await stored.Body!.transformToByteArray())).toEqual(photo);
      expect(existsSync(join(t.state.dataDir, 'media'))).toBe(false);

      const link = await asAdmin(t.http.get(`/api/v1/admin/tenants/${tenant.id}/tickets/${trackingNumber}/attachments/${row.id}/url`)).expect(200);
      expect(link.body.url.startsWith(`${endpoint}/letsema-media/tenants/${tenant.id}/`)).toBe(true);
      expect(link.body.url).toContain('X-Amz-Signature=');
      const fetched = await fetch(link.body.url);
      expect(fetched.status).toBe(200);
      expect(Buffer.from(await fetched.arrayBuffer())).toEqual(photo);
    } finally {
      await t.close();
      s3.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
      await Promise.all([twilio.api.close(), twilio.cdn.close(), twilio.rest.close()]);
    }
  });
});

/** A photo whose download is in flight when the first app stops (keeping its state), and a successor. */
interface Interrupted {
  twilio: Twilio;
  state: TestApp['state'];
  tenant: TenantFixture;
  phone: string;
  id: string;
  photo: Buffer;
  /** Boots the next app over the same database and folder. */
  restart(): Promise<TestApp>;
}

async function withInterruptedDownload(id: string, body: string, test: (interrupted: Interrupted) => Promise<void>): Promise<void> {
  const twilio = await startTwilio();
  let first: TestApp | null = await createTestApp(appOptions(twilio));
  const successors: TestApp[] = [];
  try {
    const tenant = await newTenant(first);
    const phone = newCitizenPhone();
    const photo = makeJpeg({ size: 8_000 });
    // Slow enough that the first app is still waiting when it stops.
    twilio.api.media(id, { body: photo, contentType: 'image/jpeg', delayMs: 60_000 });
    await sendMessage(first, mediaMessage(tenant, phone, [{ url: twilio.api.urlFor(id), type: 'image/jpeg' }], body)).expect(200);
    await eventually(async () => twilio.api.requests.some((request) => request.mediaId === id), 'the first download to start');
    const state = first.state;
    await first.close(true);
    first = null;
    // From now on the host serves the file at once.
    twilio.api.media(id, { body: photo, contentType: 'image/jpeg' });
    await test({
      twilio, state, tenant, phone, id, photo,
      restart: async () => {
        successors.push(await createTestApp({ ...appOptions(twilio), reuse: state }));
        return successors[successors.length - 1];
      },
    });
  } finally {
    await first?.close();
    for (const app of successors) await app.close();
    await Promise.all([twilio.api.close(), twilio.cdn.close(), twilio.rest.close()]);
  }
}

describe('Media downloads across a restart (e2e)', () => {
  it('a download cut off by a shutdown completes after the restart', async () => {
    await withInterruptedDownload('ME' + '7'.repeat(32), 'Burst pipe at 4 Kerk Street, Stellenbosch', async ({ twilio, state, tenant, phone, id, photo, restart }) => {
      await twilio.api.settled();
      expect(twilio.api.requests.filter((request) => request.mediaId === id)[0].outcome).toBe('aborted');

      const second = await restart();
      const [row] = await settledAttachments(second, phone, tenant.id, 1);
      // The interrupted attempt was handed back, not counted.
      expect(row).toMatchObject({ status: 'stored', sha256: sha256(photo), attempts: 1 });
      expect(readFileSync(join(state.dataDir, 'media', row.storageKey!))).toEqual(photo);
    });
  });

  it('a download whose worker died (its lease ran out) is taken over by the next instance', async () => {
    await withInterruptedDownload('ME' + '8'.repeat(32), 'No electricity at 8 Long Street, Durban', async ({ twilio, state, tenant, phone, id, restart }) => {
      // What a crashed worker leaves behind: the row still leased (for a few seconds more), the attempt
      // counted. The lease outlasts the next instance's boot on a normal day; the check below does not
      // depend on that (a boot slower than the lease once made "still pending" fail on PGlite).
      const leaseUntil = Date.now() + 3_000;
      await withDatabase(state, (query) =>
        query(`UPDATE media_attachments SET lease_until = $2::timestamptz, attempts = 1 WHERE tenant_id = $1`, [tenant.id, new Date(leaseUntil)]),
      );
      const second = await restart();
      const [row] = await settledAttachments(second, phone, tenant.id, 1);
      expect(row).toMatchObject({ status: 'stored', attempts: 2 });
      // The successor left the leased row alone until the lease ran out (one clock: the same machine).
      const takeover = twilio.api.requests.filter((request) => request.mediaId === id)[1];
      expect(takeover.receivedAt).toBeGreaterThanOrEqual(leaseUntil);
    });
  });
});

/** Runs a statement on a stopped app's database (PostgreSQL, or its PGlite folder). */
async function withDatabase(state: TestApp['state'], work: (query: (sql: string, params: unknown[]) => Promise<unknown>) => Promise<unknown>) {
  if (state.databaseUrl) {
    const client = new Client({ connectionString: state.databaseUrl });
    await client.connect();
    try {
      await work((sql, params) => client.query(sql, params));
    } finally {
      await client.end();
    }
    return;
  }
  const dataSource = await new DataSource({
    type: 'postgres',
    driver: serialisedPGliteDriver(join(state.dataDir, 'pglite')),
    installExtensions: false,
    poolSize: 1,
  } as DataSourceOptions).initialize();
  try {
    await work((sql, params) => dataSource.query(sql, params));
  } finally {
    await dataSource.destroy();
  }
}
