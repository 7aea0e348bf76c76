import { Injectable } from '@nestjs/common';
import { ExpiringMap } from '../common/cache/expiring-map';
import { Tenant } from './entities/tenant.entity';
import { CategoryRoute, TenantsRepository } from './tenants.repository';

// Every webhook needs the tenant and, for a report, its category routing; both change rarely, so they
// are remembered briefly. Only hits are remembered: a newly created tenant is found at once.
const TTL_MS = 30_000;

@Injectable()
export class TenantResolver {
  private readonly byNumber = new ExpiringMap<string, Tenant>(TTL_MS);
  private readonly routes = new ExpiringMap<string, CategoryRoute>(TTL_MS);

  constructor(private readonly tenants: TenantsRepository) {}

  async byWhatsappNumber(whatsappNumber: string): Promise<Tenant | null> {
    const cached = this.byNumber.get(whatsappNumber);
    if (cached) return cached;
    const tenant = await this.tenants.findByWhatsappNumber(whatsappNumber);
    if (tenant) this.byNumber.set(whatsappNumber, tenant);
    return tenant;
  }

  /** The department a category of this tenant routes to; a code the tenant lacks goes to "other". */
  async categoryRoute(tenantId: string, categoryCode: string): Promise<CategoryRoute | null> {
    for (const code of categoryCode === 'other' ? ['other'] : [categoryCode, 'other']) {
      const key = `${tenantId}:${code}`;
      const cached = this.routes.get(key);
      if (cached) return cached;
      const route = await this.tenants.findCategoryRoute(tenantId, code);
      if (route) {
        this.routes.set(key, route);
        return route;
      }
    }
    return null;
  }
}
