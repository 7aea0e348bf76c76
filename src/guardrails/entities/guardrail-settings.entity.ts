import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Tenant } from '../../tenancy/entities/tenant.entity';

/** A municipality's own guardrail settings; a tenant without a row gets DEFAULT_GUARDRAIL_SETTINGS. */
@Entity({ name: 'guardrail_settings' })
export class GuardrailSettingsRow {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid', primaryKeyConstraintName: 'pk_guardrail_settings' })
  tenantId: string;

  @Column({ name: 'messages_per_minute', type: 'int' })
  messagesPerMinute: number;

  @Column({ name: 'messages_per_day', type: 'int' })
  messagesPerDay: number;

  @Column({ name: 'extra_blocked_words', type: 'text', array: true, default: () => "'{}'" })
  extraBlockedWords: string[];

  @Column({ name: 'abuse_strikes_before_mute', type: 'int' })
  abuseStrikesBeforeMute: number;

  @Column({ name: 'mute_minutes', type: 'int' })
  muteMinutes: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'fk_guardrail_settings_tenant' })
  tenant?: Tenant;
}
