import { LinearModel } from './linear-model';
import { SoftmaxTextModel } from './softmax-text-model';
import { textFeatures } from './text-features';

// Weights are stored x 1000. "w:fire" belongs to one label only, "w:water" to both; "w:smoke" repeats
// (the later weight counts, as when the map was filled one entry at a time).
const STORED = {
  fire: { bias: 0.5, weights: 'w:fire 2000 w:water -1000 w:smoke 100 w:smoke 300' },
  water: { bias: -0.5, weights: 'w:water 1500' },
};

describe('SoftmaxTextModel', () => {
  const model = new SoftmaxTextModel(['fire', 'water'] as const, STORED);

  function expected(text: string): { fire: number; water: number } {
    const f = textFeatures(text);
    const fire = 0.5 + 2 * (f.get('w:fire') ?? 0) - 1 * (f.get('w:water') ?? 0) + 0.3 * (f.get('w:smoke') ?? 0);
    const water = -0.5 + 1.5 * (f.get('w:water') ?? 0);
    const max = Math.max(fire, water);
    const total = Math.exp(fire - max) + Math.exp(water - max);
    return { fire: Math.round((Math.exp(fire - max) / total) * 1000) / 1000, water: Math.round((Math.exp(water - max) / total) * 1000) / 1000 };
  }

  it.each(['fire', 'water', 'fire water', 'smoke', 'nothing known here'])('gives each label its own weights for "%s"', (text) => {
    const probabilities = Object.fromEntries(model.rank(text).map((r) => [r.code, r.confidence]));
    expect(probabilities).toEqual(expected(text));
  });

  it('ranks the likeliest first and gives nothing for a text without words', () => {
    // The bias favours "fire"; only a text with little else but "water" tips it.
    expect(model.rank('fire').map((r) => r.code)).toEqual(['fire', 'water']);
    expect(model.rank('smoke').map((r) => r.code)).toEqual(['fire', 'water']);
    const watery = new SoftmaxTextModel(['fire', 'water'] as const, { ...STORED, water: { bias: 0.4, weights: 'w:water 1500' } });
    expect(watery.rank('water').map((r) => r.code)).toEqual(['water', 'fire']);
    expect(model.rank('?!')).toEqual([]);
  });
});

describe('LinearModel', () => {
  const model = new LinearModel(STORED.fire);

  it('adds the bias and each known feature times its weight; an unknown feature weighs nothing', () => {
    const f = textFeatures('fire smoke and water');
    expect(model.score(f)).toBeCloseTo(0.5 + 2 * f.get('w:fire')! - f.get('w:water')! + 0.3 * f.get('w:smoke')!, 12);
    expect(model.score(textFeatures('nothing known'))).toBe(0.5);
  });
});
