/** A trained linear model as stored: a bias and "feature weight feature weight ..." (weights x 1000). */
export interface StoredLinearModel {
  bias: number;
  weights: string;
}

export const WEIGHT_SCALE = 1000;

/**
 * Stored models' weights in one array: a feature's weight in each model side by side, at the offset the
 * map gives (models in the order given). One array, not an array per feature: tens of thousands of small
 * typed arrays, each with its own buffer, had doubled the loaded engines' heap and a full GC's time.
 */
export interface PackedWeights {
  offsets: Map<string, number>;
  weights: Float64Array;
}

export function packWeights(models: readonly StoredLinearModel[]): PackedWeights {
  const tables = models.map((model) => model.weights.split(' '));
  const offsets = new Map<string, number>();
  for (const fields of tables) {
    for (let i = 0; i + 1 < fields.length; i += 2) {
      if (!offsets.has(fields[i])) offsets.set(fields[i], offsets.size * models.length);
    }
  }
  const weights = new Float64Array(offsets.size * models.length);
  tables.forEach((fields, k) => {
    for (let i = 0; i + 1 < fields.length; i += 2) weights[offsets.get(fields[i])! + k] = Number(fields[i + 1]) / WEIGHT_SCALE;
  });
  return { offsets, weights };
}

/** A linear scorer over textFeatures, parsed once from its stored form. */
export class LinearModel {
  private readonly packed: PackedWeights;
  private readonly bias: number;

  constructor(stored: StoredLinearModel) {
    this.bias = stored.bias;
    this.packed = packWeights([stored]);
  }

  /** Bias plus the weighted features; unknown features weigh nothing. */
  score(features: ReadonlyMap<string, number>): number {
    const { offsets, weights } = this.packed;
    let sum = this.bias;
    for (const [feature, value] of features) {
      const offset = offsets.get(feature);
      sum += (offset === undefined ? 0 : weights[offset]) * value;
    }
    return sum;
  }
}
