import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AdminModule } from './admin/admin.module';
import { AppCacheModule } from './cache/app-cache.module';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { ConfigModule } from './config/config.module';
import { ConversationsModule } from './conversations/conversations.module';
import { DatabaseModule } from './database/database.module';
import { GuardrailsModule } from './guardrails/guardrails.module';
import { HealthModule } from './health/health.module';
import { IntakeModule } from './intake/intake.module';
import { StorageModule } from './storage/storage.module';
import { TenancyModule } from './tenancy/tenancy.module';
import { TicketsModule } from './tickets/tickets.module';
import { WhatsappModule } from './whatsapp/whatsapp.module';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    AppCacheModule,
    TenancyModule,
    GuardrailsModule,
    IntakeModule,
    ConversationsModule,
    StorageModule,
    TicketsModule,
    WhatsappModule,
    AdminModule,
    HealthModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    {
      provide: APP_PIPE,
      // Unknown fields are allowed (Twilio adds fields without notice) but stripped from the DTOs.
      useValue: new ValidationPipe({ transform: true, whitelist: true, forbidUnknownValues: false }),
    },
  ],
})
export class AppModule {}
