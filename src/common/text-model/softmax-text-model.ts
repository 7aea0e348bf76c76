import { LinearModel, type StoredLinearModel } from './linear-model';
import { textFeatures } from './text-features';

/** A label with the model's probability for it. */
export interface Ranked<L extends string> {
  code: L;
  confidence: number;
}

/**
 * A trained softmax regression over textFeatures (scripts/support/softmax-regression.ts): one linear
 * model per label, parsed once from its stored form; rank() gives every label its probability.
 */
export class SoftmaxTextModel<L extends string> {
  private readonly models: Array<[L, LinearModel]>;

  constructor(labels: readonly L[], stored: Record<L, StoredLinearModel>) {
    this.models = labels.map((label) => [label, new LinearModel(stored[label])]);
  }

  /** Every label, likeliest first; nothing for a text without a word or a number. */
  rank(text: string): Ranked<L>[] {
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
}
