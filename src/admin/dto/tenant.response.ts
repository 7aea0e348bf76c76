import { ApiProperty } from '@nestjs/swagger';
import type { Tenant } from '../../tenancy/entities/tenant.entity';

export class TenantResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'johannesburg' })
  slug: string;

  @ApiProperty({ example: 'City of Johannesburg' })
  name: string;

  @ApiProperty({ example: '+27215550100' })
  whatsappNumber: string;

  @ApiProperty()
  createdAt: Date;

  static from(tenant: Tenant): TenantResponse {
    return {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      whatsappNumber: tenant.whatsappNumber,
      createdAt: tenant.createdAt,
    };
  }
}
