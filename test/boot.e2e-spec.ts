import { Test } from '@nestjs/testing';
import { AppModule } from '../src/app.module';

describe('Boot-time configuration (e2e)', () => {
  const saved = { ...process.env };

  afterEach(() => {
    process.env = { ...saved };
  });

  const boot = () => Test.createTestingModule({ imports: [AppModule] }).compile();

  it('refuses to start in production without the Twilio and admin tokens, naming both', async () => {
    process.env = { ...saved, NODE_ENV: 'production' };
    delete process.env.TWILIO_AUTH_TOKEN;
    delete process.env.PLATFORM_ADMIN_TOKEN;
    await expect(boot()).rejects.toThrow(/TWILIO_AUTH_TOKEN: must be set[\s\S]*PLATFORM_ADMIN_TOKEN: must be set/);
  });

  it('refuses to start with a malformed variable, naming it and not echoing its value', async () => {
    process.env = { ...saved, DATABASE_URL: 'mysql://root:hunter2@db/letsema' };
    const error = await boot().then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/DATABASE_URL/);
    expect(error?.message).not.toMatch(/hunter2/);
  });
});
