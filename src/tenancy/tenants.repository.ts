import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_CATEGORIES, DEFAULT_DEPARTMENTS } from './default-taxonomy';
import { Category } from './entities/category.entity';
import { Department } from './entities/department.entity';
import { Tenant } from './entities/tenant.entity';

export interface NewTenant {
  slug: string;
  name: string;
  whatsappNumber: string;
}

export interface CategoryRoute {
  categoryId: string;
  categoryCode: string;
  departmentId: string;
  departmentCode: string;
}

@Injectable()
export class TenantsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByWhatsappNumber(whatsappNumber: string): Promise<Tenant | null> {
    return this.dataSource.getRepository(Tenant).findOneBy({ whatsappNumber });
  }

  findById(id: string): Promise<Tenant | null> {
    return this.dataSource.getRepository(Tenant).findOneBy({ id });
  }

  listAll(): Promise<Tenant[]> {
    return this.dataSource.getRepository(Tenant).find({ order: { createdAt: 'ASC' } });
  }

  /** Creates the tenant with its default departments and categories, all or nothing. */
  createWithDefaultTaxonomy(input: NewTenant): Promise<Tenant> {
    return this.dataSource.transaction(async (manager) => {
      const tenant = await manager.getRepository(Tenant).save(manager.create(Tenant, input));
      const departments = await manager
        .getRepository(Department)
        .save(DEFAULT_DEPARTMENTS.map((d) => manager.create(Department, { ...d, tenantId: tenant.id })));
      const departmentIdByCode = new Map(departments.map((d) => [d.code, d.id]));
      await manager.getRepository(Category).save(
        DEFAULT_CATEGORIES.map((c) =>
          manager.create(Category, {
            tenantId: tenant.id,
            code: c.code,
            name: c.name,
            departmentId: departmentIdByCode.get(c.department)!,
          }),
        ),
      );
      return tenant;
    });
  }

  /** The category with this code and the department it routes to, within one tenant. */
  async findCategoryRoute(tenantId: string, categoryCode: string): Promise<CategoryRoute | null> {
    const rows: Array<{ category_id: string; department_id: string; department_code: string }> = await this.dataSource.query(
      `SELECT c.id AS category_id, d.id AS department_id, d.code AS department_code
         FROM categories c JOIN departments d ON d.id = c.department_id AND d.tenant_id = c.tenant_id
        WHERE c.tenant_id = $1 AND c.code = $2`,
      [tenantId, categoryCode],
    );
    const row = rows[0];
    return row
      ? { categoryId: row.category_id, categoryCode, departmentId: row.department_id, departmentCode: row.department_code }
      : null;
  }
}
