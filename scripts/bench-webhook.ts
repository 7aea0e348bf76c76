/**
 * npm run bench:webhook
 *
 * Starts the built app (dist/src/main.js) as a child process on a fresh PostgreSQL database with
 * NODE_ENV=production, drives signed Twilio webhooks at it with autocannon (every request a new
 * MessageSid and a complete report, so each one opens a ticket), measures GET /health in the same run
 * as the baseline of what the machine can do, and prints both and their ratio. It prints figures; it
 * fails only when the benchmark itself cannot run, never on a missed target.
 *
 * Environment (all optional):
 *   BENCH_DATABASE_URL | TEST_DATABASE_URL  PostgreSQL server to create the bench database on
 *                                            (default postgres://postgres@127.0.0.1:5432/test)
 *   REDIS_URL                               passed to the app; without it the app caches in memory
 *   BENCH_SECONDS (10)  BENCH_CONNECTIONS (10)  BENCH_WARMUP_SECONDS (3)  BENCH_CITIZENS (5000)
 *   BENCH_APP_NODE_ARGS                     extra node flags for the app, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 *                                            (profiles the app's whole life: start, health and webhook runs)
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { getExpectedTwilioSignature } from 'twilio';

// autocannon ships no type declarations (and adding @types would be a new dependency): just what we use.
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
  onResponse?: (status: number, body: string) => void;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  requests?: AutocannonRequest[];
}
interface AutocannonResult {
  latency: { p50: number; p99: number };
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
}
const autocannon = require('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>;

const WEBHOOK_PATH = '/api/v1/whatsapp/webhook';
const TENANT_NUMBER = '+27215550100';
const TRACKING_NUMBER = /\b[A-Z]{3}-\d{4}\b/;

const SECONDS = positiveInt('BENCH_SECONDS', 10);
const CONNECTIONS = positiveInt('BENCH_CONNECTIONS', 10);
const WARMUP_SECONDS = positiveInt('BENCH_WARMUP_SECONDS', 3);
const CITIZENS = positiveInt('BENCH_CITIZENS', 5000);
const TARGET_RATIO = 0.3;
const TARGET_P99_MS = 150;

// Each line names a category and the street names complete an address, so every message is a
// complete report: the intake opens a ticket at once instead of asking a follow-up question.
const PROBLEMS = [
  'Water pipe burst outside',
  'Big pothole at',
  'Refuse not collected at',
  'No electricity since Monday at',
  'Street light broken outside',
  'Sewage overflowing at',
  'Grass overgrown in the park near',
  'Water meter leaking at',
  'Power outage at',
  'Bins not emptied for two weeks at',
];
const STREETS = [
  'Jacaranda Street',
  'Main Road',
  'Long Street',
  'Vilakazi St',
  'Church Avenue',
  'Protea Drive',
  'Oak Lane',
  'Voortrekker Road',
  'Market Street',
  'Kerk Straat',
];

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

const secret = () => randomBytes(24).toString('base64url').slice(0, 32);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------
// Resources to release however the run ends (normal end, error, Ctrl-C).

let app: ChildProcess | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
let cleaningUp: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    await stopApp();
    if (dropDatabase) {
      try {
        await dropDatabase();
      } catch (error) {
        console.error(`Could not drop the bench database: ${(error as Error).message}`);
      }
    }
  })();
  return cleaningUp;
}

async function stopApp(): Promise<void> {
  const child = app;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const graceful = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!graceful) {
    child.kill('SIGKILL');
    await exited;
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the app and dropping the bench database...`);
    void cleanup().finally(() => process.exit(130));
  });
}
// Last resort if something exits the process without the cleanup above: never leave the app running.
process.on('exit', () => {
  if (app && app.exitCode === null && app.signalCode === null) app.kill('SIGKILL');
});

// ---------------------------------------------------------------------------------------------------

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createBenchDatabase(): Promise<string> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const name = `letsema_bench_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  dropDatabase = () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  console.log(`database: ${url.host}/${name} (dropped at the end)`);
  return url.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface StartedApp {
  baseUrl: string;
  twilioToken: string;
  adminToken: string;
  logFile: string;
}

async function startApp(databaseUrl: string): Promise<StartedApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const twilioToken = secret();
  const adminToken = secret();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    TWILIO_AUTH_TOKEN: twilioToken,
    PLATFORM_ADMIN_TOKEN: adminToken,
    PUBLIC_BASE_URL: baseUrl,
  };
  delete env.DATA_DIR;
  if (!process.env.REDIS_URL) delete env.REDIS_URL;

  // The app logs a line per message; a file (not a pipe we read) keeps that off this process's CPU.
  const logFile = join(tmpdir(), `letsema-bench-${port}.log`);
  const logFd = openSync(logFile, 'w');
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  app = spawn(process.execPath, [...nodeArgs, join(__dirname, '..', 'src', 'main.js')], {
    env,
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  console.log(`app: pid ${app.pid} on ${baseUrl}, log ${logFile}`);

  // Ready means migrations ran and the database and the cache answer.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`The app exited with code ${app.exitCode}:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app was not ready within 60 s:\n${tail(logFile)}`);
    await sleep(250);
  }
  return { baseUrl, twilioToken, adminToken, logFile };
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function admin<T>(started: StartedApp, method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
  const response = await fetch(started.baseUrl + path, {
    method,
    headers: { Authorization: `Bearer ${started.adminToken}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

// ---------------------------------------------------------------------------------------------------
// Webhook traffic: built per request in autocannon's setupRequest, checked in onResponse.

interface WebhookCounters {
  sent: number;
  answered: number;
  ok: number;
  /** 2xx responses whose TwiML holds no tracking number: the report did not become a ticket. */
  withoutTrackingNumber: number;
  sample?: string;
}

const newCounters = (): WebhookCounters => ({ sent: 0, answered: 0, ok: 0, withoutTrackingNumber: 0 });

let messageIndex = 0;

function webhookRequest(started: StartedApp, counters: WebhookCounters): AutocannonRequest {
  const signedUrl = started.baseUrl + WEBHOOK_PATH;
  return {
    method: 'POST',
    path: WEBHOOK_PATH,
    setupRequest(request) {
      const i = messageIndex++;
      counters.sent++;
      const phone = `+2782${String(i % CITIZENS).padStart(7, '0')}`;
      const sid = `SM${randomBytes(16).toString('hex')}`;
      const params: Record<string, string> = {
        AccountSid: 'AC00000000000000000000000000000000',
        ApiVersion: '2010-04-01',
        Body: `${PROBLEMS[i % PROBLEMS.length]} ${1 + (i % 397)} ${STREETS[Math.floor(i / PROBLEMS.length) % STREETS.length]}`,
        From: `whatsapp:${phone}`,
        MessageSid: sid,
        MessageType: 'text',
        NumMedia: '0',
        NumSegments: '1',
        ProfileName: `Citizen ${i % CITIZENS}`,
        SmsMessageSid: sid,
        SmsSid: sid,
        SmsStatus: 'received',
        To: `whatsapp:${TENANT_NUMBER}`,
        WaId: phone.slice(1),
      };
      request.headers = {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Twilio-Signature': getExpectedTwilioSignature(started.twilioToken, signedUrl, params),
      };
      request.body = new URLSearchParams(params).toString();
      return request;
    },
    onResponse(status, body) {
      counters.answered++;
      if (status < 200 || status >= 300) return; // counted by autocannon as non2xx
      counters.ok++;
      if (!TRACKING_NUMBER.test(body)) {
        counters.withoutTrackingNumber++;
        counters.sample ??= body.slice(0, 300);
      }
    },
  };
}

function runWebhooks(started: StartedApp, seconds: number, counters: WebhookCounters): Promise<AutocannonResult> {
  return autocannon({
    url: started.baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [webhookRequest(started, counters)],
  });
}

function runHealth(started: StartedApp, seconds: number): Promise<AutocannonResult> {
  return autocannon({ url: `${started.baseUrl}/health`, connections: CONNECTIONS, duration: seconds });
}

/** Requests still being processed when autocannon stopped finish afterwards; wait until the count settles. */
async function settledTicketTotal(started: StartedApp, tenantId: string): Promise<number> {
  const count = () => admin<{ total: number }>(started, 'GET', `/api/v1/admin/tenants/${tenantId}/tickets?limit=1`).then((r) => r.total);
  let previous = await count();
  for (let i = 0; i < 20; i++) {
    await sleep(250);
    const current = await count();
    if (current === previous) return current;
    previous = current;
  }
  return previous;
}

// ---------------------------------------------------------------------------------------------------

/**
 * Successful responses per second of the run. Not result.requests.average: that is the mean of the
 * per-second samples, and a busy event loop sometimes adds an 11th, partial sample to a 10 s run,
 * which understates one run by ~10% and skews the ratio.
 */
const perSecond = (result: AutocannonResult) => (result.duration > 0 ? result['2xx'] / result.duration : 0);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');
const statusCodes = (result: AutocannonResult) =>
  Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${code}x${count}`)
    .join(' ');

async function main(): Promise<void> {
  console.log(
    `bench:webhook  ${SECONDS} s per run, ${CONNECTIONS} connections, ${CITIZENS} citizens, warm-up ${WARMUP_SECONDS} s, ` +
      `cache: ${process.env.REDIS_URL ? `redis (${new URL(process.env.REDIS_URL).host})` : 'memory (REDIS_URL not set)'}`,
  );
  const databaseUrl = await createBenchDatabase();
  const started = await startApp(databaseUrl);
  const tenant = await admin<{ id: string }>(started, 'POST', '/api/v1/admin/tenants', {
    name: 'Bench Municipality',
    slug: `bench-${randomBytes(4).toString('hex')}`,
    whatsappNumber: TENANT_NUMBER,
  });

  // Warm-up: JIT, the connection pool, PostgreSQL's caches. Its tickets are counted in the check below.
  const warmupCounters = newCounters();
  const warmup = await runWebhooks(started, WARMUP_SECONDS, warmupCounters);
  await runHealth(started, 1);

  // Autocannon runs in this process and the app in its own; both runs share the machine the same way.
  const health = await runHealth(started, SECONDS);
  const counters = newCounters();
  const webhook = await runWebhooks(started, SECONDS, counters);

  const tickets = await settledTicketTotal(started, tenant.id);
  const okResponses = warmup['2xx'] + webhook['2xx'];
  // Sent but not answered before the clock stopped: the app may still have finished them.
  const unanswered = warmupCounters.sent - warmupCounters.answered + (counters.sent - counters.answered);
  const ticketCheck =
    tickets === okResponses
      ? 'equal'
      : tickets > okResponses && tickets <= okResponses + unanswered
        ? `equal once the ${tickets - okResponses} finished after the clock are counted`
        : 'MISMATCH';

  const healthErrors = health.non2xx + health.errors;
  const webhookErrors = webhook.non2xx + webhook.errors + counters.withoutTrackingNumber;
  const healthRate = perSecond(health);
  const webhookRate = perSecond(webhook);
  const ratio = healthRate > 0 ? webhookRate / healthRate : 0;

  console.log('');
  console.log(
    `health:  ${healthRate.toFixed(0).padStart(6)} req/s  p50 ${ms(health.latency.p50)}  p99 ${ms(health.latency.p99)}  ` +
      `errors ${healthErrors}  (${statusCodes(health)}; timeouts ${health.timeouts})`,
  );
  console.log(
    `webhook: ${webhookRate.toFixed(0).padStart(6)} msg/s  p50 ${ms(webhook.latency.p50)}  p99 ${ms(webhook.latency.p99)}  ` +
      `errors ${webhookErrors}  (${statusCodes(webhook)}; timeouts ${webhook.timeouts}; 2xx without tracking number ${counters.withoutTrackingNumber})`,
  );
  console.log(
    `tickets: ${tickets} created; 2xx webhook responses ${okResponses} (warm-up ${warmup['2xx']} + run ${webhook['2xx']}), ` +
      `${unanswered} in flight when the clock stopped -> ${ticketCheck}`,
  );
  if (counters.sample) console.log(`  first 2xx body without a tracking number: ${counters.sample}`);
  console.log(`ratio webhook/health: ${ratio.toFixed(2)}   target >= ${TARGET_RATIO}   ${verdict(ratio >= TARGET_RATIO)}`);
  console.log(`p99 webhook: ${ms(webhook.latency.p99)}   target <= ${TARGET_P99_MS} ms   ${verdict(webhook.latency.p99 <= TARGET_P99_MS)}`);
  console.log(`errors webhook: ${webhookErrors}   target 0   ${verdict(webhookErrors === 0)}`);
}

main()
  .catch((error: unknown) => {
    console.error(`bench:webhook failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  // Exit explicitly: idle keep-alive sockets (fetch) would otherwise hold the process open for a while.
  .finally(() => cleanup().finally(() => process.exit(process.exitCode ?? 0)));
