import { LANGUAGE_CODES, LanguageCode } from '../intake.types';
import { NGRAM_MODEL } from './ngram-model.data';
import { forEachGram } from './text';

export const LANGUAGE_COUNT = LANGUAGE_CODES.length;
/** Words whose sums are kept (about 1.8 MB); the memory starts afresh when it is full. */
const REMEMBERED_WORDS = 20_000;

/**
 * Naive Bayes over character n-grams: the sums at offsetOf(word) are ln P(word | language) for every language,
 * in LANGUAGE_CODES order. Tables are parsed once, when the module loads.
 *
 * The costs of all grams sit in one array, a gram's LANGUAGE_COUNT costs side by side at the offset the
 * map gives. A row array per gram (tens of thousands of them, each too large for V8 to keep inline,
 * so each with its own buffer) scattered the rows over the heap; with the trained models' rows, the
 * loaded intake and guardrails took 97 MB of heap instead of 56, and a full GC twice as long.
 */
export class NgramScorer {
  private readonly offsets = new Map<string, number>();
  private readonly costs: Float64Array;
  /** Offset of the floor row for grams of each order (a gram never seen costs its order's floor). */
  private readonly floorOffsets: number[] = [];
  private readonly maxOrder = NGRAM_MODEL.maxOrder;
  /** word -> offset of its sums in `sums`; cleared when full. */
  private readonly remembered = new Map<string, number>();
  readonly sums = new Float64Array(REMEMBERED_WORDS * LANGUAGE_COUNT);

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

  /**
   * Where ln P(word | language) for every language starts in `sums` (LANGUAGE_COUNT values; read them
   * before the next call, which may start the memory afresh). Citizens' words repeat from message to
   * message ("water", "no", "street"), so each word's sums are remembered, in one array like the costs.
   */
  offsetOf(word: string): number {
    let offset = this.remembered.get(word);
    if (offset === undefined) {
      if (this.remembered.size >= REMEMBERED_WORDS) this.remembered.clear();
      offset = this.remembered.size * LANGUAGE_COUNT;
      this.sumGrams(word, offset);
      this.remembered.set(word, offset);
    }
    return offset;
  }

  private sumGrams(word: string, at: number): void {
    const { costs, offsets, floorOffsets, sums } = this;
    sums.fill(0, at, at + LANGUAGE_COUNT);
    forEachGram(word, this.maxOrder, (gram, order) => {
      const offset = offsets.get(gram) ?? floorOffsets[order];
      for (let i = 0; i < LANGUAGE_COUNT; i++) sums[at + i] += costs[offset + i];
    });
  }
}

export function languageIndex(code: LanguageCode): number {
  return LANGUAGE_CODES.indexOf(code);
}
