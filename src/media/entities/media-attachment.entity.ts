import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Citizen } from '../../tenancy/entities/citizen.entity';
import { Tenant } from '../../tenancy/entities/tenant.entity';
import { Ticket } from '../../tickets/entities/ticket.entity';
import { InboundMessage } from '../../whatsapp/entities/inbound-message.entity';

export const ATTACHMENT_STATUSES = ['pending', 'stored', 'duplicate', 'failed', 'discarded'] as const;
/**
 * pending: waiting for (or in) its download; stored: in storage; duplicate: the same bytes are already
 * stored for this ticket; failed: could not be downloaded or was refused (failure_reason says why);
 * discarded: held for a conversation that never became a ticket, and deleted.
 */
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

/** One file a citizen sent, and its download job. Written by the migration CreateMediaAttachments. */
@Entity({ name: 'media_attachments' })
@Unique('uq_media_attachments_message_index', ['inboundMessageId', 'mediaIndex'])
@Check('ck_media_attachments_status', `"status" IN ('pending', 'stored', 'duplicate', 'failed', 'discarded')`)
@Check('ck_media_attachments_source', `"source" IN ('whatsapp')`)
@Check('ck_media_attachments_target', `"status" NOT IN ('pending', 'stored') OR "target_ticket_id" IS NOT NULL`)
@Check(
  'ck_media_attachments_stored',
  `"status" <> 'stored' OR ("storage_key" IS NOT NULL AND "content_type" IS NOT NULL AND "size" IS NOT NULL AND "sha256" IS NOT NULL)`,
)
@Index('uq_media_attachments_target_sha256', ['tenantId', 'targetTicketId', 'sha256'], { unique: true, where: `"status" = 'stored'` })
@Index('ix_media_attachments_due', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Index('ix_media_attachments_ticket', ['tenantId', 'ticketId', 'createdAt'])
@Index('ix_media_attachments_held', ['tenantId', 'targetTicketId'], { where: `"ticket_id" IS NULL` })
export class MediaAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId: string;

  @Column({ name: 'inbound_message_id', type: 'uuid' })
  inboundMessageId: string;

  /** N of MediaUrl{N}. */
  @Column({ name: 'media_index', type: 'smallint' })
  mediaIndex: number;

  /** NULL while the file is held for a conversation that has not made its ticket yet. */
  @Column({ name: 'ticket_id', type: 'uuid', nullable: true })
  ticketId: string | null;

  /** The ticket the file belongs to, existing or reserved; names its storage folder. */
  @Column({ name: 'target_ticket_id', type: 'uuid', nullable: true })
  targetTicketId: string | null;

  @Column({ type: 'text', default: 'whatsapp' })
  source: 'whatsapp';

  /** Twilio's MediaUrl, kept only until the download is settled. */
  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl: string | null;

  @Column({ name: 'declared_content_type', type: 'text' })
  declaredContentType: string;

  /** The type read from the file's first bytes. */
  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType: string | null;

  @Column({ type: 'bigint', nullable: true })
  size: string | null;

  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  @Column({ name: 'storage_key', type: 'text', nullable: true })
  storageKey: string | null;

  /** A photo's EXIF GPS position: a location candidate when the citizen gave none. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', default: 'pending' })
  status: AttachmentStatus;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** While set and in the future, a worker owns the download; after it, another may take it over. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'resend_requested_at', type: 'timestamptz', nullable: true })
  resendRequestedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'fk_media_attachments_tenant' })
  tenant?: Tenant;

  @ManyToOne(() => Citizen, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'citizen_id', foreignKeyConstraintName: 'fk_media_attachments_citizen' })
  citizen?: Citizen;

  @ManyToOne(() => InboundMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inbound_message_id', foreignKeyConstraintName: 'fk_media_attachments_inbound_message' })
  inboundMessage?: InboundMessage;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_media_attachments_ticket' })
  ticket?: Ticket;
}
