import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumberString, IsOptional, IsString, IsUrl, Matches, MaxLength, Validate } from 'class-validator';
import { IsWhatsAppAddress } from './whatsapp-address.validator';

const LATITUDE = /^-?(?:90(?:\.0+)?|[1-8]?\d(?:\.\d+)?)$/;
const LONGITUDE = /^-?(?:180(?:\.0+)?|(?:1[0-7]\d|[1-9]?\d)(?:\.\d+)?)$/;

/**
 * The form fields Twilio posts for an incoming WhatsApp message (application/x-www-form-urlencoded).
 * Twilio adds fields without notice, so unknown fields are accepted (and covered by the signature).
 */
export class InboundMessageDto {
  @ApiProperty({ example: 'SM11111111111111111111111111111111', description: 'Twilio message id; the idempotency key' })
  @IsString()
  @Matches(/^(SM|MM)[0-9a-fA-F]{32}$/, { message: 'MessageSid must be SM or MM followed by 32 hex characters' })
  MessageSid: string;

  @ApiPropertyOptional({ example: 'AC00000000000000000000000000000000' })
  @IsOptional()
  @IsString()
  @Matches(/^AC[0-9a-fA-F]{32}$/, { message: 'AccountSid must be AC followed by 32 hex characters' })
  AccountSid?: string;

  @ApiProperty({ example: 'whatsapp:+27821234567', description: "The citizen's WhatsApp address" })
  @Validate(IsWhatsAppAddress)
  From: string;

  @ApiProperty({ example: 'whatsapp:+27215550100', description: "The municipality's WhatsApp number (selects the tenant)" })
  @Validate(IsWhatsAppAddress)
  To: string;

  @ApiPropertyOptional({ example: 'No water in Jabulani since Monday', description: 'Up to 1,600 characters; empty for a pin or media' })
  @IsOptional()
  @IsString()
  Body?: string;

  @ApiPropertyOptional({ example: 'Thandi', description: "The sender's WhatsApp display name" })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  ProfileName?: string;

  @ApiPropertyOptional({ example: '27821234567' })
  @IsOptional()
  @IsNumberString({ no_symbols: true })
  WaId?: string;

  @ApiPropertyOptional({ example: '0' })
  @IsOptional()
  @Matches(/^(?:[0-9]|10)$/, { message: 'NumMedia must be a number from 0 to 10' })
  NumMedia?: string;

  @ApiPropertyOptional({ example: 'text', description: 'text, image, location, ... (an open set)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  MessageType?: string;

  @ApiPropertyOptional({ example: '-26.2485', description: 'Latitude of a shared location pin' })
  @IsOptional()
  @Matches(LATITUDE, { message: 'Latitude must be a decimal number between -90 and 90' })
  Latitude?: string;

  @ApiPropertyOptional({ example: '27.8540', description: 'Longitude of a shared location pin' })
  @IsOptional()
  @Matches(LONGITUDE, { message: 'Longitude must be a decimal number between -180 and 180' })
  Longitude?: string;

  @ApiPropertyOptional({ example: '12 Vilakazi St, Orlando West', description: 'Address of a shared location pin' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  Address?: string;

  @ApiPropertyOptional({ example: 'Home', description: 'Place name of a shared location pin' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  Label?: string;
}

/** Twilio sends MediaUrl0..9 with MediaContentType0..9; each pair is declared, validated and documented. */
const MEDIA_FIELDS = 10;
for (let n = 0; n < MEDIA_FIELDS; n++) {
  const target = InboundMessageDto.prototype;
  const url = `MediaUrl${n}`;
  const type = `MediaContentType${n}`;
  ApiPropertyOptional({
    type: String,
    description: n === 0 ? 'URL of the first file (photo, voice note, document); fetched only from TWILIO_MEDIA_HOSTS' : undefined,
    example: n === 0 ? 'https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/MM00000000000000000000000000000000/Media/ME00000000000000000000000000000000' : undefined,
  })(target, url);
  IsOptional()(target, url);
  IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: `${url} must be an http(s) URL` })(target, url);
  MaxLength(2048)(target, url);
  ApiPropertyOptional({ type: String, example: n === 0 ? 'image/jpeg' : undefined, description: n === 0 ? 'Declared type of MediaUrl0' : undefined })(target, type);
  IsOptional()(target, type);
  Matches(/^[\w.+-]+\/[\w.+-]+(?:\s*;.*)?$/, { message: `${type} must be a MIME type such as image/jpeg` })(target, type);
  MaxLength(255)(target, type);
}

export type InboundMessageFields = InboundMessageDto & Partial<Record<`MediaUrl${number}` | `MediaContentType${number}`, string>>;
