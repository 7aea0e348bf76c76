/**
 * What the benchmarks that drive the built app over HTTP share (bench-webhook, bench-media): settings
 * from the environment, a fresh PostgreSQL database, the app (dist/src/main.js) as a child process with
 * NODE_ENV=production, its admin API, and releasing all of it however the run ends (normal end, error,
 * Ctrl-C). nest build compiles it to dist/scripts/support/, beside the benchmarks that import it.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

export function positiveInt(name: string, fallback: number): number {
  const value = positiveNumber(name, fallback);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a positive integer`);
  return value;
}

export const secret = () => randomBytes(24).toString('base64url').slice(0, 32);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------
// Resources to release however the run ends: the running apps first, then the rest, newest first.

interface CleanupTask {
  what: string;
  release: () => unknown;
}

const cleanupTasks: CleanupTask[] = [];
const runningApps = new Set<ChildProcess>();
let cleaningUp: Promise<void> | undefined;

/** `what` completes "Could not ..." should `release` fail. */
export function onCleanup(what: string, release: () => unknown): void {
  cleanupTasks.push({ what, release });
}

function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    await Promise.all([...runningApps].map(stopProcess));
    for (const task of [...cleanupTasks].reverse()) {
      try {
        await task.release();
      } catch (error) {
        console.error(`Could not ${task.what}: ${(error as Error).message}`);
      }
    }
  })();
  return cleaningUp;
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

async function stopProcess(child: ChildProcess): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const graceful = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!graceful) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Runs a benchmark's main, then releases what it made and exits: with 1 when main threw (or set
 * process.exitCode), with 130 on SIGINT/SIGTERM.
 */
export function runBench(name: string, main: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      const rest = [...cleanupTasks].reverse().map((task) => task.what);
      console.error(`\n${signal}: stopping the app${rest.length ? `, then: ${rest.join(', ')}` : ''}...`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  // Last resort if something exits the process without the cleanup: never leave an app running.
  process.on('exit', () => {
    for (const child of runningApps) if (isRunning(child)) child.kill('SIGKILL');
  });

  main()
    .catch((error: unknown) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    // Exit explicitly: idle keep-alive sockets (fetch) would otherwise hold the process open for a while.
    .finally(() => cleanup().finally(() => process.exit(process.exitCode ?? 0)));
}

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

/**
 * Creates letsema_bench_<label>_<random> on BENCH_DATABASE_URL | TEST_DATABASE_URL (default the local
 * test server), dropped at cleanup; returns its URL.
 */
export async function createBenchDatabase(label: string): Promise<string> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const name = `letsema_bench_${label}_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  onCleanup('drop the bench database', () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  console.log(`database: ${url.host}/${name} (dropped at the end)`);
  return url.toString();
}

/** A fresh directory letsema-bench-<label>-* in the temp dir, removed at cleanup (or at least at exit). */
export function createTempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `letsema-bench-${label}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  onCleanup(`remove ${dir}`, remove);
  process.once('exit', remove);
  return dir;
}

export function freePort(): Promise<number> {
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

// ---------------------------------------------------------------------------------------------------

export interface AppOptions {
  /** Names the log file: letsema-bench-<label>-<port>.log in the temp dir. */
  label: string;
  /** The app's PostgreSQL database; null: its embedded PGlite under DATA_DIR. */
  databaseUrl: string | null;
  /** The app's DATA_DIR; without it none is passed on, whatever this shell says. */
  dataDir?: string;
  /** The token the app checks X-Twilio-Signature with. */
  twilioAuthToken: string;
  /** More variables for the app, applied last; undefined removes one this shell has. */
  env?: Record<string, string | undefined>;
}

export interface StartedApp {
  pid: number;
  baseUrl: string;
  twilioToken: string;
  adminToken: string;
  logFile: string;
  /** SIGTERM, then SIGKILL after 10 s; also done at cleanup for an app still running. */
  stop(): Promise<void>;
}

/** Starts the built app on a free port and waits until it is ready (at most 60 s). */
export async function startApp(options: AppOptions): Promise<StartedApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const adminToken = secret();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: options.databaseUrl ?? undefined,
    DATA_DIR: options.dataDir,
    // Without REDIS_URL the app caches in memory.
    REDIS_URL: process.env.REDIS_URL || undefined,
    TWILIO_AUTH_TOKEN: options.twilioAuthToken,
    PLATFORM_ADMIN_TOKEN: adminToken,
    PUBLIC_BASE_URL: baseUrl,
    ...options.env,
  };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];

  // The app logs a line per message; a file (not a pipe we read) keeps that off this process's CPU.
  const logFile = join(tmpdir(), `letsema-bench-${options.label}-${port}.log`);
  const logFd = openSync(logFile, 'w');
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(__dirname, '..', '..', 'src', 'main.js')], {
    env,
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  runningApps.add(child);
  child.once('exit', () => runningApps.delete(child));
  console.log(`app: pid ${child.pid} on ${baseUrl}${options.dataDir ? `, DATA_DIR ${options.dataDir}` : ''}, log ${logFile}`);

  // Ready means migrations ran and the database and the cache answer.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app was not ready within 60 s:\n${tail(logFile)}`);
    await sleep(250);
  }
  return { pid: child.pid!, baseUrl, twilioToken: options.twilioAuthToken, adminToken, logFile, stop: () => stopProcess(child) };
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A call to the platform admin API; throws on any answer but 2xx. */
export async function admin<T>(app: StartedApp, method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
  const response = await fetch(app.baseUrl + path, {
    method,
    headers: { Authorization: `Bearer ${app.adminToken}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

// ---------------------------------------------------------------------------------------------------
// CPU spent during a run, from /proc (Linux): what one request costs the app, the load generator and
// the rest of the machine says where the time goes, and steal time shows when the host took the cores
// away. Null where /proc is missing.

export interface CpuSample {
  /** Jiffies of the app process (user + system). */
  app: number;
  /** Microseconds of this process (the load generator), user + system. */
  selfMicros: number;
  /** Jiffies of the whole machine in use (everything but idle, iowait and steal). */
  busy: number;
  steal: number;
  total: number;
}

export interface CpuUse {
  /** Milliseconds of CPU time: the app, this process (the load generator), the whole machine. */
  appMs: number;
  loadMs: number;
  machineMs: number;
  /** Share of the machine's time the hypervisor gave to others. */
  stealShare: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports

export function sampleCpu(pid: number): CpuSample | null {
  try {
    // Fields after the command name (which may hold spaces), from field 3: utime and stime are 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const app = Number(fields[11]) + Number(fields[12]);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const busy = user + nice + system + irq + softirq;
    const self = process.cpuUsage();
    return { app, selfMicros: self.user + self.system, busy, steal, total: busy + idle + iowait + steal };
  } catch {
    return null;
  }
}

export function cpuBetween(before: CpuSample | null, after: CpuSample | null): CpuUse | null {
  if (!before || !after) return null;
  const ms = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;
  const total = after.total - before.total;
  return {
    appMs: ms(after.app - before.app),
    loadMs: (after.selfMicros - before.selfMicros) / 1000,
    machineMs: ms(after.busy - before.busy),
    stealShare: total > 0 ? (after.steal - before.steal) / total : 0,
  };
}
