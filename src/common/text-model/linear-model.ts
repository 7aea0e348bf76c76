/** A trained linear model as stored: a bias and "feature weight feature weight ..." (weights x 1000). */
export interface StoredLinearModel {
  bias: number;
  weights: string;
}

export const WEIGHT_SCALE = 1000;

/**
 * A linear scorer over textFeatures, parsed once from its stored form. The map gives a feature's place
 * in one array of weights: a map of fractional numbers would box each weight in its own heap object.
 */
export class LinearModel {
  private readonly indices = new Map<string, number>();
  private readonly weights: Float64Array;
  private readonly bias: number;

  constructor(stored: StoredLinearModel) {
    this.bias = stored.bias;
    const fields = stored.weights.split(' ');
    const weights: number[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      let index = this.indices.get(fields[i]);
      if (index === undefined) this.indices.set(fields[i], (index = weights.length));
      weights[index] = Number(fields[i + 1]) / WEIGHT_SCALE;
    }
    this.weights = Float64Array.from(weights);
  }

  /** Bias plus the weighted features; unknown features weigh nothing. */
  score(features: ReadonlyMap<string, number>): number {
    let sum = this.bias;
    for (const [feature, value] of features) {
      const index = this.indices.get(feature);
      sum += (index === undefined ? 0 : this.weights[index]) * value;
    }
    return sum;
  }
}
