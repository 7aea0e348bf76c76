import { Module } from '@nestjs/common';
import { CitizensRepository } from './citizens.repository';
import { TenantResolutionGuard } from './tenant-resolution.guard';
import { TenantResolver } from './tenant-resolver';
import { TenantsRepository } from './tenants.repository';
import { TenantsService } from './tenants.service';

@Module({
  providers: [TenantsRepository, CitizensRepository, TenantsService, TenantResolver, TenantResolutionGuard],
  exports: [TenantsRepository, CitizensRepository, TenantsService, TenantResolver, TenantResolutionGuard],
})
export class TenancyModule {}
