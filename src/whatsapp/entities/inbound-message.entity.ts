import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Citizen } from '../../tenancy/entities/citizen.entity';
import { Tenant } from '../../tenancy/entities/tenant.entity';
import { Ticket } from '../../tickets/entities/ticket.entity';

/**
 * One message Twilio delivered. The unique MessageSid is the idempotency key: a retry finds this row
 * and gets the reply that was sent the first time.
 */
@Entity({ name: 'inbound_messages' })
export class InboundMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'message_sid', type: 'text', unique: true })
  messageSid: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  reply: string | null;

  /** What the guardrails redacted from the body, counted by kind; the body itself is stored redacted. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  redactions: Record<string, number>;

  /** When the citizen was asked to resend this message's files (once per message, however many failed). */
  @Column({ name: 'media_resend_requested_at', type: 'timestamptz', nullable: true })
  mediaResendRequestedAt: Date | null;

  @Column({ name: 'ticket_id', type: 'uuid', nullable: true })
  ticketId: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'fk_inbound_messages_tenant' })
  tenant?: Tenant;

  @ManyToOne(() => Citizen, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'citizen_id', foreignKeyConstraintName: 'fk_inbound_messages_citizen' })
  citizen?: Citizen;

  @ManyToOne(() => Ticket, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_inbound_messages_ticket' })
  ticket?: Ticket;
}
