import type { StoredLinearModel } from '../../common/text-model/linear-model';
import { SoftmaxTextModel } from '../../common/text-model/softmax-text-model';
import { LANGUAGE_CODES, type LanguageCode, type Scored } from '../intake.types';

export interface StoredLanguageModel {
  languages: Record<LanguageCode, StoredLinearModel>;
}

/** From this confidence the n-gram detector's answer stands; below it the trained model decides. */
export const DETECTOR_SURE = 0.6;

/**
 * A second opinion on the language (scripts/train-intake-models.ts): softmax regression over words, word
 * pairs and character grams, learnt from the labelled citizen messages. The n-gram detector knows the
 * languages from large formal corpora; this model knows how citizens write short reports. It decides
 * only where the detector is unsure (leave-one-file-out on unseen files: 0.933 -> 0.955, 0.944 -> 0.967).
 */
export class TrainedLanguageModel {
  private readonly model: SoftmaxTextModel<LanguageCode>;

  constructor(stored: StoredLanguageModel) {
    this.model = new SoftmaxTextModel(LANGUAGE_CODES, stored.languages);
  }

  rank(text: string): Scored<LanguageCode>[] {
    return this.model.rank(text);
  }

  /**
   * The detector's answer when it is sure, else the model's (only then computed). Not "whichever is
   * surer": out of sample the model was right more often than its lower probability suggests
   * (blind-3 0.955 against 0.948, blind-2 0.964 against 0.958).
   */
  static combine(detected: Scored<LanguageCode>, learn: () => Scored<LanguageCode>[]): Scored<LanguageCode> {
    if (detected.confidence >= DETECTOR_SURE) return detected;
    return learn()[0] ?? detected;
  }
}
