import { Injectable } from '@nestjs/common';
import { toE164 } from '../common/phone/phone-number';
import { TenantResolver } from '../tenancy/tenant-resolver';
import { StatusCallbackDto } from './dto/status-callback.dto';
import { InboundMessagesRepository } from './inbound-messages.repository';

@Injectable()
export class MessageStatusService {
  constructor(
    private readonly messages: InboundMessagesRepository,
    private readonly tenants: TenantResolver,
  ) {}

  /** Records a delivery status. Unknown sids and numbers are kept too: Twilio is the source of truth. */
  async record(callback: StatusCallbackDto): Promise<void> {
    const sender = toE164(callback.From);
    const tenant = sender ? await this.tenants.byWhatsappNumber(sender) : null;
    await this.messages.recordStatus({
      tenantId: tenant?.id ?? null,
      messageSid: callback.MessageSid,
      status: callback.MessageStatus,
      errorCode: callback.ErrorCode ?? null,
    });
  }
}
