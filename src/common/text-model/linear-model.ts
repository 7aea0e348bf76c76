/** A trained linear model as stored: a bias and "feature weight feature weight ..." (weights x 1000). */
export interface StoredLinearModel {
  bias: number;
  weights: string;
}

export const WEIGHT_SCALE = 1000;

/** A linear scorer over textFeatures, parsed once from its stored form. */
export class LinearModel {
  private readonly weights = new Map<string, number>();
  private readonly bias: number;

  constructor(stored: StoredLinearModel) {
    this.bias = stored.bias;
    const fields = stored.weights.split(' ');
    for (let i = 0; i + 1 < fields.length; i += 2) this.weights.set(fields[i], Number(fields[i + 1]) / WEIGHT_SCALE);
  }

  /** Bias plus the weighted features; unknown features weigh nothing. */
  score(features: ReadonlyMap<string, number>): number {
    let sum = this.bias;
    for (const [feature, value] of features) sum += (this.weights.get(feature) ?? 0) * value;
    return sum;
  }
}
