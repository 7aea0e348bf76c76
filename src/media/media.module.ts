import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { NotificationsModule } from '../notifications/notifications.module';
import { StorageModule } from '../storage/storage.module';
import { MediaFetcher } from './download/media-fetcher';
import { MediaAttachmentsRepository } from './media-attachments.repository';
import { MediaInbox } from './media-inbox';
import { DEFAULT_MEDIA_DOWNLOAD_OPTIONS, MEDIA_DOWNLOAD_OPTIONS, MediaDownloadOptions } from './media-download.options';
import { MediaDownloadWorker } from './media-download.worker';

/**
 * Files citizens send: their rows (media_attachments), the download job that fetches them from Twilio
 * into storage, and the reads staff need.
 */
@Module({
  imports: [StorageModule, NotificationsModule],
  providers: [
    MediaAttachmentsRepository,
    MediaDownloadWorker,
    MediaInbox,
    { provide: MEDIA_DOWNLOAD_OPTIONS, useValue: DEFAULT_MEDIA_DOWNLOAD_OPTIONS },
    {
      provide: MediaFetcher,
      inject: [AppConfig, MEDIA_DOWNLOAD_OPTIONS],
      useFactory: (config: AppConfig, options: MediaDownloadOptions) =>
        new MediaFetcher({ allowedHosts: config.twilioMediaHosts, maxBytes: config.mediaMaxBytes, timeoutMs: options.attemptTimeoutMs }),
    },
  ],
  exports: [MediaAttachmentsRepository, MediaDownloadWorker, MediaInbox],
})
export class MediaModule {}
