import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class CreateTenantDto {
  @ApiProperty({ example: 'City of Johannesburg', maxLength: 200 })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: 'johannesburg', description: 'Lower-case letters, digits and dashes', maxLength: 63 })
  @IsString()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, {
    message: 'slug must be 1-63 lower-case letters, digits or dashes, not starting or ending with a dash',
  })
  slug: string;

  @ApiProperty({ example: '+27215550100', description: "The municipality's WhatsApp number, E.164" })
  @IsString()
  @Matches(/^\+[1-9]\d{6,14}$/, { message: 'whatsappNumber must be an E.164 number such as +27215550100' })
  whatsappNumber: string;
}
