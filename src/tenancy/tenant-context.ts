import type { Request } from 'express';
import type { Citizen } from './entities/citizen.entity';
import type { Tenant } from './entities/tenant.entity';

/** What TenantResolutionGuard attaches to a webhook request. */
export interface TenantContext {
  tenant: Tenant;
  citizen: Citizen;
}

export type RequestWithTenant = Request & { tenantContext?: TenantContext };
