import { LinearModel, type StoredLinearModel } from '../../common/text-model/linear-model';
import { textFeatures } from '../../common/text-model/text-features';
import { CATEGORY_CODES, type CategoryCode } from '../../tenancy/default-taxonomy';
import type { Scored } from '../intake.types';
import { CATEGORY_MODEL } from './category-model.data';

export interface StoredCategoryModel {
  categories: Record<CategoryCode, StoredLinearModel>;
}

/** From this confidence the hand-written classifier's answer stands; below it the model decides. */
export const RULE_SURE = 0.6;

/**
 * The trained category model (scripts/train-category-model.ts): softmax regression over words, word
 * pairs and character grams, learnt from every labelled intake line. The hand-written classifier knows
 * its cue words and explains itself; the model reads the wordings nobody listed. Where the classifier is
 * sure it stands, where it is unsure the model decides (leave-one-file-out, unseen files: 0.95 -> 0.97).
 */
export class CategoryModel {
  private readonly models: Array<[CategoryCode, LinearModel]>;

  constructor(stored: StoredCategoryModel = CATEGORY_MODEL) {
    this.models = CATEGORY_CODES.map((code) => [code, new LinearModel(stored.categories[code])]);
  }

  /** Every category, likeliest first, with its probability as the confidence. */
  rank(text: string): Scored<CategoryCode>[] {
    const features = textFeatures(text);
    if (features.size === 0) return [];
    const scores = this.models.map(([code, model]) => [code, model.score(features)] as const);
    const max = Math.max(...scores.map(([, score]) => score));
    const exps = scores.map(([code, score]) => [code, Math.exp(score - max)] as const);
    const total = exps.reduce((sum, [, e]) => sum + e, 0);
    return exps
      .map(([code, e]) => ({ code, confidence: Math.round((e / total) * 1000) / 1000 }))
      .sort((a, b) => b.confidence - a.confidence);
  }

  /** The classifier's ranking when it is sure, else the model's (only then computed). */
  static combine(ruled: Scored<CategoryCode>[], learn: () => Scored<CategoryCode>[]): Scored<CategoryCode>[] {
    if ((ruled[0]?.confidence ?? 0) >= RULE_SURE) return ruled;
    const learnt = learn();
    return learnt.length > 0 ? learnt : ruled;
  }
}
