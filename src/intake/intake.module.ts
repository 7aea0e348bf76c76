import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { TenancyModule } from '../tenancy/tenancy.module';
import { CategoryClassifier } from './category-classifier';
import { CategoryModel } from './category/category-model';
import { IntakeClassifier } from './intake-classifier';
import { IntakeFlow } from './intake-flow';
import { IntakePreviewService } from './intake-preview.service';
import { IntakeController } from './intake.controller';
import { LanguageDetector } from './language-detector';
import { LlmIntakeClassifier } from './llm-intake-classifier';
import { LocalIntakeClassifier } from './local-intake-classifier';
import { LocationExtractor } from './location-extractor';

@Module({
  imports: [TenancyModule],
  controllers: [IntakeController],
  providers: [
    LanguageDetector,
    CategoryClassifier,
    // Parsed once (a few MB of weights), shared by every request.
    { provide: CategoryModel, useFactory: () => new CategoryModel() },
    LocationExtractor,
    LocalIntakeClassifier,
    {
      provide: IntakeClassifier,
      inject: [AppConfig, LocalIntakeClassifier],
      useFactory: (config: AppConfig, local: LocalIntakeClassifier) => (config.llm ? new LlmIntakeClassifier(config.llm, local) : local),
    },
    IntakeFlow,
    IntakePreviewService,
  ],
  exports: [IntakeFlow, LanguageDetector],
})
export class IntakeModule {}
