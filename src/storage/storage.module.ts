import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { LocalMediaLinkSigner } from './local-media-link.signer';
import { LocalMediaController } from './local-media.controller';
import { LocalMediaService } from './local-media.service';
import { MediaStore } from './media-store';
import { createMediaStore } from './media-store.factory';

/**
 * Media storage: the MediaStore port, bound to S3 when S3_BUCKET is set, else to local disk. Local media
 * are downloaded through LocalMediaController's signed links; it is always registered (modules are not
 * chosen from config) and answers 404 when media are on S3.
 */
@Module({
  controllers: [LocalMediaController],
  providers: [
    {
      provide: LocalMediaLinkSigner,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new LocalMediaLinkSigner({ secret: config.mediaUrlSecret, publicBaseUrl: config.publicBaseUrl }),
    },
    {
      provide: MediaStore,
      inject: [AppConfig, LocalMediaLinkSigner],
      useFactory: (config: AppConfig, linkSigner: LocalMediaLinkSigner): MediaStore => {
        const storage = config.mediaStorage;
        return storage.kind === 's3'
          ? createMediaStore(storage)
          : createMediaStore({ localRoot: storage.localRoot, linkSigner });
      },
    },
    LocalMediaService,
  ],
  exports: [MediaStore],
})
export class StorageModule {}
