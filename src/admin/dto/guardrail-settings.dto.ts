import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsString, Length, Max, Min } from 'class-validator';
import type { GuardrailSettings } from '../../guardrails/guardrail-settings';

/** A tenant's guardrail settings; every field is required on PUT (GET shows the defaults if none were set). */
export class GuardrailSettingsDto implements GuardrailSettings {
  @ApiProperty({ example: 10, minimum: 1, maximum: 120, description: 'Messages a citizen may send a minute before "slow down"' })
  @IsInt()
  @Min(1)
  @Max(120)
  messagesPerMinute: number;

  @ApiProperty({ example: 200, minimum: 1, maximum: 5000, description: 'Messages a citizen may send a day' })
  @IsInt()
  @Min(1)
  @Max(5000)
  messagesPerDay: number;

  @ApiProperty({ type: [String], example: ['voetsek'], maxItems: 500, description: "Words treated as abuse on top of the built-in lists (whole words, any case)" })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Length(2, 60, { each: true })
  extraBlockedWords: string[];

  @ApiProperty({ example: 3, minimum: 1, maximum: 20, description: 'Abusive messages within a day before the citizen is muted' })
  @IsInt()
  @Min(1)
  @Max(20)
  abuseStrikesBeforeMute: number;

  @ApiProperty({ example: 60, minimum: 1, maximum: 10080, description: 'How long a mute lasts' })
  @IsInt()
  @Min(1)
  @Max(10080)
  muteMinutes: number;
}
