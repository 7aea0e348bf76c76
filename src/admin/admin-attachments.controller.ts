import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../common/errors/domain.error';
import { MediaAttachmentsRepository } from '../media/media-attachments.repository';
import { MediaStore } from '../storage/media-store';
import { TicketsService } from '../tickets/tickets.service';
import { PlatformAdmin } from './admin-auth.decorator';
import { AttachmentListResponse, AttachmentResponse, AttachmentUrlResponse } from './dto/attachment.response';

/** Links to files are short-lived: long enough to open, too short to pass around. */
export const ATTACHMENT_URL_TTL_SECONDS = 15 * 60;

@ApiTags('admin: tickets')
@Controller('api/v1/admin/tenants/:tenantId/tickets/:trackingNumber/attachments')
@PlatformAdmin()
@ApiParam({ name: 'tenantId', format: 'uuid' })
@ApiParam({ name: 'trackingNumber', example: 'KMT-4821' })
@ApiNotFoundResponse({ description: 'No such tenant, ticket or attachment at this tenant' })
export class AdminAttachmentsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly attachments: MediaAttachmentsRepository,
    private readonly store: MediaStore,
  ) {}

  @Get()
  @ApiOperation({ summary: "The files a citizen sent for a ticket (photos, voice notes, documents), oldest first" })
  @ApiOkResponse({ type: AttachmentListResponse })
  async list(
    @Param('tenantId', ParseUUIDPipe) tenantId: string,
    @Param('trackingNumber') trackingNumber: string,
  ): Promise<AttachmentListResponse> {
    const ticket = await this.tickets.getForTenant(tenantId, trackingNumber);
    const items = await this.attachments.listForTicket(tenantId, ticket.id);
    return { items: items.map(AttachmentResponse.from) };
  }

  @Get(':attachmentId/url')
  @ApiOperation({ summary: 'A short-lived download link to one stored file (nothing is publicly readable)' })
  @ApiParam({ name: 'attachmentId', format: 'uuid' })
  @ApiOkResponse({ type: AttachmentUrlResponse })
  @ApiConflictResponse({ description: 'The file is not stored (still downloading, failed, or a duplicate of another)' })
  async url(
    @Param('tenantId', ParseUUIDPipe) tenantId: string,
    @Param('trackingNumber') trackingNumber: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ): Promise<AttachmentUrlResponse> {
    const ticket = await this.tickets.getForTenant(tenantId, trackingNumber);
    const attachment = await this.attachments.findForTicket(tenantId, ticket.id, attachmentId);
    if (!attachment) throw new DomainError('NOT_FOUND', 'No such attachment on this ticket');
    if (attachment.status !== 'stored' || !attachment.storageKey || !attachment.contentType) {
      throw new DomainError('CONFLICT', `The file is not stored (status: ${attachment.status})`);
    }
    const extension = attachment.storageKey.slice(attachment.storageKey.lastIndexOf('.') + 1);
    return this.store.downloadUrl(attachment.storageKey, {
      expiresInSeconds: ATTACHMENT_URL_TTL_SECONDS,
      contentType: attachment.contentType,
      fileName: `${ticket.trackingNumber}-${attachment.mediaIndex + 1}-${attachment.id.slice(0, 8)}.${extension}`,
    });
  }
}
