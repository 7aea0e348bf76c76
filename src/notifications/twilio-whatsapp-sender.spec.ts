import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { RequestClient } from 'twilio';
import { inspect } from 'node:util';
import { FakeTwilioApi, startFakeTwilioApi } from '../../test/support/fake-twilio-api';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { validateEnvironment } from '../config/environment';
import { NotificationsModule } from './notifications.module';
import { RebasedRequestClient, createTwilioHttpClient } from './twilio-http-client';
import { TwilioWhatsAppSender } from './twilio-whatsapp-sender';
import { WhatsAppSendError } from './whatsapp-send.error';
import { WhatsAppSender } from './whatsapp-sender';

const MUNICIPALITY = '+27600123456';
const CITIZEN = '+27821234567';
const ADMIN_TOKEN = 'test-platform-admin-token-0123456789';

function configFor(api: FakeTwilioApi, env: Record<string, string> = {}): AppConfig {
  return new AppConfig(
    validateEnvironment({
      TWILIO_ACCOUNT_SID: api.accountSid,
      TWILIO_AUTH_TOKEN: api.authToken,
      TWILIO_API_BASE_URL: api.origin,
      PLATFORM_ADMIN_TOKEN: ADMIN_TOKEN,
      ...env,
    }),
  );
}

/** A report-sized paragraph of numbered sentences, `sentences` long. */
function longBody(sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => `Update ${i + 1}: the team has checked the burst pipe in Main Street and will return tomorrow.`).join(' ');
}

async function sendError(promise: Promise<unknown>): Promise<WhatsAppSendError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WhatsAppSendError);
  return error as WhatsAppSendError;
}

describe(TwilioWhatsAppSender.name, () => {
  let api: FakeTwilioApi;
  let logged: string[];

  beforeAll(async () => {
    api = await startFakeTwilioApi();
  });

  afterAll(async () => {
    await api.close();
  });

  beforeEach(() => {
    api.reset();
    logged = [];
    for (const level of ['log', 'warn', 'error'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => {
        logged.push(`${level}: ${String(args[0])}`);
      });
    }
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  describe('send', () => {
    it('sends the body from and to WhatsApp addresses, authenticated as the account, when configured', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));

      const result = await sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Report KMT-4821 is being worked on.' });

      expect(result).toEqual({ sid: expect.stringMatching(/^SM[0-9a-f]{32}$/), sids: [result?.sid] });
      expect(api.messages).toEqual([
        expect.objectContaining({
          sid: result?.sid,
          accountSid: api.accountSid,
          from: `whatsapp:${MUNICIPALITY}`,
          to: `whatsapp:${CITIZEN}`,
          body: 'Report KMT-4821 is being worked on.',
          mediaUrls: [],
        }),
      ]);
    });

    it('keeps a whatsapp: prefix the caller already added instead of doubling it', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));

      await sender.send({ from: `whatsapp:${MUNICIPALITY}`, to: `whatsapp:${CITIZEN}`, body: 'Hello' });

      expect(api.messages[0]).toMatchObject({ from: `whatsapp:${MUNICIPALITY}`, to: `whatsapp:${CITIZEN}` });
    });

    it('rejects a number that is not E.164 without calling Twilio', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));

      const error = await sendError(sender.send({ from: MUNICIPALITY, to: '0821234567', body: 'Hello' }));

      expect(error).toMatchObject({ retryable: false, status: undefined, code: undefined });
      expect(api.requestCount).toBe(0);
    });

    it('rejects an empty body without calling Twilio', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));

      const error = await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: '  \n ' }));

      expect(error.retryable).toBe(false);
      expect(api.requestCount).toBe(0);
    });

    it('splits a body over 1,600 characters into several messages, in order, at sentence ends', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));
      const body = longBody(45);
      expect(body.length).toBeGreaterThan(3200);

      const result = await sender.send({ from: MUNICIPALITY, to: CITIZEN, body });

      expect(api.messages.length).toBe(3);
      expect(result?.sids).toEqual(api.messages.map((m) => m.sid));
      expect(result?.sid).toBe(api.messages[0].sid);
      for (const message of api.messages) {
        expect(message.body.length).toBeLessThanOrEqual(1600);
        expect(message.body).toMatch(/^Update \d+: .*tomorrow\.$/s);
        expect(message.to).toBe(`whatsapp:${CITIZEN}`);
      }
      expect(api.messages.map((m) => m.body).join(' ')).toBe(body);
    });

    it('turns a 400 with code 63016 (outside the 24-hour window) into a non-retryable error', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));
      api.failNext(1, { status: 400, code: 63016, message: 'Failed to send freeform message because you are outside the allowed window.' });

      const error = await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello' }));

      expect(error).toMatchObject({ status: 400, code: 63016, retryable: false, sentSids: [] });
      expect(api.requestCount).toBe(1);
      expect(logged).toContainEqual(expect.stringMatching(/^warn: .*HTTP 400, code 63016/));
    });

    it('turns a 503 into a retryable error without retrying it itself (autoRetry covers 429 only)', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));
      api.failNext(1, { status: 503, code: 20503, message: 'Service Unavailable' });

      const error = await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello' }));

      expect(error).toMatchObject({ status: 503, code: 20503, retryable: true });
      expect(api.requestCount).toBe(1);
      expect(api.messages).toEqual([]);
    });

    it('retries a 429 by itself and succeeds when the next try is accepted', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));
      api.failNext(1, { status: 429, code: 20429, message: 'Too Many Requests' });

      const result = await sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello' });

      expect(result?.sid).toBe(api.messages[0].sid);
      expect(api.requestCount).toBe(2);
    });

    it('gives up on 429 after three retries with a retryable error', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));
      api.failNext(4, { status: 429, code: 20429, message: 'Too Many Requests' });

      const error = await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello' }));

      expect(error).toMatchObject({ status: 429, code: 20429, retryable: true });
      expect(api.requestCount).toBe(4);
      expect(api.messages).toEqual([]);
    });

    it('turns a connection cut without an answer into a retryable error with no status', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));
      api.dropNext(1);

      const error = await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello' }));

      expect(error).toMatchObject({ status: undefined, code: undefined, retryable: true });
      expect(api.requestCount).toBe(1);
    });

    it('turns a refused connection into a retryable error', async () => {
      const closed = await startFakeTwilioApi();
      await closed.close();
      const sender = new TwilioWhatsAppSender(configFor(api, { TWILIO_API_BASE_URL: closed.origin }));

      const error = await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello' }));

      expect(error).toMatchObject({ status: undefined, retryable: true });
      expect(error.message).toContain('ECONNREFUSED');
    });

    it('turns wrong credentials into a non-retryable 401 and logs it as an error', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api, { TWILIO_AUTH_TOKEN: 'not-the-right-token-0000' }));

      const error = await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello' }));

      expect(error).toMatchObject({ status: 401, code: 20003, retryable: false });
      expect(api.messages).toEqual([]);
      expect(logged).toContainEqual(expect.stringMatching(/^error: .*HTTP 401, code 20003/));
    });

    it('reports the parts already sent when a later part of a split body fails', async () => {
      const sender = new TwilioWhatsAppSender(configFor(api));
      api.failNext(1, { status: 500, code: 20500, message: 'Internal Server Error' }, 1);

      const error = await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: longBody(45) }));

      expect(error).toMatchObject({ status: 500, retryable: true, sentSids: [api.messages[0].sid] });
      expect(api.messages.length).toBe(1);
      expect(logged).toContainEqual(expect.stringContaining('(part 2 of 3)'));
    });

    it('keeps the body, the full phone number and the auth token out of errors and logs', async () => {
      const secretBody = 'Private: the leak is inside 14 Dlamini Street, gate code 4471.';
      const sender = new TwilioWhatsAppSender(configFor(api));
      // Twilio's own error text quotes the number; it must not travel further.
      api.failNext(1, { status: 400, code: 21211, message: `The 'To' number whatsapp:${CITIZEN} is not a valid phone number.` });
      api.dropNext(1);

      const errors = [
        await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: secretBody })),
        await sendError(sender.send({ from: MUNICIPALITY, to: CITIZEN, body: secretBody })),
      ];
      await sender.send({ from: MUNICIPALITY, to: CITIZEN, body: secretBody });

      const text = [...logged, ...errors.map((error) => `${error.message} ${inspect(error, { depth: 5 })}`)].join('\n');
      expect(logged.length).toBeGreaterThanOrEqual(3);
      for (const secret of [CITIZEN, CITIZEN.slice(1), 'Dlamini', '4471', api.authToken]) expect(text).not.toContain(secret);
      expect(text).toContain('+27***567');
    });
  });

  describe('when TWILIO_ACCOUNT_SID is not set', () => {
    it('returns null, sends nothing and warns once', async () => {
      const sender = new TwilioWhatsAppSender(
        new AppConfig(validateEnvironment({ TWILIO_AUTH_TOKEN: api.authToken, TWILIO_API_BASE_URL: api.origin, PLATFORM_ADMIN_TOKEN: ADMIN_TOKEN })),
      );

      expect(await sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello' })).toBeNull();
      expect(await sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello again' })).toBeNull();

      expect(api.requestCount).toBe(0);
      const warnings = logged.filter((line) => line.startsWith('warn:'));
      expect(warnings).toEqual([expect.stringContaining('TWILIO_ACCOUNT_SID is not set')]);
      expect(warnings.join()).not.toContain(api.authToken);
    });
  });
});

describe(NotificationsModule.name, () => {
  it('binds WhatsAppSender to the Twilio sender, configured from the environment', async () => {
    const api = await startFakeTwilioApi();
    const saved = { ...process.env };
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      Object.assign(process.env, {
        TWILIO_ACCOUNT_SID: api.accountSid,
        TWILIO_AUTH_TOKEN: api.authToken,
        TWILIO_API_BASE_URL: api.origin,
      });
      const moduleRef = await Test.createTestingModule({ imports: [ConfigModule, NotificationsModule] }).compile();
      const sender = moduleRef.get(WhatsAppSender);

      const result = await sender.send({ from: MUNICIPALITY, to: CITIZEN, body: 'Hello' });

      expect(sender).toBeInstanceOf(TwilioWhatsAppSender);
      expect(api.messages.map((m) => m.sid)).toEqual([result?.sid]);
      await moduleRef.close();
    } finally {
      process.env = saved;
      jest.restoreAllMocks();
      await api.close();
    }
  });
});

describe(createTwilioHttpClient.name, () => {
  it("uses twilio's own client unchanged for Twilio's API", () => {
    const client = createTwilioHttpClient('https://api.twilio.com/', { autoRetry: true });
    expect(client).toBeInstanceOf(RequestClient);
    expect(client).not.toBeInstanceOf(RebasedRequestClient);
  });

  it('applies the retry options to the client it builds (twilio ignores its own when given one)', () => {
    const client = createTwilioHttpClient('http://127.0.0.1:9', { autoRetry: true, maxRetries: 3 });
    expect(client).toBeInstanceOf(RebasedRequestClient);
    expect(client).toMatchObject({ autoRetry: true, maxRetries: 3 });
  });
});
