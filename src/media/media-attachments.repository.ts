import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import type { AttachmentStatus } from './entities/media-attachment.entity';

/** A claimed download: the row plus what the worker needs to reach the citizen. */
export interface DownloadJob {
  id: string;
  tenantId: string;
  citizenId: string;
  inboundMessageId: string;
  mediaIndex: number;
  targetTicketId: string;
  sourceUrl: string;
  declaredContentType: string;
  /** Including this one. */
  attempts: number;
  tenantWhatsappNumber: string;
  citizenPhone: string;
  citizenLanguage: string | null;
}

/** An attachment as staff see it. */
export interface AttachmentView {
  id: string;
  ticketId: string | null;
  mediaIndex: number;
  declaredContentType: string;
  contentType: string | null;
  size: number | null;
  sha256: string | null;
  storageKey: string | null;
  status: AttachmentStatus;
  failureReason: string | null;
  latitude: number | null;
  longitude: number | null;
  createdAt: Date;
}

export interface StoredMedia {
  storageKey: string;
  contentType: string;
  size: number;
  sha256: string;
  gps: { latitude: number; longitude: number } | null;
}

const UNIQUE_VIOLATION = '23505';

const VIEW_COLUMNS = `id, ticket_id, media_index, declared_content_type, content_type, size, sha256, storage_key, status,
  failure_reason, latitude, longitude, created_at`;

/**
 * media_attachments: the files citizens send and, in the same rows, their download jobs. The worker's
 * queries run across tenants (it is the platform's job runner) but every write names the row's tenant
 * as well as its id; the admin reads are scoped to one tenant.
 */
// Statements that change rows and return some are wrapped as `WITH x AS (UPDATE ... RETURNING) SELECT`:
// TypeORM answers a bare UPDATE with [rows, count] but a SELECT with the rows.
@Injectable()
export class MediaAttachmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes up to `limit` due downloads and leases them for `leaseMs`: a worker that dies mid-download
   * loses its lease and another (or the next boot) takes the row over. SKIP LOCKED lets several
   * instances share the queue.
   */
  async claimDue(limit: number, leaseMs: number): Promise<DownloadJob[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM media_attachments
          WHERE status = 'pending' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
          ORDER BY next_attempt_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED
       ),
       claimed AS (
         UPDATE media_attachments m
            SET lease_until = now() + $2 * interval '1 millisecond', attempts = m.attempts + 1, updated_at = now()
           FROM due
          WHERE m.id = due.id
         RETURNING m.id, m.tenant_id, m.citizen_id, m.inbound_message_id, m.media_index, m.target_ticket_id, m.source_url,
                   m.declared_content_type, m.attempts
       )
       SELECT claimed.*, t.whatsapp_number, c.phone, c.preferred_language
         FROM claimed
         JOIN tenants t ON t.id = claimed.tenant_id
         JOIN citizens c ON c.id = claimed.citizen_id AND c.tenant_id = claimed.tenant_id`,
      [limit, leaseMs],
    );
    return rows.map((row) => ({
      id: row.id as string,
      tenantId: row.tenant_id as string,
      citizenId: row.citizen_id as string,
      inboundMessageId: row.inbound_message_id as string,
      mediaIndex: Number(row.media_index),
      targetTicketId: row.target_ticket_id as string,
      sourceUrl: row.source_url as string,
      declaredContentType: row.declared_content_type as string,
      attempts: Number(row.attempts),
      tenantWhatsappNumber: row.whatsapp_number as string,
      citizenPhone: row.phone as string,
      citizenLanguage: (row.preferred_language as string | null) ?? null,
    }));
  }

  /**
   * Settles a download as stored, unless the same bytes are already stored for this ticket: then it
   * changes nothing and answers 'duplicate' (the unique index decides, so two copies racing cannot both
   * be stored), and the caller removes its copy before calling markDuplicate.
   */
  async markStored(job: DownloadJob, media: StoredMedia): Promise<'stored' | 'duplicate'> {
    try {
      await this.dataSource.query(
        `UPDATE media_attachments
            SET status = 'stored', storage_key = $3, content_type = $4, size = $5, sha256 = $6, latitude = $7, longitude = $8,
                source_url = NULL, failure_reason = NULL, lease_until = NULL, updated_at = now()
          WHERE id = $1 AND tenant_id = $2`,
        [job.id, job.tenantId, media.storageKey, media.contentType, media.size, media.sha256, media.gps?.latitude ?? null, media.gps?.longitude ?? null],
      );
      return 'stored';
    } catch (error) {
      const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : {};
      if (driverError.code !== UNIQUE_VIOLATION || driverError.constraint !== 'uq_media_attachments_target_sha256') throw error;
      return 'duplicate';
    }
  }

  /** The same bytes are stored for this ticket already: this row points at that one and keeps no file. */
  async markDuplicate(job: DownloadJob, media: Omit<StoredMedia, 'storageKey' | 'gps'>): Promise<void> {
    await this.dataSource.query(
      `UPDATE media_attachments
          SET status = 'duplicate', content_type = $3, size = $4, sha256 = $5, source_url = NULL, lease_until = NULL, updated_at = now(),
              duplicate_of = (SELECT id FROM media_attachments
                               WHERE tenant_id = $2 AND target_ticket_id = $6 AND sha256 = $5 AND status = 'stored' LIMIT 1)
        WHERE id = $1 AND tenant_id = $2`,
      [job.id, job.tenantId, media.contentType, media.size, media.sha256, job.targetTicketId],
    );
  }

  /** A retryable failure: try again after `delayMs`, keeping the reason for staff. */
  async reschedule(job: DownloadJob, reason: string, delayMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE media_attachments
          SET failure_reason = $3, next_attempt_at = now() + $4 * interval '1 millisecond', lease_until = NULL, updated_at = now()
        WHERE id = $1 AND tenant_id = $2`,
      [job.id, job.tenantId, reason, delayMs],
    );
  }

  async markFailed(job: DownloadJob, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE media_attachments SET status = 'failed', failure_reason = $3, source_url = NULL, lease_until = NULL, updated_at = now()
        WHERE id = $1 AND tenant_id = $2`,
      [job.id, job.tenantId, reason],
    );
  }

  /** Gives a download back untouched (shutdown): due at once, and the interrupted attempt not counted. */
  async release(job: DownloadJob): Promise<void> {
    await this.dataSource.query(
      `UPDATE media_attachments SET lease_until = NULL, next_attempt_at = now(), attempts = GREATEST(attempts - 1, 0), updated_at = now()
        WHERE id = $1 AND tenant_id = $2 AND status = 'pending'`,
      [job.id, job.tenantId],
    );
  }

  /**
   * True for the first failed file of a message: the citizen is asked to resend once per message, however
   * many of its files failed. The claim is one UPDATE of the message row, so two downloads of the same
   * message failing at once serialise on that row and only one of them wins.
   */
  async claimResendRequest(job: DownloadJob): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE inbound_messages SET media_resend_requested_at = now()
          WHERE id = $1 AND tenant_id = $2 AND media_resend_requested_at IS NULL
         RETURNING id
       ),
       marked AS (
         UPDATE media_attachments SET resend_requested_at = now()
          WHERE id = $3 AND tenant_id = $2 AND EXISTS (SELECT 1 FROM claimed)
       )
       SELECT id FROM claimed`,
      [job.inboundMessageId, job.tenantId, job.id],
    );
    return rows.length > 0;
  }

  /** The first EXIF GPS position among the files held for (or attached to) a ticket. */
  async photoLocation(tenantId: string, targetTicketId: string): Promise<{ latitude: number; longitude: number } | null> {
    const rows: Array<{ latitude: number; longitude: number }> = await this.dataSource.query(
      `SELECT latitude, longitude FROM media_attachments
        WHERE tenant_id = $1 AND target_ticket_id = $2 AND status = 'stored' AND latitude IS NOT NULL AND longitude IS NOT NULL
        ORDER BY created_at, media_index LIMIT 1`,
      [tenantId, targetTicketId],
    );
    return rows[0] ? { latitude: Number(rows[0].latitude), longitude: Number(rows[0].longitude) } : null;
  }

  async listForTicket(tenantId: string, ticketId: string): Promise<AttachmentView[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${VIEW_COLUMNS} FROM media_attachments WHERE tenant_id = $1 AND ticket_id = $2 ORDER BY created_at, media_index, id`,
      [tenantId, ticketId],
    );
    return rows.map(toView);
  }

  async findForTicket(tenantId: string, ticketId: string, attachmentId: string): Promise<AttachmentView | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${VIEW_COLUMNS} FROM media_attachments WHERE tenant_id = $1 AND ticket_id = $2 AND id = $3`,
      [tenantId, ticketId, attachmentId],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  /**
   * Files held for conversations that never became a ticket (the conversation is forgotten after 24 h):
   * their storage keys, to delete, oldest first.
   */
  async findAbandoned(olderThanMs: number, limit: number): Promise<Array<{ id: string; tenantId: string; storageKey: string | null }>> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT id, tenant_id, storage_key FROM media_attachments
        WHERE ticket_id IS NULL AND status IN ('pending', 'stored', 'duplicate', 'failed')
          AND created_at < now() - $1 * interval '1 millisecond'
          AND (lease_until IS NULL OR lease_until < now())
        ORDER BY created_at LIMIT $2`,
      [olderThanMs, limit],
    );
    return rows.map((row) => ({ id: row.id as string, tenantId: row.tenant_id as string, storageKey: (row.storage_key as string | null) ?? null }));
  }

  /** Marks an abandoned file deleted, unless a ticket claimed it meanwhile (then it is kept). */
  async markDiscarded(id: string, tenantId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH discarded AS (
         UPDATE media_attachments
            SET status = 'discarded', storage_key = NULL, source_url = NULL, latitude = NULL, longitude = NULL, lease_until = NULL,
                updated_at = now()
          WHERE id = $1 AND tenant_id = $2 AND ticket_id IS NULL
         RETURNING id
       )
       SELECT id FROM discarded`,
      [id, tenantId],
    );
    return rows.length > 0;
  }
}

function toView(row: Record<string, unknown>): AttachmentView {
  return {
    id: row.id as string,
    ticketId: (row.ticket_id as string | null) ?? null,
    mediaIndex: Number(row.media_index),
    declaredContentType: row.declared_content_type as string,
    contentType: (row.content_type as string | null) ?? null,
    size: row.size === null ? null : Number(row.size),
    sha256: (row.sha256 as string | null) ?? null,
    storageKey: (row.storage_key as string | null) ?? null,
    status: row.status as AttachmentStatus,
    failureReason: (row.failure_reason as string | null) ?? null,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    createdAt: new Date(row.created_at as string),
  };
}
