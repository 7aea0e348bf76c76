import { Module } from '@nestjs/common';
import { GuardrailsModule } from '../guardrails/guardrails.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { TicketsModule } from '../tickets/tickets.module';
import { AdminGuardrailsController } from './admin-guardrails.controller';
import { AdminTenantsController } from './admin-tenants.controller';
import { AdminTicketsController } from './admin-tickets.controller';
import { PlatformAdminGuard } from './platform-admin.guard';

@Module({
  imports: [TenancyModule, TicketsModule, GuardrailsModule],
  controllers: [AdminTenantsController, AdminTicketsController, AdminGuardrailsController],
  providers: [PlatformAdminGuard],
})
export class AdminModule {}
