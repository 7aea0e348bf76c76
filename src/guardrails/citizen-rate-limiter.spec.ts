import { createCache } from 'cache-manager';
import { Keyv } from 'keyv';
import { CitizenRateLimiter } from './citizen-rate-limiter';
import { DEFAULT_GUARDRAIL_SETTINGS } from './guardrail-settings';

describe(CitizenRateLimiter.name, () => {
  let now: number;
  let sut: CitizenRateLimiter;
  const settings = { ...DEFAULT_GUARDRAIL_SETTINGS, messagesPerMinute: 3, messagesPerDay: 5, abuseStrikesBeforeMute: 2, muteMinutes: 10 };

  beforeEach(() => {
    now = Date.parse('2026-11-24T08:00:10Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    sut = new CitizenRateLimiter(createCache({ stores: [new Keyv()] }));
  });

  afterEach(() => jest.restoreAllMocks());

  /** Each admitted message is recorded and counted, as the webhook does. */
  const admitMany = async (n: number, tenant = 't', citizen = 'c') => {
    const results = [];
    for (let i = 0; i < n; i++) {
      const admission = await sut.admit(tenant, citizen, settings, now);
      if (admission === 'allow') await sut.count(tenant, citizen, settings, now);
      results.push(admission);
    }
    return results;
  };

  describe('admit', () => {
    it('answers "slow down" once past the per-minute limit, then stays silent until the minute passes', async () => {
      expect(await admitMany(6)).toEqual(['allow', 'allow', 'allow', 'slow_down', 'silent', 'silent']);
      now += 60_000;
      expect(await admitMany(3)).toEqual(['allow', 'allow', 'slow_down']); // then the day's limit of 5 is reached
      now += 60_000;
      expect(await admitMany(1)).toEqual(['silent']);
    });

    it('counts a message only when it is counted, so retries of one message do not add up', async () => {
      for (let i = 0; i < 10; i++) expect(await sut.admit('t', 'c', settings, now)).toBe('allow');
    });

    it('starts a new minute afresh while the day has room', async () => {
      expect(await admitMany(2)).toEqual(['allow', 'allow']);
      now += 60_000;
      expect(await admitMany(2)).toEqual(['allow', 'allow']);
    });

    it('counts each citizen and each tenant apart', async () => {
      await admitMany(4);
      expect(await sut.admit('t', 'other-citizen', settings, now)).toBe('allow');
      expect(await sut.admit('other-tenant', 'c', settings, now)).toBe('allow');
    });
  });

  describe('recordAbuse', () => {
    it('mutes the citizen after the set number of strikes, for the set time', async () => {
      expect(await sut.recordAbuse('t', 'c', settings)).toBe(false);
      expect(await sut.recordAbuse('t', 'c', settings)).toBe(true);
      expect(await sut.admit('t', 'c', settings, now)).toBe('silent');
      now += 10 * 60_000 + 1;
      expect(await sut.admit('t', 'c', settings, now)).toBe('allow');
    });
  });
});
