import { LANGUAGE_CODES, LanguageCode } from '../intake.types';
import { NGRAM_MODEL } from './ngram-model.data';
import { forEachGram } from './text';

export const LANGUAGE_COUNT = LANGUAGE_CODES.length;

/**
 * Naive Bayes over character n-grams: logLikelihoods(word) is ln P(word | language) for every language,
 * in LANGUAGE_CODES order. Tables are parsed once, when the module loads.
 */
export class NgramScorer {
  private readonly costs = new Map<string, Float64Array>();
  private readonly floors: Float64Array[] = [];
  private readonly maxOrder = NGRAM_MODEL.maxOrder;

  constructor() {
    const scale = NGRAM_MODEL.scale;
    for (let order = 1; order <= this.maxOrder; order++) {
      this.floors[order] = Float64Array.from(LANGUAGE_CODES, (code) => -NGRAM_MODEL.floors[code][order - 1] / scale);
    }
    LANGUAGE_CODES.forEach((code, index) => {
      const fields = NGRAM_MODEL.tables[code].split(' ');
      for (let i = 0; i < fields.length; i += 2) {
        const gram = fields[i];
        let row = this.costs.get(gram);
        if (!row) {
          row = Float64Array.from(this.floors[gram.length]);
          this.costs.set(gram, row);
        }
        row[index] = -Number(fields[i + 1]) / scale;
      }
    });
  }

  /** Adds ln P(word | language) to into[language]. */
  addLogLikelihoods(word: string, into: Float64Array): void {
    forEachGram(word, this.maxOrder, (gram, order) => {
      const row = this.costs.get(gram) ?? this.floors[order];
      for (let i = 0; i < LANGUAGE_COUNT; i++) into[i] += row[i];
    });
  }
}

export function languageIndex(code: LanguageCode): number {
  return LANGUAGE_CODES.indexOf(code);
}
