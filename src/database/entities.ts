import { ConversationTurn } from '../conversations/entities/conversation-turn.entity';
import { MediaAttachment } from '../media/entities/media-attachment.entity';
import { GuardrailSettingsRow } from '../guardrails/entities/guardrail-settings.entity';
import { Category } from '../tenancy/entities/category.entity';
import { Citizen } from '../tenancy/entities/citizen.entity';
import { Department } from '../tenancy/entities/department.entity';
import { Tenant } from '../tenancy/entities/tenant.entity';
import { Ticket } from '../tickets/entities/ticket.entity';
import { InboundMessage } from '../whatsapp/entities/inbound-message.entity';
import { MessageStatusEvent } from '../whatsapp/entities/message-status-event.entity';

/** Every entity, listed once for the application and the migration CLI alike. */
export const ENTITIES = [
  Tenant,
  Citizen,
  Department,
  Category,
  Ticket,
  InboundMessage,
  MessageStatusEvent,
  ConversationTurn,
  GuardrailSettingsRow,
  MediaAttachment,
];
