import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
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
  close(): Promise<void>;
}

/**
 * Boots the real AppModule over HTTP: on a fresh PostgreSQL database of its own when TEST_DATABASE_URL
 * is set (so test files can run in parallel), else on PGlite in a temporary folder; on Redis when
 * REDIS_URL is set, else the in-memory cache. Only Twilio is absent: requests are signed here instead.
 */
export async function createTestApp(): Promise<TestApp> {
  const cleanups: Array<() => Promise<void>> = [];
  const serverUrl = process.env.TEST_DATABASE_URL;
  let databaseUrl: string | undefined;
  if (serverUrl) {
    const name = `letsema_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    cleanups.push(async () => {
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'letsema-test-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));

  Object.assign(process.env, {
    NODE_ENV: 'test',
    TWILIO_AUTH_TOKEN: TEST_TWILIO_AUTH_TOKEN,
    PLATFORM_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    PUBLIC_BASE_URL: TEST_PUBLIC_BASE_URL,
    DATA_DIR: dataDir,
  });
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;

  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error', 'warn'] });
  configureApp(app);
  await app.init();

  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    database: databaseUrl ? 'postgres' : 'pglite',
    async close() {
      await app.close();
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
