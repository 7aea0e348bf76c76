import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../common/errors/domain.error';
import { toE164 } from '../common/phone/phone-number';
import { Tenant } from './entities/tenant.entity';
import { NewTenant, TenantsRepository } from './tenants.repository';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class TenantsService {
  constructor(private readonly tenants: TenantsRepository) {}

  async create(input: NewTenant): Promise<Tenant> {
    const whatsappNumber = toE164(input.whatsappNumber);
    if (!whatsappNumber || whatsappNumber !== input.whatsappNumber) {
      throw new DomainError('VALIDATION_FAILED', 'whatsappNumber must be a valid phone number in E.164 form, e.g. +27215550100', [
        'whatsappNumber must be a valid E.164 phone number',
      ]);
    }
    try {
      return await this.tenants.createWithDefaultTaxonomy({ ...input, whatsappNumber });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === UNIQUE_VIOLATION) {
        const constraint = String((error.driverError as { constraint?: string }).constraint ?? '');
        const field = constraint.includes('slug') ? 'slug' : 'whatsappNumber';
        throw new DomainError('CONFLICT', `A tenant with this ${field} already exists`);
      }
      throw error;
    }
  }

  list(): Promise<Tenant[]> {
    return this.tenants.listAll();
  }

  async get(tenantId: string): Promise<Tenant> {
    const tenant = await this.tenants.findById(tenantId);
    if (!tenant) throw new DomainError('TENANT_NOT_FOUND', 'No tenant with this id');
    return tenant;
  }
}
