import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MediaStore } from './media-store';
import { createMediaStore } from './media-store.factory';

/** Media storage: the MediaStore port, bound to S3 when S3_BUCKET is set, else to local disk. */
@Module({
  providers: [
    {
      provide: MediaStore,
      inject: [AppConfig],
      useFactory: (config: AppConfig): MediaStore => {
        const storage = config.mediaStorage;
        return storage.kind === 's3' ? createMediaStore(storage) : createMediaStore({ localRoot: storage.localRoot });
      },
    },
  ],
  exports: [MediaStore],
})
export class StorageModule {}
