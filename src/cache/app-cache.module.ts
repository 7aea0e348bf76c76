import KeyvRedis from '@keyv/redis';
import { CacheModule } from '@nestjs/cache-manager';
import { Module } from '@nestjs/common';
import { Keyv } from 'keyv';
import { AppConfig } from '../config/app-config';

/** cache-manager over Keyv: Redis when REDIS_URL is set, else process memory (the embedded default). */
@Module({
  imports: [
    CacheModule.registerAsync({
      isGlobal: true,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        stores: [
          config.redisUrl
            ? new Keyv({ store: new KeyvRedis(config.redisUrl), namespace: 'letsema', useKeyPrefix: false })
            : new Keyv({ namespace: 'letsema' }),
        ],
      }),
    }),
  ],
})
export class AppCacheModule {}
