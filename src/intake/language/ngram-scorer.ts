import { LANGUAGE_CODES, LanguageCode } from '../intake.types';
import { NGRAM_MODEL } from './ngram-model.data';
import { forEachGram } from './text';

export const LANGUAGE_COUNT = LANGUAGE_CODES.length;

/**
 * Naive Bayes over character n-grams: logLikelihoods(word) is ln P(word | language) for every language,
 * in LANGUAGE_CODES order. Tables are parsed once, when the module loads.
 *
 * The costs of all grams sit in one array, a gram's LANGUAGE_COUNT costs side by side at the offset the
 * map gives. A row array per gram (tens of thousands of them, each too large for V8 to keep inline)
 * scattered the rows over the heap: in the app, between HTTP and database work, every lookup missed
 * the CPU cache.
 */
export class NgramScorer {
  private readonly offsets = new Map<string, number>();
  private readonly costs: Float64Array;
  /** Offset of the floor row for grams of each order (a gram never seen costs its order's floor). */
  private readonly floorOffsets: number[] = [];
  private readonly maxOrder = NGRAM_MODEL.maxOrder;

  constructor() {
    const scale = NGRAM_MODEL.scale;
    const tables = LANGUAGE_CODES.map((code) => NGRAM_MODEL.tables[code].split(' '));
    const grams = new Set<string>();
    for (const fields of tables) for (let i = 0; i < fields.length; i += 2) grams.add(fields[i]);
    this.costs = new Float64Array((this.maxOrder + grams.size) * LANGUAGE_COUNT);
    for (let order = 1; order <= this.maxOrder; order++) {
      const offset = (order - 1) * LANGUAGE_COUNT;
      this.floorOffsets[order] = offset;
      LANGUAGE_CODES.forEach((code, index) => (this.costs[offset + index] = -NGRAM_MODEL.floors[code][order - 1] / scale));
    }
    let next = this.maxOrder * LANGUAGE_COUNT;
    tables.forEach((fields, index) => {
      for (let i = 0; i < fields.length; i += 2) {
        const gram = fields[i];
        let offset = this.offsets.get(gram);
        if (offset === undefined) {
          offset = next;
          next += LANGUAGE_COUNT;
          this.offsets.set(gram, offset);
          this.costs.copyWithin(offset, this.floorOffsets[gram.length], this.floorOffsets[gram.length] + LANGUAGE_COUNT);
        }
        this.costs[offset + index] = -Number(fields[i + 1]) / scale;
      }
    });
  }

  /** Adds ln P(word | language) to into[language]. */
  addLogLikelihoods(word: string, into: Float64Array): void {
    const { costs, offsets, floorOffsets } = this;
    forEachGram(word, this.maxOrder, (gram, order) => {
      const offset = offsets.get(gram) ?? floorOffsets[order];
      for (let i = 0; i < LANGUAGE_COUNT; i++) into[i] += costs[offset + i];
    });
  }
}

export function languageIndex(code: LanguageCode): number {
  return LANGUAGE_CODES.indexOf(code);
}
