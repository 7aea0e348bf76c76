import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain.error';
import { toE164 } from '../common/phone/phone-number';
import { CitizensRepository } from './citizens.repository';
import type { RequestWithTenant } from './tenant-context';
import { TenantResolver } from './tenant-resolver';

const MAX_PROFILE_NAME = 200;

/**
 * Resolves the municipality from the number the citizen wrote to (`To`, "whatsapp:" stripped) and the
 * citizen from `From` within that municipality only, creating the citizen on first contact. There is no
 * lookup of a phone across tenants.
 */
@Injectable()
export class TenantResolutionGuard implements CanActivate {
  constructor(
    private readonly tenants: TenantResolver,
    private readonly citizens: CitizensRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithTenant>();
    const fields = (request.body ?? {}) as Record<string, unknown>;
    const to = typeof fields.To === 'string' ? toE164(fields.To) : undefined;
    const from = typeof fields.From === 'string' ? toE164(fields.From) : undefined;
    if (!to || !from) {
      throw new DomainError('VALIDATION_FAILED', 'To and From must be WhatsApp addresses such as whatsapp:+27821234567');
    }
    const tenant = await this.tenants.byWhatsappNumber(to);
    if (!tenant) {
      throw new DomainError('TENANT_NOT_FOUND', 'No municipality uses the number this message was sent to');
    }
    const profileName = typeof fields.ProfileName === 'string' ? fields.ProfileName.slice(0, MAX_PROFILE_NAME) || null : null;
    request.tenantContext = { tenant, citizen: await this.citizens.findOrCreate(tenant.id, from, profileName) };
    return true;
  }
}
