import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Cache } from 'cache-manager';
import { randomUUID } from 'node:crypto';

/** The cache is reachable when a value written can be read back. */
@Injectable()
export class CacheHealthIndicator {
  constructor(
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
    private readonly health: HealthIndicatorService,
  ) {}

  check(key: string) {
    return this.health.check(key).attempt(async () => {
      const probeKey = `health:${randomUUID()}`;
      await this.cache.set(probeKey, 'ok', 5_000);
      const value = await this.cache.get<string>(probeKey);
      await this.cache.del(probeKey);
      if (value !== 'ok') throw new Error('cache did not return the value written');
    });
  }
}
