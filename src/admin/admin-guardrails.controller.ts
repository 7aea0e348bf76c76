import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { GuardrailSettings, GuardrailSettingsRepository } from '../guardrails/guardrail-settings';
import { TenantsService } from '../tenancy/tenants.service';
import { PlatformAdmin } from './admin-auth.decorator';
import { GuardrailSettingsDto } from './dto/guardrail-settings.dto';

@ApiTags('admin: guardrails')
@Controller('api/v1/admin/tenants/:tenantId/guardrails')
@PlatformAdmin()
@ApiParam({ name: 'tenantId', format: 'uuid' })
@ApiNotFoundResponse({ description: 'No such tenant' })
export class AdminGuardrailsController {
  constructor(
    private readonly tenants: TenantsService,
    private readonly settings: GuardrailSettingsRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: "A tenant's flood limits, extra blocked words and mute rules (the safe defaults until set)" })
  @ApiOkResponse({ type: GuardrailSettingsDto })
  async get(@Param('tenantId', ParseUUIDPipe) tenantId: string): Promise<GuardrailSettingsDto> {
    await this.tenants.get(tenantId);
    return copy(await this.settings.forTenant(tenantId));
  }

  @Put()
  @ApiOperation({ summary: "Replace a tenant's guardrail settings" })
  @ApiOkResponse({ type: GuardrailSettingsDto })
  @ApiBadRequestResponse({ description: 'A field is missing or out of range' })
  async put(@Param('tenantId', ParseUUIDPipe) tenantId: string, @Body() body: GuardrailSettingsDto): Promise<GuardrailSettingsDto> {
    await this.tenants.get(tenantId);
    const words = [...new Set(body.extraBlockedWords.map((word) => word.trim().toLowerCase()).filter(Boolean))];
    await this.settings.save(tenantId, { ...body, extraBlockedWords: words });
    return copy(await this.settings.forTenant(tenantId));
  }
}

function copy(settings: GuardrailSettings): GuardrailSettingsDto {
  return { ...settings, extraBlockedWords: [...settings.extraBlockedWords] };
}
