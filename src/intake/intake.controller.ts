import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PlatformAdmin } from '../admin/admin-auth.decorator';
import { IntakePreviewRequest, IntakePreviewResponse } from './dto/intake-preview.dto';
import { IntakePreviewService } from './intake-preview.service';

@ApiTags('intake')
@Controller('api/v1/intake')
@PlatformAdmin()
export class IntakeController {
  constructor(private readonly previews: IntakePreviewService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What the intake makes of a message (language, category, department, location), creating nothing',
    description:
      'For integrators tuning their taxonomy. Category codes: water, sanitation, electricity, streetlights, roads, ' +
      'waste, parks, billing, other (definitions in the README). needsClarification is what the bot would ask about.',
  })
  @ApiOkResponse({ type: IntakePreviewResponse })
  @ApiBadRequestResponse({ description: 'text missing, empty or over 4,096 characters; tenantId not a uuid' })
  @ApiNotFoundResponse({ description: 'tenantId names no tenant' })
  preview(@Body() body: IntakePreviewRequest): Promise<IntakePreviewResponse> {
    return this.previews.preview(body.text, body.tenantId);
  }
}
