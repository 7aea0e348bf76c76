import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { RequestWithTenant, TenantContext } from './tenant-context';

/**
 * The tenant and citizen TenantResolutionGuard resolved. Fails closed: a handler that reads it without
 * the guard in front gets an error, never a missing tenant it might forget to check.
 */
export const CurrentTenantContext = createParamDecorator((_data: unknown, ctx: ExecutionContext): TenantContext => {
  const context = ctx.switchToHttp().getRequest<RequestWithTenant>().tenantContext;
  if (!context) throw new Error('CurrentTenantContext used on a route without TenantResolutionGuard');
  return context;
});
