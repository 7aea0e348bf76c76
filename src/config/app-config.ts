import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { EnvironmentVariables, NodeEnv } from './environment';

// Development-only fallbacks: loud at boot, refused in production by validateEnvironment.
const DEV_TWILIO_AUTH_TOKEN = 'dev-twilio-auth-token-not-secret';
const DEV_PLATFORM_ADMIN_TOKEN = 'dev-platform-admin-token-not-secret';

/**
 * Twilio's media URL host and the hosts it redirects to: its CDN when "Enforce HTTP Auth on Media URLs" is on,
 * the S3 host when it is off (see twilio-contract.md, section 5).
 */
export const DEFAULT_TWILIO_MEDIA_HOSTS = ['api.twilio.com', 'mms.twiliocdn.com', 'media.twiliocdn.com', 's3-external-1.amazonaws.com'] as const;

const PROCESS_MEDIA_URL_SECRET = randomBytes(32).toString('hex');

export type DatabaseSettings =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string };

/** Typed, validated configuration. The only reader of the environment (through EnvironmentVariables). */
@Injectable()
export class AppConfig {
  private readonly logger = new Logger(AppConfig.name);

  constructor(private readonly env: EnvironmentVariables) {
    if (!env.TWILIO_AUTH_TOKEN) {
      this.logger.warn(
        'TWILIO_AUTH_TOKEN is not set: using a DEVELOPMENT token. Webhook signatures are still checked, ' +
          'against that token. Set TWILIO_AUTH_TOKEN before exposing this service.',
      );
    }
    if (!env.PLATFORM_ADMIN_TOKEN) {
      this.logger.warn(
        "PLATFORM_ADMIN_TOKEN is not set: the admin API accepts the DEVELOPMENT token given in README.md. " +
          'Set PLATFORM_ADMIN_TOKEN before exposing this service.',
      );
    }
  }

  get nodeEnv(): NodeEnv {
    return this.env.NODE_ENV;
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get port(): number {
    return this.env.PORT;
  }

  /** The origin Twilio calls; the signed URL is rebuilt from it so proxies cannot break validation. */
  get publicBaseUrl(): string {
    return (this.env.PUBLIC_BASE_URL ?? `http://localhost:${this.env.PORT}`).replace(/\/+$/, '');
  }

  get dataDir(): string {
    return resolve(this.env.DATA_DIR ?? './data');
  }

  get database(): DatabaseSettings {
    return this.env.DATABASE_URL
      ? { kind: 'postgres', url: this.env.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(this.dataDir, 'pglite') };
  }

  get redisUrl(): string | undefined {
    return this.env.REDIS_URL;
  }

  get twilioAccountSid(): string | undefined {
    return this.env.TWILIO_ACCOUNT_SID;
  }

  get twilioAuthToken(): string {
    return this.env.TWILIO_AUTH_TOKEN ?? DEV_TWILIO_AUTH_TOKEN;
  }

  /** The model-backed intake's endpoint, when all of LLM_BASE_URL, LLM_API_KEY and LLM_MODEL are set. */
  get llm(): { baseUrl: string; apiKey: string; model: string; timeoutMs: number } | undefined {
    const { LLM_BASE_URL: baseUrl, LLM_API_KEY: apiKey, LLM_MODEL: model, LLM_TIMEOUT_MS: timeoutMs } = this.env;
    return baseUrl && apiKey && model ? { baseUrl, apiKey, model, timeoutMs } : undefined;
  }

  /** Where media go: an S3 bucket when S3_BUCKET is set, else DATA_DIR/media. */
  get mediaStorage():
    | { kind: 'local'; localRoot: string }
    | { kind: 's3'; bucket: string; region: string; endpoint?: string; forcePathStyle: boolean; serverSideEncryption?: 'AES256' | 'aws:kms' } {
    const { S3_BUCKET: bucket, S3_REGION, S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: forcePathStyle, S3_SSE } = this.env;
    if (!bucket) return { kind: 'local', localRoot: resolve(this.dataDir, 'media') };
    return { kind: 's3', bucket, region: S3_REGION ?? 'us-east-1', endpoint, forcePathStyle, serverSideEncryption: S3_SSE };
  }

  /** Hosts (host or host:port) media may be fetched from, lower-cased. */
  get twilioMediaHosts(): string[] {
    const configured = this.env.TWILIO_MEDIA_HOSTS?.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean);
    return configured?.length ? configured : [...DEFAULT_TWILIO_MEDIA_HOSTS];
  }

  get mediaMaxBytes(): number {
    return this.env.MEDIA_MAX_BYTES;
  }

  /** Signs the expiring links to media on local disk; random per process when MEDIA_URL_SECRET is unset. */
  get mediaUrlSecret(): string {
    return this.env.MEDIA_URL_SECRET ?? PROCESS_MEDIA_URL_SECRET;
  }

  /** Twilio's REST API origin (https://api.twilio.com unless a test or proxy says otherwise). */
  get twilioApiBaseUrl(): string {
    return (this.env.TWILIO_API_BASE_URL ?? 'https://api.twilio.com').replace(/\/+$/, '');
  }

  get platformAdminToken(): string {
    return this.env.PLATFORM_ADMIN_TOKEN ?? DEV_PLATFORM_ADMIN_TOKEN;
  }
}
