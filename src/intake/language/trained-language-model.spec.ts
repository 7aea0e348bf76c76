import { DETECTOR_SURE, TrainedLanguageModel } from './trained-language-model';
import { TRAINED_LANGUAGE_MODEL } from './trained-language-model.data';

describe('TrainedLanguageModel', () => {
  const model = new TrainedLanguageModel(TRAINED_LANGUAGE_MODEL);

  it('ranks every language with probabilities that add up to one', () => {
    const ranked = model.rank('ga go na meetse mo motseng wa rena');
    expect(ranked).toHaveLength(11);
    expect(ranked.reduce((sum, r) => sum + r.confidence, 0)).toBeCloseTo(1, 2);
    expect(model.rank('!!! ...')).toEqual([]);
  });

  describe('combine', () => {
    const learnt = [{ code: 'nr' as const, confidence: 0.7 }];

    it('keeps a sure detector and does not even ask the model', () => {
      const learn = jest.fn(() => learnt);
      expect(TrainedLanguageModel.combine({ code: 'zu', confidence: DETECTOR_SURE }, learn)).toEqual({ code: 'zu', confidence: DETECTOR_SURE });
      expect(learn).not.toHaveBeenCalled();
    });

    it('lets the model decide where the detector is unsure', () => {
      expect(TrainedLanguageModel.combine({ code: 'zu', confidence: 0.45 }, () => learnt)).toEqual(learnt[0]);
      expect(TrainedLanguageModel.combine({ code: 'zu', confidence: 0.55 }, () => [{ code: 'nr', confidence: 0.5 }])).toEqual({ code: 'nr', confidence: 0.5 });
    });

    it('keeps the detector when the model has nothing to say', () => {
      expect(TrainedLanguageModel.combine({ code: 'en', confidence: 0.2 }, () => [])).toEqual({ code: 'en', confidence: 0.2 });
    });
  });
});
