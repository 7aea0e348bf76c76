import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

const blankToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * Every environment variable the service reads, validated once at boot.
 * Nothing outside config/ reads process.env.
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Transform(blankToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL?: string;

  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @Transform(blankToUndefined)
  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^AC[0-9a-fA-F]{32}$/, { message: 'TWILIO_ACCOUNT_SID must be "AC" followed by 32 hex characters' })
  TWILIO_ACCOUNT_SID?: string;

  @Transform(blankToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'TWILIO_AUTH_TOKEN must be at least 16 characters' })
  TWILIO_AUTH_TOKEN?: string;

  @Transform(blankToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'PLATFORM_ADMIN_TOKEN must be at least 24 characters' })
  PLATFORM_ADMIN_TOKEN?: string;

  /** OpenAI-compatible endpoint for the optional model-backed intake, e.g. https://api.openai.com/v1. */
  @Transform(blankToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  LLM_BASE_URL?: string;

  @Transform(blankToUndefined)
  @IsOptional()
  @IsString()
  LLM_API_KEY?: string;

  @Transform(blankToUndefined)
  @IsOptional()
  @IsString()
  LLM_MODEL?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(100)
  @Max(10000)
  LLM_TIMEOUT_MS = 3000;

  /** Media bucket; unset keeps media on local disk under DATA_DIR/media. Credentials: the usual AWS_* variables. */
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a valid bucket name (3-63 lower-case letters, digits, dots, dashes)' })
  S3_BUCKET?: string;

  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,32}$/, { message: 'S3_REGION must be a region name such as af-south-1' })
  S3_REGION?: string;

  /** For S3-compatible stores (MinIO, R2, ...). */
  @Transform(blankToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  S3_ENDPOINT?: string;

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  S3_FORCE_PATH_STYLE = false;

  @Transform(blankToUndefined)
  @IsOptional()
  @IsIn(['AES256', 'aws:kms'])
  S3_SSE?: 'AES256' | 'aws:kms';

  /**
   * Hosts (host or host:port, comma-separated) that media URLs and their redirects may be fetched from.
   * Default: Twilio's API and media hosts. A signed webhook is no licence to fetch anything.
   */
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^\s*[A-Za-z0-9.-]+(?::\d{1,5})?\s*(?:,\s*[A-Za-z0-9.-]+(?::\d{1,5})?\s*)*$/, {
    message: 'TWILIO_MEDIA_HOSTS must be a comma-separated list of host or host:port',
  })
  TWILIO_MEDIA_HOSTS?: string;

  /** Largest media file accepted, in bytes. WhatsApp allows 16 MB a message (5 MB an image). */
  @Transform(({ value }) => (value === undefined || value === '' ? 16 * 1024 * 1024 : Number(value)))
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  MEDIA_MAX_BYTES = 16 * 1024 * 1024;

  /** Key for the expiring media links served from local disk; unset: a random key per process. */
  @Transform(blankToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'MEDIA_URL_SECRET must be at least 32 characters' })
  MEDIA_URL_SECRET?: string;

  /** Twilio's REST API origin; only tests and proxies change it. */
  @Transform(blankToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  TWILIO_API_BASE_URL?: string;
}

export class InvalidEnvironmentError extends Error {}

/** Validates the raw environment; the message names each bad variable (never its value). */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const problems = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: false }).map(
    (error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`,
  );
  if (env.NODE_ENV === 'production') {
    for (const name of ['TWILIO_AUTH_TOKEN', 'PLATFORM_ADMIN_TOKEN'] as const) {
      if (!env[name]) problems.push(`${name}: must be set when NODE_ENV=production`);
    }
  }
  const llm = (['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const).filter((name) => env[name]);
  if (llm.length > 0 && llm.length < 3) {
    problems.push(`LLM_BASE_URL, LLM_API_KEY and LLM_MODEL: set all three for the model-backed intake, or none (set: ${llm.join(', ')})`);
  }
  if (problems.length > 0) {
    throw new InvalidEnvironmentError(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
  }
  return env;
}
