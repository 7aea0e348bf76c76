import { Module } from '@nestjs/common';
import { CitizenRateLimiter } from './citizen-rate-limiter';
import { GuardrailSettingsRepository } from './guardrail-settings';
import { GuardrailsService } from './guardrails.service';

@Module({
  providers: [GuardrailsService, GuardrailSettingsRepository, CitizenRateLimiter],
  exports: [GuardrailsService, GuardrailSettingsRepository, CitizenRateLimiter],
})
export class GuardrailsModule {}
