import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inject, Injectable } from '@nestjs/common';
import type { Cache } from 'cache-manager';
import type { GuardrailSettings } from './guardrail-settings';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** allow: go on; slow_down: the first message over a limit, answered once; silent: no reply until the window passes. */
export type Admission = 'allow' | 'slow_down' | 'silent';

/**
 * Per-citizen flood control and muting, in the shared cache (Redis in production) so every instance
 * sees the same counts. Checking and counting are separate reads and writes, not atomic: a burst of
 * truly simultaneous messages may overshoot a limit by a few, which a flood limit can afford.
 */
function windowsOf(tenantId: string, citizenId: string, settings: GuardrailSettings, now: number) {
  return [
    { key: `rate:m:${tenantId}:${citizenId}:${Math.floor(now / MINUTE_MS)}`, limit: settings.messagesPerMinute, ttl: MINUTE_MS },
    { key: `rate:d:${tenantId}:${citizenId}:${Math.floor(now / DAY_MS)}`, limit: settings.messagesPerDay, ttl: DAY_MS },
  ];
}

@Injectable()
export class CitizenRateLimiter {
  constructor(@Inject(CACHE_MANAGER) private readonly cache: Cache) {}

  /**
   * Whether this citizen may be answered now. Only messages that were recorded count (see count), so a
   * Twilio retry of one message, however many copies arrive at once, counts once.
   */
  async admit(tenantId: string, citizenId: string, settings: GuardrailSettings, now = Date.now()): Promise<Admission> {
    if (await this.cache.get(`muted:${tenantId}:${citizenId}`)) return 'silent';
    for (const window of windowsOf(tenantId, citizenId, settings, now)) {
      if (((await this.cache.get<number>(window.key)) ?? 0) < window.limit) continue;
      // Over a limit: say so once per window, then nothing until it passes.
      const notified = `${window.key}:notified`;
      if (await this.cache.get(notified)) return 'silent';
      await this.cache.set(notified, true, window.ttl);
      return 'slow_down';
    }
    return 'allow';
  }

  /** Counts one recorded message against the citizen's windows. */
  async count(tenantId: string, citizenId: string, settings: GuardrailSettings, now = Date.now()): Promise<void> {
    for (const window of windowsOf(tenantId, citizenId, settings, now)) {
      await this.cache.set(window.key, ((await this.cache.get<number>(window.key)) ?? 0) + 1, window.ttl);
    }
  }

  /** Counts an abusive message; true when this one mutes the citizen for settings.muteMinutes. */
  async recordAbuse(tenantId: string, citizenId: string, settings: GuardrailSettings): Promise<boolean> {
    const key = `abuse:${tenantId}:${citizenId}`;
    const strikes = ((await this.cache.get<number>(key)) ?? 0) + 1;
    await this.cache.set(key, strikes, DAY_MS);
    if (strikes < settings.abuseStrikesBeforeMute) return false;
    await this.cache.set(`muted:${tenantId}:${citizenId}`, true, settings.muteMinutes * MINUTE_MS);
    await this.cache.del(key);
    return true;
  }
}
