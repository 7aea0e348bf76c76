import { LANGUAGE_CODES } from '../intake.types';
import { NGRAM_MODEL } from './ngram-model.data';
import { LANGUAGE_COUNT, NgramScorer } from './ngram-scorer';
import { forEachGram } from './text';

/** ln P(word | language) read straight off the stored tables, one language at a time. */
function reference(word: string): number[] {
  return LANGUAGE_CODES.map((code) => {
    const costs = new Map<string, number>();
    const fields = NGRAM_MODEL.tables[code].split(' ');
    for (let i = 0; i < fields.length; i += 2) costs.set(fields[i], Number(fields[i + 1]));
    let sum = 0;
    forEachGram(word, NGRAM_MODEL.maxOrder, (gram, order) => {
      sum += -(costs.get(gram) ?? NGRAM_MODEL.floors[code][order - 1]) / NGRAM_MODEL.scale;
    });
    return sum;
  });
}

describe('NgramScorer', () => {
  const scorer = new NgramScorer();

  // Words whose grams some languages have and others lack (so floors and table costs mix), and one
  // made of grams no language has.
  it.each(['water', 'amanzi', 'metsi', 'ngiyabonga', 'tshilidzi', 'qxzqxz', 'š'])('scores "%s" as the stored tables say, language by language', (word) => {
    const into = new Float64Array(LANGUAGE_COUNT);
    scorer.addLogLikelihoods(word, into);
    const expected = reference(word);
    into.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 9));
  });

  it('adds to what is already there', () => {
    const once = new Float64Array(LANGUAGE_COUNT);
    scorer.addLogLikelihoods('amanzi', once);
    const twice = Float64Array.from(once);
    scorer.addLogLikelihoods('amanzi', twice);
    twice.forEach((value, i) => expect(value).toBeCloseTo(2 * once[i], 9));
  });
});
