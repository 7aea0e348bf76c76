import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { maskPhone } from '../common/logging/redact';
import { AppConfig } from '../config/app-config';
import { repliesFor } from '../conversations/replies/replies';
import { WhatsAppSender } from '../notifications/whatsapp-sender';
import { MediaStore } from '../storage/media-store';
import { MediaDownloadError } from './download/media-download.error';
import { isAcceptedDeclaredType, MediaFetcher } from './download/media-fetcher';
import { DownloadJob, MediaAttachmentsRepository } from './media-attachments.repository';
import { backoffMs, MEDIA_DOWNLOAD_OPTIONS, MediaDownloadOptions } from './media-download.options';

const ACCOUNT_SID_IN_URL = /\/Accounts\/(AC[0-9a-fA-F]{32})\//;

/** tenants/<tenantId>/tickets/<ticketId>/<attachmentId>.<ext> */
export function attachmentKey(job: Pick<DownloadJob, 'tenantId' | 'targetTicketId' | 'id'>, extension: string): string {
  return `tenants/${job.tenantId}/tickets/${job.targetTicketId}/${job.id}.${extension}`;
}

/**
 * Downloads the files citizens send, after the webhook has answered. The media_attachments rows are the
 * queue: a new file is started at once (kick), a failed one is retried with backoff, and a download
 * interrupted by a shutdown or a crash is picked up again by the next instance to poll. A file that
 * cannot be had is marked failed with its reason, and the citizen is asked once to send it again; the
 * text report is never touched.
 */
@Injectable()
export class MediaDownloadWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MediaDownloadWorker.name);
  private readonly inFlight = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private pollTimer?: NodeJS.Timeout;
  private sweepTimer?: NodeJS.Timeout;
  private polling: Promise<void> | null = null;
  private pollAgain = false;
  private stopped = false;

  constructor(
    private readonly attachments: MediaAttachmentsRepository,
    private readonly fetcher: MediaFetcher,
    private readonly store: MediaStore,
    private readonly sender: WhatsAppSender,
    private readonly config: AppConfig,
    @Inject(MEDIA_DOWNLOAD_OPTIONS) private readonly options: MediaDownloadOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.pollTimer = setInterval(() => this.kick(), this.options.pollIntervalMs).unref();
    this.sweepTimer = setInterval(() => void this.sweepAbandoned(), this.options.sweepIntervalMs).unref();
    this.kick();
  }

  /** Stops taking work, aborts the downloads in flight and hands them back for the next instance. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearInterval(this.sweepTimer);
    await this.polling;
    for (const { controller } of this.inFlight.values()) controller.abort();
    await Promise.all([...this.inFlight.values()].map(({ done }) => done));
  }

  /** Looks for due downloads now (a webhook has just recorded some). */
  kick(): void {
    if (this.stopped) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.polling = this.poll()
      .catch((error: unknown) => this.logger.error(`Polling for downloads failed: ${describe(error)}`))
      .finally(() => {
        this.polling = null;
        if (this.pollAgain) {
          this.pollAgain = false;
          this.kick();
        }
      });
  }

  private async poll(): Promise<void> {
    const free = this.options.concurrency - this.inFlight.size;
    if (free <= 0 || this.stopped) return;
    const jobs = await this.attachments.claimDue(free, this.options.leaseMs);
    for (const job of jobs) this.start(job);
  }

  private start(job: DownloadJob): void {
    const controller = new AbortController();
    const done = this.download(job, controller.signal)
      .catch((error: unknown) => this.logger.error(`Download ${job.id} could not be settled: ${describe(error)}`))
      .finally(() => {
        this.inFlight.delete(job.id);
        this.kick();
      });
    this.inFlight.set(job.id, { controller, done });
  }

  private async download(job: DownloadJob, signal: AbortSignal): Promise<void> {
    if (!isAcceptedDeclaredType(job.declaredContentType)) {
      await this.fail(job, 'unsupported_type');
      return;
    }
    let storageKey: string | null = null;
    try {
      const media = await this.fetcher.fetch({
        url: job.sourceUrl,
        declaredContentType: job.declaredContentType,
        credentials: this.credentialsFor(job.sourceUrl),
        signal,
        store: (body, { contentType, extension }) => {
          storageKey = attachmentKey(job, extension);
          return this.store.put(storageKey, body, contentType);
        },
      });
      const outcome = await this.attachments.markStored(job, {
        storageKey: storageKey!,
        contentType: media.contentType,
        size: media.size,
        sha256: media.sha256,
        gps: media.gps,
      });
      if (outcome === 'duplicate') {
        // The same bytes are already stored for this ticket: keep one copy, and say so once it is gone.
        await this.store.delete(storageKey!);
        await this.attachments.markDuplicate(job, { contentType: media.contentType, size: media.size, sha256: media.sha256 });
      }
      this.logger.log(`Attachment ${job.id} ${outcome} (${media.contentType}, ${media.size} bytes, attempt ${job.attempts})`);
    } catch (error) {
      if (this.stopped && signal.aborted) {
        await this.attachments.release(job);
        return;
      }
      const reason = error instanceof MediaDownloadError ? error.reason : 'storage_error';
      const retryable = error instanceof MediaDownloadError ? error.retryable : true;
      if (retryable && job.attempts < this.options.maxAttempts) {
        const delay = backoffMs(this.options, job.attempts);
        this.logger.warn(`Attachment ${job.id}: attempt ${job.attempts} failed (${reason}); retrying in ${delay} ms`);
        await this.attachments.reschedule(job, reason, delay);
        return;
      }
      if (!(error instanceof MediaDownloadError)) this.logger.error(`Attachment ${job.id}: ${describe(error)}`);
      await this.fail(job, reason);
    }
  }

  private async fail(job: DownloadJob, reason: string): Promise<void> {
    await this.attachments.markFailed(job, reason);
    this.logger.warn(`Attachment ${job.id} failed (${reason}) after ${job.attempts} attempt(s)`);
    if (!(await this.attachments.claimResendRequest(job))) return;
    try {
      await this.sender.send({
        from: job.tenantWhatsappNumber,
        to: job.citizenPhone,
        body: repliesFor(job.citizenLanguage).mediaResend(),
      });
    } catch (error) {
      this.logger.warn(`Could not ask ${maskPhone(job.citizenPhone)} to resend: ${describe(error)}`);
    }
  }

  /** Twilio's basic-auth pair: the configured account, else the one the media URL names. */
  private credentialsFor(url: string): { username: string; password: string } {
    const username = this.config.twilioAccountSid ?? url.match(ACCOUNT_SID_IN_URL)?.[1] ?? '';
    return { username, password: this.config.twilioAuthToken };
  }

  /** Deletes files held for conversations that ended without a ticket (POPIA: keep nothing unneeded). */
  async sweepAbandoned(): Promise<number> {
    let discarded = 0;
    try {
      for (const file of await this.attachments.findAbandoned(this.options.heldRetentionMs, 100)) {
        if (!(await this.attachments.markDiscarded(file.id, file.tenantId))) continue;
        discarded += 1;
        if (file.storageKey) await this.store.delete(file.storageKey);
      }
    } catch (error) {
      this.logger.error(`Sweeping abandoned files failed: ${describe(error)}`);
    }
    if (discarded) this.logger.log(`Deleted ${discarded} file(s) held for conversations that made no ticket`);
    return discarded;
  }
}

/** An error's class and message; never a URL's query or a body. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
