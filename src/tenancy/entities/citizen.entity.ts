import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Tenant } from './tenant.entity';

/** A resident who wrote to one municipality. The same phone at another municipality is another citizen. */
@Entity({ name: 'citizens' })
@Index('uq_citizens_tenant_phone', ['tenantId', 'phone'], { unique: true })
export class Citizen {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  /** E.164. */
  @Column({ type: 'text' })
  phone: string;

  @Column({ name: 'profile_name', type: 'text', nullable: true })
  profileName: string | null;

  @Column({ name: 'preferred_language', type: 'text', nullable: true })
  preferredLanguage: string | null;

  /** Set when the one-line privacy notice went out, so it is sent once. */
  @Column({ name: 'privacy_notice_sent_at', type: 'timestamptz', nullable: true })
  privacyNoticeSentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'fk_citizens_tenant' })
  tenant?: Tenant;
}
