import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Category } from '../../tenancy/entities/category.entity';
import { Citizen } from '../../tenancy/entities/citizen.entity';
import { Department } from '../../tenancy/entities/department.entity';
import { Tenant } from '../../tenancy/entities/tenant.entity';
import type { LocationParts } from '../../intake/intake.types';

export const TICKET_STATUSES = ['open', 'in_progress', 'resolved', 'closed', 'rejected'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = ['normal', 'emergency'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

@Check('ck_tickets_priority', `"priority" IN ('normal', 'emergency')`)
@Check('ck_tickets_status', `"status" IN ('open', 'in_progress', 'resolved', 'closed', 'rejected')`)
@Check('ck_tickets_has_location', `("latitude" IS NOT NULL AND "longitude" IS NOT NULL) OR "address_text" IS NOT NULL`)
@Entity({ name: 'tickets' })
@Index('ix_tickets_tenant_created', ['tenantId', 'createdAt'])
@Index('ix_tickets_tenant_citizen', ['tenantId', 'citizenId', 'createdAt'])
export class Ticket {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ name: 'tracking_number', type: 'text', unique: true })
  trackingNumber: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @Column({ type: 'text', default: 'open' })
  status: TicketStatus;

  /** "emergency" when the report is also a danger to life (a fallen live cable, homes flooding). */
  @Column({ type: 'text', default: 'normal' })
  priority: TicketPriority;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ name: 'address_text', type: 'text', nullable: true })
  addressText: string | null;

  /** The parsed pieces of addressText, when it was typed (see LocationParts). */
  @Column({ name: 'location_parts', type: 'jsonb', nullable: true })
  locationParts: LocationParts | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'fk_tickets_tenant' })
  tenant?: Tenant;

  @ManyToOne(() => Citizen, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'citizen_id', foreignKeyConstraintName: 'fk_tickets_citizen' })
  citizen?: Citizen;

  @ManyToOne(() => Category, { nullable: false })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_tickets_category' })
  category?: Category;

  @ManyToOne(() => Department, { nullable: false })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_tickets_department' })
  department?: Department;
}
