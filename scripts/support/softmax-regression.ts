/**
 * Softmax (multinomial logistic) regression for the trained text models: full batch, Adam, an L2 penalty,
 * no randomness (same lines, same model). Small enough to need no library: a few thousand labelled lines
 * of a few hundred sparse features each train in seconds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { WEIGHT_SCALE, type StoredLinearModel } from '../../src/common/text-model/linear-model';
import { textFeatures } from '../../src/common/text-model/text-features';

const L2 = 0.25; // strength of the penalty on weights: 1 / C with C = 4
const ITERATIONS = 300;
const LEARNING_RATE = 0.05;
const PRUNE_BELOW = 0.005; // weights smaller than this are dropped from the stored model

export interface TrainingItem {
  text: string;
  label: number;
  /** How much a mistake on this line costs, relative to 1. */
  weight: number;
}

interface Example {
  indices: Int32Array;
  values: Float64Array;
  label: number;
  weight: number;
}

export interface Trained {
  vocabulary: string[];
  /** classes x (vocabulary + 1): the last column is the bias. */
  weights: Float64Array[];
}

function toExamples(items: TrainingItem[], vocabulary: Map<string, number>): Example[] {
  return items.map(({ text, label, weight }) => {
    const features = [...textFeatures(text)];
    for (const [feature] of features) if (!vocabulary.has(feature)) vocabulary.set(feature, vocabulary.size);
    return {
      indices: Int32Array.from(features, ([feature]) => vocabulary.get(feature)!),
      values: Float64Array.from(features, ([, value]) => value),
      label,
      weight,
    };
  });
}

export function trainSoftmax(items: TrainingItem[], classes: number): Trained {
  const vocabulary = new Map<string, number>();
  const examples = toExamples(items, vocabulary);
  const size = vocabulary.size + 1;
  const weights = Array.from({ length: classes }, () => new Float64Array(size));
  const m = Array.from({ length: classes }, () => new Float64Array(size));
  const v = Array.from({ length: classes }, () => new Float64Array(size));
  const gradient = Array.from({ length: classes }, () => new Float64Array(size));
  const scores = new Float64Array(classes);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let step = 1; step <= ITERATIONS; step++) {
    for (let k = 0; k < classes; k++) {
      const g = gradient[k];
      const w = weights[k];
      for (let j = 0; j < size - 1; j++) g[j] = L2 * w[j];
      g[size - 1] = 0;
    }
    for (const example of examples) {
      let max = -Infinity;
      for (let k = 0; k < classes; k++) {
        const w = weights[k];
        let s = w[size - 1];
        for (let i = 0; i < example.indices.length; i++) s += w[example.indices[i]] * example.values[i];
        scores[k] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let k = 0; k < classes; k++) total += scores[k] = Math.exp(scores[k] - max);
      for (let k = 0; k < classes; k++) {
        const error = example.weight * (scores[k] / total - (k === example.label ? 1 : 0));
        const g = gradient[k];
        for (let i = 0; i < example.indices.length; i++) g[example.indices[i]] += error * example.values[i];
        g[size - 1] += error;
      }
    }
    const correction1 = 1 - beta1 ** step;
    const correction2 = 1 - beta2 ** step;
    for (let k = 0; k < classes; k++) {
      const [w, g, mk, vk] = [weights[k], gradient[k], m[k], v[k]];
      for (let j = 0; j < size; j++) {
        mk[j] = beta1 * mk[j] + (1 - beta1) * g[j];
        vk[j] = beta2 * vk[j] + (1 - beta2) * g[j] * g[j];
        w[j] -= (LEARNING_RATE * (mk[j] / correction1)) / (Math.sqrt(vk[j] / correction2) + epsilon);
      }
    }
  }
  return { vocabulary: [...vocabulary.keys()], weights };
}

/**
 * One class's weights as the runtime stores them (minus another class's, for a two-class model read as
 * logistic regression): small weights pruned, the rest rounded, features sorted so a retrain diffs well.
 */
export function storedLinear(trained: Trained, positive: number, negative?: number): StoredLinearModel {
  const size = trained.vocabulary.length;
  const weightOf = (j: number) => trained.weights[positive][j] - (negative === undefined ? 0 : trained.weights[negative][j]);
  const kept: Array<[string, number]> = [];
  trained.vocabulary.forEach((feature, j) => {
    const w = weightOf(j);
    if (Math.abs(w) >= PRUNE_BELOW) kept.push([feature, w]);
  });
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const weights = kept.flatMap(([feature, w]) => [feature, String(Math.round(w * WEIGHT_SCALE))]).join(' ');
  return { bias: Math.round(weightOf(size) * 1e4) / 1e4, weights };
}

export const weightCount = (model: StoredLinearModel): number => (model.weights ? model.weights.split(' ').length / 2 : 0);

/** The non-blank lines of a JSON Lines file, parsed. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Writes a generated TypeScript module exporting `constant: typeName = data`. */
export function writeGeneratedModel(out: string, model: { script: string; command: string; provenance: string; typeName: string; typeFrom: string; constant: string; data: unknown }): void {
  const source = [
    `// GENERATED by ${model.script}; do not edit. Regenerate: ${model.command}`,
    '//',
    `// ${model.provenance}`,
    `import type { ${model.typeName} } from '${model.typeFrom}';`,
    '',
    `export const ${model.constant}: ${model.typeName} = ${JSON.stringify(model.data, null, 1)};`,
    '',
  ].join('\n');
  writeFileSync(out, source);
}
