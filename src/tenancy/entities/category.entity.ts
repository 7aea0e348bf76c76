import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Department } from './department.entity';
import { Tenant } from './tenant.entity';

/** A service-problem category of one tenant, routed to one of its departments. */
@Entity({ name: 'categories' })
@Index('uq_categories_tenant_code', ['tenantId', 'code'], { unique: true })
export class Category {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'fk_categories_tenant' })
  tenant?: Tenant;

  @ManyToOne(() => Department, { nullable: false })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_categories_department' })
  department?: Department;
}
