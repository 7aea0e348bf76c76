import { Injectable } from '@nestjs/common';
import type { ConversationState } from '../conversations/conversation-state';
import { MediaAttachmentsRepository } from './media-attachments.repository';
import { MediaDownloadWorker } from './media-download.worker';

/** What the message path needs from media: where a photo says it was taken, and starting downloads. */
@Injectable()
export class MediaInbox {
  constructor(
    private readonly attachments: MediaAttachmentsRepository,
    private readonly worker: MediaDownloadWorker,
  ) {}

  /** The EXIF GPS position of a photo already held for this conversation, if any has arrived. */
  async photoLocation(tenantId: string, state: ConversationState | null): Promise<{ latitude: number; longitude: number } | null> {
    if (!state?.heldTicketId || !state.heldMedia) return null;
    return this.attachments.photoLocation(tenantId, state.heldTicketId);
  }

  /** New files were recorded: download them now rather than at the next poll. */
  downloadsRecorded(): void {
    this.worker.kick();
  }
}
