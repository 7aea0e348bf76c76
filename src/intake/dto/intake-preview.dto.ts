import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CATEGORY_CODES } from '../../tenancy/default-taxonomy';
import { LANGUAGE_CODES } from '../intake.types';

export class IntakePreviewRequest {
  @ApiProperty({ example: 'Awekho amanzi kwa Section K kusukela izolo', maxLength: 4096 })
  @IsString()
  @Length(1, 4096)
  text: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Route with this tenant's category -> department mapping (default: the seeded defaults)",
  })
  @IsOptional()
  @IsUUID()
  tenantId?: string;
}

class ScoredLanguage {
  @ApiProperty({ enum: LANGUAGE_CODES, example: 'zu' })
  code: string;

  @ApiProperty({ example: 0.93, minimum: 0, maximum: 1 })
  confidence: number;
}

class ScoredCategory {
  @ApiProperty({ enum: CATEGORY_CODES, example: 'water' })
  code: string;

  @ApiProperty({ example: 0.88, minimum: 0, maximum: 1 })
  confidence: number;
}

class PreviewLocationParts {
  @ApiPropertyOptional() streetNumber?: string;
  @ApiPropertyOptional() street?: string;
  @ApiPropertyOptional({ description: 'Suburb, township or village' }) area?: string;
  @ApiPropertyOptional({ description: 'Section, extension, zone, ward, block, phase, stand or erf' }) unit?: string;
  @ApiPropertyOptional({ example: 'next to the clinic' }) landmark?: string;
}

class PreviewLocation {
  @ApiProperty({ example: 'Section K', description: 'The location words as the citizen wrote them' })
  text: string;

  @ApiProperty({ type: PreviewLocationParts })
  parts: PreviewLocationParts;
}

export class IntakePreviewResponse {
  @ApiProperty({ type: ScoredLanguage })
  language: ScoredLanguage;

  @ApiProperty({ type: ScoredCategory, description: 'The likeliest category ("other" when nothing points anywhere)' })
  category: ScoredCategory;

  @ApiProperty({ type: [ScoredCategory], description: 'Every category with evidence, likeliest first' })
  alternatives: ScoredCategory[];

  @ApiProperty({ example: 'water_sanitation', description: 'The department the category routes to' })
  department: string;

  @ApiProperty({ type: PreviewLocation, nullable: true })
  location: PreviewLocation | null;

  @ApiProperty({ description: 'True when the bot would ask the citizen: category below the confidence threshold, or no location' })
  needsClarification: boolean;

  @ApiProperty({ enum: ['local', 'llm'], description: 'Which engine answered' })
  engine: string;
}
