import { INestApplication } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { getExpectedTwilioSignature } from 'twilio';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';

export const TEST_TWILIO_AUTH_TOKEN = 'test-twilio-auth-token-0123456789';
export const TEST_ADMIN_TOKEN = 'test-platform-admin-token-0123456789';
export const TEST_PUBLIC_BASE_URL = 'https://letsema.test.example';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  /** Which database this run uses, for test names and diagnostics. */
  database: 'postgres' | 'pglite';
  /** Where this app's state lives, to boot another app over it (see TestAppOptions.reuse). */
  state: { databaseUrl?: string; dataDir: string };
  /** Closes the app; keepState leaves the database and folder for a successor (which then owns them). */
  close(keepState?: boolean): Promise<void>;
}

/**
 * Boots the real AppModule over HTTP: on a fresh PostgreSQL database of its own when TEST_DATABASE_URL
 * is set (so test files can run in parallel), else on PGlite in a temporary folder; on Redis when
 * REDIS_URL is set, else the in-memory cache. Only Twilio is absent: requests are signed here instead.
 */
export interface TestAppOptions {
  /** Extra environment for this app (e.g. TWILIO_MEDIA_HOSTS for a fake media host). */
  env?: Record<string, string>;
  /** Provider overrides (e.g. shorter download waits). */
  configure?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  /** Reuse a database and data folder: a second app over the same state, as after a restart. */
  reuse?: { databaseUrl?: string; dataDir: string };
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const cleanups: Array<() => Promise<void>> = [];
  const serverUrl = process.env.TEST_DATABASE_URL;
  let databaseUrl: string | undefined = options.reuse?.databaseUrl;
  if (serverUrl && !options.reuse) {
    const name = `letsema_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    cleanups.push(async () => {
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    });
  }
  if (serverUrl && options.reuse?.databaseUrl) {
    // The successor owns the state it took over.
    const name = new URL(options.reuse.databaseUrl).pathname.slice(1);
    cleanups.push(async () => {
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    });
  }
  const dataDir = options.reuse?.dataDir ?? mkdtempSync(join(tmpdir(), 'letsema-test-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));

  // This app's own variables are put back on close, so they do not leak into the next app of the file.
  const overridden = Object.keys(options.env ?? {}).map((name) => [name, process.env[name]] as const);
  cleanups.push(async () => {
    for (const [name, value] of overridden) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  Object.assign(process.env, {
    NODE_ENV: 'test',
    TWILIO_AUTH_TOKEN: TEST_TWILIO_AUTH_TOKEN,
    PLATFORM_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    PUBLIC_BASE_URL: TEST_PUBLIC_BASE_URL,
    DATA_DIR: dataDir,
    ...options.env,
  });
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;

  const builder = Test.createTestingModule({ imports: [AppModule] });
  const moduleRef = await (options.configure ? options.configure(builder) : builder).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error', 'warn'] });
  configureApp(app);
  await app.init();

  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    database: databaseUrl ? 'postgres' : 'pglite',
    state: { databaseUrl, dataDir },
    async close(keepState = false) {
      await app.close();
      if (keepState) return;
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Signs form fields exactly as Twilio does, over the public URL the app is configured with. */
export function twilioSignature(path: string, params: Record<string, string>, token = TEST_TWILIO_AUTH_TOKEN): string {
  return getExpectedTwilioSignature(token, TEST_PUBLIC_BASE_URL + path, params);
}

export function postSigned(http: TestApp['http'], path: string, params: Record<string, string>) {
  return http.post(path).type('form').set('X-Twilio-Signature', twilioSignature(path, params)).send(params);
}

export function asAdmin(req: request.Test): request.Test {
  return req.set('Authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
}
