import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Citizen } from '../../tenancy/entities/citizen.entity';
import { Tenant } from '../../tenancy/entities/tenant.entity';
import { InboundMessage } from '../../whatsapp/entities/inbound-message.entity';

export type TurnDirection = 'inbound' | 'outbound';

/** The durable transcript of a conversation; the working state lives in the cache. */
@Check('ck_conversation_turns_direction', `"direction" IN ('inbound', 'outbound')`)
@Entity({ name: 'conversation_turns' })
@Index('ix_conversation_turns_tenant_citizen', ['tenantId', 'citizenId', 'createdAt'])
export class ConversationTurn {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId: string;

  @Column({ name: 'inbound_message_id', type: 'uuid' })
  inboundMessageId: string;

  @Column({ type: 'text' })
  direction: TurnDirection;

  @Column({ type: 'text' })
  body: string;

  /** What the bot was doing: asked_category, asked_location, ticket_created, status_reply, ... */
  @Column({ type: 'text' })
  step: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'fk_conversation_turns_tenant' })
  tenant?: Tenant;

  @ManyToOne(() => Citizen, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'citizen_id', foreignKeyConstraintName: 'fk_conversation_turns_citizen' })
  citizen?: Citizen;

  @ManyToOne(() => InboundMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inbound_message_id', foreignKeyConstraintName: 'fk_conversation_turns_inbound_message' })
  inboundMessage?: InboundMessage;
}
