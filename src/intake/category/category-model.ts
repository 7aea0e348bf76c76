import type { StoredLinearModel } from '../../common/text-model/linear-model';
import { SoftmaxTextModel } from '../../common/text-model/softmax-text-model';
import { CATEGORY_CODES, type CategoryCode } from '../../tenancy/default-taxonomy';
import type { Scored } from '../intake.types';
import { CATEGORY_MODEL } from './category-model.data';

export interface StoredCategoryModel {
  categories: Record<CategoryCode, StoredLinearModel>;
}

/** From this confidence the hand-written classifier's answer stands; below it the model decides. */
export const RULE_SURE = 0.6;

/**
 * The trained category model (scripts/train-intake-models.ts): softmax regression over words, word
 * pairs and character grams, learnt from every labelled intake line. The hand-written classifier knows
 * its cue words and explains itself; the model reads the wordings nobody listed. Where the classifier is
 * sure it stands, where it is unsure the model decides (leave-one-file-out, unseen files: 0.95 -> 0.97).
 */
export class CategoryModel {
  private readonly model: SoftmaxTextModel<CategoryCode>;

  constructor(stored: StoredCategoryModel = CATEGORY_MODEL) {
    this.model = new SoftmaxTextModel(CATEGORY_CODES, stored.categories);
  }

  /** Every category, likeliest first, with its probability as the confidence. */
  rank(text: string): Scored<CategoryCode>[] {
    return this.model.rank(text);
  }

  /** The classifier's ranking when it is sure, else the model's (only then computed). */
  static combine(ruled: Scored<CategoryCode>[], learn: () => Scored<CategoryCode>[]): Scored<CategoryCode>[] {
    if ((ruled[0]?.confidence ?? 0) >= RULE_SURE) return ruled;
    const learnt = learn();
    return learnt.length > 0 ? learnt : ruled;
  }
}
