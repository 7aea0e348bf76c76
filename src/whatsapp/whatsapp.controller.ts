import { applyDecorators, Body, Controller, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentTenantContext } from '../tenancy/current-tenant.decorator';
import { TenantResolutionGuard } from '../tenancy/tenant-resolution.guard';
import type { TenantContext } from '../tenancy/tenant-context';
import { InboundMessageDto } from './dto/inbound-message.dto';
import { StatusCallbackDto } from './dto/status-callback.dto';
import { InboundMessageFormGuard, ValidatedInboundMessage } from './inbound-message-form.guard';
import { InboundMessageProcessor } from './inbound-message.processor';
import { MessageStatusService } from './message-status.service';
import { TwilioSignatureGuard } from './twilio-signature.guard';
import { messagingResponse } from './twiml';

const TwilioForm = (type: new () => object) =>
  applyDecorators(
    ApiConsumes('application/x-www-form-urlencoded'),
    ApiBody({ type }),
    ApiHeader({ name: 'X-Twilio-Signature', required: true, description: 'HMAC-SHA1 of the public URL and form fields' }),
    ApiForbiddenResponse({ description: 'Missing or invalid X-Twilio-Signature; nothing is stored' }),
    ApiBadRequestResponse({ description: 'A malformed field (the problem lists which)' }),
    ApiPayloadTooLargeResponse({ description: 'Body over 64 KiB' }),
  );

@ApiTags('whatsapp')
@Controller('api/v1/whatsapp')
@UseGuards(TwilioSignatureGuard)
export class WhatsappController {
  constructor(
    private readonly processor: InboundMessageProcessor,
    private readonly statuses: MessageStatusService,
  ) {}

  @Post('webhook')
  @HttpCode(200)
  @UseGuards(InboundMessageFormGuard, TenantResolutionGuard)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  @ApiOperation({ summary: 'Incoming WhatsApp message (Twilio webhook); answers with TwiML' })
  @TwilioForm(InboundMessageDto)
  @ApiProduces('text/xml')
  @ApiOkResponse({ description: 'TwiML <Response> with the reply to the citizen', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'The To number belongs to no municipality; nothing is stored' })
  async receive(
    @CurrentTenantContext() context: TenantContext,
    @ValidatedInboundMessage() message: InboundMessageDto,
  ): Promise<string> {
    return messagingResponse(await this.processor.process(context, message));
  }

  @Post('status')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delivery status callback for a message we sent (Twilio); idempotent' })
  @TwilioForm(StatusCallbackDto)
  @ApiNoContentResponse({ description: 'Recorded (or already recorded)' })
  async status(@Body() callback: StatusCallbackDto): Promise<void> {
    await this.statuses.record(callback);
  }
}
