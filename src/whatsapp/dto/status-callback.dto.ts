import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const MESSAGE_STATUSES = [
  'queued',
  'sending',
  'sent',
  'failed',
  'delivered',
  'undelivered',
  'receiving',
  'received',
  'accepted',
  'scheduled',
  'read',
  'partially_delivered',
  'canceled',
] as const;

/** Twilio's delivery status callback for a message we sent (form-encoded; unknown fields accepted). */
export class StatusCallbackDto {
  @ApiProperty({ example: 'SM22222222222222222222222222222222' })
  @IsString()
  @Matches(/^(SM|MM)[0-9a-fA-F]{32}$/, { message: 'MessageSid must be SM or MM followed by 32 hex characters' })
  MessageSid: string;

  @ApiProperty({ enum: MESSAGE_STATUSES, example: 'delivered' })
  @IsIn(MESSAGE_STATUSES)
  MessageStatus: string;

  @ApiPropertyOptional({ example: '63016', description: 'Twilio error code, on failed or undelivered' })
  @IsOptional()
  @Matches(/^\d{1,6}$/, { message: 'ErrorCode must be a number' })
  ErrorCode?: string;

  @ApiPropertyOptional({ example: 'whatsapp:+27215550100', description: 'Our sending number (selects the tenant)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  From?: string;

  @ApiPropertyOptional({ example: 'whatsapp:+27821234567' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  To?: string;
}
