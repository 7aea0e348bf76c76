/**
 * npm run bench:webhook
 *
 * Starts the built app (dist/src/main.js) as a child process on a fresh PostgreSQL database with
 * NODE_ENV=production, drives signed Twilio webhooks at it with autocannon (every request a new
 * MessageSid and a complete report, so each one opens a ticket), measures GET /health in the same run
 * as the baseline of what the machine can do, and prints both and their ratio, with the CPU one request
 * of each costs the app, the load generator and the rest of the machine (from /proc, on Linux). It prints
 * figures; it fails only when the benchmark itself cannot run, never on a missed target.
 *
 * Environment (all optional):
 *   BENCH_DATABASE_URL | TEST_DATABASE_URL  PostgreSQL server to create the bench database on
 *                                            (default postgres://postgres@127.0.0.1:5432/test)
 *   REDIS_URL                               passed to the app; without it the app caches in memory
 *   BENCH_SECONDS (10)  BENCH_CONNECTIONS (10)  BENCH_WARMUP_SECONDS (3)  BENCH_CITIZENS (5000)
 *   BENCH_APP_NODE_ARGS                     extra node flags for the app, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 *                                            (profiles the app's whole life: start, health and webhook runs)
 */
import { randomBytes } from 'node:crypto';
import { getExpectedTwilioSignature } from 'twilio';
import {
  admin,
  cpuBetween,
  type CpuUse,
  createBenchDatabase,
  positiveInt,
  runBench,
  sampleCpu,
  secret,
  sleep,
  startApp,
  type StartedApp,
} from './support/bench-app';

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
 * CPU time per answered request: the app's process, the load generator (this process), the rest of the
 * machine (PostgreSQL, chiefly), and all of it. What the ratio comes down to on two shared cores.
 */
function cpuLine(label: string, use: CpuUse | null, answered: number): string {
  if (!use || answered === 0) return `cpu ${label}: not measured (no /proc)`;
  const perRequest = (ms: number) => `${((ms * 1000) / answered).toFixed(0)} µs`;
  const rest = Math.max(0, use.machineMs - use.appMs - use.loadMs);
  return (
    `cpu ${label}: per request app ${perRequest(use.appMs)}, load generator ${perRequest(use.loadMs)}, rest of the machine ${perRequest(rest)}, ` +
    `whole machine ${perRequest(use.machineMs)} (app busy ${((use.appMs / 1000 / SECONDS) * 100).toFixed(0)}% of one core; steal ${(use.stealShare * 100).toFixed(0)}%)`
  );
}

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
  const databaseUrl = await createBenchDatabase('webhook');
  const started = await startApp({ label: 'webhook', databaseUrl, twilioAuthToken: secret() });
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
  const beforeHealth = sampleCpu(started.pid);
  const health = await runHealth(started, SECONDS);
  const healthCpu = cpuBetween(beforeHealth, sampleCpu(started.pid));
  const counters = newCounters();
  const beforeWebhook = sampleCpu(started.pid);
  const webhook = await runWebhooks(started, SECONDS, counters);
  const webhookCpu = cpuBetween(beforeWebhook, sampleCpu(started.pid));

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
  console.log(cpuLine('health ', healthCpu, health['2xx']));
  console.log(cpuLine('webhook', webhookCpu, webhook['2xx']));
  console.log(`ratio webhook/health: ${ratio.toFixed(2)}   target >= ${TARGET_RATIO}   ${verdict(ratio >= TARGET_RATIO)}`);
  console.log(`p99 webhook: ${ms(webhook.latency.p99)}   target <= ${TARGET_P99_MS} ms   ${verdict(webhook.latency.p99 <= TARGET_P99_MS)}`);
  console.log(`errors webhook: ${webhookErrors}   target 0   ${verdict(webhookErrors === 0)}`);
}

runBench('bench:webhook', main);
