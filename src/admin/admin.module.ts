import { Module } from '@nestjs/common';
import { GuardrailsModule } from '../guardrails/guardrails.module';
import { MediaModule } from '../media/media.module';
import { StorageModule } from '../storage/storage.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { TicketsModule } from '../tickets/tickets.module';
import { AdminAttachmentsController } from './admin-attachments.controller';
import { AdminGuardrailsController } from './admin-guardrails.controller';
import { AdminTenantsController } from './admin-tenants.controller';
import { AdminTicketsController } from './admin-tickets.controller';
import { PlatformAdminGuard } from './platform-admin.guard';

@Module({
  imports: [TenancyModule, TicketsModule, GuardrailsModule, MediaModule, StorageModule],
  controllers: [AdminTenantsController, AdminTicketsController, AdminGuardrailsController, AdminAttachmentsController],
  providers: [PlatformAdminGuard],
})
export class AdminModule {}
