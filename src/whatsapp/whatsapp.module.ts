import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { GuardrailsModule } from '../guardrails/guardrails.module';
import { IntakeModule } from '../intake/intake.module';
import { MediaModule } from '../media/media.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { TicketsModule } from '../tickets/tickets.module';
import { InboundMessageFormGuard } from './inbound-message-form.guard';
import { InboundMessageProcessor } from './inbound-message.processor';
import { InboundMessagesRepository } from './inbound-messages.repository';
import { MessageStatusService } from './message-status.service';
import { TwilioSignatureGuard } from './twilio-signature.guard';
import { WhatsappController } from './whatsapp.controller';

@Module({
  imports: [TenancyModule, GuardrailsModule, IntakeModule, ConversationsModule, TicketsModule, MediaModule],
  controllers: [WhatsappController],
  providers: [InboundMessageFormGuard, InboundMessagesRepository, InboundMessageProcessor, MessageStatusService, TwilioSignatureGuard],
})
export class WhatsappModule {}
