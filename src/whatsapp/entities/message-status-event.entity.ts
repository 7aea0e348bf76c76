import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tenant } from '../../tenancy/entities/tenant.entity';

/** A delivery status Twilio reported for a message we sent (one row per sid and status). */
@Entity({ name: 'message_status_events' })
@Index('uq_message_status_events_sid_status', ['messageSid', 'status'], { unique: true })
export class MessageStatusEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null when the callback names a number that is no tenant's (unknown sids are still recorded). */
  @Column({ name: 'tenant_id', type: 'uuid', nullable: true })
  tenantId: string | null;

  @Column({ name: 'message_sid', type: 'text' })
  messageSid: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'fk_message_status_events_tenant' })
  tenant?: Tenant;
}
