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

  const read = (word: string) => {
    const offset = scorer.offsetOf(word);
    return Array.from(scorer.sums.subarray(offset, offset + LANGUAGE_COUNT));
  };

  // Words whose grams some languages have and others lack (so floors and table costs mix), and one
  // made of grams no language has.
  it.each(['water', 'amanzi', 'metsi', 'ngiyabonga', 'tshilidzi', 'qxzqxz', 'š'])('scores "%s" as the stored tables say, language by language', (word) => {
    const expected = reference(word);
    read(word).forEach((value, i) => expect(value).toBeCloseTo(expected[i], 9));
  });

  it('gives a remembered word the same sums, also after the memory was cleared for being full', () => {
    const first = read('amanzi');
    expect(read('amanzi')).toEqual(first);
    expect(read('water')).not.toEqual(first);
    for (let i = 0; i < 20_001; i++) read(`w${i.toString(36)}`);
    expect(read('amanzi')).toEqual(first);
    const expected = reference('metsi');
    read('metsi').forEach((value, i) => expect(value).toBeCloseTo(expected[i], 9));
  });
});
