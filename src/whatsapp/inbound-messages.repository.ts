import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { PreparedStatement, queryPrepared } from '../database/prepared-statement';
import type { NewTicketRow } from '../tickets/tickets.repository';
import { InboundMessage } from './entities/inbound-message.entity';
import { MessageStatusEvent } from './entities/message-status-event.entity';

/** Everything one inbound message leaves behind, written together or not at all. */
export interface Exchange {
  inboundId: string;
  messageSid: string;
  tenantId: string;
  citizenId: string;
  /** Already redacted by the guardrails. */
  body: string;
  /** What the guardrails took out of the body, counted by kind. */
  redactions: Record<string, number>;
  reply: string;
  step: string;
  ticket: NewTicketRow | null;
  citizen: { preferredLanguage: string | null; privacyNoticeSent: boolean };
  /** The message's files, each with where it belongs; written as download jobs. */
  media: NewMediaRow[];
}

/** A file of the message, placed: on a ticket, held for the conversation's reserved ticket, or refused. */
export interface NewMediaRow {
  index: number;
  url: string;
  contentType: string;
  /** The existing (or, in this exchange, created) ticket; null while held. */
  ticketId: string | null;
  /** The ticket the file belongs to, existing or reserved; null for a refused file. */
  targetTicketId: string | null;
  status: 'pending' | 'failed';
  failureReason: string | null;
}

export type ExchangeOutcome = 'recorded' | 'duplicate' | 'tracking_number_taken';

/*
 * One statement, so one round trip and its own transaction. The MessageSid claim gates every other
 * write: a sid seen before inserts nothing at all, and a concurrent copy waits on the unique index until
 * the first commits, then finds it. Foreign keys are checked at the end of the statement, so the message
 * may name the ticket that a sibling clause inserts.
 */
const RECORD_EXCHANGE: PreparedStatement = {
  name: 'record_exchange',
  text: `
  WITH claim AS (
    INSERT INTO inbound_messages (id, message_sid, tenant_id, citizen_id, body, reply, ticket_id, redactions)
    VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5::text, $6::text, $7::uuid, $20::jsonb)
    ON CONFLICT (message_sid) DO NOTHING
    RETURNING id
  ),
  ticket AS (
    INSERT INTO tickets (id, tenant_id, tracking_number, citizen_id, category_id, department_id,
                         description, language, latitude, longitude, address_text, location_parts, priority)
    SELECT $7::uuid, $3::uuid, $8, $4::uuid, $9::uuid, $10::uuid, $11, $12, $13::float8, $14::float8, $15, $19::jsonb, $21
      FROM claim WHERE $7::uuid IS NOT NULL
  ),
  turns AS (
    INSERT INTO conversation_turns (tenant_id, citizen_id, inbound_message_id, direction, body, step)
    SELECT $3::uuid, $4::uuid, claim.id, turn.direction, turn.body, $16
      FROM claim, (VALUES ('inbound', $5::text), ('outbound', $6::text)) AS turn (direction, body)
  ),
  media AS (
    INSERT INTO media_attachments (tenant_id, citizen_id, inbound_message_id, media_index, ticket_id, target_ticket_id,
                                   source_url, declared_content_type, status, failure_reason)
    SELECT $3::uuid, $4::uuid, claim.id, m.index, m.ticket_id, m.target_ticket_id,
           CASE WHEN m.status = 'pending' THEN m.url END, m.content_type, m.status, m.failure_reason
      FROM claim, jsonb_to_recordset($22::jsonb)
        AS m (index int, url text, content_type text, ticket_id uuid, target_ticket_id uuid, status text, failure_reason text)
  ),
  attach_held AS (
    -- Files held for this conversation join the ticket it creates (their target is its reserved id).
    UPDATE media_attachments SET ticket_id = $7::uuid, updated_at = now()
     WHERE tenant_id = $3::uuid AND citizen_id = $4::uuid AND target_ticket_id = $7::uuid AND ticket_id IS NULL
       AND $7::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM claim)
  ),
  citizen AS (
    UPDATE citizens
       SET preferred_language = COALESCE($17::text, preferred_language),
           privacy_notice_sent_at = CASE WHEN $18::boolean THEN COALESCE(privacy_notice_sent_at, now())
                                         ELSE privacy_notice_sent_at END,
           updated_at = now()
     WHERE id = $4::uuid AND tenant_id = $3::uuid AND ($17::text IS NOT NULL OR $18::boolean)
       AND EXISTS (SELECT 1 FROM claim)
  )
  SELECT count(*)::int AS claimed FROM claim`,
};

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class InboundMessagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recordExchange(exchange: Exchange): Promise<ExchangeOutcome> {
    const ticket = exchange.ticket;
    try {
      const [{ claimed }]: Array<{ claimed: number }> = await queryPrepared<{ claimed: number }>(this.dataSource, RECORD_EXCHANGE, [
        exchange.inboundId,
        exchange.messageSid,
        exchange.tenantId,
        exchange.citizenId,
        exchange.body,
        exchange.reply,
        ticket?.id ?? null,
        ticket?.trackingNumber ?? null,
        ticket?.categoryId ?? null,
        ticket?.departmentId ?? null,
        ticket?.description ?? null,
        ticket?.language ?? null,
        ticket?.latitude ?? null,
        ticket?.longitude ?? null,
        ticket?.addressText ?? null,
        exchange.step,
        exchange.citizen.preferredLanguage,
        exchange.citizen.privacyNoticeSent,
        ticket?.locationParts ? JSON.stringify(ticket.locationParts) : null,
        JSON.stringify(exchange.redactions),
        ticket?.priority ?? 'normal',
        JSON.stringify(
          exchange.media.map((file) => ({
            index: file.index,
            url: file.url,
            content_type: file.contentType,
            ticket_id: file.ticketId,
            target_ticket_id: file.targetTicketId,
            status: file.status,
            failure_reason: file.failureReason,
          })),
        ),
      ]);
      return claimed === 1 ? 'recorded' : 'duplicate';
    } catch (error) {
      const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : {};
      if (driverError.code === UNIQUE_VIOLATION && driverError.constraint === 'uq_tickets_tracking_number') {
        return 'tracking_number_taken';
      }
      throw error;
    }
  }

  async findReply(tenantId: string, messageSid: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(InboundMessage).findOne({
      select: { reply: true },
      where: { tenantId, messageSid },
    });
    return row?.reply ?? null;
  }

  /** Stores a delivery status once per (sid, status); repeats are ignored. */
  async recordStatus(event: { tenantId: string | null; messageSid: string; status: string; errorCode: string | null }): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(MessageStatusEvent).values(event).orIgnore().execute();
  }
}
