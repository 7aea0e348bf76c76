import { InvalidEnvironmentError, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('accepts an empty environment (the embedded defaults)', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads PORT as a number and treats blank values as unset', () => {
    expect(validateEnvironment({ PORT: '8080', REDIS_URL: '' })).toMatchObject({ PORT: 8080, REDIS_URL: undefined });
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }],
    ['REDIS_URL', { REDIS_URL: 'localhost:6379' }],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'letsema.example.org' }],
    ['TWILIO_ACCOUNT_SID', { TWILIO_ACCOUNT_SID: 'AC123' }],
    ['TWILIO_AUTH_TOKEN', { TWILIO_AUTH_TOKEN: 'short' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['S3_BUCKET', { S3_BUCKET: 'Not_A_Bucket' }],
    ['S3_SSE', { S3_SSE: 'rot13' }],
  ])('names %s when it is malformed, without echoing its value', (name, raw) => {
    const value = Object.values(raw)[0];
    expect(() => validateEnvironment(raw)).toThrow(InvalidEnvironmentError);
    expect(() => validateEnvironment(raw)).toThrow(new RegExp(`${name}:`));
    try {
      validateEnvironment(raw);
    } catch (error) {
      if (value.length > 3) expect((error as Error).message).not.toContain(`${value}`);
    }
  });

  it('stops a production boot without TWILIO_AUTH_TOKEN or PLATFORM_ADMIN_TOKEN', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(
      /TWILIO_AUTH_TOKEN: must be set when NODE_ENV=production[\s\S]*PLATFORM_ADMIN_TOKEN: must be set/,
    );
  });

  it('accepts a complete production environment', () => {
    expect(
      validateEnvironment({
        NODE_ENV: 'production',
        TWILIO_AUTH_TOKEN: 'a'.repeat(32),
        PLATFORM_ADMIN_TOKEN: 'b'.repeat(32),
        DATABASE_URL: 'postgres://letsema@db:5432/letsema',
        REDIS_URL: 'redis://cache:6379',
        PUBLIC_BASE_URL: 'https://letsema.example.org',
      }).NODE_ENV,
    ).toBe('production');
  });
});
