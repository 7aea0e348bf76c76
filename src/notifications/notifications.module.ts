import { Module } from '@nestjs/common';
import { TwilioWhatsAppSender } from './twilio-whatsapp-sender';
import { WhatsAppSender } from './whatsapp-sender';

/** Messages sent outside a webhook's reply. AppConfig comes from the global ConfigModule. */
@Module({
  providers: [{ provide: WhatsAppSender, useClass: TwilioWhatsAppSender }],
  exports: [WhatsAppSender],
})
export class NotificationsModule {}
