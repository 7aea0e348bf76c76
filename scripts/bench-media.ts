/**
 * npm run bench:media
 *
 * Twenty citizens each send a complete report with one 5 MB photo at the same moment. Starts a fake
 * Twilio media host (basic auth, 302 to a second host playing the CDN) in this process, the built app
 * (dist/src/main.js) as a child process with NODE_ENV=production on a fresh database and media on local
 * disk in a temp DATA_DIR, and sends the twenty signed webhooks at once. Prints the webhook latency (the
 * reply must not wait for downloads), the download throughput (first webhook sent -> last file written)
 * and the app's resident memory, sampled from /proc/<pid>/status during the run: idle before the burst,
 * peak during it, and the growth. Memory must stay flat (streaming): a contrast burst of one file runs
 * first, each burst in a fresh app after a one-photo warm-up, so the reader sees whether the growth
 * scales with the files. Every file is checked against the bytes served (size and sha256, in its row
 * and on disk).
 *
 * The growth is not zero even when nothing is buffered: V8 grows its young generation on first heavy
 * use and frees the socket buffers a download passes through only at the next GC ("external memory
 * pressure" in --trace-gc). That part is bounded; what must not happen is growth in step with the files.
 *
 * Exits non-zero when the benchmark cannot run or any file is not stored intact (errors > 0); memory and
 * speed are printed with a verdict but never fail the run.
 *
 * Environment (all optional):
 *   BENCH_FILES (20)  BENCH_FILE_MB (5)      the main burst: files, and MB (2^20 bytes) per file
 *   BENCH_CONTRAST_FILES (1)                 the contrast burst
 *   BENCH_DATABASE=pglite                    the app's embedded PGlite (in DATA_DIR) instead of PostgreSQL
 *   BENCH_DATABASE_URL | TEST_DATABASE_URL   PostgreSQL server to create the bench database on
 *                                            (default postgres://postgres@127.0.0.1:5432/test)
 *   REDIS_URL                                passed to the app; without it the app caches in memory
 *   BENCH_APP_NODE_ARGS                      extra node flags for the app, e.g. "--trace-gc" (in the app's log)
 */
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getExpectedTwilioSignature } from 'twilio';
import { DEFAULT_MEDIA_DOWNLOAD_OPTIONS } from '../src/media/media-download.options';
import {
  admin,
  createBenchDatabase,
  createTempDir,
  freePort,
  onCleanup,
  positiveInt,
  positiveNumber,
  runBench,
  secret,
  sleep,
  startApp,
  type StartedApp,
} from './support/bench-app';

const WEBHOOK_PATH = '/api/v1/whatsapp/webhook';
const TENANT_NUMBER = '+27215550177';
const TRACKING_NUMBER = /\b[A-Z]{3}-\d{4}\b/;
const MB = 1024 * 1024;

const FILES = positiveInt('BENCH_FILES', 20);
const FILE_BYTES = Math.round(positiveNumber('BENCH_FILE_MB', 5) * MB);
const CONTRAST_FILES = positiveInt('BENCH_CONTRAST_FILES', 1);
const USE_PGLITE = process.env.BENCH_DATABASE === 'pglite';
/** Room for the file plus a little; never below the app's own default. */
const MEDIA_MAX_BYTES = Math.max(16 * MB, FILE_BYTES + MB);
const SETTLE_TIMEOUT_MS = 120_000;
const SAMPLE_EVERY_MS = 25;
/** Quiet time before a burst; the idle RSS is the median of its second half. */
const IDLE_MS = 1_500;
const CONCURRENCY = DEFAULT_MEDIA_DOWNLOAD_OPTIONS.concurrency;

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

// ---------------------------------------------------------------------------------------------------
// Photos: a distinct JPEG head (so no two are deduplicated) then zeros, produced on demand from one
// shared zero buffer. Neither this process nor its fake hosts ever hold a whole file.

const CHUNK_BYTES = 64 * 1024;
const ZEROS = Buffer.alloc(CHUNK_BYTES);
const RUN_NONCE = randomBytes(8).toString('hex');

interface Photo {
  mediaId: string;
  head: Buffer;
  size: number;
  sha256: string;
}

let photoCount = 0;

function newPhoto(size: number): Photo {
  photoCount += 1;
  const mediaId = `ME${createHash('sha256').update(`${RUN_NONCE}-${photoCount}`).digest('hex').slice(0, 32)}`;
  // SOI, APP0 JFIF, a COM segment naming the photo, EOI: enough for a sniffer, distinct per photo.
  const comment = Buffer.from(`letsema bench-media ${RUN_NONCE} photo ${photoCount}`, 'latin1');
  const u16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
  const head = Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([0xff, 0xe0]),
    u16(16),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0]),
    Buffer.from([0xff, 0xfe]),
    u16(comment.length + 2),
    comment,
    Buffer.from([0xff, 0xd9]),
  ]);
  const hash = createHash('sha256').update(head);
  for (let left = size - head.length; left > 0; left -= CHUNK_BYTES) hash.update(left >= CHUNK_BYTES ? ZEROS : ZEROS.subarray(0, left));
  return { mediaId, head, size, sha256: hash.digest('hex') };
}

function photoStream(photo: Photo): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent === 0) {
        sent = photo.head.length;
        this.push(photo.head);
        return;
      }
      const left = photo.size - sent;
      if (left <= 0) {
        this.push(null);
        return;
      }
      const chunk = left >= CHUNK_BYTES ? ZEROS : ZEROS.subarray(0, left);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

// ---------------------------------------------------------------------------------------------------
// A fake of Twilio's media URLs: the API host demands basic auth (AccountSid:AuthToken) and answers a
// 302 to the CDN host, which serves the bytes to anyone. The same shape as test/support/fake-media-host.ts,
// which the build does not compile (tsconfig.build.json excludes test/), cut down to what this needs.

interface FakeTwilioMedia {
  apiHost: string;
  cdnHost: string;
  urlFor(photo: Photo): string;
  register(photo: Photo): void;
  /** Problems seen by the hosts: credentials that did not match, credentials sent to the CDN, unknown paths. */
  problems: string[];
  /** Body bytes served by the CDN, and how many bodies completed. */
  stats: { bytesServed: number; bodiesServed: number };
}

function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; host: string }> {
  const server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  onCleanup(`close the fake host ${host}`, () => closeServer(server));
  return { server, host };
}

async function startFakeTwilioMedia(accountSid: string, authToken: string): Promise<FakeTwilioMedia> {
  const photos = new Map<string, Photo>();
  const problems: string[] = [];
  const stats = { bytesServed: 0, bodiesServed: 0 };
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const apiPath = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\/[^/]+\/Media\/([^/?]+)$/;
  const cdnPath = /^\/cdn\/[^/]+\/([^/?]+)$/;

  const cdn = await listen((request, response) => {
    const photo = photos.get(request.url?.match(cdnPath)?.[1] ?? '');
    if (request.headers.authorization) problems.push('the CDN received credentials');
    if (!photo) {
      problems.push(`CDN 404 for ${request.url}`);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(photo.size) });
    const source = photoStream(photo);
    source.on('data', (chunk: Buffer) => (stats.bytesServed += chunk.length));
    pipeline(source, response).then(
      () => (stats.bodiesServed += 1),
      (error: unknown) => problems.push(`CDN body for ${photo.mediaId} cut off: ${(error as Error).message}`),
    );
  });

  const api = await listen((request, response) => {
    if (request.headers.authorization !== expectedAuth) {
      problems.push(`API host: ${request.headers.authorization ? 'wrong' : 'no'} credentials for ${request.url}`);
      response.writeHead(401, { 'www-authenticate': 'Basic realm="Twilio API"' }).end();
      return;
    }
    const match = request.url?.match(apiPath);
    const photo = match && match[1] === accountSid ? photos.get(match[2]) : undefined;
    if (!photo) {
      problems.push(`API host 404 for ${request.url}`);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(302, { location: `http://${cdn.host}/cdn/${randomBytes(8).toString('hex')}/${photo.mediaId}` }).end();
  });

  return {
    apiHost: api.host,
    cdnHost: cdn.host,
    urlFor: (photo) =>
      `http://${api.host}/2010-04-01/Accounts/${accountSid}/Messages/MM${photo.mediaId.slice(2)}/Media/${photo.mediaId}`,
    register: (photo) => void photos.set(photo.mediaId, photo),
    problems,
    stats,
  };
}

// ---------------------------------------------------------------------------------------------------
// The app's memory, from /proc: VmRSS every SAMPLE_EVERY_MS, VmHWM (its lifetime peak) on demand.

interface RssSample {
  at: number;
  rssBytes: number;
}

class RssSampler {
  readonly samples: RssSample[] = [];
  private readonly timer: NodeJS.Timeout;
  private last = 0;
  /** The longest gap between two samples: this process's event loop was busy serving the files. */
  maxGapMs = 0;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
    this.sample();
  }

  sample(): void {
    const rss = statusField(this.pid, 'VmRSS');
    if (rss === null) return;
    const now = Date.now();
    if (this.last) this.maxGapMs = Math.max(this.maxGapMs, now - this.last);
    this.last = now;
    this.samples.push({ at: now, rssBytes: rss });
  }

  between(from: number, to: number): RssSample[] {
    return this.samples.filter((sample) => sample.at >= from && sample.at <= to);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** A "kB" field of /proc/<pid>/status, in bytes; null once the process is gone. */
function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------
// A burst: N citizens, each a complete report with one photo, all webhooks sent at once.

interface AttachmentItem {
  id: string;
  contentType: string | null;
  size: number | null;
  sha256: string | null;
  status: string;
  failureReason: string | null;
}

interface Sent {
  photo: Photo;
  status: number;
  latencyMs: number;
  trackingNumber: string | null;
  attachment?: AttachmentItem;
  /** When the stored file was last written (its mtime), and whether its bytes on disk are the ones served. */
  writtenAt?: number;
  onDisk?: 'intact' | 'missing' | 'different';
}

interface BurstResult {
  label: string;
  files: number;
  bytes: number;
  /** Bytes of the files stored intact: what MB/s counts. */
  storedBytes: number;
  wallMs: number;
  webhookP50Ms: number;
  webhookMaxMs: number;
  idleRss: number;
  peakRss: number;
  /** The peak while the webhooks were being answered (downloads start during it), and after the last reply. */
  peakRssReplying: number;
  peakRssAfterReplies: number;
  samples: number;
  /** This process's own peak RSS once the files were served (before it reads them back to check them). */
  benchPeakRss: number;
  errors: number;
  problems: string[];
}

let citizenCount = 0;

function webhookParams(twilio: FakeTwilioMedia, accountSid: string, photo: Photo): Record<string, string> {
  citizenCount += 1;
  const phone = `+2782${String(citizenCount).padStart(7, '0')}`;
  const sid = `MM${randomBytes(16).toString('hex')}`;
  return {
    AccountSid: accountSid,
    ApiVersion: '2010-04-01',
    Body: `Pothole at ${10 + citizenCount} Main Street, Soweto`,
    From: `whatsapp:${phone}`,
    MessageSid: sid,
    MessageType: 'image',
    NumMedia: '1',
    MediaUrl0: twilio.urlFor(photo),
    MediaContentType0: 'image/jpeg',
    NumSegments: '1',
    ProfileName: `Citizen ${citizenCount}`,
    SmsMessageSid: sid,
    SmsSid: sid,
    SmsStatus: 'received',
    To: `whatsapp:${TENANT_NUMBER}`,
    WaId: phone.slice(1),
  };
}

async function sendWebhook(started: StartedApp, params: Record<string, string>): Promise<{ status: number; latencyMs: number; body: string }> {
  const url = started.baseUrl + WEBHOOK_PATH;
  const body = new URLSearchParams(params).toString();
  const headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Twilio-Signature': getExpectedTwilioSignature(started.twilioToken, url, params),
  };
  const t0 = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, latencyMs: performance.now() - t0, body: text };
}

/** Polls the admin API until every photo's attachment has left 'pending' (or the timeout). */
async function waitSettled(started: StartedApp, tenantId: string, sent: Sent[]): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const open = sent.filter((item) => item.trackingNumber && (!item.attachment || item.attachment.status === 'pending'));
    if (open.length === 0 || Date.now() > deadline) return;
    await Promise.all(
      open.map(async (item) => {
        const list = await admin<{ items: AttachmentItem[] }>(started, 'GET', `/api/v1/admin/tenants/${tenantId}/tickets/${item.trackingNumber}/attachments`);
        item.attachment = list.items[0];
      }),
    );
    await sleep(100);
  }
}

/** Every file under the media root, by name (<attachment id>.<ext>). */
async function filesByName(root: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) if (entry.isFile()) found.set(entry.name, join(entry.parentPath, entry.name));
  return found;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Why a photo did not end up stored intact (webhook, row, file), or null when it did. */
function problemOf(item: Sent): string | null {
  const id = item.photo.mediaId;
  const row = item.attachment;
  if (item.status !== 200) return `${id}: webhook answered ${item.status}`;
  if (!item.trackingNumber) return `${id}: webhook reply holds no tracking number (no ticket)`;
  if (!row) return `${id}: no attachment listed for ${item.trackingNumber}`;
  if (row.status !== 'stored') return `${id}: attachment ${row.status}${row.failureReason ? ` (${row.failureReason})` : ''}`;
  if (row.size !== item.photo.size || row.sha256 !== item.photo.sha256) {
    return `${id}: row says ${row.size} bytes, sha256 ${row.sha256?.slice(0, 12)}; served ${item.photo.size} bytes, ${item.photo.sha256.slice(0, 12)}`;
  }
  if (item.onDisk !== 'intact') return `${id}: file on disk ${item.onDisk}`;
  return null;
}

async function burst(
  label: string,
  files: number,
  started: MediaApp,
  tenantId: string,
  twilio: FakeTwilioMedia,
  accountSid: string,
  rss: RssSampler,
): Promise<BurstResult> {
  const photos = Array.from({ length: files }, () => newPhoto(FILE_BYTES));
  photos.forEach((photo) => twilio.register(photo));
  const params = photos.map((photo) => webhookParams(twilio, accountSid, photo));
  const problemsBefore = twilio.problems.length;

  // Idle: nothing in flight for a while; the median of the last part of the wait.
  const quietFrom = Date.now();
  await sleep(IDLE_MS);
  const idleRss = median(rss.between(quietFrom + IDLE_MS / 2, Date.now()).map((sample) => sample.rssBytes));

  const startedAt = Date.now();
  const replies = await Promise.all(params.map((param) => sendWebhook(started, param)));
  const sent: Sent[] = replies.map((reply, n) => ({
    photo: photos[n],
    status: reply.status,
    latencyMs: reply.latencyMs,
    trackingNumber: reply.status === 200 ? (reply.body.match(TRACKING_NUMBER)?.[0] ?? null) : null,
  }));
  const repliedAt = Date.now();
  await waitSettled(started, tenantId, sent);
  const settledAt = Date.now();
  rss.sample();
  const benchPeakRss = process.resourceUsage().maxRSS * 1024;
  const peakOf = (from: number, to: number) => Math.max(idleRss, ...rss.between(from, to).map((sample) => sample.rssBytes));
  const window = rss.between(startedAt, settledAt);
  const peakRss = peakOf(startedAt, settledAt);

  // Check what was stored against what was served: the row, then the file on disk.
  const onDisk = await filesByName(started.mediaRoot);
  for (const item of sent) {
    const stored = item.attachment?.status === 'stored' ? item.attachment : undefined;
    const path = stored && [...onDisk.entries()].find(([name]) => name.startsWith(`${stored.id}.`))?.[1];
    if (!path) {
      item.onDisk = 'missing';
      continue;
    }
    const file = await stat(path);
    item.writtenAt = file.mtimeMs;
    item.onDisk = file.size === item.photo.size && (await sha256Of(path)) === item.photo.sha256 ? 'intact' : 'different';
  }

  // One problem per photo not stored intact (these are the errors), then whatever the fake hosts saw.
  const problems = sent.map(problemOf).filter((problem): problem is string => problem !== null);
  const errors = problems.length;
  problems.push(...twilio.problems.slice(problemsBefore));

  const written = sent.map((item) => item.writtenAt).filter((at): at is number => at !== undefined);
  const lastWrite = written.length ? Math.max(...written) : settledAt;
  const latencies = sent.map((item) => item.latencyMs).sort((a, b) => a - b);
  return {
    label,
    files,
    bytes: files * FILE_BYTES,
    storedBytes: sent.filter((item) => item.onDisk === 'intact').reduce((sum, item) => sum + item.photo.size, 0),
    wallMs: Math.max(1, lastWrite - startedAt),
    webhookP50Ms: latencies[Math.floor((latencies.length - 1) / 2)],
    webhookMaxMs: latencies[latencies.length - 1],
    idleRss,
    peakRss,
    peakRssReplying: peakOf(startedAt, repliedAt),
    peakRssAfterReplies: peakOf(repliedAt, settledAt),
    samples: window.length,
    benchPeakRss,
    errors,
    problems,
  };
}

// ---------------------------------------------------------------------------------------------------

function printTable(results: BurstResult[]): void {
  const header = ['burst', 'files', 'bytes in', 'time', 'MB/s', 'webhook p50/max', 'idle RSS', 'peak RSS', 'growth', 'samples', 'errors'];
  const rows = results.map((result) => [
    result.label,
    String(result.files),
    mb(result.bytes),
    `${(result.wallMs / 1000).toFixed(2)} s`,
    (result.storedBytes / MB / (result.wallMs / 1000)).toFixed(1),
    `${result.webhookP50Ms.toFixed(0)}/${result.webhookMaxMs.toFixed(0)} ms`,
    mb(result.idleRss),
    mb(result.peakRss),
    mb(result.peakRss - result.idleRss),
    String(result.samples),
    String(result.errors),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
}

/** What both app processes are started with: the same database, DATA_DIR, fake Twilio and tenant. */
interface AppSetup {
  databaseUrl: string | null;
  dataDir: string;
  twilio: FakeTwilioMedia;
  accountSid: string;
  token: string;
  tenantOf: (started: StartedApp) => Promise<string>;
}

interface MediaApp extends StartedApp {
  /** DATA_DIR/media: where the app stores media on local disk. */
  mediaRoot: string;
}

async function startMediaApp(setup: AppSetup): Promise<MediaApp> {
  const started = await startApp({
    label: 'media',
    databaseUrl: setup.databaseUrl,
    dataDir: setup.dataDir,
    twilioAuthToken: setup.token,
    env: {
      TWILIO_ACCOUNT_SID: setup.accountSid,
      TWILIO_MEDIA_HOSTS: [setup.twilio.apiHost, setup.twilio.cdnHost].join(','),
      // Nothing listens there: a resend request (only sent for a failed file) fails fast instead of leaving the machine.
      TWILIO_API_BASE_URL: `http://127.0.0.1:${await freePort()}`,
      MEDIA_MAX_BYTES: String(MEDIA_MAX_BYTES),
      // Media on local disk under DATA_DIR/media, whatever this shell says.
      ...Object.fromEntries(Object.keys(process.env).filter((name) => name.startsWith('S3_')).map((name) => [name, undefined])),
    },
  });
  return { ...started, mediaRoot: join(setup.dataDir, 'media') };
}

interface AppRun {
  warmup: BurstResult;
  measured: BurstResult;
  /** The app's VmHWM: its lifetime peak RSS, boot and migrations included. */
  lifetimePeak: number | null;
  maxGapMs: number;
}

/**
 * One app process: a one-photo warm-up (so first-use costs, JIT and lazily grown heaps, are not counted as
 * growth), then the measured burst. Each burst gets a fresh process so neither inherits the heap the
 * other grew: an app that has already streamed 20 files sits at its high-water mark and would show
 * little growth for anything after.
 */
async function runInFreshApp(label: string, files: number, setup: AppSetup): Promise<AppRun> {
  const { twilio, accountSid } = setup;
  const started = await startMediaApp(setup);
  const rss = new RssSampler(started.pid);
  try {
    const tenantId = await setup.tenantOf(started);
    const warmup = await burst(`${label} warm-up`, 1, started, tenantId, twilio, accountSid, rss);
    const measured = await burst(label, files, started, tenantId, twilio, accountSid, rss);
    return { warmup, measured, lifetimePeak: statusField(started.pid, 'VmHWM'), maxGapMs: rss.maxGapMs };
  } finally {
    rss.stop();
    await started.stop();
  }
}

async function main(): Promise<void> {
  console.log(
    `bench:media  ${FILES} files x ${mb(FILE_BYTES)} at once (contrast: ${CONTRAST_FILES}), database ${USE_PGLITE ? 'PGlite' : 'PostgreSQL'}, ` +
      `storage local disk, the worker downloads ${CONCURRENCY} at a time (DEFAULT_MEDIA_DOWNLOAD_OPTIONS.concurrency), MB = 2^20 bytes`,
  );
  const benchRssAtStart = process.memoryUsage.rss();
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  const token = secret();
  const twilio = await startFakeTwilioMedia(accountSid, token);
  console.log(`fake Twilio media host ${twilio.apiHost} (basic auth, 302 to) fake CDN ${twilio.cdnHost}`);
  const databaseUrl = USE_PGLITE ? null : await createBenchDatabase('media');
  const dataDir = createTempDir('media');

  // The tenant is made once; the second app finds it in the same database.
  let tenantId: string | undefined;
  const tenantOf = async (started: StartedApp) => {
    tenantId ??= (
      await admin<{ id: string }>(started, 'POST', '/api/v1/admin/tenants', {
        name: 'Bench Municipality',
        slug: `bench-media-${randomBytes(4).toString('hex')}`,
        whatsappNumber: TENANT_NUMBER,
      })
    ).id;
    return tenantId;
  };
  const setup: AppSetup = { databaseUrl, dataDir, twilio, accountSid, token, tenantOf };
  const contrast = await runInFreshApp('contrast', CONTRAST_FILES, setup);
  const mainRun = await runInFreshApp('main', FILES, setup);

  console.log('');
  printTable([contrast.warmup, contrast.measured, mainRun.warmup, mainRun.measured]);
  console.log('');

  const growth = (result: BurstResult) => result.peakRss - result.idleRss;
  const downloading = Math.min(FILES, CONCURRENCY);
  const receiving = downloading * FILE_BYTES;
  const m = mainRun.measured;
  const mbps = m.storedBytes / MB / (m.wallMs / 1000);
  console.log(
    `memory: growth ${mb(growth(m))} for ${FILES} file(s) vs ${mb(growth(contrast.measured))} for ${CONTRAST_FILES}; ` +
      `${mb(m.bytes)} arriving, of which the worker downloads ${downloading} at a time (${mb(receiving)} being received at once)`,
  );
  console.log(
    `        main burst peak ${mb(m.peakRssReplying)} while the webhooks were answered, ${mb(m.peakRssAfterReplies)} after the last reply (downloads only); ` +
      `idle ${mb(m.idleRss)}`,
  );
  console.log(
    `        app VmHWM (lifetime peak, boot and migrations included) ${mb(mainRun.lifetimePeak ?? 0)}, contrast app ${mb(contrast.lifetimePeak ?? 0)}; ` +
      `RSS sampled every ${SAMPLE_EVERY_MS} ms (longest gap ${Math.max(mainRun.maxGapMs, contrast.maxGapMs)} ms)`,
  );
  console.log(`        this bench process (serving every byte): RSS ${mb(benchRssAtStart)} at start, peak ${mb(m.benchPeakRss)} by the end of the main burst`);
  // "Grows with the files": the extra files of the main burst must not add memory in proportion to their bytes.
  const extraFiles = FILES - CONTRAST_FILES;
  const extraGrowth = growth(m) - growth(contrast.measured);
  const extraBytes = extraFiles * FILE_BYTES;
  const flat = extraFiles <= 0 || extraGrowth < extraBytes / 2;
  console.log(
    `growth for ${extraFiles} more file(s): ${extraGrowth >= 0 ? '+' : ''}${mb(extraGrowth)} for ${mb(extraBytes)} more arriving   ` +
      `target < half of it   ${flat ? 'PASS' : 'MISS'}`,
  );
  console.log(
    `webhook replies: p50 ${m.webhookP50Ms.toFixed(0)} ms, max ${m.webhookMaxMs.toFixed(0)} ms vs ${(m.wallMs / 1000).toFixed(2)} s for the downloads   ` +
      `${m.webhookMaxMs < m.wallMs ? 'PASS (the reply does not wait for downloads)' : 'MISS'}`,
  );
  const runs = [contrast.warmup, contrast.measured, mainRun.warmup, mainRun.measured];
  const problems = runs.flatMap((run) => run.problems);
  for (const problem of problems.slice(0, 20)) console.log(`  problem: ${problem}`);
  if (problems.length > 20) console.log(`  ... and ${problems.length - 20} more`);
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  console.log(
    `media: ${FILES} files x ${(FILE_BYTES / MB).toFixed(1)} MB, ${mbps.toFixed(1)} MB/s, peak RSS growth ${(growth(m) / MB).toFixed(1)} MB ` +
      `(in flight ${(m.bytes / MB).toFixed(0)} MB, ${downloading} downloading at once), errors ${errors}`,
  );
  if (errors > 0 || problems.length > 0) process.exitCode = 1;
}

runBench('bench:media', main);
