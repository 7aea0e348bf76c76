import { Injectable } from '@nestjs/common';
import { withoutAddress } from './address-free-text';
import { CategoryClassifier } from './category-classifier';
import { CategoryModel } from './category/category-model';
import { IntakeAnalysis, IntakeClassifier } from './intake-classifier';
import type { LanguageCode } from './intake.types';
import { LanguageDetector } from './language-detector';
import { LocationExtractor } from './location-extractor';

/**
 * Language, then category and location in that language: all local, synchronous and fast. The category
 * is the hand-written classifier's when it is sure, else the trained model's.
 */
@Injectable()
export class LocalIntakeClassifier extends IntakeClassifier {
  constructor(
    private readonly languages: LanguageDetector,
    private readonly categories: CategoryClassifier,
    private readonly locations: LocationExtractor,
    private readonly categoryModel: CategoryModel,
  ) {
    super();
  }

  analyse(text: string, prior: LanguageCode | null): Promise<IntakeAnalysis> {
    return Promise.resolve(this.analyseNow(text, prior));
  }

  /** The same analysis without a promise, for the evaluation and the benchmark. */
  analyseNow(text: string, prior: LanguageCode | null): IntakeAnalysis {
    const language = this.languages.detect(text, prior);
    const location = this.locations.fromText(text, language.code);
    return {
      language,
      categories: CategoryModel.combine(this.categories.rank(withoutAddress(text, location), language.code), () =>
        this.categoryModel.rank(text),
      ),
      location,
      engine: 'local',
    };
  }
}
