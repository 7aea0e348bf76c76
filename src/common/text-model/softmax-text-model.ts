import { packWeights, type StoredLinearModel } from './linear-model';
import { textFeatures } from './text-features';

/** A label with the model's probability for it. */
export interface Ranked<L extends string> {
  code: L;
  confidence: number;
}

/**
 * A trained softmax regression over textFeatures (scripts/support/softmax-regression.ts): one linear
 * model per label. The weights are regrouped by feature, so scoring a message costs one lookup per
 * feature for all labels together rather than one per feature and label (packWeights).
 */
export class SoftmaxTextModel<L extends string> {
  private readonly labels: readonly L[];
  private readonly biases: Float64Array;
  private readonly offsets: Map<string, number>;
  private readonly weights: Float64Array;

  constructor(labels: readonly L[], stored: Record<L, StoredLinearModel>) {
    this.labels = labels;
    this.biases = Float64Array.from(labels, (label) => stored[label].bias);
    ({ offsets: this.offsets, weights: this.weights } = packWeights(labels.map((label) => stored[label])));
  }

  /** Every label, likeliest first; nothing for a text without a word or a number. */
  rank(text: string): Ranked<L>[] {
    const features = textFeatures(text);
    if (features.size === 0) return [];
    const scores = Float64Array.from(this.biases);
    const { weights, offsets } = this;
    for (const [feature, value] of features) {
      const offset = offsets.get(feature);
      if (offset !== undefined) for (let k = 0; k < scores.length; k++) scores[k] += weights[offset + k] * value;
    }
    const max = Math.max(...scores);
    let total = 0;
    for (let k = 0; k < scores.length; k++) total += scores[k] = Math.exp(scores[k] - max);
    return this.labels
      .map((code, k) => ({ code, confidence: Math.round((scores[k] / total) * 1000) / 1000 }))
      .sort((a, b) => b.confidence - a.confidence);
  }
}
